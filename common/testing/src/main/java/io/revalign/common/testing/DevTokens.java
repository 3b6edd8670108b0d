package io.revalign.common.testing;

import io.revalign.tools.db.PostgresBootstrap;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Tokens for tests, signed with the dev-only key in deploy/dev-keys, plus the broken kinds. */
public final class DevTokens {

    public static final String ISSUER = "urn:revalign:dev";
    /** The audience every service expects by default (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "revalign";

    private DevTokens() {}

    /** A valid token for a user holding these roles. */
    public static String forRoles(String... roles) {
        return forUser("test-user@revalign.test", roles);
    }

    /** A valid token for this user (upn) holding these roles. */
    public static String forUser(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(user)
                .subject(user)
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(devKey());
    }

    public static String expired(String... roles) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("test-user@revalign.test")
                .groups(Set.of(roles))
                .issuedAt(past)
                .expiresAt(past.plusSeconds(60))
                .sign(devKey());
    }

    /** Well-formed, but signed by a key nobody trusts. */
    public static String signedByStranger(String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .upn("mallory")
                    .groups(Set.of(roles))
                    .expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) claiming these roles. */
    public static String unsigned(String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"upn\":\"mallory\",\"exp\":"
                        + Instant.now().plusSeconds(3600).getEpochSecond() + ",\"groups\":[\""
                        + String.join("\",\"", roles) + "\"]}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** Signed by the dev key, but for another audience. */
    public static String forAnotherAudience(String... roles) {
        return Jwt.issuer(ISSUER)
                .audience("another-api")
                .upn("test-user@revalign.test")
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(devKey());
    }

    /** Signed by the dev key, but issued ten years from now. */
    public static String issuedInTheFuture(String... roles) {
        Instant later = Instant.now().plusSeconds(10L * 365 * 24 * 3600);
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("test-user@revalign.test")
                .groups(Set.of(roles))
                .issuedAt(later)
                .expiresAt(later.plusSeconds(3600))
                .sign(devKey());
    }

    /** Signed by the dev key, but valid for a hundred years. */
    public static String livingACentury(String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("test-user@revalign.test")
                .groups(Set.of(roles))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(100L * 365 * 24 * 3600))
                .sign(devKey());
    }

    /** Signed by the dev key, with groups a plain string rather than an array. */
    public static String groupsAsText(String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("test-user@revalign.test")
                .claim("groups", role)
                .expiresIn(3600)
                .sign(devKey());
    }

    /** Every kind of token a service must refuse, for {@code @MethodSource("io.revalign.common.testing.DevTokens#invalid")}. */
    public static String[] invalid() {
        return new String[] {
            expired("admin"),
            signedByStranger("admin"),
            unsigned("admin"),
            "not.a.jwt",
            forAnotherAudience("admin"),
            issuedInTheFuture("admin"),
            livingACentury("admin"),
            groupsAsText("admin")
        };
    }

    private static PrivateKey devKey() {
        try {
            Path pem = PostgresBootstrap.sqlDirectory().resolveSibling("dev-keys/private.pem");
            return KeyUtils.decodePrivateKey(Files.readString(pem));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read deploy/dev-keys/private.pem", e);
        }
    }
}
