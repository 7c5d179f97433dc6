package cn.dualprevention.platform.test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Architecture rules every service checks with ArchUnit. */
public final class DomainRules {

    private DomainRules() {
    }

    /** A feature's {@code domain} package is plain Java: no Spring, no MongoDB, no Kafka, no JSON library, no web. */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.persistence..",
                        "..infrastructure..", "..web..", "..application..")
                .because("the domain is plain Java, testable without any framework")
                .allowEmptyShould(true);
    }

    /** Web adapters do not touch persistence directly. */
    public static ArchRule webDoesNotUseInfrastructure() {
        return noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("controllers go through the application layer")
                .allowEmptyShould(true);
    }
}
