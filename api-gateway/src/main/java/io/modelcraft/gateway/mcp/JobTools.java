package io.modelcraft.gateway.mcp;

import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.JobService;
import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.job.rest.FollowUpRequest;
import io.modelcraft.gateway.job.rest.JobFollowUps;
import io.modelcraft.gateway.job.rest.JobRequestValidator;
import io.modelcraft.gateway.job.rest.SubmitJobRequest;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolResponse;
import java.time.Duration;
import java.util.UUID;

/** The MCP tools that write, read and refine models: each a job of the authoring loop, as the REST API runs it. */
public class JobTools {

    private static final String WAITS = " Waits for the job up to wait_seconds (default 45, at most 120): a job still running then comes"
            + " back with its job_id and status; read it later with get_job.";

    private final JobRequestValidator validator;
    private final JobService jobs;
    private final JobFollowUps followUps;
    private final McpJobs reader;
    private final McpRequests request;
    private final ToolResults results;

    public JobTools(JobRequestValidator validator, JobService jobs, JobFollowUps followUps, McpJobs reader,
                    McpRequests request, ToolResults results) {
        this.validator = validator;
        this.jobs = jobs;
        this.followUps = followUps;
        this.reader = reader;
        this.request = request;
        this.results = results;
    }

    @Tool(name = "generate_pymc_model", description = "Write a PyMC model for a modelling problem stated in plain"
            + " language. An LLM writes the program and a sandboxed checker builds and evaluates it (no sampling); errors"
            + " go back to the LLM until the program passes or max_iterations is spent. Returns the final program, the"
            + " last check's verdict and the number of iterations." + WAITS)
    ToolResponse generatePymcModel(
            @ToolArg(description = "The problem in plain language, with its data") String problem,
            @ToolArg(description = "The LLM, as provider:model or a model name the service allows (default: the"
                    + " service's first)", required = false) String model,
            @ToolArg(name = "max_iterations", description = "At most this many write-and-check rounds (1 to 10)",
                    required = false) Integer maxIterations,
            @ToolArg(name = "wait_seconds", description = "How long to wait for the job (0 to 120)", required = false)
            Integer waitSeconds) {
        return results.call("generate_pymc_model", () -> {
            Duration wait = request.jobWait(waitSeconds); // refused before anything is submitted
            String[] chosen = model == null ? new String[] {null, null} : model.contains(":") ? model.split(":", 2)
                    : new String[] {null, model};
            NewJob job;
            try {
                job = validator.validate(new SubmitJobRequest(ToolResults.storable("problem", problem), null,
                        maxIterations, chosen[0], chosen[1], null, null));
            } catch (InvalidRequestException e) { // the REST API's field names, told as this tool's arguments
                throw new InvalidRequestException(e.getMessage().replace("\"maxIterations\"", "\"max_iterations\""));
            }
            return awaited(jobs.submit(request.tenant(), job, null, null), wait);
        });
    }

    @Tool(name = "get_job", description = "A job of generate_pymc_model or refine_job: its status (QUEUED, RUNNING,"
            + " SUCCEEDED, FAILED, CANCELLED), the iterations so far, the final program once it succeeded and the last"
            + " check's verdict.")
    ToolResponse getJob(@ToolArg(name = "job_id", description = "The job's id") String jobId) {
        return results.call("get_job", () -> reader.read(request.tenant(), jobId, url(jobId)));
    }

    @Tool(name = "refine_job", description = "Change a finished job's model: a new job continues its conversation with"
            + " the change asked (a different prior, another likelihood, more data) and checks the new program." + WAITS)
    ToolResponse refineJob(
            @ToolArg(name = "job_id", description = "The finished job to refine") String jobId,
            @ToolArg(description = "The change, in plain language") String message,
            @ToolArg(name = "wait_seconds", description = "How long to wait for the new job (0 to 120)", required = false)
            Integer waitSeconds) {
        return results.call("refine_job", () -> {
            Duration wait = request.jobWait(waitSeconds);
            FollowUpRequest followUp = new FollowUpRequest(ToolResults.storable("message", message), null, null, null,
                    null, null, null);
            return awaited(followUps.refine(request.tenant(), jobId, followUp).job(), wait);
        });
    }

    private McpJob awaited(Job job, Duration wait) throws InterruptedException {
        return reader.await(job.tenantId, job.id, wait, request.url("jobs", job.id));
    }

    private String url(String jobId) {
        try {
            return request.url("jobs", UUID.fromString(jobId));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
