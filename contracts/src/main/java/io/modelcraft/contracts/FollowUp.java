package io.modelcraft.contracts;

/** A refinement of a finished job: its conversation goes on with this message, as a new job. */
public record FollowUp(String parentJobId, String message) {
}
