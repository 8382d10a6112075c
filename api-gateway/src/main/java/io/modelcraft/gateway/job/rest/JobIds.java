package io.modelcraft.gateway.job.rest;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** A job id from a path: anything that is not a UUID names no job. */
final class JobIds {

    private JobIds() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no job " + id);
        }
    }
}
