package io.modelcraft.gateway.job;

/** A validated submit, normalised as it will be stored: the problem is stripped. */
public record NewJob(String problem, String webhookUrl, Integer maxIterations, String model) {
}
