package io.revalign.common.observability;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns a service's OpenTelemetry SDK off while no collector is named ({@code REVALIGN_OTEL_ENDPOINT}
 * unset or blank): spans that nobody exports were a tenth of a lead read's CPU. Naming a collector
 * turns tracing on with no other setting; {@code quarkus.otel.sdk.disabled} set anywhere else wins,
 * since this source ranks below every other.
 */
public class TracingSwitch implements ConfigSource {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "REVALIGN_OTEL_ENDPOINT";

    private final Function<String, String> environment;

    public TracingSwitch() {
        this(name -> System.getProperty(name, System.getenv(name)));
    }

    TracingSwitch(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SDK_DISABLED);
    }

    @Override
    public Map<String, String> getProperties() {
        String disabled = getValue(SDK_DISABLED);
        return disabled == null ? Map.of() : Map.of(SDK_DISABLED, disabled);
    }

    @Override
    public String getValue(String name) {
        if (!SDK_DISABLED.equals(name)) {
            return null;
        }
        String endpoint = environment.apply(ENDPOINT);
        return endpoint == null || endpoint.isBlank() ? "true" : null;
    }

    @Override
    public int getOrdinal() {
        return 50; // below microprofile-config.properties (100), application.properties (250), the environment (300)
    }

    @Override
    public String getName() {
        return "revalign-tracing-switch";
    }
}
