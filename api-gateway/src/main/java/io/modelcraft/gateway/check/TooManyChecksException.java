package io.modelcraft.gateway.check;

import java.time.Duration;

/** A tenant over its rate of checks; {@link #retryAfterSeconds()} says when the next one will be taken. */
public class TooManyChecksException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyChecksException(Duration retryAfter, int perSecond, int burst) {
        super(message(seconds(retryAfter), perSecond, burst));
        this.retryAfterSeconds = seconds(retryAfter);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String message(long seconds, int perSecond, int burst) {
        return "this tenant may send " + perSecond + " checks per second (bursts of " + burst + "); retry in "
                + seconds + " s";
    }
}
