package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.contracts.JobEvent.Phase;
import io.modelcraft.outbox.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells the gateway when a running job starts waiting for the model and when the model starts writing, each in
 * a transaction of its own. The first call of a job also starts its deadline, so time queued is not spent.
 */
@ApplicationScoped
public class JobPhases {

    private static final Logger LOG = Logger.getLogger(JobPhases.class);

    private final JobEvents events;
    private final AgentConfig config;

    public JobPhases(JobEvents events, AgentConfig config) {
        this.events = events;
        this.config = config;
    }

    /** Says the job waits for a turn; only shown, so a database outage here is logged and the turn queued anyway. */
    void waiting(UUID jobId) {
        try {
            announce(jobId, Phase.WAITING_FOR_MODEL, false);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.of(e)) {
                throw e;
            }
            LOG.warnf("job %s: its waiting phase not told, the database cannot be reached: %s", jobId, e.toString());
        }
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
