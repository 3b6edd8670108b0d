package io.revalign.common.security;

import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks smallrye-jwt leaves to configuration or does not make, on a token whose signature, issuer,
 * audience and expiry it has verified: an {@code iat} is present and not in the future beyond the
 * leeway, the token lives no longer than the maximum age and is not older than it, and {@code
 * groups} is a JSON array (a plain string would otherwise be split into roles).
 */
final class TokenRules {

    private final long maxAgeSeconds;
    private final long leewaySeconds;

    TokenRules(TokenRulesConfig config) {
        this.maxAgeSeconds = config.maxAge().toSeconds();
        this.leewaySeconds = config.leeway().toSeconds();
    }

    void check(JsonWebToken jwt, long nowSeconds) throws ParseException {
        Object iat = jwt.getClaim("iat");
        if (!(iat instanceof Number number) || number.longValue() <= 0) {
            throw new ParseException("The token has no iat (issued-at) claim");
        }
        long issuedAt = number.longValue();
        if (issuedAt > nowSeconds + leewaySeconds) {
            throw new ParseException("The token's iat lies in the future");
        }
        if (nowSeconds - issuedAt > maxAgeSeconds + leewaySeconds) {
            throw new ParseException("The token is older than the maximum token age");
        }
        if (jwt.getExpirationTime() - issuedAt > maxAgeSeconds) {
            throw new ParseException("The token lives longer than the maximum token age");
        }
        JsonValue groups = payload(jwt.getRawToken()).get("groups");
        if (groups != null && groups.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ParseException("The token's groups claim is not an array");
        }
    }

    private static JsonObject payload(String token) throws ParseException {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length < 2) {
            throw new ParseException("The token is not a signed JWT");
        }
        try (JsonReader reader = Json.createReader(
                new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new ParseException("The token's claims are not a JSON object");
        }
    }
}
