package cn.dualprevention.sandbox;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The platform's rules (platform-test's DomainRules; this module does not depend on the platform). */
@AnalyzeClasses(packages = "cn.dualprevention.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                    "com.fasterxml.jackson..", "jakarta.servlet..", "org.apache.catalina..", "..infrastructure..",
                    "..web..", "..application..")
            .because("the domain is plain Java, testable without any framework");

    @ArchTest
    static final ArchRule web_does_not_use_infrastructure = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
            .because("controllers go through the application layer");
}
