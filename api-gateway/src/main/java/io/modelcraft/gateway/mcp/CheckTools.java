package io.modelcraft.gateway.mcp;

import io.modelcraft.gateway.check.CheckRequest;
import io.modelcraft.gateway.check.CheckRunner;
import io.modelcraft.gateway.job.JobStatus;
import io.modelcraft.gateway.problem.ConflictException;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolResponse;
import java.util.List;

/** The MCP tools that run the checker: on a program given, or with diagnostics on a job's final program. */
public class CheckTools {

    private final CheckRunner checks;
    private final McpJobs jobs;
    private final McpRequests request;
    private final ToolResults results;

    public CheckTools(CheckRunner checks, McpJobs jobs, McpRequests request, ToolResults results) {
        this.checks = checks;
        this.jobs = jobs;
        this.request = request;
        this.results = results;
    }

    @Tool(name = "check_pymc_model", description = "Check a PyMC program without an LLM: the sandboxed checker runs it,"
            + " builds the model and evaluates it (no sampling unless diagnostics is true) and returns the verdict the"
            + " authoring loop uses: ok, the failing stage, the error with its line and a hint, and warnings. A check not"
            + " done within the service's bound comes back QUEUED with its status_url.")
    ToolResponse checkPymcModel(
            @ToolArg(description = "The whole Python program") String code,
            @ToolArg(name = "data_files", description = "Data files the program reads from its working directory: each a"
                    + " plain name with its contents as text (or as base64)", required = false)
            List<CheckRequest.DataFile> dataFiles,
            @ToolArg(description = "Also sample a passing model for a short real run and report its diagnostics",
                    required = false) Boolean diagnostics) {
        return results.call("check_pymc_model", () -> checks.run(request.tenant(),
                new CheckRequest(ToolResults.storable("code", code), dataFiles, diagnostics), null,
                id -> request.url("checks", id)).withoutCode());
    }

    @Tool(name = "run_diagnostics", description = "Sample a succeeded job's final program for a short real run (draws,"
            + " chains and time bounded by the service) and return the posterior's summary and diagnostics: per variable"
            + " mean, sd, r_hat and effective sample sizes, and the divergences; diagnostics that fall short are warnings.")
    ToolResponse runDiagnostics(@ToolArg(name = "job_id", description = "A job that SUCCEEDED") String jobId) {
        return results.call("run_diagnostics", () -> {
            McpJob job = jobs.read(request.tenant(), jobId, null);
            if (!JobStatus.SUCCEEDED.name().equals(job.status()) || job.finalCode() == null) {
                throw new ConflictException("job " + jobId + " is " + job.status() + "; only a job that SUCCEEDED has a"
                        + " final program to sample");
            }
            return checks.run(request.tenant(), new CheckRequest(job.finalCode(), null, true), null,
                    id -> request.url("checks", id));
        });
    }
}
