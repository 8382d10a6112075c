package io.modelcraft.agent.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.llm.ReplyListener;
import io.modelcraft.contracts.ReplyDraft;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends the reply the model is writing to {@code jobs.drafts}, at most once per draft interval for each call of a
 * turn. Straight to Kafka, not through the outbox: a draft is a glimpse, not a record, and one dropped or lost
 * is replaced by the next, then by the iteration itself.
 */
@ApplicationScoped
public class ReplyDrafts {

    private static final Logger LOG = Logger.getLogger(ReplyDrafts.class);

    private final Emitter<String> drafts;
    private final ObjectMapper json;
    private final long intervalNanos;

    public ReplyDrafts(@Channel("drafts") @OnOverflow(OnOverflow.Strategy.DROP) Emitter<String> drafts,
                       ObjectMapper json, AgentConfig config) {
        this.drafts = drafts;
        this.json = json;
        this.intervalNanos = config.draftInterval().toNanos();
    }

    /** A listener for one turn: the first text of each call goes out at once, then one per interval. */
    public ReplyListener forTurn(UUID jobId, int iteration) {
        return new ReplyListener() {
            private int lastCall;
            private long nextAt;

            @Override
            public synchronized void writing(int call, String text) {
                long now = System.nanoTime();
                if (call == lastCall && now - nextAt < 0) {
                    return;
                }
                lastCall = call;
                nextAt = now + intervalNanos;
                send(new ReplyDraft(ReplyDraft.SCHEMA_VERSION, UUID.randomUUID().toString(), jobId.toString(),
                        iteration, call, text, Instant.now()));
            }
        };
    }

    private void send(ReplyDraft draft) {
        try {
            drafts.send(Message.of(json.writeValueAsString(draft)).addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(draft.jobId()).build()));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debugf("draft of job %s not sent: %s", draft.jobId(), e.toString());
        }
    }
}
