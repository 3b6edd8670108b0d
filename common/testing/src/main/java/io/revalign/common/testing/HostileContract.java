package io.revalign.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input against every operation of the service's contract: each path, query and header
 * parameter and each field of each JSON body gets a corpus of bad values (NUL and control bytes,
 * lone surrogates, huge and deep values, wrong types, numbers out of range, bad encodings), and for
 * each the service must answer without a 5xx, every 4xx must be problem+json, a request that
 * changes something must be refused, nothing may be written, and the service must stay ready. A
 * body without each field, with each field null, and {@code {}} may be lawful (the field is
 * optional) but must never be a 5xx.
 *
 * <p>The operations come from the contract the service publishes (equal to the committed {@code
 * openapi/openapi.yaml}, which the drift test guards), so a new operation is covered without
 * touching the test. A service's test folder holds only {@code @QuarkusTest class HostileContractTest
 * extends HostileContract {}}.
 */
public abstract class HostileContract {

    /** Every role, so authorization never hides what validation would say. */
    private static final String[] ALL_ROLES = {
        "marketing", "marketing-leader", "sales", "sales-leader", "seller", "enablement",
        "revops", "it", "security", "legal", "integration", "admin"
    };

    private static final String HUGE = "x".repeat(100_000);
    private static final String DEEP = "[".repeat(3_000) + "]".repeat(3_000);
    private static final String DEEP_OBJECT = "{\"a\": ".repeat(60) + "1" + "}".repeat(60);

    /** Values for a path segment, already percent-encoded (%ZZ and friends: brokenFramingIsRefusedWithAProblem). */
    private static final String[] PATH_VALUES = {"x%00y", "%C0%AF", "%ED%A0%80", "x".repeat(3_000)};

    /** Values for a query parameter, as text (rest-assured encodes them). */
    private static final String[] QUERY_VALUES = {
        "x\u0000y", "x\u0001y", "abc", "1.5", "99999999999", "-1", "1e400", "x".repeat(5_000), "{}", ""
    };

    /**
     * Values for a header. Control characters are not among them: the HTTP client rewrites them to
     * {@code ?} (making a valid value), and written raw they never reach the application (see
     * brokenFramingIsRefusedWithAProblem).
     */
    private static final String[] HEADER_VALUES = {"", " ", "x".repeat(4_000), "\u00e9t\u00e9", "\"0\", W/"};

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInput() {
        Map<String, Object> contract = Management.openapi()
                .accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> components = map(map(contract.get("components")).get("schemas"));
        List<DynamicTest> tests = new ArrayList<>();
        map(contract.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                Operation op = new Operation(path, method.toUpperCase(), map(operation), components);
                tests.add(DynamicTest.dynamicTest(op.method + " " + path, () -> attack(op)));
            }
        }));
        tests.add(DynamicTest.dynamicTest("the service is still ready", HostileContract::assertReady));
        return tests.stream();
    }

    /**
     * What breaks HTTP's framing, written on a socket since no client sends it: each a problem
     * document with the right status. A control character in a header is the exception: Netty's
     * decoder refuses it with an empty 400 before any application code runs (see common-web's
     * RequestFraming), so only the status is asserted.
     */
    @Test
    void brokenFramingIsRefusedWithAProblem() throws IOException {
        String token = DevTokens.forRoles(ALL_ROLES);
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("path %ZZ", RawHttp.get("/api/hostile/%ZZ", token, ""));
        problems.put("path %", RawHttp.get("/api/hostile/%", token, ""));
        problems.put("path {}", RawHttp.get("/api/hostile/{}", token, ""));
        problems.put("path %C0%AF", RawHttp.get("/api/hostile/%C0%AF", token, ""));
        problems.put("path %00", RawHttp.get("/api/hostile/x%00y", token, ""));
        // A path that does not percent-decode may be refused by Quarkus before any application route,
        // with an empty 400 (see RequestFraming); anything with a body must be a problem.
        problems.forEach((what, response) -> assertTrue(
                response.startsWith("HTTP/1.1 400")
                        && (response.contains("content-length: 0") || RawHttp.isProblem(response, 400)),
                what + ": " + abbreviate(response)));
        String longLine = RawHttp.get("/api/hostile?q=" + "x".repeat(12_000), token, "");
        assertTrue(RawHttp.isProblem(longLine, 414), abbreviate(longLine));
        String largeHeaders = RawHttp.get("/api/hostile", token, "X-Padding: " + "p".repeat(40_000) + "\r\n");
        assertTrue(RawHttp.isProblem(largeHeaders, 431), abbreviate(largeHeaders));
        String hugeToken = RawHttp.get("/api/hostile", "t".repeat(100_000), "");
        assertTrue(RawHttp.isProblem(hugeToken, 431), abbreviate(hugeToken));
        for (String control : new String[] {"\u0000", "\u0001"}) {
            String response = RawHttp.get("/api/hostile", token, "X-Note: a" + control + "b\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), abbreviate(response));
        }
    }

    private void attack(Operation op) throws SQLException {
        String before = fingerprint();
        List<String> failures = new ArrayList<>();
        for (Attempt attempt : op.attempts()) {
            Response response;
            try {
                response = attempt.send();
            } catch (Exception e) {
                // The client refused to send it (a header value it will not write): nothing to check.
                continue;
            }
            String where = attempt.description + " → " + response.statusCode() + " " + abbreviate(response.asString());
            String failure = failure(attempt, response);
            if (failure != null) {
                failures.add(failure + ": " + where);
            }
            if (op.unsafe()) { // checked after each attempt, so a finding names the request that wrote
                String after = fingerprint();
                if (!after.equals(before)) {
                    if (!attempt.mayWrite) {
                        failures.add("wrote to the database: " + where);
                    }
                    before = attempt.mayWrite ? settled(after) : after;
                }
            }
        }
        assertTrue(failures.isEmpty(), op.method + " " + op.path + ":\n" + String.join("\n", failures));
        assertEquals(before, fingerprint(), op.method + " " + op.path + " wrote to the database");
    }

    /**
     * The schema's fingerprint once a lawful write's after-effects have landed (an outbox row the
     * webhook dispatcher picks up within its poll interval): unchanged for 2.5 s, or after 15 s.
     */
    private static String settled(String fingerprint) throws SQLException {
        String last = fingerprint;
        long quietSince = System.nanoTime();
        long deadline = quietSince + 15_000_000_000L;
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < 2_500_000_000L) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            String now = fingerprint();
            if (!now.equals(last)) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        return last;
    }

    /** What is wrong with the answer to a hostile request, or null. */
    private static String failure(Attempt attempt, Response response) {
        int status = response.statusCode();
        String contentType = String.valueOf(response.contentType());
        if (status >= 500) {
            return "server error";
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "not problem+json (" + contentType + ")";
        } else if (status < 400 && attempt.mustBeRefused) {
            return "accepted";
        }
        return null;
    }

    private static void assertReady() {
        Management.management().get("/q/health/ready").then().statusCode(200);
    }

    /** Row counts and a hash of every row of every table in the service's schema. */
    private static String fingerprint() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String schema = config.getOptionalValue("quarkus.flyway.default-schema", String.class)
                .orElse("public");
        try (Connection connection = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getOptionalValue("quarkus.datasource.username", String.class)
                                .orElse(null),
                        config.getOptionalValue("quarkus.datasource.password", String.class)
                                .orElse(""));
                PreparedStatement query = connection.prepareStatement(
                        "SELECT string_agg(table_name || '=' || (xpath('/row/f/text()', query_to_xml(format("
                                + "'SELECT count(*) || ''/'' || coalesce(sum(hashtext(t::text)::bigint), 0) AS f"
                                + " FROM %I.%I t', table_schema, table_name), false, true, '')))[1]::text, ';'"
                                + " ORDER BY table_name) FROM information_schema.tables WHERE table_schema = ?"
                                + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** One request of the corpus. */
    private record Attempt(
            String description,
            boolean mustBeRefused,
            boolean mayWrite,
            java.util.function.Supplier<Response> request) {

        Attempt(String description, boolean mustBeRefused, java.util.function.Supplier<Response> request) {
            this(description, mustBeRefused, false, request);
        }

        /** A request that may be valid (a body without an optional field): only its answer is checked. */
        static Attempt lawful(String description, java.util.function.Supplier<Response> request) {
            return new Attempt(description, false, true, request);
        }

        Response send() {
            return request.get();
        }
    }

    /** An operation of the contract and the hostile requests made from it. */
    private static final class Operation {
        final String path;
        final String method;
        final Map<String, Object> operation;
        final Map<String, Object> schemas;
        final Map<String, Object> pathValues = new LinkedHashMap<>();
        final String mediaType;
        final Object example;

        Operation(String path, String method, Map<String, Object> operation, Map<String, Object> schemas) {
            this.path = path;
            this.method = method;
            this.operation = operation;
            this.schemas = schemas;
            for (Object parameter : list(operation.get("parameters"))) {
                Map<String, Object> p = map(parameter);
                if ("path".equals(p.get("in"))) {
                    pathValues.put((String) p.get("name"), validValue(schema(p.get("schema"))));
                }
            }
            Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
            this.mediaType =
                    content.isEmpty() ? null : content.keySet().iterator().next();
            this.example = mediaType == null ? null : exampleOf(map(content.get(mediaType)));
        }

        /** Whether the operation changes something: a hostile request to it must be refused. */
        boolean unsafe() {
            return !method.equals("GET");
        }

        Map<String, Object> schema(Object schema) {
            Map<String, Object> s = map(schema);
            Object ref = s.get("$ref");
            if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
                return map(schemas.get(r.substring("#/components/schemas/".length())));
            }
            return s;
        }

        Object validValue(Map<String, Object> schema) {
            List<Object> values = list(schema.get("enum"));
            if (!values.isEmpty()) {
                return values.get(0);
            }
            if ("uuid".equals(schema.get("format"))) {
                return UUID.randomUUID().toString();
            }
            Object type = schema.get("type");
            if ("integer".equals(type) || "number".equals(type)) {
                return 1;
            }
            return "x";
        }

        Object exampleOf(Map<String, Object> content) {
            if (content.containsKey("example")) {
                return content.get("example");
            }
            for (Object example : map(content.get("examples")).values()) {
                Object value = map(example).get("value");
                if (value != null) {
                    return value;
                }
            }
            Map<String, Object> schema = schema(content.get("schema"));
            List<Object> examples = list(schema.get("examples"));
            return examples.isEmpty() ? new LinkedHashMap<>() : examples.get(0);
        }

        String target(Map<String, Object> values) {
            String target = path;
            for (Map.Entry<String, Object> value : values.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
            }
            return target;
        }

        RequestSpecification base() {
            RequestSpecification request = given().config(RestAssuredConfig.config()
                            .encoderConfig(EncoderConfig.encoderConfig()
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .urlEncodingEnabled(false)
                    .auth()
                    .oauth2(DevTokens.forRoles(ALL_ROLES));
            if (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
                // A tag no row ever has: a fresh row is at version 0, and an attempt that got past the
                // checks must still not write (a 412), whatever row it names.
                request = request.header("If-Match", "\"-1\"");
            }
            return request;
        }

        Response send(RequestSpecification request, String target, String body) {
            if (body != null) {
                request = request.contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method, target);
        }

        String validBody() {
            return example == null ? null : Json.write(example);
        }

        List<Attempt> attempts() {
            List<Attempt> attempts = new ArrayList<>();
            String target = target(pathValues);
            for (String name : pathValues.keySet()) {
                for (String value : PATH_VALUES) {
                    Map<String, Object> values = new LinkedHashMap<>(pathValues);
                    values.put(name, value);
                    String hostile = target(values);
                    attempts.add(new Attempt(
                            "path " + name + "=" + abbreviate(value),
                            unsafe(),
                            () -> send(base(), hostile, validBody())));
                }
            }
            for (Object parameter : list(operation.get("parameters"))) {
                Map<String, Object> p = map(parameter);
                String name = (String) p.get("name");
                if ("query".equals(p.get("in"))) {
                    for (String value : QUERY_VALUES) {
                        attempts.add(new Attempt(
                                "query " + name + "=" + abbreviate(value),
                                false,
                                () -> send(base().queryParam(name, Json.percentEncode(value)), target, validBody())));
                    }
                } else if ("header".equals(p.get("in"))) {
                    for (String value : HEADER_VALUES) {
                        attempts.add(new Attempt(
                                "header " + name + "=" + abbreviate(value),
                                false,
                                () -> send(base().header(name, value), target, validBody())));
                    }
                }
            }
            if (mediaType != null) {
                for (String body : wholeBodies()) {
                    attempts.add(new Attempt("body " + abbreviate(body), true, () -> send(base(), target, body)));
                }
                attempts.add(
                        new Attempt("body in UTF-16", true, () -> base().contentType(mediaType + "; charset=UTF-16")
                                .body(String.valueOf(validBody()).getBytes(StandardCharsets.UTF_16))
                                .request(method, target)));
                attempts.add(new Attempt("body without Content-Type", true, () -> base().body(
                                String.valueOf(validBody()).getBytes(StandardCharsets.UTF_8))
                        .request(method, target)));
                attempts.add(new Attempt("body not UTF-8", true, () -> base().contentType(mediaType)
                        .body(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                        .request(method, target)));
                attempts.add(Attempt.lawful("body {}", () -> send(base(), target, "{}")));
                if (example instanceof Map<?, ?> fields) {
                    for (Object field : fields.keySet()) {
                        // A missing or null field is a 400 naming it when it is required, else lawful: never a 5xx.
                        Map<String, Object> without = new LinkedHashMap<>(map(example));
                        without.remove(field);
                        String withoutBody = Json.write(without);
                        attempts.add(Attempt.lawful("body without " + field, () -> send(base(), target, withoutBody)));
                        Map<String, Object> nulled = new LinkedHashMap<>(map(example));
                        nulled.put((String) field, new Json.Raw("null"));
                        String nulledBody = Json.write(nulled);
                        attempts.add(Attempt.lawful(
                                "body field " + field + "=null", () -> send(base(), target, nulledBody)));
                        for (Object value : hostileValues(fields.get(field))) {
                            Map<String, Object> mutated = new LinkedHashMap<>(map(example));
                            mutated.put((String) field, value);
                            String body = Json.write(mutated);
                            attempts.add(new Attempt(
                                    "body field " + field + "=" + abbreviate(Json.write(value)),
                                    true,
                                    () -> send(base(), target, body)));
                        }
                    }
                }
            }
            return attempts;
        }

        List<String> wholeBodies() {
            String valid = String.valueOf(validBody());
            return List.of(
                    "",
                    "null",
                    "[]",
                    "\"x\"",
                    valid + " {\"trailing\": 1}",
                    DEEP,
                    "{\"a\": " + DEEP + "}",
                    valid.startsWith("{") ? "{\"\u0000\": 1, " + valid.substring(1) : valid + "x");
        }

        static List<Object> hostileValues(Object valid) {
            List<Object> values = new ArrayList<>();
            values.add(new Json.Raw("\"a\\u0000b\""));
            values.add(new Json.Raw("\"a\\ud800b\""));
            values.add(new Json.Raw("\"a\u0001b\""));
            values.add(HUGE);
            values.add(new Json.Raw(DEEP));
            values.add(new Json.Raw(DEEP_OBJECT));
            values.add(new Json.Raw("1e400"));
            values.add(new Json.Raw("99999999999999999999"));
            if (valid instanceof String) {
                values.add(12);
                values.add(true);
                values.add(Map.of("x", 1));
                values.add(List.of("x"));
            } else if (valid instanceof Number) {
                values.add("12");
                values.add(new Json.Raw("1.5"));
                values.add(new Json.Raw("-99999999999"));
            } else if (valid instanceof Boolean) {
                values.add("true");
                values.add(1);
            } else if (valid instanceof List<?>) {
                values.add(Map.of("x", 1));
                values.add(new Json.Raw("[" + "1,".repeat(20_000) + "1]"));
            } else if (valid instanceof Map<?, ?>) {
                values.add(List.of(1));
                values.add("x");
            }
            return values;
        }
    }

    /** Just enough JSON writing for the corpus, with raw fragments that no writer would produce. */
    static final class Json {

        record Raw(String json) {}

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.json());
            } else if (value instanceof String text) {
                out.append('"');
                for (char c : text.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        default -> {
                            if (c < 0x20) {
                                out.append(String.format("\\u%04x", (int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
                out.append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }

        static String percentEncode(String text) {
            StringBuilder out = new StringBuilder();
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || "-._~".indexOf(c) >= 0) {
                    out.append((char) c);
                } else {
                    out.append('%').append(String.format("%02X", c));
                }
            }
            return out.toString();
        }
    }
}
