package io.revalign.lead.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArrayLiteralsTest {

    @Test
    void writesPostgresArrayLiterals() {
        assertEquals("{t,f,t}", ArrayLiterals.of(new boolean[] {true, false, true}));
        assertEquals("{}", ArrayLiterals.of(new boolean[0]));
        assertEquals("{3,0,12}", ArrayLiterals.of(new int[] {3, 0, 12}));
        assertEquals("{12.5,0.0,-7.25,1.0E-4}", ArrayLiterals.of(new double[] {12.5, 0, -7.25, 0.0001}));
    }

    @Test
    void refusesPointsThatAreNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> ArrayLiterals.of(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> ArrayLiterals.of(new double[] {Double.POSITIVE_INFINITY}));
    }
}
