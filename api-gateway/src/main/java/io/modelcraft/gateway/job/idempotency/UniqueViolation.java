package io.modelcraft.gateway.job.idempotency;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises, anywhere in a cause chain, the violation of one named unique constraint. */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    static boolean of(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("\"" + constraint + "\"")) {
                return true;
            }
        }
        return false;
    }
}
