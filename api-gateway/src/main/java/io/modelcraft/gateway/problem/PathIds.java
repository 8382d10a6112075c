package io.modelcraft.gateway.problem;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** An id from a path: anything that is not a UUID names nothing, and is answered 404 like an id that is not there. */
public final class PathIds {

    private PathIds() {
    }

    /** {@code what} names the kind of thing in the 404's detail ("job", "check"). */
    public static UUID parse(String id, String what) {
        if (id == null) {
            throw new InvalidRequestException("the " + what + "'s id is required");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no " + what + " " + id);
        }
    }
}
