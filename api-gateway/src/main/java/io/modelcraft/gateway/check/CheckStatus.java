package io.modelcraft.gateway.check;

/** Where a direct check stands: waiting for a worker, or checked (its verdict says whether the program passed). */
public enum CheckStatus {
    QUEUED, CHECKED
}
