package io.modelcraft.gateway.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay's settings. */
@ConfigMapping(prefix = "modelcraft.outbox")
public interface OutboxConfig {

    /** How often committed rows are looked for besides right after each commit. */
    @WithDefault("2s")
    Duration sweepInterval();

    /**
     * Whether the relay publishes. Off, rows are still written with their records and wait, in order, until
     * a gateway that publishes starts (for maintenance of the broker, and to test recovery).
     */
    @WithDefault("true")
    boolean publishing();
}
