package io.revalign.skills.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessmentPolicyTest {

    private static Seller seller() {
        Seller seller = new Seller();
        seller.id = UUID.randomUUID();
        seller.externalId = "HR-1";
        seller.email = "Dana@Example.com";
        seller.managerExternalId = "HR-BOSS";
        return seller;
    }

    private static Set<AssessmentSource> allowed(Caller caller, boolean manages) {
        Set<AssessmentSource> allowed = EnumSet.noneOf(AssessmentSource.class);
        for (AssessmentSource source : AssessmentSource.values()) {
            if (AssessmentPolicy.refusal(caller, seller(), manages, source).isEmpty()) {
                allowed.add(source);
            }
        }
        return allowed;
    }

    @Test
    void theSellerAssessesOnlyThemselvesAndOnlySelf() {
        assertEquals(EnumSet.of(AssessmentSource.SELF), allowed(new Caller("HR-1", Set.of("seller")), false));
        assertEquals(
                EnumSet.of(AssessmentSource.SELF), allowed(new Caller("dana@example.com", Set.of("seller")), false));
        assertEquals(EnumSet.noneOf(AssessmentSource.class), allowed(new Caller("HR-2", Set.of("seller")), false));
    }

    @Test
    void theManagerAssessesReportsWithManagerOnly() {
        assertEquals(
                EnumSet.of(AssessmentSource.MANAGER), allowed(new Caller("HR-BOSS", Set.of("sales-leader")), true));
        assertEquals(
                EnumSet.noneOf(AssessmentSource.class), allowed(new Caller("HR-BOSS", Set.of("sales-leader")), false));
    }

    @Test
    void integrationsRecordCoursesAndCertificationsEnablementAnything() {
        assertEquals(
                EnumSet.of(AssessmentSource.COURSE, AssessmentSource.CERTIFICATION),
                allowed(new Caller("lms", Set.of("integration")), false));
        assertEquals(EnumSet.allOf(AssessmentSource.class), allowed(new Caller("x", Set.of("enablement")), false));
        assertEquals(EnumSet.allOf(AssessmentSource.class), allowed(new Caller("x", Set.of("admin")), false));
        assertEquals(
                EnumSet.noneOf(AssessmentSource.class), allowed(new Caller("x", Set.of("revops", "sales")), false));
    }

    @Test
    void readingAndDecidingFollowTheSameRelations() {
        Seller seller = seller();
        assertTrue(AssessmentPolicy.mayView(new Caller("HR-1", Set.of("seller")), seller, false));
        assertTrue(AssessmentPolicy.mayView(new Caller("HR-BOSS", Set.of("sales")), seller, true));
        assertTrue(AssessmentPolicy.mayView(new Caller("x", Set.of("revops")), seller, false));
        assertFalse(AssessmentPolicy.mayView(new Caller("HR-2", Set.of("seller", "sales")), seller, false));
        assertTrue(AssessmentPolicy.mayDecide(new Caller("HR-BOSS", Set.of("sales")), true));
        assertFalse(AssessmentPolicy.mayDecide(new Caller("x", Set.of("enablement")), false));
    }
}
