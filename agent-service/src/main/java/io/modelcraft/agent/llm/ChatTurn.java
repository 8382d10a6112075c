package io.modelcraft.agent.llm;

/** One message of a conversation as it is stored and replayed: role is system, user or assistant. */
public record ChatTurn(String role, String content) {

    public static ChatTurn system(String content) {
        return new ChatTurn("system", content);
    }

    public static ChatTurn user(String content) {
        return new ChatTurn("user", content);
    }

    public static ChatTurn assistant(String content) {
        return new ChatTurn("assistant", content);
    }
}
