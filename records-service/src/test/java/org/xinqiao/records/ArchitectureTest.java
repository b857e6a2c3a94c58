package org.xinqiao.records;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Layering: the domain (aggregates, value objects, rules) imports no web, Kafka, persistence or
 * event-contract types; controllers do not reach repositories.
 */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.xinqiao.records");

  static final String[] DOMAIN = {"org.xinqiao.records.client", "org.xinqiao.records.consent",
      "org.xinqiao.records.assessment", "org.xinqiao.records.note", "org.xinqiao.records.audit",
      "org.xinqiao.records.access", "org.xinqiao.records.crypto"};

  @Test
  void domainClassesImportNoWebKafkaPersistenceOrContractTypes() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .and().haveNameNotMatching(".*(Service|Repository|Guard|AuditLog|AuditRetention)(\\$.*)?")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
            "org.xinqiao.contracts..", "org.bson..", "jakarta.servlet..", "tools.jackson..", "com.mongodb..")
        .check(CLASSES);
  }

  @Test
  void controllersDoNotUseRepositoriesOrMongo() {
    noClasses().that().resideInAnyPackage("..web..")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
        .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "org.apache.kafka..")
        .check(CLASSES);
  }

  @Test
  void onlyMessagingAndServicesTouchEventContracts() {
    noClasses().that().resideInAnyPackage("..web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.xinqiao.contracts..")
        .check(CLASSES);
  }
}
