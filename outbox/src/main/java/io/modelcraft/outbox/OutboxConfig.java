package io.modelcraft.outbox;

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
     * How old a row must be before a sweep takes it: younger rows are being sent by the replica that committed
     * them, right after its commit, and a sweep of another replica would only send them twice.
     */
    @WithDefault("5s")
    Duration sweepAfter();

    /** How long a sweep waits for Kafka to acknowledge the rows it claimed before it lets them go. */
    @WithDefault("30s")
    Duration sweepSendTimeout();

    /**
     * Whether the relay publishes. Off, rows are still written with their records and wait, in order, until
     * a replica that publishes starts (for maintenance of the broker, and to test recovery).
     */
    @WithDefault("true")
    boolean publishing();
}
