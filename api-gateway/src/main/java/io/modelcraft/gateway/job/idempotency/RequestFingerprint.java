package io.modelcraft.gateway.job.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.gateway.job.NewJob;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 (hex) of a request's canonical JSON: the normalised fields, keys sorted, absent fields as null.
 * A mapper of its own, so that configuring the application's JSON can never change a stored hash.
 */
final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private RequestFingerprint() {
    }

    static String of(NewJob request) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("maxIterations", request.maxIterations());
        fields.put("model", request.model());
        fields.put("problem", request.problem());
        fields.put("webhookUrl", request.webhookUrl());
        // Fields added later enter only when set, so that the hashes stored before them stay valid.
        if (request.provider() != null) {
            fields.put("provider", request.provider());
        }
        if (request.retryOnWarnings() != null) {
            fields.put("retryOnWarnings", request.retryOnWarnings());
        }
        if (request.diagnostics() != null) {
            fields.put("diagnostics", request.diagnostics());
        }
        try {
            byte[] canonical = CANONICAL.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
