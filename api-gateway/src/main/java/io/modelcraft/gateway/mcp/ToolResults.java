package io.modelcraft.gateway.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.check.TooManyChecksException;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.gateway.problem.ConflictException;
import io.modelcraft.outbox.DatabaseOutage;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.problem.UnstorableText;
import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What a tool call answers: its result as structured content and the same JSON as text (many clients read only the
 * text), or a tool error with the reason. A failure never ends the session: the reasons a REST call would get as a
 * 4xx or 503 come back as the error's text, anything else as an error naming the id it was logged under.
 */
@ApplicationScoped
public class ToolResults {

    private static final Logger LOG = Logger.getLogger(ToolResults.class);

    /** A tool's work, which may wait (for a check, for a job). */
    @FunctionalInterface
    public interface Work {
        Object run() throws InterruptedException;
    }

    private final ObjectMapper json;

    public ToolResults(ObjectMapper json) {
        this.json = json;
    }

    public ToolResponse call(String tool, Work work) {
        try {
            Object result = work.run();
            Map<?, ?> structured = json.convertValue(result, Map.class);
            return new ToolResponse(false, List.of(new TextContent(JsonText.write(json, structured))), structured, null);
        } catch (InvalidRequestException | ConflictException | NotFoundException | TooManyChecksException refused) {
            return ToolResponse.error(refused.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResponse.error("the call was interrupted: the gateway is stopping; retry");
        } catch (RuntimeException e) {
            if (DatabaseOutage.of(e)) {
                return ToolResponse.error("the service's database cannot be reached right now; retry in a few seconds");
            }
            String id = UUID.randomUUID().toString();
            LOG.errorf(e, "MCP tool %s failed (error id %s)", tool, id);
            return ToolResponse.error("the tool failed on the server (error id " + id + ")");
        }
    }

    /** Refuses text that cannot be stored, naming the argument, as the REST API does for a field. */
    public static String storable(String argument, String text) {
        String why = text == null ? null : UnstorableText.why(text);
        if (why != null) {
            throw new InvalidRequestException("\"" + argument + "\" " + why);
        }
        return text;
    }
}
