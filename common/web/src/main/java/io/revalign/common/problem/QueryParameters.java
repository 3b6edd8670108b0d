package io.revalign.common.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the query parameter that JAX-RS could not convert to its declared type. JAX-RS answers such
 * a value ({@code limit=abc}, {@code limit=1.5}, {@code limit=99999999999}) with a bare 404, as if
 * the address did not exist; a client needs a 400 naming the parameter and what it takes.
 */
final class QueryParameters {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            short.class, Short.class,
            byte.class, Byte.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class);

    private QueryParameters() {}

    /** The 400 for the first query parameter of the matched method that does not convert, or null. */
    static ProblemException unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Map<String, List<String>> query = uri.getQueryParameters(true);
        for (Parameter parameter : method.getParameters()) {
            QueryParam name = parameter.getAnnotation(QueryParam.class);
            if (name == null || !query.containsKey(name.value())) {
                continue;
            }
            Class<?> type = WRAPPERS.getOrDefault(parameter.getType(), parameter.getType());
            for (String value : query.get(name.value())) {
                if (!converts(type, value)) {
                    return ProblemException.invalid(name.value(), expectation(type));
                }
            }
        }
        return null;
    }

    private static boolean converts(Class<?> type, String value) {
        if (type == String.class || List.class.isAssignableFrom(type)) {
            return true;
        }
        try {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            if (type == UUID.class) {
                UUID.fromString(value);
                return true;
            }
            for (String factory : new String[] {"valueOf", "fromString", "parse"}) {
                try {
                    Method convert = type.getMethod(factory, String.class);
                    if (Modifier.isStatic(convert.getModifiers())) {
                        convert.invoke(null, value);
                        return true;
                    }
                } catch (NoSuchMethodException e) {
                    // try the next way JAX-RS converts text
                }
            }
            type.getConstructor(String.class).newInstance(value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static String expectation(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            Number max = type == Integer.class
                    ? Integer.MAX_VALUE
                    : type == Long.class ? Long.MAX_VALUE : type == Short.class ? Short.MAX_VALUE : Byte.MAX_VALUE;
            return "must be a whole number (at most " + max + ")";
        }
        if (type == Double.class || type == Float.class) {
            return "must be a number";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("must be one of: ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return values.toString();
        }
        return "has an invalid value";
    }
}
