package io.modelcraft.worker.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The pool of warm sandboxes and the limits of every check run in them. The limits have no defaults here:
 * {@code application.properties} is their one definition, which {@code bin/check-model} reads too.
 */
@ConfigMapping(prefix = "modelcraft.sandbox")
public interface SandboxConfig {

    /** The virtualenv's interpreter (outside the sandbox; it is bound read-only inside). */
    String python();

    /** The script that starts one warm check server in bubblewrap. */
    Path launcher();

    /** Warm sandboxes kept; checks beyond this wait for a free one. */
    @WithDefault("2")
    int poolSize();

    /** Time a new sandbox may take to import PyMC and warm up. */
    @WithDefault("120s")
    Duration startupTimeout();

    /** Wall-clock limit of one check; the check and everything it started are killed after it. */
    Duration wallTimeout();

    int cpuSeconds();

    /** Address space a check may add to the warm interpreter's. */
    int memoryMib();

    /** Largest file a check may write. */
    int fileMib();

    /** Size of the private tmpfs the checks of one sandbox write into. */
    int tmpfsMib();

    /** Processes and threads one check may have. */
    int processes();

    int openFiles();

    /**
     * Warm each child prepared for the next check with a throw-away check: checks after idle time get
     * faster, a saturated pool checks fewer programs per minute.
     */
    @WithDefault("false")
    boolean warmSpares();

    /**
     * Niceness added to each check (0 to 19). Checks are CPU-bound for seconds; with a positive value the
     * services' message handling, which needs milliseconds, is not queued behind them on a busy machine.
     */
    int nice();

    /** Checks of pool slot i run as uids {@code firstUid + 2i} and {@code firstUid + 2i + 1} in turn, never as root. */
    int firstUid();

    /** The diagnostics tier: the real sampling run a passing check gets when its request asks for diagnostics. */
    Diagnostics diagnostics();

    interface Diagnostics {
        /** Draws kept per chain. */
        int draws();

        /** Tuning steps per chain, discarded. */
        int tune();

        /** Chains, run one after another in the check's process. */
        int chains();

        /** Wall-clock time of sampling, its statistics and plots, on top of the check's own limits. */
        Duration budget();
    }
}
