package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcraft.agent.JobDriver;
import io.modelcraft.agent.ScriptedLlmServer;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.contracts.JobRequested;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Two agent replicas share the jobs: one left behind by a replica that died is taken over once its lease runs out, and
 * one whose replica lives (its lease renewed) is never asked twice. The other replica is played by the database rows
 * it would leave: a job running under a lease held by another owner.
 */
@QuarkusTest
@QuarkusTestResource(ScriptedLlmServer.class)
class JobLeasesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    JobIntake intake;

    @Test
    void aJobOfAnotherLiveReplicaIsLeftAloneAndTakenOverOnceItsLeaseRunsOut() throws Exception {
        String jobId = runningJob(job -> {
            job.leaseOwner = "another-replica";
            job.leaseUntil = Instant.now().plusSeconds(60);
        });

        assertTrue(JobDriver.compileRequests(jobId, 1, Duration.ofSeconds(4)).isEmpty(),
                "a job whose replica still holds its lease gets no turn here (sweeps run every second)");
        assertEquals("another-replica", lease(jobId).leaseOwner);

        QuarkusTransaction.requiringNew().run(() -> AuthoringJob.<AuthoringJob>findById(UUID.fromString(jobId)).leaseUntil =
                Instant.now().minusSeconds(1));

        assertEquals(1, JobDriver.compileRequests(jobId, 1).size(), "the job's lease ran out: this replica asked its turn");
        AuthoringJob taken = lease(jobId);
        assertNotEquals("another-replica", taken.leaseOwner);
        assertTrue(taken.leaseUntil.isAfter(Instant.now()), "the lease is this replica's now, and current");
    }

    @Test
    void aTurnThatFailsEndsItsJobWithTheReasonInsteadOfLeavingItRunning() throws Exception {
        String jobId = runningJob(job -> {
            job.promptVersion = "v-removed"; // its turn cannot be planned: not a database outage, so not tried again
            job.leaseOwner = "a-replica-that-died";
            job.leaseUntil = Instant.now().minusSeconds(1);
        });

        var finished = JobDriver.finished(jobId);
        assertEquals("FAILED", finished.get("status").asText());
        assertEquals("the agent failed while taking a turn (IllegalArgumentException)", finished.get("failureReason").asText());
    }

    /** A running job stored as another replica would have left it, with no turn queued here. */
    private String runningJob(Consumer<AuthoringJob> left) throws Exception {
        String jobId = UUID.randomUUID().toString();
        ObjectNode request = JobDriver.sample("jobs.requested.json");
        request.put("jobId", jobId).put("eventId", UUID.randomUUID().toString()).put("problem", "[steady] (test " + jobId + ")");
        JobRequested requested = JSON.treeToValue(request, JobRequested.class);
        QuarkusTransaction.requiringNew().run(() -> {
            AuthoringJob job = intake.newJob(UUID.fromString(jobId), requested);
            left.accept(job);
            job.persist();
        });
        return jobId;
    }

    private static AuthoringJob lease(String jobId) {
        return QuarkusTransaction.requiringNew().call(() -> AuthoringJob.findById(UUID.fromString(jobId)));
    }
}
