package io.revalign.governance.client;

import io.revalign.governance.domain.RolloutReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks skills-service how ready sellers are on an AI tool's skills. At most 2 s per call; after
 * repeated failures the circuit opens and skills-service is left alone for 30 s. Whatever fails,
 * the answer is a readiness marked unavailable with the reason, never an error.
 */
@ApplicationScoped
public class SkillsClient {

    private final SkillsReadinessApi api;
    private final ServiceToken token;

    public SkillsClient(@RestClient SkillsReadinessApi api, ServiceToken token) {
        this.api = api;
        this.token = token;
    }

    /** Readiness of the active sellers of {@code roles} (empty: all) on {@code skillKeys} at {@code level}. */
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(Unavailable.class)
    public RolloutReadiness readiness(List<String> skillKeys, int level, List<String> roles) {
        return SkillsReadinessApi.toReadiness(api.readiness(token.authorization(), skillKeys, level, roles));
    }

    /** The readiness marked unavailable, saying why in words an approver can act on. */
    public static class Unavailable implements FallbackHandler<RolloutReadiness> {

        private static final Logger LOG = Logger.getLogger(SkillsClient.class);

        @Override
        @SuppressWarnings("unchecked")
        public RolloutReadiness handle(ExecutionContext context) {
            Object[] arguments = context.getParameters();
            LOG.warnf("skills-service readiness unavailable: %s", String.valueOf(context.getFailure()));
            return RolloutReadiness.unavailable(
                    (List<String>) arguments[0],
                    (Integer) arguments[1],
                    (List<String>) arguments[2],
                    reason(context.getFailure()));
        }

        static String reason(Throwable failure) {
            if (failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || failure instanceof TimeoutException) {
                return "skills-service did not answer in time";
            }
            if (failure instanceof ServiceToken.MissingCredentials) {
                return failure.getMessage();
            }
            if (failure instanceof CircuitBreakerOpenException) {
                return "skills-service failed repeatedly and is not asked for a while";
            }
            if (failure instanceof WebApplicationException web) {
                return "skills-service answered " + web.getResponse().getStatus();
            }
            if (failure instanceof ProcessingException) {
                return "skills-service cannot be reached";
            }
            return "skills-service could not be asked (" + failure.getClass().getSimpleName() + ")";
        }
    }
}
