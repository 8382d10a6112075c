package io.modelcraft.gateway.job.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.ReplyDraft;
import io.modelcraft.gateway.job.JobChanges;
import io.modelcraft.gateway.job.ReplyDrafts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears what the models are writing ({@code jobs.drafts}) and tells a job's live listeners. Every gateway instance
 * reads every draft (a consumer group of its own), since any of them may hold the job's event stream.
 */
@ApplicationScoped
public class ReplyDraftConsumer {

    private final ObjectMapper json;
    private final ReplyDrafts drafts;
    private final JobChanges changes;

    public ReplyDraftConsumer(ObjectMapper json, ReplyDrafts drafts, JobChanges changes) {
        this.json = json;
        this.drafts = drafts;
        this.changes = changes;
    }

    @Incoming("reply-drafts")
    public void consume(String payload) throws JsonProcessingException {
        ReplyDraft draft = json.readValue(payload, ReplyDraft.class);
        if (draft.schemaVersion() != ReplyDraft.SCHEMA_VERSION || draft.jobId() == null || draft.text() == null) {
            throw new IllegalArgumentException("unsupported reply draft: schema version " + draft.schemaVersion());
        }
        if (drafts.offer(draft)) {
            changes.publish(UUID.fromString(draft.jobId()));
        }
    }
}
