package io.revalign.common.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;

/** Checks {@link BoundedJson}: one walk over the value, stopping at the first bound it passes. */
public class BoundedJsonValidator implements ConstraintValidator<BoundedJson, Object> {

    private BoundedJson bounds;

    @Override
    public void initialize(BoundedJson bounds) {
        this.bounds = bounds;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problem(value, bounds);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The message names only the bound, never the client's keys, so it needs no escaping.
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** What is wrong with {@code value} under {@code bounds}, or null when it is within them. */
    public static String problem(Object value, BoundedJson bounds) {
        Walk walk = new Walk(bounds);
        walk.visit(value, 0);
        return walk.problem;
    }

    private static final class Walk {
        private final BoundedJson bounds;
        private long size;
        private long keys;
        private String problem;

        Walk(BoundedJson bounds) {
            this.bounds = bounds;
        }

        private boolean fail(String message) {
            problem = message;
            return false;
        }

        private boolean grow(long characters) {
            size += characters;
            return size <= bounds.maxSize()
                    || fail("must be at most " + bounds.maxSize() + " characters when written as JSON");
        }

        boolean visit(Object value, int depth) {
            if (value instanceof Map<?, ?> map) {
                if (depth + 1 > bounds.maxDepth()) {
                    return fail("must nest objects and arrays at most " + bounds.maxDepth() + " levels deep");
                }
                keys += map.size();
                if (keys > bounds.maxKeys()) {
                    return fail("must hold at most " + bounds.maxKeys() + " keys in all");
                }
                if (!grow(2L + map.size())) {
                    return false;
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (key.length() > bounds.maxKeyLength()) {
                        return fail("must have keys of at most " + bounds.maxKeyLength() + " characters");
                    }
                    if (!StrictJson.storable(key)) {
                        return fail("must have keys that " + StrictJson.NOT_STORABLE.replace("must ", "do "));
                    }
                    if (!grow(key.length() + 3L) || !visit(entry.getValue(), depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof Collection<?> items) {
                if (depth + 1 > bounds.maxDepth()) {
                    return fail("must nest objects and arrays at most " + bounds.maxDepth() + " levels deep");
                }
                if (items.size() > bounds.maxItems()) {
                    return fail("must have arrays of at most " + bounds.maxItems() + " items");
                }
                if (!grow(2L + items.size())) {
                    return false;
                }
                for (Object item : items) {
                    if (!visit(item, depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof CharSequence text) {
                if (text.length() > bounds.maxStringLength()) {
                    return fail("must have text values of at most " + bounds.maxStringLength() + " characters");
                }
                if (!StrictJson.storable(text.toString())) {
                    return fail("must have text values that " + StrictJson.NOT_STORABLE.replace("must ", "do "));
                }
                return grow(text.length() + 2L);
            }
            return grow(value == null ? 4 : String.valueOf(value).length());
        }
    }
}
