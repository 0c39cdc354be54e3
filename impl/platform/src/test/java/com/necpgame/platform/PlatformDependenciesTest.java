package com.necpgame.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: services use the platform; the platform knows no service and no generated code. */
class PlatformDependenciesTest {
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.necpgame.platform");

    @Test
    void platformKnowsNoServiceAndNoGeneratedCode() {
        noClasses().that().resideInAPackage("com.necpgame.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.necpgame.auth..", "com.necpgame.character..", "com.necpgame.gameplay..",
                        "com.necpgame.social..", "com.necpgame.economy..", "com.necpgame.world..")
                .check(PLATFORM);
    }
}
