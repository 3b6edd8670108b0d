package io.revalign.common.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theETagOfAVersionIsStrongAndQuoted() {
        assertEquals("\"7\"", ETags.of(7));
        assertEquals("\"7\"", ETags.entityTag(7).toString());
        assertFalse(ETags.entityTag(7).isWeak());
    }

    @Test
    void theCurrentTagPasses() {
        IfMatch.of("\"7\"").check(7);
        IfMatch.of(" \"3\", \"7\" ").check(7);
        IfMatch.of("*").check(7);
    }

    @Test
    void missingIsPreconditionRequiredNamingTheCurrentTag() {
        for (String header : new String[] {null, "", "  "}) {
            ProblemException e = assertThrows(
                    ProblemException.class, () -> IfMatch.of(header).check(4));
            Problem problem = e.toProblem("/api/leads/1");
            assertEquals(428, problem.status());
            assertEquals("urn:revalign:problem:precondition-required", problem.type());
            assertTrue(problem.detail().contains("\"4\""), problem.detail());
            assertEquals(Map.of("ETag", "\"4\""), e.headers());
        }
    }

    @Test
    void staleIsPreconditionFailedNamingTheCurrentTag() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> IfMatch.of("\"3\"").check(4));
        Problem problem = e.toProblem("/api/leads/1");
        assertEquals(412, problem.status());
        assertEquals("urn:revalign:problem:precondition-failed", problem.type());
        assertTrue(problem.detail().contains("\"3\"") && problem.detail().contains("\"4\""), problem.detail());
        assertEquals(Map.of("ETag", "\"4\""), e.headers());
    }

    @Test
    void aWeakTagNeverMatches() {
        assertFalse(IfMatch.of("W/\"4\"").matches(4));
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> IfMatch.of("W/\"4\"").check(4))
                        .toProblem("/")
                        .status());
    }

    @Test
    void anUnquotedTagIsAValidationError() {
        for (String header : new String[] {"4", "\"4", "\"4\" x", "\"4\",,"}) {
            ProblemException e = assertThrows(
                    ProblemException.class, () -> IfMatch.of(header).check(4), header);
            Problem problem = e.toProblem("/");
            assertEquals(400, problem.status(), header);
            assertEquals("If-Match", problem.errors().get(0).field());
        }
    }
}
