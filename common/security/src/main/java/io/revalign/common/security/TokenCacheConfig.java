package io.revalign.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The verified-token cache ({@link CachingJwtParser}). */
@ConfigMapping(prefix = "revalign.token-cache")
public interface TokenCacheConfig {

    /** How many verified tokens are remembered at most; the least used are forgotten first. */
    @WithDefault("10000")
    long maxSize();

    /** How long a verified token is accepted without checking it again: a rotated-out key works this long. */
    @WithDefault("60s")
    Duration maxReuse();
}
