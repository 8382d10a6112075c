package io.modelcraft.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.modelcraft.gateway.check.TooManyChecksException;
import io.modelcraft.outbox.DatabaseOutage;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as problem details; nothing leaves as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart or failover takes seconds; a client asked to come back sooner only adds load. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooManyChecks(TooManyChecksException e) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "the body is not valid JSON for this endpoint: "
                + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "\"" + fieldOf(e) + "\" has the wrong type: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unstorable(UnstorableTextException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "\"" + fieldOf(e) + "\" " + e.getOriginalMessage());
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
                .reduce((a, b) -> a + "." + b).orElse("the body");
    }

    @ServerExceptionMapper
    public Response wrongContentType(NotSupportedException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "send the body as application/json");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof UnstorableTextException unstorable) {
            return unstorable(unstorable);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return wrongType(mismatched);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
        }
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (DatabaseOutage.of(e)) {
            LOG.warnf("the database cannot be reached: %s", e.getMessage());
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                            "the job store cannot be reached just now; nothing was changed, retry in "
                                    + RETRY_AFTER_SECONDS + " s"))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected failure", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged");
    }
}
