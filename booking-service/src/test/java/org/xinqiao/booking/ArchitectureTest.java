package org.xinqiao.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Layering: the domain is plain Java; web and messaging sit on top of the services. */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.xinqiao.booking");

  @Test
  void domainClassesImportNoWebKafkaPersistenceOrContractTypes() {
    ArchRule rule = noClasses()
        .that().resideInAPackage("org.xinqiao.booking..")
        .and().resideOutsideOfPackages("..web..", "..messaging..", "..config..")
        .and().haveSimpleNameNotEndingWith("Service")
        .and().haveSimpleNameNotEndingWith("Store")
        .and().haveSimpleNameNotEndingWith("Claims")
        .and().haveSimpleNameNotEndingWith("Outbox")
        .and().haveSimpleNameNotEndingWith("Metrics")
        .and().haveSimpleNameNotEndingWith("Access")
        .and().haveSimpleNameNotEndingWith("Sweeper")
        .and().haveSimpleNameNotEndingWith("Application")
        .and().doNotHaveSimpleName("Docs")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.kafka..", "org.xinqiao.contracts..", "tools.jackson..",
            "org.bson..", "com.mongodb..", "jakarta.servlet..", "org.xinqiao.kit.security..", "org.xinqiao.kit.outbox..");
    rule.check(CLASSES);
  }

  @Test
  void nothingButWebDependsOnWeb() {
    noClasses().that().resideOutsideOfPackage("..web..")
        .should().dependOnClassesThat().resideInAPackage("..web..")
        .check(CLASSES);
  }

  @Test
  void controllersAndListenersNeverTouchStoresDirectly() {
    noClasses().that().resideInAnyPackage("..web..")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
        .check(CLASSES);
  }
}
