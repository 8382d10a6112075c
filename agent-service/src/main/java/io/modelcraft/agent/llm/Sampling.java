package io.modelcraft.agent.llm;

/**
 * How one call samples: a temperature and a seed, each null for the provider's configured one. A local server
 * started with a fixed seed answers the same prompt at the same temperature with the same program, so a turn
 * that wants a new program for the same prompt must name a seed of its own.
 */
public record Sampling(Double temperature, Integer seed) {

    public static final Sampling CONFIGURED = new Sampling(null, null);

    public static Sampling at(double temperature) {
        return new Sampling(temperature, null);
    }
}
