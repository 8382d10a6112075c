package io.modelcraft.gateway.job;

import java.time.Instant;
import java.util.UUID;

/** A place in the newest-first order of jobs: the keyset (created at, id) of the last job seen. */
public record JobPosition(Instant createdAt, UUID id) {
}
