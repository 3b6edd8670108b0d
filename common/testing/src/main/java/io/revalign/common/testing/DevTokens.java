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

    private DevTokens() {}

    /** A valid token for a user holding these roles. */
    public static String forRoles(String... roles) {
        return forUser("test-user@revalign.test", roles);
    }

    /** A valid token for this user (upn) holding these roles. */
    public static String forUser(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .upn(user)
                .subject(user)
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(devKey());
    }

    public static String expired(String... roles) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.issuer(ISSUER)
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

    /** Every kind of token a service must refuse, for {@code @MethodSource("io.revalign.common.testing.DevTokens#invalid")}. */
    public static String[] invalid() {
        return new String[] {expired("admin"), signedByStranger("admin"), unsigned("admin"), "not.a.jwt"};
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
