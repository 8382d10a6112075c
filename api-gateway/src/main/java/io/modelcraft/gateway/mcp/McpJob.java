package io.modelcraft.gateway.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.CheckWarning;
import io.modelcraft.gateway.job.rest.IterationView;
import io.modelcraft.gateway.job.rest.JobView;
import java.util.List;

/**
 * A job as the MCP tools give it: where it stands, the final program once it succeeded, and the verdict of its last
 * check, without the conversation (which {@code statusUrl} serves in full).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record McpJob(String jobId, String status, String phase, int iterations, Integer maxIterations, String finalCode,
                     LastCheck lastCheck, String failureReason, String parentJobId, String statusUrl) {

    /** The last checked iteration's verdict: {@code error} as "Type: message", with the checker's hint. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastCheck(int iteration, boolean ok, String stage, String error, Integer line, String hint,
                            List<String> warnings) {
    }

    static McpJob of(JobView job, String statusUrl) {
        LastCheck last = job.iterations().stream().filter(it -> it.check() != null)
                .reduce((first, second) -> second).map(McpJob::lastCheck).orElse(null);
        return new McpJob(job.id().toString(), job.status().name(), job.phase() == null ? null : job.phase().name(),
                job.iterations().size(), job.maxIterations(), job.finalCode(), last, job.failureReason(),
                job.parentJobId() == null ? null : job.parentJobId().toString(), statusUrl);
    }

    private static LastCheck lastCheck(IterationView iteration) {
        CheckResult check = iteration.check();
        String error = check.error() == null ? null : check.error().type() + ": " + check.error().message();
        List<String> warnings = check.warnings() == null ? List.of()
                : check.warnings().stream().map(CheckWarning::message).toList();
        return new LastCheck(iteration.number(), check.ok(), check.stage(), error,
                check.error() == null ? null : check.error().line(), check.error() == null ? null : check.error().hint(),
                warnings);
    }
}
