package io.revalign.governance.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bearer token governance presents to skills-service: the configured one, or one it signs itself
 * (subject ai-governance-service, role integration) with the key in {@code smallrye.jwt.sign.key.location},
 * reused until two thirds of its life are over.
 */
@ApplicationScoped
public class ServiceToken {

    static final String SUBJECT = "ai-governance-service";
    static final String ROLE = "integration";

    private record Minted(String token, Instant renewAt) {}

    private final SkillsClientConfig config;
    private final Clock clock;
    private final AtomicReference<Minted> current = new AtomicReference<>();

    public ServiceToken(SkillsClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The {@code Authorization} header value. */
    public String authorization() {
        return "Bearer " + config.token().filter(t -> !t.isBlank()).orElseGet(this::signed);
    }

    private String signed() {
        if (ConfigProvider.getConfig()
                .getOptionalValue("smallrye.jwt.sign.key.location", String.class)
                .isEmpty()) {
            throw new MissingCredentials();
        }
        Instant now = clock.instant();
        Minted minted = current.get();
        if (minted == null || !now.isBefore(minted.renewAt())) {
            long lifetime = config.tokenLifetime().toSeconds();
            String token = Jwt.issuer(config.tokenIssuer())
                    .audience(config.tokenAudience())
                    .subject(SUBJECT)
                    .upn(SUBJECT)
                    .groups(Set.of(ROLE))
                    .issuedAt(now)
                    .expiresAt(now.plusSeconds(lifetime))
                    .sign();
            minted = new Minted(token, now.plusSeconds(lifetime * 2 / 3));
            current.set(minted);
        }
        return minted.token();
    }

    /** Neither a token nor a signing key is configured. */
    static final class MissingCredentials extends RuntimeException {
        MissingCredentials() {
            super(
                    "governance has no credentials for skills-service: set REVALIGN_SKILLS_TOKEN or"
                            + " SMALLRYE_JWT_SIGN_KEY_LOCATION",
                    null,
                    false,
                    false);
        }
    }
}
