package io.modelcraft.agent.prompt;

/** A worked example a prompt version shows: the problem it answers and its program, checked by the worker's tests. */
public record WorkedExample(String problem, String code) {
}
