package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.job.AuthoringJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** After a restart, gives every running job its next turn; jobs waiting for a check keep waiting. */
@ApplicationScoped
public class ResumeOnStart {

    private static final Logger LOG = Logger.getLogger(ResumeOnStart.class);

    void onStart(@Observes StartupEvent started, AuthoringLoop loop) {
        List<UUID> running = QuarkusTransaction.requiringNew().call(
                () -> AuthoringJob.running().stream().map(job -> job.id).toList());
        if (!running.isEmpty()) {
            LOG.infof("resuming %d running jobs", running.size());
        }
        running.forEach(loop::schedule);
    }
}
