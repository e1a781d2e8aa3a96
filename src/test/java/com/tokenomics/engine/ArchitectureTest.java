package com.tokenomics.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays pure: no framework, JSON or web types, and it does not reach into the doors. */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tokenomics.engine");

    @Test
    void shouldKeepTheEngineFreeOfFrameworks() {
        noClasses().that().resideInAPackage("com.tokenomics.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax..", "com.fasterxml..", "org.eclipse.microprofile..",
                        "io.vertx..", "io.smallrye..", "org.jboss..")
                .check(ENGINE);
    }

    @Test
    void shouldKeepTheEngineIndependentOfTheDoors() {
        noClasses().that().resideInAPackage("com.tokenomics.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.tokenomics.engine..", "java..")
                .check(ENGINE);
    }
}
