package io.revalign.common.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on a request's framing ({@link RequestFraming}), answered with problem documents; the same
 * in the gateway and the services unless an application overrides them. Keep them below Quarkus's {@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}: beyond those the HTTP decoder refuses the request itself, with no body.
 */
@ConfigMapping(prefix = "revalign.edge")
public interface RequestFramingConfig {

    /** The longest request line (method, target and version): longer is a 414. */
    @WithDefault("8K")
    MemorySize maxRequestLine();

    /** The most header bytes a request may carry (names, values and separators): more is a 431. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
