package io.revalign.common.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of every service: {@code api → service → repository → domain}, and a domain
 * free of frameworks. A service's test includes them with {@code ArchTests.in(Layers.class)}.
 */
public final class Layers {

    private static final String API = "io.revalign..api..";
    private static final String SERVICE = "io.revalign..service..";
    private static final String REPOSITORY = "io.revalign..repository..";
    private static final String DOMAIN = "io.revalign..domain..";

    /** Frameworks a domain class may not use; JPA and Hibernate's mapping annotations on entities are fine. */
    private static final DescribedPredicate<JavaClass> FRAMEWORK = resideInAnyPackage(
                    "jakarta..",
                    "javax..",
                    "io.quarkus..",
                    "org.hibernate..",
                    "io.smallrye..",
                    "io.vertx..",
                    "org.eclipse.microprofile..",
                    "com.fasterxml..")
            // org.hibernate.id.uuid: the default generator class named inside @UuidGenerator;
            // javax.crypto: the JDK's own HMAC, for signatures a domain rule checks
            .and(DescribedPredicate.not(resideInAnyPackage(
                    "jakarta.persistence..",
                    "org.hibernate.annotations..",
                    "org.hibernate.id.uuid..",
                    "javax.crypto..")))
            .as("a framework (other than the persistence annotations of entities)");

    @ArchTest
    public static final ArchRule ONLY_THE_API_KNOWS_THE_API = noClasses()
            .that()
            .resideInAnyPackage(SERVICE, REPOSITORY, DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(API)
            .because("only resources know the HTTP records; services take commands and return domain values");

    @ArchTest
    public static final ArchRule ONLY_THE_API_KNOWS_HTTP = noClasses()
            .that()
            .resideInAnyPackage(SERVICE, REPOSITORY, DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.ws.rs..")
            .because("status codes and headers are the resource's business");

    @ArchTest
    public static final ArchRule REPOSITORIES_DO_NOT_CALL_UP = noClasses()
            .that()
            .resideInAPackage(REPOSITORY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERVICE)
            .because("dependencies point down: api → service → repository → domain");

    @ArchTest
    public static final ArchRule THE_DOMAIN_IS_THE_BOTTOM = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(API, SERVICE, REPOSITORY)
            .because("dependencies point down: api → service → repository → domain");

    @ArchTest
    public static final ArchRule THE_DOMAIN_IS_FRAMEWORK_FREE = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat(FRAMEWORK)
            .because("domain rules are plain classes, unit-tested without Quarkus");

    private Layers() {}
}
