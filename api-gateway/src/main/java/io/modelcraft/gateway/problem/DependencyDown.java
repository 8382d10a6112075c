package io.modelcraft.gateway.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means a service this gateway needs (PostgreSQL) cannot be reached right now, so that the client
 * hears 503 and when to retry rather than a 500 it cannot tell from a bug. The gateway needs no restart: each request
 * asks for a connection again.
 */
public final class DependencyDown {

    private DependencyDown() {
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
