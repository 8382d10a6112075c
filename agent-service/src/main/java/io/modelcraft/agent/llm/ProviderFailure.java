package io.modelcraft.agent.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Says in words why a model call failed for good, for the job's failure reason. */
public final class ProviderFailure {

    private ProviderFailure() {
    }

    public static String describe(Throwable failure, int attempts) {
        return "the LLM call failed after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + cause(failure);
    }

    static String cause(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return "calls are paused (circuit breaker open) after repeated provider failures";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return "rate limited by the provider (HTTP 429)";
            }
            if (t instanceof HttpException http) {
                return "the provider answered HTTP " + http.statusCode() + ": " + shorten(http.getMessage());
            }
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout") || t instanceof InterruptedException) {
                return "the call timed out";
            }
            if (t instanceof ModelClient.UnusableReplyException unusable) {
                return unusable.getMessage();
            }
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return "the reply was not a valid chat completion (" + shorten(t.getMessage()) + ")";
            }
        }
        return shorten(failure.toString());
    }

    private static String shorten(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
