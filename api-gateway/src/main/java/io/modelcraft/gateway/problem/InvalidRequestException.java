package io.modelcraft.gateway.problem;

/** A request the API refuses with {@code 400}; the message is shown to the caller. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
