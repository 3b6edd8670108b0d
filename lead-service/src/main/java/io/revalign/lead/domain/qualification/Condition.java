package io.revalign.lead.domain.qualification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A predicate on one lead attribute: a known field such as {@code budget} or a free {@code attributes.<key>}. */
public record Condition(String attribute, Operator operator, List<String> values, BigDecimal min, BigDecimal max) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static Condition equalTo(String attribute, String value) {
        return new Condition(attribute, Operator.EQUALS, List.of(value), null, null);
    }

    public static Condition in(String attribute, String... values) {
        return new Condition(attribute, Operator.IN, List.of(values), null, null);
    }

    public static Condition range(String attribute, BigDecimal min, BigDecimal max) {
        return new Condition(attribute, Operator.RANGE, List.of(), min, max);
    }

    public static Condition exists(String attribute) {
        return new Condition(attribute, Operator.EXISTS, List.of(), null, null);
    }

    /** Whether the lead satisfies this condition; a missing attribute satisfies nothing. */
    public boolean holds(LeadProfile lead) {
        Optional<Object> value = lead.value(attribute);
        if (value.isEmpty()) {
            return false;
        }
        return switch (operator) {
            case EXISTS -> true;
            case EQUALS, IN -> {
                String text = text(value.get());
                yield values.stream().anyMatch(candidate -> text.equalsIgnoreCase(candidate.trim()));
            }
            case RANGE ->
                number(value.get())
                        .map(n -> (min == null || n.compareTo(min) >= 0) && (max == null || n.compareTo(max) <= 0))
                        .orElse(false);
        };
    }

    /** A short human reading of the condition, for explanations. */
    public String describe() {
        return switch (operator) {
            case EXISTS -> attribute + " is present";
            case EQUALS -> attribute + " = " + values.get(0);
            case IN -> attribute + " in " + values;
            case RANGE ->
                attribute + " in [" + (min == null ? "-inf" : min.toPlainString()) + ", "
                        + (max == null ? "+inf" : max.toPlainString()) + "]";
        };
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return value.toString().trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number n) {
            return Optional.of(
                    n instanceof Double || n instanceof Float
                            ? BigDecimal.valueOf(n.doubleValue())
                            : BigDecimal.valueOf(n.longValue()));
        }
        try {
            return Optional.of(new BigDecimal(value.toString().trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
