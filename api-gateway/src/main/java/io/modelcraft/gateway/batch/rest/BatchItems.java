package io.modelcraft.gateway.batch.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.batch.BatchProblem;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.problem.UnstorableText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks a batch's problems; a refusal names the item (or JSONL line) and what is wrong with it. */
@ApplicationScoped
public class BatchItems {

    private static final int MAX_KEY_CHARS = 200;

    private final GatewayConfig config;
    private final ObjectMapper json;

    public BatchItems(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    List<BatchProblem> fromJson(List<JsonNode> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("\"problems\" is required: a non-empty array of {\"id\", \"problem\"}");
        }
        checkCount(items.size());
        List<BatchProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            problems.add(item(items.get(i), i + 1, "problem " + (i + 1)));
        }
        return unique(problems);
    }

    List<BatchProblem> fromJsonl(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("the upload is empty; send one {\"id\", \"problem\"} object per line");
        }
        String[] lines = body.split("\r?\n");
        List<BatchProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            checkCount(problems.size() + 1);
            JsonNode node;
            try {
                node = json.readTree(lines[i]);
            } catch (Exception e) {
                throw new InvalidRequestException("line " + (i + 1) + " is not valid JSON");
            }
            problems.add(item(node, problems.size() + 1, "line " + (i + 1)));
        }
        if (problems.isEmpty()) {
            throw new InvalidRequestException("the upload has no problems");
        }
        return unique(problems);
    }

    private void checkCount(int count) {
        if (count > config.batch().maxProblems()) {
            throw new InvalidRequestException("a batch holds at most " + config.batch().maxProblems() + " problems");
        }
    }

    private BatchProblem item(JsonNode node, int position, String where) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(where + " must be an object {\"id\", \"problem\"}");
        }
        JsonNode problem = node.get("problem");
        if (problem == null || !problem.isTextual() || problem.asText().isBlank()) {
            throw new InvalidRequestException(where + ": \"problem\" is required and must be non-blank text");
        }
        if (problem.asText().length() > config.maxProblemChars()) {
            throw new InvalidRequestException(where + ": \"problem\" has " + problem.asText().length()
                    + " characters; the limit is " + config.maxProblemChars());
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !(id.isTextual() || id.isIntegralNumber())) {
            throw new InvalidRequestException(where + ": \"id\" must be text or a whole number");
        }
        String key = id == null || id.isNull() ? Integer.toString(position) : id.asText().strip();
        if (key.isEmpty() || key.length() > MAX_KEY_CHARS) {
            throw new InvalidRequestException(where + ": \"id\" must have 1 to " + MAX_KEY_CHARS + " characters");
        }
        storable(where, "problem", problem.asText());
        storable(where, "id", key);
        return new BatchProblem(key, problem.asText().strip());
    }

    private static void storable(String where, String field, String text) {
        String why = UnstorableText.why(text);
        if (why != null) {
            throw new InvalidRequestException(where + ": \"" + field + "\" " + why);
        }
    }

    private static List<BatchProblem> unique(List<BatchProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (BatchProblem problem : problems) {
            if (!seen.add(problem.key())) {
                throw new InvalidRequestException("the id \"" + problem.key() + "\" is used twice; ids must be unique in a batch");
            }
        }
        return problems;
    }
}
