package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.contracts.JobEvent.Phase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Tells the gateway when a running job starts waiting for the model and when the model starts writing, each in
 * a transaction of its own. The first call of a job also starts its deadline, so time queued is not spent.
 */
@ApplicationScoped
public class JobPhases {

    private final JobEvents events;
    private final AgentConfig config;

    public JobPhases(JobEvents events, AgentConfig config) {
        this.events = events;
        this.config = config;
    }

    void waiting(UUID jobId) {
        announce(jobId, Phase.WAITING_FOR_MODEL, false);
    }

    void writing(UUID jobId, boolean firstCall) {
        announce(jobId, Phase.WRITING, firstCall);
    }

    private void announce(UUID jobId, Phase phase, boolean startDeadline) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (startDeadline) {
                AuthoringJob.startDeadline(jobId, Instant.now().plus(config.jobDeadline()));
            }
            AuthoringJob job = AuthoringJob.findById(jobId);
            if (job != null && job.status == JobStatus.RUNNING) {
                events.phase(job, phase);
            }
        });
    }
}
