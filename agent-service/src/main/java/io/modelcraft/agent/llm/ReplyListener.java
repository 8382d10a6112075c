package io.modelcraft.agent.llm;

/** Hears a reply while the model writes it. */
@FunctionalInterface
public interface ReplyListener {

    ReplyListener NONE = (call, text) -> { };

    /** {@code text} is the whole reply so far of the turn's {@code call}-th model call (retries included). */
    void writing(int call, String text);
}
