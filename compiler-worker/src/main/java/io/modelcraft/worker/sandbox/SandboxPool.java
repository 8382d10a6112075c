package io.modelcraft.worker.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Warm sandboxes, one per slot. A check takes a free slot, restarting its sandbox first if the
 * last check took it down, so one hostile program never costs the next check anything but a restart.
 */
@ApplicationScoped
public class SandboxPool {

    private static final Logger LOG = Logger.getLogger(SandboxPool.class);

    private final SandboxConfig config;
    private final ObjectMapper json;
    private final BlockingQueue<Slot> free = new LinkedBlockingQueue<>();
    private final AtomicInteger warm = new AtomicInteger();
    // bubblewrap's --die-with-parent follows the thread that started it, so one thread that never
    // ends starts every sandbox; otherwise a sandbox would die with whichever pool thread started it.
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(r -> new Thread(r, "sandbox-launcher"));

    public SandboxPool(SandboxConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void startSlots(@Observes StartupEvent started) {
        for (int i = 0; i < config.poolSize(); i++) {
            Slot slot = new Slot(i);
            Thread warmUp = new Thread(() -> {
                slot.ensureStarted();
                free.add(slot);
            }, "sandbox-warm-up-" + i);
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** Sandboxes that are up and warm. */
    public int warmCount() {
        return warm.get();
    }

    public CheckResult check(String code) throws InterruptedException {
        return check(code, null, false, null);
    }

    /**
     * Checks {@code code}; with a {@code problem} (may be null), also that the code answers it; with
     * {@code diagnostics}, a passing check then samples the model within the configured diagnostics bounds; {@code files}
     * (may be null) are data files, by name and in base64, in the program's working directory.
     */
    public CheckResult check(String code, String problem, boolean diagnostics, Map<String, String> files)
            throws InterruptedException {
        Slot slot = free.take();
        try {
            return slot.check(code, problem, diagnostics, files);
        } finally {
            free.add(slot);
        }
    }

    @PreDestroy
    void stop() {
        free.forEach(Slot::stop);
        launcher.shutdownNow();
    }

    private final class Slot {
        private final int index;
        private SandboxServer server;

        Slot(int index) {
            this.index = index;
        }

        /** Starts the sandbox (on the launcher thread) unless it is running. */
        void ensureStarted() {
            if (server != null && server.alive()) {
                return;
            }
            if (server != null) {
                warm.decrementAndGet();
            }
            try {
                server = launcher.submit(() -> SandboxServer.start(index, config, json)).get();
                warm.incrementAndGet();
            } catch (ExecutionException e) {
                server = null;
                LOG.errorf("sandbox %d could not start: %s", index, e.getCause().getMessage());
            } catch (InterruptedException e) {
                server = null;
                Thread.currentThread().interrupt();
            }
        }

        CheckResult check(String code, String problem, boolean diagnostics, Map<String, String> files)
                throws InterruptedException {
            ensureStarted();
            if (server == null) {
                return CheckResult.sandboxFailure("SandboxUnavailable", "the sandbox could not be started");
            }
            try {
                return server.check(code, problem, diagnostics, files);
            } catch (IOException e) {
                server.kill();
                return CheckResult.sandboxFailure("SandboxLost", "the sandbox failed: " + e.getMessage());
            }
        }

        void stop() {
            if (server != null) {
                server.kill();
            }
        }
    }
}
