package com.tokenomics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/design.md: engine (pure) · catalog · scenario (door-neutral) · web (HTTP plumbing) · the doors
 * api, slack and embed, each standing on the layers below and never on another door.
 */
class LayersTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tokenomics");
    private static final List<String> DOORS = List.of("api", "slack", "embed");

    @Test
    void shouldKeepTheScenarioLayerFreeOfHttp() {
        noClasses().that().resideInAPackage("com.tokenomics.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws..", "io.vertx..",
                        "io.quarkus.vertx..", "io.quarkus.resteasy..", "org.jboss.resteasy..", "io.quarkus.amazon..")
                .check(APPLICATION);
    }

    @Test
    void shouldKeepTheLayersBelowTheDoorsIndependentOfThem() {
        noClasses().that().resideInAnyPackage("com.tokenomics.engine..", "com.tokenomics.catalog..",
                        "com.tokenomics.scenario..", "com.tokenomics.web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tokenomics.api..", "com.tokenomics.slack..",
                        "com.tokenomics.embed..")
                .check(APPLICATION);
    }

    @Test
    void shouldKeepTheScenarioLayerBelowTheWebLayer() {
        noClasses().that().resideInAnyPackage("com.tokenomics.engine..", "com.tokenomics.catalog..",
                        "com.tokenomics.scenario..")
                .should().dependOnClassesThat().resideInAPackage("com.tokenomics.web..")
                .check(APPLICATION);
    }

    @Test
    void shouldKeepEachDoorOffTheOthers() {
        for (String door : DOORS) {
            String[] others = DOORS.stream().filter(other -> !other.equals(door))
                    .map(other -> "com.tokenomics." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("com.tokenomics." + door + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(APPLICATION);
        }
    }

    @Test
    void shouldHaveNoPackageCycles() {
        slices().matching("com.tokenomics.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }
}
