package io.revalign.lead.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The generic inbound sources: CRMs other than HubSpot (a Salesforce outbound-message relay, ...) that post
 * Standard Webhooks messages to {@code /api/integrations/inbound/{source}}, one entry per source name.
 */
@ConfigMapping(prefix = "revalign.inbound")
public interface InboundConfig {

    /** Source name (lower case, the last path segment) → its settings. */
    Map<String, Source> sources();

    /** How far a message's webhook-timestamp may be from now before it is refused as a replay. */
    @WithDefault("5m")
    Duration tolerance();

    /** One source. */
    interface Source {

        /** The Standard Webhooks secret ({@code whsec_...}) the source signs with; unset: every message is refused. */
        Optional<String> secret();

        /** The lead source its contacts are upserted as (e.g. SALESFORCE); default: the name in upper case. */
        Optional<String> leadSource();

        /** Source property → lead field, as {@code revalign.hubspot.properties}; none set: HubSpot's mapping. */
        Map<String, String> properties();

        /** Source property whose change is an engagement → activity type; none set: HubSpot's mapping. */
        Map<String, String> activities();
    }
}
