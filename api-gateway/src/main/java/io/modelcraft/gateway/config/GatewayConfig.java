package io.modelcraft.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
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
    List<String> allowedModels();

    /** How often a job's event stream looks at the job besides being told of changes. */
    @WithDefault("2s")
    java.time.Duration streamPollInterval();

    /** How long the latest draft of a job's reply is kept in memory after it was written. */
    @WithDefault("10m")
    Duration draftKeep();

    Webhook webhook();

    Tenants tenants();

    interface Tenants {
        /** A tenant's sustained request rate when its own is not set. */
        @WithDefault("50")
        int requestsPerSecond();

        /** How many requests a tenant may send at once after a quiet spell, when its own is not set. */
        @WithDefault("100")
        int burst();

        /** How long a checked API key is taken on trust before it is looked up again. */
        @WithDefault("30s")
        Duration keyCacheTtl();

        @WithDefault("10000")
        int keyCacheSize();

        /** Bearer token of the operator's {@code /admin} API; without one that API answers 403. */
        Optional<String> adminToken();

        /**
         * The local run's demo API key file, handed to the web page on this machine ({@code /local/demo-key}); unset,
         * nothing is handed out. Not for a gateway behind a proxy, where every client looks local.
         */
        Optional<java.nio.file.Path> demoKeyFile();
    }

    Submits submits();

    interface Submits {
        /**
         * The most submits stored in one transaction. Submits that arrive while a transaction is being
         * committed wait for the next one and share it; a lone submit commits at once.
         */
        @WithDefault("64")
        int maxGroupSize();
    }

    Batches batch();

    interface Batches {
        /** The most problems one batch (JSON array or JSONL upload) may hold. */
        @WithDefault("1000")
        int maxProblems();
    }

    Listing listing();

    Checks checks();

    Mcp mcp();

    Topics topics();

    /** The MCP server's tools ({@code mcp.JobTools}). */
    interface Mcp {
        /** How long {@code generate_pymc_model} and {@code refine_job} wait for the job when the call names no wait. */
        @WithDefault("45s")
        Duration jobWait();

        /** The longest wait a call may ask for (a waiting call holds a worker thread). */
        @WithDefault("2m")
        Duration maxJobWait();
    }

    /** The direct check API ({@code /api/v1/checks}) and the MCP tool that uses it. */
    interface Checks {
        /** The longest program accepted, in characters. */
        @WithDefault("100000")
        int maxCodeChars();

        /** The most data files one check may carry. */
        @WithDefault("10")
        int maxFiles();

        /** The largest data file, in bytes. */
        @WithDefault("262144")
        int maxFileBytes();

        /** All data files of one check together, in bytes: the request travels as one Kafka message. */
        @WithDefault("524288")
        int maxTotalFileBytes();

        /** How long a request waits for the verdict before it answers 202 with the check to poll. */
        @WithDefault("30s")
        Duration maxWait();

        /** A tenant's sustained rate of checks per second (besides its request rate). */
        @WithDefault("2")
        int perSecond();

        /** How many checks a tenant may send at once after a quiet spell. */
        @WithDefault("20")
        int burst();
    }

    interface Webhook {
        @WithDefault("10s")
        Duration requestTimeout();

        /** How long a webhook is retried, from the first attempt; then it is given up. */
        @WithDefault("24h")
        Duration retryWindow();

        @WithDefault("2s")
        Duration firstRetryDelay();

        /** The longest wait between two attempts (backoff doubles up to it; a Retry-After may ask for more). */
        @WithDefault("1h")
        Duration maxRetryDelay();

        /** Hosts a webhook may reach although they resolve to loopback or private addresses. */
        Optional<List<String>> allowedHosts();

        /** How often due deliveries are looked for, besides right after a job ends. */
        @WithDefault("1s")
        Duration sweepInterval();

        /**
         * How much longer than {@link #requestTimeout()} a gateway holds the delivery it claimed to send: no other
         * gateway sends it meanwhile, and one left by a gateway that stopped is sent again once that time is up.
         */
        @WithDefault("30s")
        Duration claimMargin();
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

        /** Key that signs list cursors; when absent, a random one per start (cursors then end with a restart). */
        Optional<String> cursorSecret();
    }

    interface Topics {
        @WithDefault("jobs.requested")
        String jobRequested();

        @WithDefault("jobs.cancel-requested")
        String jobCancelRequested();

        @WithDefault("compile.requested")
        String compileRequested();
    }
}
