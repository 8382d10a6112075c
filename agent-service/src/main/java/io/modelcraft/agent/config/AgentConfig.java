package io.modelcraft.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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
    @WithDefault("v1")
    String promptVersion();

    /** Threads that run LLM turns; a turn never waits for a check. */
    @WithDefault("4")
    int turnThreads();

    Topics topics();

    interface Topics {
        @WithDefault("compile.requested")
        String compileRequested();

        @WithDefault("jobs.events")
        String jobEvents();
    }
}
