package io.revalign.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's parser with a short memory: a bearer token that verified is not verified again for
 * up to a minute, and never past its own expiry. Checking the RS256 signature was over half of the
 * gateway's CPU per request, and every client sends the same token many times in a row. Tokens that
 * fail are never cached, so each failure is checked anew.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    static final Duration MAX_REUSE = Duration.ofMinutes(1);
    private static final long MAX_TOKENS = 10_000;

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(new UntilTokenExpiry())
            .build();

    public CachingJwtParser(JWTAuthContextInfo authContext) {
        super(authContext);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        JsonWebToken jwt = super.parse(token);
        verified.put(token, jwt);
        return jwt;
    }

    /** An entry lives until the token expires or for {@link #MAX_REUSE}, whichever is sooner. */
    private static final class UntilTokenExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
            long untilExpiry = TimeUnit.SECONDS.toNanos(jwt.getExpirationTime())
                    - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
            return Math.max(0, Math.min(untilExpiry, MAX_REUSE.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long currentDuration) {
            return expireAfterCreate(token, jwt, now);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long now, long currentDuration) {
            return currentDuration;
        }
    }
}
