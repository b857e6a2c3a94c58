package org.xinqiao.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The feature packages depend on each other in one direction only; problem depends on none. */
class ArchitectureTest {

  private static final JavaClasses GATEWAY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.xinqiao.gateway");

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("org.xinqiao.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
  }

  @Test
  void problemDetailsDependOnNoFeature() {
    noClasses().that().resideInAPackage("..gateway.problem..")
        .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..",
            "..gateway.security..", "..gateway.ratelimit..", "..gateway.resilience..",
            "..gateway.web..", "..gateway.openapi..")
        .check(GATEWAY);
  }

  @Test
  void enforcementFeaturesDoNotKnowTheRoutingTable() {
    noClasses().that().resideInAnyPackage("..gateway.ratelimit..", "..gateway.resilience..",
            "..gateway.security..", "..gateway.web..")
        .should().dependOnClassesThat().resideInAPackage("..gateway.routing..")
        .check(GATEWAY);
  }
}
