package io.modelcraft.agent.job;

/**
 * Where an iteration stands: its code is out for checking, checked, there was no code to check, or the code
 * repeated an earlier attempt's and was not checked again.
 */
public enum IterationState {
    AWAITING_CHECK, CHECKED, NO_CODE, REPEATED;
}
