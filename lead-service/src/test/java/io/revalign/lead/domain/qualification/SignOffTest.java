package io.revalign.lead.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignOffTest {

    static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
    static final Set<String> MARKETING_LEADER = Set.of("marketing-leader");
    static final Set<String> SALES_LEADER = Set.of("sales-leader");
    static final Set<String> BOTH = Set.of("marketing-leader", "sales-leader");

    @Test
    void bothLeadersOnTheSameRevisionMakeItAgreed() {
        SignOff.Approved first =
                SignOff.approve(SignOffStatus.IN_REVIEW, 4, List.of(), "mia", MARKETING_LEADER, null, AT);
        assertEquals(SignOffStatus.IN_REVIEW, first.status(), "one leader alone is not enough");
        assertEquals("marketing-leader", first.approval().role());

        SignOff.Approved second =
                SignOff.approve(SignOffStatus.IN_REVIEW, 4, List.of(first.approval()), "sam", SALES_LEADER, null, AT);

        assertEquals(SignOffStatus.AGREED, second.status());
        assertEquals(new Approval("sam", "sales-leader", 4, AT), second.approval());
    }

    @Test
    void onePersonHoldingBothRolesCannotSignTwice() {
        SignOff.Approved first = SignOff.approve(SignOffStatus.IN_REVIEW, 1, List.of(), "pat", BOTH, null, AT);
        assertEquals(SignOffStatus.IN_REVIEW, first.status());

        SignOffRefused refused = assertThrows(
                SignOffRefused.class,
                () -> SignOff.approve(
                        SignOffStatus.IN_REVIEW, 1, List.of(first.approval()), "pat", BOTH, "sales-leader", AT));
        assertEquals(SignOffRefused.Reason.CONFLICT, refused.reason());
    }

    @Test
    void twoLeadersOfTheSameRoleDoNotMakeItAgreed() {
        Approval mia = new Approval("mia", "marketing-leader", 1, AT);
        SignOffRefused refused = assertThrows(
                SignOffRefused.class,
                () -> SignOff.approve(SignOffStatus.IN_REVIEW, 1, List.of(mia), "max", MARKETING_LEADER, null, AT));
        assertEquals(SignOffRefused.Reason.CONFLICT, refused.reason());
    }

    @Test
    void approvalsOfAnEarlierRevisionDoNotCount() {
        Approval stale = new Approval("mia", "marketing-leader", 1, AT);

        SignOff.Approved approved =
                SignOff.approve(SignOffStatus.IN_REVIEW, 2, List.of(stale), "sam", SALES_LEADER, null, AT);

        assertEquals(SignOffStatus.IN_REVIEW, approved.status());
    }

    @Test
    void onlyLeadersApproveAndOnlyAsARoleTheyHold() {
        assertEquals(
                SignOffRefused.Reason.FORBIDDEN,
                assertThrows(
                                SignOffRefused.class,
                                () -> SignOff.approve(
                                        SignOffStatus.IN_REVIEW, 1, List.of(), "m", Set.of("marketing"), null, AT))
                        .reason());
        assertEquals(
                SignOffRefused.Reason.FORBIDDEN,
                assertThrows(
                                SignOffRefused.class,
                                () -> SignOff.approve(
                                        SignOffStatus.IN_REVIEW,
                                        1,
                                        List.of(),
                                        "m",
                                        MARKETING_LEADER,
                                        "sales-leader",
                                        AT))
                        .reason());
    }

    @ParameterizedTest
    @EnumSource(
            value = SignOffStatus.class,
            names = {"IN_REVIEW"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyAVersionInReviewIsApproved(SignOffStatus status) {
        assertThrows(SignOffRefused.class, () -> SignOff.approve(status, 1, List.of(), "m", BOTH, null, AT));
    }

    @Test
    void anEditReturnsToDraftAndFrozenVersionsRefuseEdits() {
        assertEquals(SignOffStatus.DRAFT, SignOff.edit(SignOffStatus.DRAFT));
        assertEquals(SignOffStatus.DRAFT, SignOff.edit(SignOffStatus.IN_REVIEW));
        for (SignOffStatus frozen : List.of(SignOffStatus.AGREED, SignOffStatus.ACTIVE, SignOffStatus.SUPERSEDED)) {
            assertEquals(
                    SignOffRefused.Reason.CONFLICT,
                    assertThrows(SignOffRefused.class, () -> SignOff.edit(frozen))
                            .reason());
        }
    }

    @Test
    void activationNeedsAgreed() {
        assertEquals(SignOffStatus.ACTIVE, SignOff.activate(SignOffStatus.AGREED));
        for (SignOffStatus other :
                List.of(SignOffStatus.DRAFT, SignOffStatus.IN_REVIEW, SignOffStatus.ACTIVE, SignOffStatus.SUPERSEDED)) {
            assertThrows(SignOffRefused.class, () -> SignOff.activate(other));
        }
    }

    @Test
    void submitAndSendBack() {
        assertEquals(SignOffStatus.IN_REVIEW, SignOff.submit(SignOffStatus.DRAFT));
        assertThrows(SignOffRefused.class, () -> SignOff.submit(SignOffStatus.IN_REVIEW));
        assertEquals(SignOffStatus.DRAFT, SignOff.reject(SignOffStatus.IN_REVIEW, SALES_LEADER));
        assertThrows(SignOffRefused.class, () -> SignOff.reject(SignOffStatus.IN_REVIEW, Set.of("marketing")));
        assertThrows(SignOffRefused.class, () -> SignOff.reject(SignOffStatus.AGREED, SALES_LEADER));
    }
}
