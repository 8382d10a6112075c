package io.modelcraft.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a Kafka consumer waits out a database outage ({@link ConsumerRetry}). */
@ConfigMapping(prefix = "modelcraft.consumers")
public interface ConsumerConfig {

    /**
     * How long a message is tried again while the database cannot be reached; then it fails as any other failure
     * does (the dead-letter topic). Below SmallRye's throttled commit limit ({@code
     * throttled.unprocessed-record-max-age.ms}, 60 s), past which a channel with a record still unprocessed is
     * declared unhealthy and stopped.
     */
    @WithDefault("50s")
    Duration outageRetryFor();

    /** The pause between two tries. */
    @WithDefault("1s")
    Duration outageRetryDelay();
}
