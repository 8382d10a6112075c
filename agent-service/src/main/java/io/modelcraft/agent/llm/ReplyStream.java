package io.modelcraft.agent.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One streamed reply: its text grows as the provider sends it and is told to the listener; {@link #await()}
 * waits for the end. A reply past the size limit fails at once rather than when it ends. Once abandoned (the
 * call timed out), later pieces are dropped and the stream is cancelled where the client can cancel it.
 */
final class ReplyStream implements StreamingChatResponseHandler {

    private final CompletableFuture<ChatResponse> ended = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final int call;
    private final int maxChars;
    private final ReplyListener listener;

    ReplyStream(int call, int maxChars, ReplyListener listener) {
        this.call = call;
        this.maxChars = maxChars;
        this.listener = listener;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (ended.isDone()) {
            context.streamingHandle().cancel();
            return;
        }
        onPartialResponse(partial.text());
    }

    @Override
    public void onPartialResponse(String piece) {
        String soFar;
        synchronized (text) {
            if (ended.isDone() || piece == null) {
                return;
            }
            text.append(piece);
            if (text.length() > maxChars) {
                ended.completeExceptionally(new ModelClient.UnusableReplyException(
                        "the reply went over the limit of " + maxChars + " characters"));
                return;
            }
            soFar = text.toString();
        }
        listener.writing(call, soFar);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        ended.complete(response);
    }

    @Override
    public void onError(Throwable error) {
        ended.completeExceptionally(error);
    }

    /** The whole response; an interrupt (the call's timeout) abandons the stream. */
    ChatResponse await() {
        try {
            return ended.get();
        } catch (InterruptedException e) {
            ended.cancel(false);
            Thread.currentThread().interrupt();
            throw new CancellationException("the call was interrupted while the reply was being written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
