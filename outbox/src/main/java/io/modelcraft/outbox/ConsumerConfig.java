package io.modelcraft.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a Kafka consumer waits out a database outage ({@link ConsumerRetry}). */
@ConfigMapping(prefix = "modelcraft.consumers")
public interface ConsumerConfig {

    /**
     * How long a message is tried again while the database cannot be reached; then it fails as any other failure
     * does (the dead-letter topic). Below Kafka's {@code max.poll.interval.ms} (5 min), so the consumer keeps its
     * partitions meanwhile.
     */
    @WithDefault("4m")
    Duration outageRetryFor();

    /** The pause between two tries. */
    @WithDefault("1s")
    Duration outageRetryDelay();
}
