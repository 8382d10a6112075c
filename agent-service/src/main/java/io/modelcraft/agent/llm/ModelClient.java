package io.modelcraft.agent.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.modelcraft.agent.config.AgentConfig;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The boundary to the LLM provider: one streamed call per turn, with a timeout, retries with exponential backoff
 * and a circuit breaker. A reply that is empty or over the size limit counts as a failed attempt.
 */
@ApplicationScoped
public class ModelClient {

    private final ChatModels models;
    private final AgentConfig config;

    public ModelClient(ChatModels models, AgentConfig config) {
        this.models = models;
        this.config = config;
    }

    /**
     * {@code attempts} counts the calls made, retries included, for the failure reason; {@code sampling}
     * overrides the configured temperature and seed where it names them. The reply is streamed, and
     * {@code listener} hears it grow.
     */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = {NonRetriableException.class, IllegalArgumentException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 20, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public ModelReply complete(ModelChoice choice, List<ChatTurn> conversation, Sampling sampling, AtomicInteger attempts,
                               ReplyListener listener) {
        ReplyStream stream = new ReplyStream(attempts.incrementAndGet(), config.maxReplyChars(), listener);
        long started = System.nanoTime();
        models.streamingModel(choice).chat(models.request(choice, toMessages(conversation), sampling), stream);
        ChatResponse response = stream.await();
        long millis = (System.nanoTime() - started) / 1_000_000;
        AiMessage answer = response.aiMessage();
        if (answer == null || answer.text() == null || answer.text().isBlank()) {
            throw new UnusableReplyException("the reply was empty");
        }
        if (response.finishReason() == null) {
            throw new UnusableReplyException("the reply's stream ended without saying why it ended (a broken or malformed stream)");
        }
        TokenUsage usage = response.tokenUsage();
        return new ModelReply(answer.text(), millis, usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount(), response.finishReason() == FinishReason.LENGTH);
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
    public static class UnusableReplyException extends RuntimeException {
        public UnusableReplyException(String message) {
            super(message);
        }
    }
}
