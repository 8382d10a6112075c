package io.modelcraft.agent.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** The boundary to the LLM provider: one call per turn, with timeout, retries and a circuit breaker. */
@ApplicationScoped
public class ModelClient {

    private final ChatModel chatModel;

    public ModelClient(ChatModel chatModel) {
        this.chatModel = chatModel;
    }

    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 250, abortOn = IllegalArgumentException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public ModelReply complete(List<ChatTurn> conversation) {
        long started = System.nanoTime();
        ChatResponse response = chatModel.chat(ChatRequest.builder().messages(toMessages(conversation)).build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        AiMessage answer = response.aiMessage();
        if (answer == null || answer.text() == null || answer.text().isBlank()) {
            throw new EmptyReplyException("the model returned an empty reply");
        }
        TokenUsage usage = response.tokenUsage();
        return new ModelReply(answer.text(), millis,
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount());
    }

    private static List<ChatMessage> toMessages(List<ChatTurn> conversation) {
        return conversation.stream().<ChatMessage>map(turn -> switch (turn.role()) {
            case "system" -> SystemMessage.from(turn.content());
            case "assistant" -> AiMessage.from(turn.content());
            case "user" -> UserMessage.from(turn.content());
            default -> throw new IllegalArgumentException("unknown role " + turn.role());
        }).toList();
    }

    /** The provider answered, but with nothing usable; worth another try. */
    public static class EmptyReplyException extends RuntimeException {
        public EmptyReplyException(String message) {
            super(message);
        }
    }
}
