package org.xinqiao.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contracts are the only compile-time link between services: no Spring, no persistence, no Kafka. */
class ContractsBoundaryTest {

  private final JavaClasses contracts = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.xinqiao.contracts");

  @Test
  void dependOnNoFrameworkOrStore() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "jakarta.persistence..")
        .check(contracts);
  }
}
