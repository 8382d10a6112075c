package io.modelcraft.gateway.job;

import io.modelcraft.contracts.ReplyDraft;
import io.modelcraft.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest draft of each job's reply that this gateway heard of, in memory only: the newest call of the newest
 * iteration wins, and a draft heard longer ago than the keep time (the job moved on, ended or its agent stopped)
 * is forgotten.
 */
@ApplicationScoped
public class ReplyDrafts {

    private final Map<UUID, Heard> latest = new ConcurrentHashMap<>();
    private final Duration keep;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    @Inject
    public ReplyDrafts(GatewayConfig config) {
        this(config.draftKeep());
    }

    ReplyDrafts(Duration keep) {
        this.keep = keep;
    }

    /** Keeps the draft when it is newer than the one held; returns whether it was kept. */
    public boolean offer(ReplyDraft draft) {
        Instant now = Instant.now();
        forgetOld(now);
        Heard offered = new Heard(draft, now);
        return latest.merge(UUID.fromString(draft.jobId()), offered,
                (held, fresh) -> newer(fresh.draft(), held.draft()) ? fresh : held) == offered;
    }

    /** The draft of an iteration after the {@code recorded} ones, if one is held. */
    public Optional<ReplyDraft> of(UUID jobId, int recorded) {
        return Optional.ofNullable(latest.get(jobId)).map(Heard::draft).filter(draft -> draft.iteration() > recorded);
    }

    /** At most once per tenth of the keep time, not on every draft: drafts arrive several times a second per job. */
    private void forgetOld(Instant now) {
        Instant due = nextSweep.get();
        if (now.isAfter(due) && nextSweep.compareAndSet(due, now.plus(keep.dividedBy(10)))) {
            latest.values().removeIf(heard -> heard.at().isBefore(now.minus(keep)));
        }
    }

    private static boolean newer(ReplyDraft offered, ReplyDraft held) {
        if (offered.iteration() != held.iteration()) {
            return offered.iteration() > held.iteration();
        }
        if (offered.call() != held.call()) {
            return offered.call() > held.call();
        }
        return offered.text().length() >= held.text().length();
    }

    private record Heard(ReplyDraft draft, Instant at) {
    }
}
