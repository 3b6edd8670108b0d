package io.revalign.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyStatusTheFrameworkRaisesHasOneType() {
        assertEquals(ProblemType.VALIDATION_FAILED, ProblemType.forStatus(400));
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertNull(ProblemType.forStatus(418));
    }

    @Test
    void slugsAreUnique() {
        Set<String> slugs = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, slugs.add(type.slug()), type.slug());
        }
    }

    @Test
    void problemsNameTheirTypeAndCountInvalidFields() {
        Problem one = Problem.validation(java.util.List.of(new Problem.FieldError("a", "b")), "/x");
        assertEquals("urn:revalign:problem:validation-failed", one.type());
        assertEquals("1 field is invalid", one.detail());
        assertEquals(
                "2 fields are invalid",
                Problem.validation(
                                java.util.List.of(new Problem.FieldError("a", "b"), new Problem.FieldError("c", "d")),
                                "/x")
                        .detail());
        assertNull(Problem.of(ProblemType.CONFLICT, "/x").errors());
    }

    @Test
    void theSqlStateIsFoundAnywhereInTheCauseChain() {
        Exception wrapped = new IllegalStateException(
                new RuntimeException(new SQLException("duplicate", ProblemMappers.UNIQUE_VIOLATION)));
        assertEquals("23505", ProblemMappers.sqlStateOf(wrapped));
        assertNull(ProblemMappers.sqlStateOf(new IllegalStateException("no SQL here")));
    }

    @Test
    void aDatabaseOutOfReachIsAnOutageNotTheClientsMistake() {
        assertTrue(ProblemMappers.databaseUnavailable("08001")); // connection refused
        assertTrue(ProblemMappers.databaseUnavailable("08006")); // connection lost
        assertTrue(ProblemMappers.databaseUnavailable("57P01")); // the server is shutting down
        assertTrue(ProblemMappers.databaseUnavailable("57P03")); // not yet accepting connections
        assertFalse(ProblemMappers.databaseUnavailable(ProblemMappers.UNIQUE_VIOLATION));
        assertFalse(ProblemMappers.databaseUnavailable("22021"));
        assertFalse(ProblemMappers.databaseUnavailable(null));
    }
}
