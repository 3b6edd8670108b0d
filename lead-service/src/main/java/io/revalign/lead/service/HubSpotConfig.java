package io.revalign.lead.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** HubSpot inbound webhooks: the app's secret, where HubSpot sends, and how properties map to leads. */
@ConfigMapping(prefix = "revalign.hubspot")
public interface HubSpotConfig {

    /** The HubSpot app's client secret, which signs every webhook request; unset: the endpoint refuses all. */
    Optional<String> clientSecret();

    /**
     * The webhook URL as configured in the HubSpot app (it is part of what HubSpot signs); unset: the
     * URL of the request as it reached the service, through the gateway's forwarded headers.
     */
    Optional<URI> webhookUrl();

    /** How far a request's timestamp may be from now before it is refused as a replay. */
    @WithDefault("5m")
    Duration maxAge();

    /** HubSpot contact property → lead field (email, firstName, lastName, company, title, industry, companySize, country). */
    Map<String, String> properties();

    /** HubSpot contact property whose change is an engagement → activity type (e.g. EMAIL_OPEN). */
    Map<String, String> activities();

    /** How often the worker looks for queued events (e.g. 1s; off: never, as in the tests). */
    @WithDefault("1s")
    String pollInterval();

    /** How many queued events one worker pass takes. */
    @WithDefault("500")
    int batchSize();
}
