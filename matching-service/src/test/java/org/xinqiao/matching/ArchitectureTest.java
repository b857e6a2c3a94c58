package org.xinqiao.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service's inner boundaries: plain-Java domain, thin edges, dependencies pointing inward. */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.xinqiao.matching");

  static final String[] DOMAIN = {
      "org.xinqiao.matching.counselor.Counselor", "org.xinqiao.matching.counselor.CounselorProfile",
      "org.xinqiao.matching.counselor.Licence", "org.xinqiao.matching.counselor.CounselorEvent",
      "org.xinqiao.matching.match.Matcher", "org.xinqiao.matching.match.MatchIndex",
      "org.xinqiao.matching.match.Ranking", "org.xinqiao.matching.match.HardConstraints",
      "org.xinqiao.matching.match.MatchRequest", "org.xinqiao.matching.match.Candidate",
      "org.xinqiao.matching.match.MatchingRules", "org.xinqiao.matching.match.MatchCriteria",
      "org.xinqiao.matching.region.Regions", "org.xinqiao.matching.region.Province",
      "org.xinqiao.matching.clinic.Clinic"};

  @Test
  void domainClassesImportNoWebKafkaPersistenceOrContractTypes() {
    noClasses().that().haveNameMatching(String.join("|", DOMAIN).replace(".", "\\.") + "(\\$.*)?")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
            "org.xinqiao.contracts..", "tools.jackson..", "com.mongodb..", "org.bson..", "jakarta.servlet..",
            "org.xinqiao.kit.outbox..", "org.xinqiao.kit.messaging..", "org.xinqiao.kit.security..")
        .check(CLASSES);
  }

  @Test
  void onlyMessagingAndConfigurationTouchTheEventContracts() {
    noClasses().that().resideOutsideOfPackages("..messaging..", "..config..")
        .should().dependOnClassesThat().resideInAPackage("org.xinqiao.contracts..").check(CLASSES);
  }

  @Test
  void controllersUseServicesNotStores() {
    noClasses().that().resideInAPackage("..web..").should().dependOnClassesThat()
        .haveSimpleNameEndingWith("Store").orShould().dependOnClassesThat()
        .belongToAnyOf(org.springframework.data.mongodb.core.MongoTemplate.class).check(CLASSES);
  }

  @Test
  void nothingDependsOnTheWebLayer() {
    classes().that().resideInAPackage("..web..").should().onlyHaveDependentClassesThat()
        .resideInAPackage("..web..").check(CLASSES);
  }
}
