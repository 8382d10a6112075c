package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.outbox.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Ends the running jobs that passed their deadline, wherever they wait (the model, a check, a lost message). */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    private final JobEnding ending;
    private final AgentConfig config;

    public DeadlineSweep(JobEnding ending, AgentConfig config) {
        this.ending = ending;
        this.config = config;
    }

    @Scheduled(every = "${modelcraft.agent.deadline-sweep-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            List<UUID> late = QuarkusTransaction.requiringNew().call(
                    () -> AuthoringJob.runningPast(Instant.now()).stream().map(job -> job.id).toList());
            late.forEach(id -> ending.fail(id, JobBudget.pastDeadline(config)));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.of(e)) {
                throw e;
            }
            LOG.warnf("deadline sweep skipped: the database is out of reach (%s)", e.getMessage());
        }
    }
}
