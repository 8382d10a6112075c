package io.modelcraft.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Limits of the public API and of webhook delivery. */
@ConfigMapping(prefix = "modelcraft.gateway")
public interface GatewayConfig {

    /** The longest problem text accepted, in characters. */
    @WithDefault("20000")
    int maxProblemChars();

    /** The most iterations a job may ask for. */
    @WithDefault("10")
    int maxIterationsCap();

    /** The {@code provider:model} pairs a job may choose; the first is used when a job chooses none. */
    java.util.List<String> allowedModels();

    Webhook webhook();

    Listing listing();

    Topics topics();

    interface Webhook {
        /** Signing secret ({@code whsec_} + base64), per the Standard Webhooks specification. */
        String secret();

        @WithDefault("10s")
        Duration requestTimeout();

        @WithDefault("8")
        int maxAttempts();

        @WithDefault("2s")
        Duration firstRetryDelay();

        /** How often due deliveries are looked for, besides right after a job ends. */
        @WithDefault("1s")
        Duration sweepInterval();
    }

    interface Listing {
        /** Jobs per page when the caller gives no {@code limit}. */
        @WithDefault("20")
        int defaultLimit();

        /** The largest {@code limit} accepted. */
        @WithDefault("100")
        int maxLimit();

        /** A job's problem text in a list is cut to this many characters. */
        @WithDefault("200")
        int problemPreviewChars();

        /** Key that signs list cursors; when absent, one is derived from the webhook secret. */
        Optional<String> cursorSecret();
    }

    interface Topics {
        @WithDefault("jobs.requested")
        String jobRequested();

        @WithDefault("jobs.cancel-requested")
        String jobCancelRequested();
    }
}
