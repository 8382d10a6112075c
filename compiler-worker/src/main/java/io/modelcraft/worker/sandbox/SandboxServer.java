package io.modelcraft.worker.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One warm check server in its sandbox, spoken to by JSON lines. If it stops answering, it is killed
 * whole (bubblewrap takes the sandbox with it) and the check gets a sandbox verdict.
 */
final class SandboxServer {

    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(15);
    private static final String EOF = "\u0000eof";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ObjectMapper json;
    private final SandboxConfig config;
    private long nextId;

    private SandboxServer(Process process, ObjectMapper json, SandboxConfig config) {
        this.process = process;
        this.json = json;
        this.config = config;
        Thread reader = new Thread(this::readLines, "sandbox-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static SandboxServer start(int slot, SandboxConfig config, ObjectMapper json) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(slot, config)).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", "/usr/bin:/bin",
                "MODELCRAFT_SANDBOX_TMPFS_MIB", Integer.toString(config.tmpfsMib())));
        SandboxServer server = new SandboxServer(builder.start(), json, config);
        String ready = server.lines.poll(config.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (ready == null || !ready.contains("\"ready\"")) {
            server.kill();
            throw new IOException("the sandbox did not get ready: " + (ready == null ? "timed out" : ready));
        }
        return server;
    }

    private static List<String> command(int slot, SandboxConfig config) {
        List<String> command = new ArrayList<>(List.of(config.launcher().toAbsolutePath().toString(),
                java.nio.file.Path.of(config.python()).toAbsolutePath().normalize().toString()));
        command.addAll(List.of("--uid", Integer.toString(config.firstUid() + 2 * slot),
                "--memory-mib", Integer.toString(config.memoryMib()),
                "--cpu-seconds", Integer.toString(config.cpuSeconds()),
                "--wall-seconds", Double.toString(config.wallTimeout().toMillis() / 1000.0),
                "--file-mib", Integer.toString(config.fileMib()),
                "--processes", Integer.toString(config.processes()),
                "--open-files", Integer.toString(config.openFiles()),
                "--nice", Integer.toString(config.nice())));
        if (config.warmSpares()) {
            command.add("--warm-spares");
        }
        return command;
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Runs one check, with its data {@code files} (may be null) and a sampling run after it if it passes and
     * {@code diagnostics} is set; the server is dead afterwards if it did not answer in time.
     */
    CheckResult check(String code, String problem, boolean diagnostics, Map<String, String> files)
            throws IOException, InterruptedException {
        String id = Long.toString(++nextId);
        Map<String, Object> request = new HashMap<>(Map.of("id", id, "code", code));
        if (problem != null) {
            request.put("problem", problem);
        }
        if (files != null && !files.isEmpty()) {
            request.put("files", files);
        }
        Duration answerTimeout = config.wallTimeout().plus(ANSWER_MARGIN);
        if (diagnostics) {
            SandboxConfig.Diagnostics bounds = config.diagnostics();
            request.put("sample", Map.of("draws", bounds.draws(), "tune", bounds.tune(), "chains", bounds.chains(),
                    "seconds", bounds.budget().toMillis() / 1000.0));
            answerTimeout = answerTimeout.plus(bounds.budget()).plus(ANSWER_MARGIN);
        }
        OutputStream stdin = process.getOutputStream();
        stdin.write((json.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        String line = lines.poll(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(EOF)) {
            kill();
            return CheckResult.sandboxFailure("SandboxLost", line == null
                    ? "killed: the sandbox stopped answering" : "the sandbox ended during the check");
        }
        JsonNode answer = json.readTree(line);
        if (!id.equals(answer.path("id").asText())) {
            kill();
            return CheckResult.sandboxFailure("SandboxLost", "the sandbox answered out of turn");
        }
        return json.treeToValue(answer.get("verdict"), CheckResult.class);
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone; the EOF marker below says so
        }
        lines.add(EOF);
    }
}
