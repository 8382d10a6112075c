package io.modelcraft.agent.llm;

/** A provider and one of its models, written {@code provider:model} in configuration. */
public record ModelChoice(String provider, String model) {

    public static ModelChoice parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not a provider:model pair: " + text);
        }
        return new ModelChoice(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return provider + ":" + model;
    }
}
