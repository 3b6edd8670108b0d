package io.revalign.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long Idempotency-Keys are kept ({@link Idempotency}). */
@ConfigMapping(prefix = "revalign.idempotency")
public interface IdempotencyConfig {

    /** How long after its first use a key replays its response; later, the same key creates anew. */
    @WithDefault("24h")
    Duration retention();

    /** How long a claim without a response holds its key before a retry may take it over (its process died). */
    @WithDefault("60s")
    Duration abandonedAfter();
}
