package io.modelcraft.gateway.problem;

/** A request the API refuses with {@code 409} because it contradicts an earlier one; the message is shown. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
