package io.revalign.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What a verified token must also satisfy ({@link TokenRules}); the audience is {@code mp.jwt.verify.audiences}. */
@ConfigMapping(prefix = "revalign.token")
public interface TokenRulesConfig {

    /** The longest a token may live (exp - iat) and the oldest it may be (now - iat): a leaked token expires. */
    @WithDefault("24h")
    Duration maxAge();

    /** How far a token's iat may lie ahead of this clock (the issuer's clock may run a little fast). */
    @WithDefault("60s")
    Duration leeway();
}
