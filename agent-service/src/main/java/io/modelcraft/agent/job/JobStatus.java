package io.modelcraft.agent.job;

public enum JobStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;
}
