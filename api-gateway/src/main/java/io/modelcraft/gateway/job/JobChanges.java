package io.modelcraft.gateway.job;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells live listeners in this gateway that a job changed (after the change committed). */
@ApplicationScoped
public class JobChanges {

    private final BroadcastProcessor<UUID> changed = BroadcastProcessor.create();
    private final Object lock = new Object();

    public void publish(UUID jobId) {
        synchronized (lock) {
            changed.onNext(jobId);
        }
    }

    public Multi<UUID> of(UUID jobId) {
        return changed.select().where(jobId::equals);
    }
}
