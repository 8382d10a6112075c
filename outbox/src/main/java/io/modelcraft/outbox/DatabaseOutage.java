package io.modelcraft.outbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means PostgreSQL cannot be reached right now: the gateway then answers 503 with when to retry
 * rather than a 500 a client cannot tell from a bug, and a consumer waits the outage out ({@link ConsumerRetry})
 * rather than dead-lettering a good message. Nothing needs a restart: each attempt asks for a connection again.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P (the server shutting down or not yet accepting). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
