package com.necpgame.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape every service has (README, "One request"), checked on a service's classes: resources in
 * {@code <package>.api} translate HTTP; services, repositories and rules below them never see HTTP types or the
 * generated DTOs ({@code <package>.model}), which only the resources and the MapStruct mappers
 * ({@code <package>.mapping}) touch.
 */
public final class LayeringRules {
    private final String servicePackage;
    private final Class<?> serviceDefinition;
    private final JavaClasses classes;

    /**
     * @param servicePackage    e.g. {@code com.necpgame.auth}
     * @param serviceDefinition the service's {@code ServiceDefinition}, which wires routing and may speak HTTP
     */
    public LayeringRules(String servicePackage, Class<?> serviceDefinition) {
        this.servicePackage = servicePackage;
        this.serviceDefinition = serviceDefinition;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(servicePackage);
    }

    public void onlyResourcesAndTheServiceDefinitionSpeakHttp() {
        noClasses().that().resideInAPackage(servicePackage + "..")
                .and().resideOutsideOfPackages(servicePackage + ".api..", servicePackage + ".model..")
                .and().doNotHaveFullyQualifiedName(serviceDefinition.getName())
                .should().dependOnClassesThat().resideInAnyPackage("io.helidon.webserver..", "io.helidon.http..")
                .check(classes);
    }

    public void theDomainNeverSeesGeneratedDtos() {
        noClasses().that().resideInAPackage(servicePackage + "..")
                .and().resideOutsideOfPackages(servicePackage + ".api..", servicePackage + ".mapping..",
                        servicePackage + ".model..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".model..")
                .check(classes);
    }
}
