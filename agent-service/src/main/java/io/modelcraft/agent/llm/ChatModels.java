package io.modelcraft.agent.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import io.modelcraft.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streaming chat model behind each provider: "openai" is the Quarkus extension's client (any OpenAI-compatible
 * endpoint, {@code quarkus.langchain4j.openai.*}), whose model is chosen per request; "anthropic" is
 * LangChain4j's own client, one per model.
 */
@ApplicationScoped
public class ChatModels {

    private final StreamingChatModel openAi;
    private final AgentConfig.Anthropic anthropic;
    private final Map<String, StreamingChatModel> anthropicModels = new ConcurrentHashMap<>();

    public ChatModels(StreamingChatModel openAi, AgentConfig config) {
        this.openAi = openAi;
        this.anthropic = config.llm().anthropic();
    }

    StreamingChatModel streamingModel(ModelChoice choice) {
        return switch (choice.provider()) {
            case "openai" -> openAi;
            case "anthropic" -> anthropicModels.computeIfAbsent(choice.model(), this::buildAnthropic);
            default -> throw new IllegalArgumentException("no provider called " + choice.provider());
        };
    }

    /** The request; a seed goes only to the OpenAI-compatible provider, the one with a seed parameter. */
    ChatRequest request(ModelChoice choice, List<ChatMessage> messages, Sampling sampling) {
        if (sampling.seed() != null && choice.provider().equals("openai")) {
            return ChatRequest.builder().messages(messages).parameters(OpenAiChatRequestParameters.builder()
                    .modelName(choice.model()).temperature(sampling.temperature()).seed(sampling.seed()).build()).build();
        }
        return ChatRequest.builder().messages(messages).modelName(choice.model()).temperature(sampling.temperature()).build();
    }

    private StreamingChatModel buildAnthropic(String model) {
        return AnthropicStreamingChatModel.builder()
                .baseUrl(anthropic.baseUrl())
                .apiKey(anthropic.apiKey().orElseThrow(() -> new IllegalArgumentException(
                        "the anthropic provider has no API key (modelcraft.agent.llm.anthropic.api-key)")))
                .modelName(model)
                .maxTokens(anthropic.maxOutputTokens())
                .temperature(anthropic.temperature())
                .timeout(anthropic.timeout())
                .build();
    }
}
