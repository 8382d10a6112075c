package io.modelcraft.agent.job.loop;

import io.modelcraft.outbox.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Renews this replica's job leases, then takes over the running jobs whose lease ran out and gives each its next turn
 * (a job waiting for a check keeps waiting). At start, that is every job a replica killed before left behind.
 */
@ApplicationScoped
public class LeaseSweep {

    private static final Logger LOG = Logger.getLogger(LeaseSweep.class);

    private final JobLeases leases;
    private final AuthoringLoop loop;

    public LeaseSweep(JobLeases leases, AuthoringLoop loop) {
        this.leases = leases;
        this.loop = loop;
    }

    @Scheduled(every = "${modelcraft.agent.lease-sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<UUID> adopted;
        try {
            QuarkusTransaction.requiringNew().run(leases::renew);
            adopted = QuarkusTransaction.requiringNew().call(leases::adoptExpired);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.of(e)) {
                throw e;
            }
            LOG.warnf("job leases not renewed: the database is out of reach (%s)", e.getMessage());
            return;
        }
        if (!adopted.isEmpty()) {
            LOG.infof("taking over %d running jobs whose lease ran out", adopted.size());
        }
        adopted.forEach(loop::schedule);
    }
}
