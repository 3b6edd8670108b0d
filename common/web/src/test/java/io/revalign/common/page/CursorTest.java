package io.revalign.common.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    record LeadFilter(String source) {}

    record SkillFilter(String source) {}

    private static final UUID ID = UUID.fromString("01936f0e-1234-7000-8000-00000000abcd");

    @Test
    void aCursorLeadsBackToItsIdInItsOwnList() {
        LeadFilter list = new LeadFilter("HUBSPOT");
        assertEquals(ID, Cursor.decode(Cursor.encode(ID, list), new LeadFilter("HUBSPOT")));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null, new LeadFilter(null)));
        assertNull(Cursor.decode("", new LeadFilter(null)));
    }

    @Test
    void aValidCursorOfAnotherFilterIsRefused() {
        String cursor = Cursor.encode(ID, new LeadFilter("HUBSPOT"));
        assertRefused(() -> Cursor.decode(cursor, new LeadFilter("SALESFORCE")));
        assertRefused(() -> Cursor.decode(cursor, new LeadFilter(null)));
    }

    @Test
    void aValidCursorOfAnotherListIsRefused() {
        String cursor = Cursor.encode(ID, new LeadFilter("HUBSPOT"));
        assertRefused(() -> Cursor.decode(cursor, new SkillFilter("HUBSPOT")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "%%%", "AZOd7V0xd3aL2n3nG1mGxA", "AAAA"})
    void anythingElseIsRefused(String cursor) {
        assertRefused(() -> Cursor.decode(cursor, new LeadFilter(null)));
    }

    private static void assertRefused(Runnable decode) {
        ProblemException refused = assertThrows(ProblemException.class, decode::run);
        Problem problem = refused.toProblem("/api/leads");
        assertEquals(400, problem.status());
        assertEquals("after", problem.errors().get(0).field());
    }
}
