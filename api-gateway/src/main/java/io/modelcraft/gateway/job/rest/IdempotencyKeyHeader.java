package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.problem.InvalidRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/** Reads the optional {@code Idempotency-Key} header: once, 1 to 200 printable ASCII characters. */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    static final int MAX_CHARS = 200; // the width of job.idempotency_key

    private IdempotencyKeyHeader() {
    }

    /** The key, or null when the header was not sent. */
    static String from(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(NAME);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidRequestException("send the " + NAME + " header once, not " + values.size() + " times");
        }
        String key = values.get(0);
        if (key.isEmpty() || key.length() > MAX_CHARS || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidRequestException("the " + NAME + " header must be 1 to " + MAX_CHARS
                    + " printable ASCII characters");
        }
        return key;
    }
}
