package io.modelcraft.agent.job;

/** Where an iteration stands: its code is out for checking, checked, or there was no code to check. */
public enum IterationState {
    AWAITING_CHECK, CHECKED, NO_CODE;
}
