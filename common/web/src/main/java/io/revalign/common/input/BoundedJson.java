package io.revalign.common.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bounds a free-form JSON value (a {@code Map<String, Object>} or {@code List<Object>} as Jackson
 * reads it): how deep it nests, how many keys it holds in all, how long a key, a text value and an
 * array may be, and how large it is written back as JSON. Whatever is stored must read back, so
 * what one client sends can never break a list for everyone else; a violation is a 400 naming the
 * field.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = BoundedJsonValidator.class)
public @interface BoundedJson {

    String message() default "exceeds the bounds of free JSON";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Levels of objects and arrays, the value itself being the first. */
    int maxDepth() default 5;

    /** Keys at every level together. */
    int maxKeys() default 200;

    /** Characters of one key. */
    int maxKeyLength() default 100;

    /** Characters of one text value. */
    int maxStringLength() default 2000;

    /** Items of one array. */
    int maxItems() default 100;

    /** Characters of the whole value written as JSON (escapes aside). */
    int maxSize() default 16_384;
}
