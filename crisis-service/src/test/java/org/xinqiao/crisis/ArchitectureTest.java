package org.xinqiao.crisis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the domain knows no web, Kafka, persistence or contract types. */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.xinqiao.crisis");

  static final String[] DOMAIN = {"org.xinqiao.crisis.triage", "org.xinqiao.crisis.cases", "org.xinqiao.crisis.routing",
      "org.xinqiao.crisis.clients"};

  @Test
  void domainImportsNoWebKafkaOrContractTypes() {
    noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
            "org.xinqiao.contracts..", "jakarta.servlet..", "org.xinqiao.crisis..web..",
            "org.xinqiao.crisis..messaging..")
        .check(CLASSES);
  }

  @Test
  void triageAndTheCaseAggregateArePlainJava() {
    noClasses().that().resideInAPackage("org.xinqiao.crisis.triage").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..").check(CLASSES);
    noClasses().that().haveSimpleNameStartingWith("CrisisCase").or().haveSimpleName("Roster").or()
        .haveSimpleName("Routing").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..").check(CLASSES);
  }

  @Test
  void controllersAndListenersDoNotTouchStorage() {
    noClasses().that().resideInAnyPackage("..web..", "..messaging..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.xinqiao.crisis..persistence..")
        .check(CLASSES);
  }
}
