package io.revalign.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.revalign.common.problem.Problem;
import org.junit.jupiter.api.Test;

class BodySizeTest {

    @Test
    void aPlainNumberIsTheDeclaredSize() {
        assertEquals(0, BodySize.declared("0"));
        assertEquals(1_048_576, BodySize.declared("1048576"));
        assertEquals(999_999_999_999_999_999L, BodySize.declared("999999999999999999"));
    }

    @Test
    void anythingElseDeclaresNoSize() {
        assertEquals(-1, BodySize.declared((String) null));
        assertEquals(-1, BodySize.declared(""));
        assertEquals(-1, BodySize.declared("-5"));
        assertEquals(-1, BodySize.declared("+5"));
        assertEquals(-1, BodySize.declared("12 "));
        assertEquals(-1, BodySize.declared("1e3"));
        assertEquals(-1, BodySize.declared("9999999999999999999"), "19 digits may overflow a long");
    }

    @Test
    void theAnswerToATooLargeBodyNamesTheLimitAndItsRouteGroup() {
        Problem problem = BodySize.tooLarge("bulk", 20_971_520, "/api/leads/bulk");
        assertEquals(413, problem.status());
        assertEquals("urn:revalign:problem:payload-too-large", problem.type());
        assertEquals("The request body exceeds the limit of 20971520 bytes for bulk routes", problem.detail());
        assertEquals("/api/leads/bulk", problem.instance());
    }

    @Test
    void aPathIsNamedOnlyWhenItIsShortAndPrintable() {
        assertEquals("/api/leads", BodySize.printable("/api/leads"));
        assertEquals("(request path)", BodySize.printable(null));
        assertEquals("(request path)", BodySize.printable("/api/" + "a".repeat(200)));
        assertEquals("(request path)", BodySize.printable("/api/le ads"));
        assertEquals("(request path)", BodySize.printable("/api/l\u00e9ads"));
        assertEquals(
                "(request path)", BodySize.tooLarge("default", 1, "/api/\u0000").instance());
    }
}
