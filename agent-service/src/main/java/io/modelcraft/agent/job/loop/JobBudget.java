package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import java.time.Instant;
import java.util.List;

/** The limits a job spends: its deadline and its tokens. */
final class JobBudget {

    private JobBudget() {
    }

    /** Why the job may not take another turn, or null. */
    static String exhausted(AuthoringJob job, List<Iteration> done, Instant now, AgentConfig config) {
        if (job.deadlineAt != null && now.isAfter(job.deadlineAt)) {
            return pastDeadline(config);
        }
        long spent = done.stream().mapToLong(it -> tokens(it.inputTokens) + tokens(it.outputTokens)).sum();
        if (spent >= config.maxTokensPerJob()) {
            return "the job spent " + spent + " tokens, its budget is " + config.maxTokensPerJob() + " tokens";
        }
        return null;
    }

    static String pastDeadline(AgentConfig config) {
        return "the job passed its deadline of " + config.jobDeadline().toString().substring(2).toLowerCase();
    }

    private static long tokens(Integer count) {
        return count == null ? 0 : count;
    }
}
