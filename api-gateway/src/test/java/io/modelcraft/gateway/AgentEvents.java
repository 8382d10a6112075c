package io.modelcraft.gateway;

import io.modelcraft.testing.KafkaTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;

/** Plays the agent's side: its sample events, adjusted for one job, on the real broker. */
public final class AgentEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentEvents() {
    }

    public static void send(String jobId, String sample, Consumer<ObjectNode> adjust) throws Exception {
        try (InputStream in = AgentEvents.class.getResourceAsStream("/samples/" + sample)) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
            adjust.accept(event);
            KafkaTestSupport.send(KafkaTestSupport.topic("jobs.events"), jobId, event.toString());
        }
    }

    /** A draft of the job's reply (the sample, adjusted), on {@code jobs.drafts}. */
    public static void draft(String jobId, Consumer<ObjectNode> adjust) throws Exception {
        try (InputStream in = AgentEvents.class.getResourceAsStream("/samples/jobs.drafts.json")) {
            ObjectNode draft = (ObjectNode) JSON.readTree(in);
            draft.put("jobId", jobId).put("eventId", UUID.randomUUID().toString());
            adjust.accept(draft);
            KafkaTestSupport.send(KafkaTestSupport.topic("jobs.drafts"), jobId, draft.toString());
        }
    }

    /** The job starts and ends with the sample's outcome (SUCCEEDED). */
    public static void startAndFinish(String jobId) throws Exception {
        send(jobId, "jobs.events.started.json", event -> { });
        send(jobId, "jobs.events.finished.json", event -> { });
    }
}
