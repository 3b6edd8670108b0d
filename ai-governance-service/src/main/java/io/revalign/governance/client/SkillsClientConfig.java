package io.revalign.governance.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How governance authenticates to skills-service. The address is the REST client's
 * ({@code quarkus.rest-client.skills.url}); the timeout and circuit breaker are the fault-tolerance
 * settings of {@link SkillsClient#readiness}.
 */
@ConfigMapping(prefix = "revalign.skills")
public interface SkillsClientConfig {

    /**
     * A bearer token to send as it is (e.g. one your identity provider issues to governance with the role
     * integration); unset: governance signs its own with {@code smallrye.jwt.sign.key.location}.
     */
    Optional<String> token();

    /** The issuer of the tokens governance signs itself: the one the services trust. */
    @WithDefault("${mp.jwt.verify.issuer:urn:revalign:dev}")
    String tokenIssuer();

    /** The audience of the tokens governance signs itself. */
    @WithDefault("${mp.jwt.verify.audiences:revalign}")
    String tokenAudience();

    /** How long a token governance signs itself lives; a new one is signed when less than a third is left. */
    @WithDefault("10m")
    Duration tokenLifetime();
}
