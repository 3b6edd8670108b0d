package io.revalign.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verified-token cache, on a clock the test moves: no waiting on the wall clock. */
class CachingJwtParserTest {

    private static final String ISSUER = "urn:revalign:test";
    private static final String AUDIENCE = "revalign";
    private static final Duration MAX_REUSE = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock();
    private KeyPair oldKey;
    private KeyPair newKey;
    private JWTAuthContextInfo context;
    private CachingJwtParser parser;

    @BeforeEach
    void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        oldKey = generator.generateKeyPair();
        newKey = generator.generateKeyPair();
        context = new JWTAuthContextInfo((RSAPublicKey) oldKey.getPublic(), ISSUER);
        context.setExpectedAudience(java.util.Set.of(AUDIENCE));
        parser = new CachingJwtParser(context, config(100, MAX_REUSE), rules(Duration.ofHours(24)), clock);
    }

    @Test
    void aTokenOfARotatedOutKeyWorksUntilTheReuseTimeEnds() throws Exception {
        String token = token(oldKey, 3600);
        assertEquals("dana", parser.parse(token).getName());
        rotate();
        clock.advance(MAX_REUSE.minusSeconds(1));
        assertEquals("dana", parser.parse(token).getName(), "remembered, so not checked again");
        clock.advance(Duration.ofSeconds(2));
        assertThrows(ParseException.class, () -> parser.parse(token), "checked again, against the new key");
    }

    @Test
    void aTokenIsNeverRememberedPastItsExpiry() throws Exception {
        String token = token(oldKey, 30);
        parser.parse(token);
        rotate();
        clock.advance(Duration.ofSeconds(20));
        parser.parse(token);
        clock.advance(Duration.ofSeconds(11));
        assertThrows(ParseException.class, () -> parser.parse(token), "expired by the clock, so checked again");
    }

    @Test
    void aTokenThatFailedIsCheckedAgainEveryTime() throws Exception {
        String token = token(newKey, 3600);
        assertThrows(ParseException.class, () -> parser.parse(token));
        rotate();
        assertEquals("dana", parser.parse(token).getName());
    }

    private void rotate() {
        context.setPublicVerificationKey(newKey.getPublic());
    }

    private String token(KeyPair key, long lifetimeSeconds) {
        Instant now = clock.instant();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("dana")
                .groups("sales")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetimeSeconds))
                .sign(key.getPrivate());
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        Instant now = clock.instant();
        assertThrows(
                ParseException.class,
                () -> parser.parse(Jwt.issuer(ISSUER)
                        .audience("someone-else")
                        .upn("dana")
                        .issuedAt(now)
                        .expiresAt(now.plusSeconds(60))
                        .sign(oldKey.getPrivate())));
        assertThrows(
                ParseException.class,
                () -> parser.parse(Jwt.issuer(ISSUER)
                        .upn("dana")
                        .issuedAt(now)
                        .expiresAt(now.plusSeconds(60))
                        .sign(oldKey.getPrivate())));
    }

    @Test
    void aTokenIssuedInTheFutureOrLivingPastTheMaximumAgeIsRefused() {
        Instant now = clock.instant();
        Instant tenYears = now.plus(Duration.ofDays(3650));
        assertThrows(
                ParseException.class,
                () -> parser.parse(Jwt.issuer(ISSUER)
                        .audience(AUDIENCE)
                        .upn("dana")
                        .issuedAt(tenYears)
                        .expiresAt(tenYears.plusSeconds(60))
                        .sign(oldKey.getPrivate())),
                "iat ten years ahead");
        assertThrows(
                ParseException.class,
                () -> parser.parse(Jwt.issuer(ISSUER)
                        .audience(AUDIENCE)
                        .upn("dana")
                        .issuedAt(now)
                        .expiresAt(now.plus(Duration.ofDays(36500)))
                        .sign(oldKey.getPrivate())),
                "exp a hundred years ahead");
        assertEquals("dana", assertDoesNotThrowParse(token(oldKey, 3600)));
    }

    @Test
    void groupsMustBeAnArray() {
        Instant now = clock.instant();
        String plain = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn("dana")
                .claim("groups", "admin")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(60))
                .sign(oldKey.getPrivate());
        assertThrows(ParseException.class, () -> parser.parse(plain));
    }

    private String assertDoesNotThrowParse(String token) {
        try {
            return parser.parse(token).getName();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static TokenRulesConfig rules(Duration maxAge) {
        return new TokenRulesConfig() {
            @Override
            public Duration maxAge() {
                return maxAge;
            }

            @Override
            public Duration leeway() {
                return Duration.ofSeconds(60);
            }
        };
    }

    private static TokenCacheConfig config(long size, Duration reuse) {
        return new TokenCacheConfig() {
            @Override
            public long maxSize() {
                return size;
            }

            @Override
            public Duration maxReuse() {
                return reuse;
            }
        };
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
