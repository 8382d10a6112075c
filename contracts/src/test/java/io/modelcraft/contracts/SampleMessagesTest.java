package io.modelcraft.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each sample (captured from the real producer) reads into its record and writes back without loss. */
class SampleMessagesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private <T> T roundTrip(String sample, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
            assertNotNull(in, sample);
            JsonNode original = json.readTree(in);
            T message = json.treeToValue(original, type);
            assertEquals(json.writeValueAsString(original), json.writeValueAsString(message), sample + " loses or changes fields");
            return message;
        }
    }

    @Test
    void jobRequested() throws IOException {
        JobRequested request = roundTrip("jobs.requested.json", JobRequested.class);
        assertEquals(JobRequested.SCHEMA_VERSION, request.schemaVersion());
        assertNotNull(request.eventId());
        assertTrue(request.problem().contains("bears"));
    }

    @Test
    void followUpRequested() throws IOException {
        JobRequested request = roundTrip("jobs.requested.follow-up.json", JobRequested.class);
        assertNotNull(request.followUp().parentJobId());
        assertTrue(request.followUp().message().contains("uniform prior"));
        assertEquals("scripted", request.options().model());
        assertTrue(request.options().retryOnWarnings());
    }

    @Test
    void cancelRequested() throws IOException {
        JobCancelRequested request = roundTrip("jobs.cancel-requested.json", JobCancelRequested.class);
        assertEquals(JobCancelRequested.SCHEMA_VERSION, request.schemaVersion());
        assertNotNull(request.jobId());
    }

    @Test
    void replyDraft() throws IOException {
        ReplyDraft draft = roundTrip("jobs.drafts.json", ReplyDraft.class);
        assertEquals(ReplyDraft.SCHEMA_VERSION, draft.schemaVersion());
        assertEquals(2, draft.iteration());
        assertTrue(draft.text().contains("pm.DiscreteUniform"));
    }

    @Test
    void compileRequested() throws IOException {
        CompileRequested request = roundTrip("compile.requested.json", CompileRequested.class);
        assertEquals(CompileRequested.SCHEMA_VERSION, request.schemaVersion());
        assertEquals(1, request.iteration());
        assertTrue(request.code().contains("pm.HyperGeometric"));
    }

    @Test
    void compileCompletedWithAFailure() throws IOException {
        CompileCompleted completed = roundTrip("compile.completed.failed.json", CompileCompleted.class);
        assertFalse(completed.result().ok());
        assertEquals("run", completed.result().stage());
        assertEquals("TypeError", completed.result().error().type());
        assertEquals(10, completed.result().error().line());
        assertTrue(completed.result().error().sourceLine().contains("pm.HyperGeometric"));
    }

    @Test
    void compileCompletedWithAPass() throws IOException {
        CompileCompleted completed = roundTrip("compile.completed.passed.json", CompileCompleted.class);
        assertTrue(completed.result().ok());
        assertEquals("6.4.0", completed.result().versions().get("pymc"));
        assertEquals("discrete_free_variable", completed.result().warnings().get(0).code());
    }

    @Test
    void compileCompletedWithDiagnostics() throws IOException {
        CheckResult result = roundTrip("compile.completed.diagnosed.json", CompileCompleted.class).result();
        assertTrue(result.ok());
        assertEquals(500, result.posterior().get("draws"));
        Map<?, ?> population = (Map<?, ?>) ((Map<?, ?>) result.posterior().get("variables")).get("N");
        assertTrue(population.get("ess_bulk") instanceof Number);
        String plot = (String) ((Map<?, ?>) result.posterior().get("plots")).get("posterior");
        assertTrue(plot.startsWith("iVBORw0KGgo"), "a PNG in base64");
        assertEquals(List.of("discrete_free_variable", "r_hat", "low_ess"),
                result.warnings().stream().map(CheckWarning::code).toList());
    }

    @Test
    void compileCompletedAboutAProgramTheCheckerRewrote() throws IOException {
        CompileCompleted completed = roundTrip("compile.completed.rewritten.json", CompileCompleted.class);
        CheckResult result = completed.result();
        assertEquals("NonFiniteLogp", result.error().type());
        assertTrue(result.rewrite().changes().get(0).contains("new `with pm.Model() as model:` block"));
        assertTrue(result.checkedCode("sent").contains("with pm.Model() as model:\n    p = pm.Dirichlet"));
        assertTrue(result.error().sourceLine().startsWith("    obs_lions"), "the error's line is in the rewritten program");
        CheckResult plain = roundTrip("compile.completed.failed.json", CompileCompleted.class).result();
        assertEquals("sent", plain.checkedCode("sent"));
    }

    @Test
    void jobEvents() throws IOException {
        assertEquals(JobEvent.Type.STARTED, roundTrip("jobs.events.started.json", JobEvent.class).type());
        JobEvent recorded = roundTrip("jobs.events.iteration-recorded.json", JobEvent.class);
        assertEquals(1, recorded.iteration().number());
        assertFalse(recorded.iteration().check().ok());
        JobEvent finished = roundTrip("jobs.events.finished.json", JobEvent.class);
        assertEquals("SUCCEEDED", finished.status());
        assertTrue(finished.finalCode().contains("k=n1"));
        JobEvent waiting = roundTrip("jobs.events.phase-changed.json", JobEvent.class);
        assertEquals(JobEvent.Type.PHASE_CHANGED, waiting.type());
        assertEquals(JobEvent.Phase.WAITING_FOR_MODEL, waiting.phase());
    }
}
