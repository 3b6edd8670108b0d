package io.revalign.skills.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyLevelTest {

    @Test
    void scaleRunsFromNoneAtZeroToExpertAtFour() {
        assertEquals(0, ProficiencyLevel.NONE.value());
        assertEquals(1, ProficiencyLevel.AWARE.value());
        assertEquals(2, ProficiencyLevel.PRACTICING.value());
        assertEquals(3, ProficiencyLevel.PROFICIENT.value());
        assertEquals(4, ProficiencyLevel.EXPERT.value());
    }

    @ParameterizedTest
    @EnumSource(ProficiencyLevel.class)
    void levelIsFoundByItsValueAndOrderedByIt(ProficiencyLevel level) {
        assertEquals(level, ProficiencyLevel.of(level.value()));
        assertEquals(level.ordinal(), level.value(), "declaration order is scale order");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, Integer.MAX_VALUE})
    void valuesOffTheScaleAreRefused(int value) {
        assertThrows(IllegalArgumentException.class, () -> ProficiencyLevel.of(value));
    }
}
