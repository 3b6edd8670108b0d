package io.revalign.common.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Outbound webhooks: which internal hosts may be subscribers, timeouts and the retry schedule. */
@ConfigMapping(prefix = "revalign.webhooks")
public interface WebhookConfig {

    /**
     * Hosts (as written in subscriber URLs, lower case) allowed although they resolve inside the
     * network; none by default, so a subscriber URL cannot make RevAlign call its own neighbours.
     */
    Optional<Set<String>> allowedInternalHosts();

    /** How long a subscriber may take to connect. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a subscriber may take to answer; slower counts as a failed attempt. */
    @WithDefault("5s")
    Duration timeout();

    /** The wait before the first retry; it doubles with each further one. */
    @WithDefault("5s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration longestRetry();

    /** How long after its first attempt a delivery is given up (DEAD) and its subscription switched off. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How long a rotated-out secret still signs beside the new one. */
    @WithDefault("24h")
    Duration secretGrace();

    /** How often the dispatcher looks for work (e.g. 1s; off: never, as in the tests). */
    @WithDefault("1s")
    String pollInterval();

    /**
     * How many keep-alive connections the dispatcher keeps open to one receiver (scheme, host and
     * port) and reuses from delivery to delivery; further deliveries to it wait for one, up to the
     * connect timeout, while other receivers' go on.
     */
    @WithDefault("16")
    int connectionsPerReceiver();

    /** How many events or deliveries one dispatcher pass takes. */
    @WithDefault("100")
    int batchSize();
}
