package io.revalign.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumParamTest {

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void aConstantIsReadByItsName() {
        assertEquals(Colour.GREEN, EnumParam.parse(Colour.class, "colour", "GREEN"));
    }

    @Test
    void anAbsentValueDoesNotFilter() {
        assertNull(EnumParam.parse(Colour.class, "colour", null));
        assertNull(EnumParam.parse(Colour.class, "colour", ""));
    }

    @Test
    void anUnknownValueIsA400NamingTheParameterAndTheChoices() {
        Problem problem = assertThrows(ProblemException.class, () -> EnumParam.parse(Colour.class, "colour", "green"))
                .toProblem("/x");
        assertEquals(400, problem.status());
        assertEquals(
                new Problem.FieldError("colour", "must be one of: RED, GREEN"),
                problem.errors().get(0));
    }
}
