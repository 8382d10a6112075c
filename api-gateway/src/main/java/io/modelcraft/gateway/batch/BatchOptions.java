package io.modelcraft.gateway.batch;

import io.modelcraft.gateway.job.NewJob;
import java.util.UUID;

/**
 * What a batch's problems share: the options of each job (its webhook is the one each job sends) and the
 * batch's own webhook, sent once when its last job ends.
 */
public record BatchOptions(NewJob jobs, String webhookUrl, UUID webhookEndpointId) {
}
