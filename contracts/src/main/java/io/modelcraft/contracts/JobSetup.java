package io.modelcraft.contracts;

/**
 * What a job runs with, announced when it starts: the model, the iterations, whether passing checks sample, and
 * the prompt version and hash.
 */
public record JobSetup(String provider, String model, int maxIterations, boolean retryOnWarnings, boolean diagnostics,
                       String promptVersion, String promptHash, String parentJobId) {
}
