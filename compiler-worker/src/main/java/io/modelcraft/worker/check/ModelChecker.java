package io.modelcraft.worker.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Checks one program in a fresh Python process: private temp dir, an environment holding nothing
 * but what the checker needs (no secrets), a wall-clock kill. A killed or broken check is a result.
 */
@ApplicationScoped
public class ModelChecker {

    private static final Logger LOG = Logger.getLogger(ModelChecker.class);

    private final CheckConfig config;
    private final ObjectMapper json;
    private final Path python;

    public ModelChecker(CheckConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        // Absolute but not resolved: a virtualenv's interpreter is a link that must keep its own path.
        this.python = Path.of(config.python()).toAbsolutePath().normalize();
    }

    public CheckResult check(String code) {
        Path workDir = null;
        try {
            Files.createDirectories(config.workRoot());
            workDir = Files.createTempDirectory(config.workRoot(), "check-");
            return run(code, workDir);
        } catch (IOException e) {
            LOG.error("could not start a check", e);
            return CheckResult.sandboxFailure("SandboxError", "could not start the check: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.sandboxFailure("SandboxError", "the check was interrupted");
        } finally {
            deleteTree(workDir);
        }
    }

    private CheckResult run(String code, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-s", "-m", "modelcraft_check")
                .directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(workDir));
        Process process = builder.start();
        CompletableFuture<String> stdout = BoundedStreamReader.drain(process.getInputStream(), config.maxOutputBytes());
        CompletableFuture<String> stderr = BoundedStreamReader.drain(process.getErrorStream(), config.maxOutputBytes());
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(code.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debugf("checker closed stdin early: %s", e.getMessage());
        }
        if (!process.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            kill(process);
            return CheckResult.sandboxFailure("Timeout",
                    "killed: wall-clock limit of " + config.timeout().toSeconds() + " s exceeded");
        }
        return VerdictParser.parse(json, process.exitValue(), stdout.join(), stderr.join());
    }

    private Map<String, String> environment(Path workDir) {
        return Map.of(
                "PATH", python.getParent() + ":/usr/bin:/bin",
                "HOME", workDir.toString(),
                "TMPDIR", workDir.toString(),
                "PYTHONPATH", config.checkerPath().toAbsolutePath().toString(),
                "PYTENSOR_FLAGS", "mode=FAST_COMPILE,cxx=,compiledir=" + workDir.resolve(".pytensor-compiledir"),
                "MPLBACKEND", "Agg",
                "OMP_NUM_THREADS", "1",
                "OPENBLAS_NUM_THREADS", "1");
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not remove %s: %s", dir, e.getMessage());
        }
    }
}
