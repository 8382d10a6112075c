package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.agent.job.AuthoringJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Time spent queued for the model is not spent from a job's deadline: the clock starts at its first call. A queued job
 * says it is waiting, then that the model writes, then that its program is checked.
 */
@QuarkusTest
@TestProfile(QueuedDeadlineTest.OneSlotShortDeadline.class)
@QuarkusTestResource(ScriptedLlmServer.class)
class QueuedDeadlineTest {

    public static class OneSlotShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.agent.job-deadline", "4s", "modelcraft.agent.llm.concurrent-calls", "openai:1");
        }
    }

    @Test
    void jobsQueuedForOneSlotLongerThanTheirDeadlineStillGetTheirTurn() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {  // 1.5 s a call, one at a time: the fifth waits about 6 s for the model
            jobs.add(JobDriver.submit("[slow steady]", r -> { }));
        }
        for (String jobId : jobs) {
            assertEquals(1, JobDriver.compileRequests(jobId, 1, Duration.ofSeconds(30)).size(),
                    "job " + jobId + " was answered and its program sent while the job was still running");
        }
        JobDriver.finished(jobs.get(4));  // its check never comes: the deadline ends it
        List<String> phases = new ArrayList<>();
        for (var event : JobDriver.events(jobs.get(4), Integer.MAX_VALUE, Duration.ofSeconds(2))) {
            String phase = event.path("phase").asText(null);
            if (phase != null && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                phases.add(phase);  // a turn queued for a thread and then for the slot says it waits twice
            }
        }
        assertEquals(List.of("WAITING_FOR_MODEL", "WRITING", "CHECKING"), phases,
                "the last job is seen waiting for the model, then writing, then checked");
        QuarkusTransaction.requiringNew().run(() -> {
            AuthoringJob last = AuthoringJob.findById(UUID.fromString(jobs.get(4)));
            assertTrue(Duration.between(last.createdAt, last.deadlineAt).compareTo(Duration.ofSeconds(5)) > 0,
                    "the last job's deadline counts from its call, not from its creation: " + last.createdAt + " / " + last.deadlineAt);
        });
    }
}
