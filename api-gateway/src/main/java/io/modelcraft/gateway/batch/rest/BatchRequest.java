package io.modelcraft.gateway.batch.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON body of {@code POST /api/v1/batches}: the problems ({@code {"id": ..., "problem": ...}}, the id
 * optional) and the options they share. A JSONL upload carries the same items one per line and the options
 * as query parameters. {@code webhookUrl} hears once, when the whole batch has ended; {@code jobWebhookUrl}
 * hears from every job as it ends.
 */
public record BatchRequest(List<JsonNode> problems, Integer maxIterations, String provider, String model,
                           Boolean retryOnWarnings, Boolean diagnostics, String webhookUrl, String jobWebhookUrl) {
}
