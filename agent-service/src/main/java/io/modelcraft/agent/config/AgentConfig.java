package io.modelcraft.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Limits of the authoring loop; every one can be shrunk by tests. */
@ConfigMapping(prefix = "modelcraft.agent")
public interface AgentConfig {

    /** Iterations a job gets when it does not ask for a number. */
    @WithDefault("5")
    int defaultMaxIterations();

    /** The most iterations any job may ask for. */
    @WithDefault("10")
    int maxIterationsCap();

    /** The prompt set new jobs use ({@code prompts/<version>/}). */
    @WithDefault("v2")
    String promptVersion();

    /** Threads that run LLM turns; a turn never waits for a check. */
    @WithDefault("4")
    int turnThreads();

    /** The longest a job may run, from its start; past it the job ends FAILED. */
    @WithDefault("30m")
    Duration jobDeadline();

    /**
     * How long a replica's hold on a job's turns lasts unless renewed (every lease-sweep-interval): a job of a replica
     * that died is taken over this long after its last renewal.
     */
    @WithDefault("20s")
    Duration jobLease();

    /** How long a turn that failed (the database out of reach) waits before it is taken again. */
    @WithDefault("5s")
    Duration turnRetryDelay();

    /** How often a replica renews its leases and looks for jobs whose lease ran out. */
    @WithDefault("5s")
    Duration leaseSweepInterval();

    /** How often running jobs are checked against their deadline. */
    @WithDefault("10s")
    Duration deadlineSweepInterval();

    /** The longest reply accepted from the model; a longer one counts as a failed call. */
    @WithDefault("100000")
    int maxReplyChars();

    /** Input plus output tokens a job may spend; a job that has spent them ends FAILED. */
    @WithDefault("200000")
    long maxTokensPerJob();

    /**
     * Whether checks hold a job's programs to its problem: the variables it names and the numbers it states. Follow-up
     * jobs are never held to it, since their message may change what the problem says.
     */
    @WithDefault("true")
    boolean checkAgainstProblem();

    /** How often the reply a model is writing is sent on ({@code jobs.drafts}), at most, for each call. */
    @WithDefault("500ms")
    Duration draftInterval();

    Llm llm();

    Topics topics();

    interface Llm {
        /** The {@code provider:model} pairs a job may choose; the first is used when a job chooses none. */
        List<String> allowed();

        /** {@code provider:count} pairs: the calls a provider serves at once; a provider not listed is not limited. */
        Optional<List<String>> concurrentCalls();

        Anthropic anthropic();
    }

    /** Anthropic's Messages API, through LangChain4j's own module. */
    interface Anthropic {
        @WithDefault("https://api.anthropic.com/v1/")
        String baseUrl();

        Optional<String> apiKey();

        @WithDefault("4096")
        int maxOutputTokens();

        @WithDefault("0.2")
        double temperature();

        @WithDefault("90s")
        Duration timeout();
    }

    interface Topics {
        @WithDefault("compile.requested")
        String compileRequested();

        @WithDefault("jobs.events")
        String jobEvents();
    }
}
