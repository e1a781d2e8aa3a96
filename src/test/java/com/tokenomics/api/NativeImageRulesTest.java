package com.tokenomics.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * What a native executable cannot do at run time: find classes or resources it was not told about at build time.
 * The application reads only resources it names (quarkus.native.resources.includes) and loads no class by name.
 */
class NativeImageRulesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tokenomics");

    @Test
    void shouldScanNoClasspathAtRunTime() {
        noClasses().should().callMethod(ClassLoader.class, "getResources", String.class)
                .orShould().callMethod(ClassLoader.class, "resources", String.class)
                .orShould().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
                .check(APPLICATION);
    }

    @Test
    void shouldLoadNoClassByName() {
        noClasses().should().callMethod(Class.class, "forName", String.class)
                .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
                .orShould().callMethod(ClassLoader.class, "loadClass", String.class)
                .check(APPLICATION);
    }
}
