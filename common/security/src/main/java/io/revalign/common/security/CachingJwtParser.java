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
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's parser with a short memory: a bearer token that verified is not verified again for
 * up to {@link TokenCacheConfig#maxReuse()} (a minute by default), and never past its own expiry.
 * Checking the RS256 signature was over half of the gateway's CPU per request, and every client sends
 * the same token many times in a row. Tokens that fail are never cached, so each failure is checked
 * anew. A token smallrye-jwt accepts must also pass {@link TokenRules} (iat, maximum age, groups an array).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    private final Clock clock;
    private final long maxReuseNanos;
    private final Cache<String, JsonWebToken> verified;
    private final TokenRules rules;

    public CachingJwtParser(
            JWTAuthContextInfo authContext, TokenCacheConfig config, TokenRulesConfig rules, Clock clock) {
        super(authContext);
        this.clock = clock;
        this.rules = new TokenRules(rules);
        this.maxReuseNanos = config.maxReuse().toNanos();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new UntilTokenExpiry())
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > clock.millis() / 1000) {
            return known;
        }
        JsonWebToken jwt = super.parse(token);
        rules.check(jwt, clock.millis() / 1000);
        verified.put(token, jwt);
        return jwt;
    }

    /** An entry lives until the token expires or for the configured reuse time, whichever is sooner. */
    private final class UntilTokenExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
            long untilExpiry =
                    TimeUnit.SECONDS.toNanos(jwt.getExpirationTime()) - TimeUnit.MILLISECONDS.toNanos(clock.millis());
            return Math.max(0, Math.min(untilExpiry, maxReuseNanos));
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
