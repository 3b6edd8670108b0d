package io.revalign.lead.repository;

/**
 * PostgreSQL array literals ({@code {t,f}}, {@code {3,0}}, {@code {12.5,0.0}}) of primitive arrays, so a
 * batch can send one array per lead inside one text array and {@code unnest} it in one statement.
 */
final class ArrayLiterals {

    private ArrayLiterals() {}

    static String of(boolean[] values) {
        StringBuilder literal = new StringBuilder(2 + values.length * 2).append('{');
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "" : ",").append(values[i] ? 't' : 'f');
        }
        return literal.append('}').toString();
    }

    static String of(int[] values) {
        StringBuilder literal = new StringBuilder(2 + values.length * 3).append('{');
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "" : ",").append(values[i]);
        }
        return literal.append('}').toString();
    }

    /** Doubles as Java prints them (shortest round-trip form, e.g. 12.5 or 1.0E-4), which float8 reads back exactly. */
    static String of(double[] values) {
        StringBuilder literal = new StringBuilder(2 + values.length * 6).append('{');
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("points must be finite: " + values[i]);
            }
            literal.append(i == 0 ? "" : ",").append(values[i]);
        }
        return literal.append('}').toString();
    }
}
