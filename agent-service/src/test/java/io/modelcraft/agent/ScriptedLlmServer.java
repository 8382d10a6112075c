package io.modelcraft.agent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the scripted OpenAI-compatible stand-in (deploy/scripted-llm) for a test and points the agent's
 * real LangChain4j client at it. The requests it receives are logged to {@link #requestLog()}.
 */
public class ScriptedLlmServer implements QuarkusTestResourceLifecycleManager {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static Path requestLog;
    private Process process;

    public static Path requestLog() {
        return requestLog;
    }

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            requestLog = Files.createTempFile("scripted-llm-", ".jsonl");
            String python = System.getenv().getOrDefault("MODELCRAFT_PYTHON", "python3");
            process = new ProcessBuilder(List.of(python, ROOT.resolve("deploy/scripted-llm/scripted_llm.py").toString(),
                    "--script", ROOT.resolve("deploy/scripted-llm/grizzly.json").toString(),
                    "--script", Path.of("src/test/resources/scripted-llm/faults.json").toAbsolutePath().toString(),
                    "--script", Path.of("src/test/resources/scripted-llm/repeats.json").toAbsolutePath().toString(),
                    "--port", Integer.toString(port), "--log", requestLog.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitUp(port);
            return Map.of("quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + port + "/v1/",
                    "quarkus.langchain4j.openai.api-key", "stand-in",
                    "modelcraft.agent.llm.anthropic.base-url", "http://127.0.0.1:" + port + "/v1/");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not start the scripted LLM stand-in", e);
        }
    }

    private static void awaitUp(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/models")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the scripted LLM stand-in did not come up on port " + port);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
