package io.revalign.common.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enum query parameters, read from their text: JAX-RS answers a value it cannot convert with a bare
 * 404, where a client needs a 400 naming the parameter and the accepted values.
 */
public final class EnumParam {

    private EnumParam() {}

    /** The constant named {@code value}, {@code null} when absent, a 400 problem for {@code field} otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    field,
                    "must be one of: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
