package com.necpgame.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape every service has (README, "One request"): resources in {@code api} translate HTTP; services,
 * repositories and rules below them never see HTTP types or the generated DTOs, which only the resources and
 * the MapStruct mappers touch.
 */
class LayeringTest {
    private static final String RESOURCES = "com.necpgame.auth.api..";
    private static final String MAPPERS = "com.necpgame.auth.mapping..";
    private static final String GENERATED_MODELS = "com.necpgame.auth.model..";
    private static final JavaClasses AUTH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("com.necpgame.auth");

    @Test
    void onlyResourcesAndTheServiceDefinitionSpeakHttp() {
        noClasses().that().resideInAPackage("com.necpgame.auth..")
                .and().resideOutsideOfPackages(RESOURCES, GENERATED_MODELS)
                .and().doNotHaveFullyQualifiedName(AuthServiceDefinition.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("io.helidon.webserver..", "io.helidon.http..")
                .check(AUTH);
    }

    @Test
    void theDomainNeverSeesGeneratedDtos() {
        noClasses().that().resideInAPackage("com.necpgame.auth..")
                .and().resideOutsideOfPackages(RESOURCES, MAPPERS, GENERATED_MODELS)
                .should().dependOnClassesThat().resideInAPackage(GENERATED_MODELS)
                .check(AUTH);
    }
}
