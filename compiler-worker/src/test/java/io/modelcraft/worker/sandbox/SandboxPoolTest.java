package io.modelcraft.worker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcraft.contracts.CheckResult;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worker's own path into the sandbox: real bubblewrap, real Python and PyMC, limits shrunk. */
@QuarkusTest
@TestProfile(SandboxPoolTest.ShortLimits.class)
class SandboxPoolTest {

    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelcraft.sandbox.wall-timeout", "6s", "modelcraft.sandbox.cpu-seconds", "4",
                    "modelcraft.sandbox.pool-size", "1");
        }
    }

    private static final String VALID = """
            import pymc as pm
            with pm.Model() as model:
                mu = pm.Normal("mu", 0, 10)
                pm.Normal("y", mu, 1, observed=[0.1, -0.3, 0.8])
                idata = pm.sample()
            print(idata.posterior["mu"].mean())
            """;

    private final SandboxPool pool;

    SandboxPoolTest(SandboxPool pool) {
        this.pool = pool;
    }

    private void assertAnOrdinaryCheckStillPasses() throws InterruptedException {
        CheckResult result = pool.check(VALID);
        assertTrue(result.ok(), () -> String.valueOf(result.error()));
        assertEquals(2, ((List<?>) result.summary().get("variables")).size());
    }

    @Test
    void aValidModelPassesWithItsSummary() throws InterruptedException {
        assertAnOrdinaryCheckStillPasses();
    }

    @Test
    void codeStuckInABusyLoopIsKilledAndTheNextCheckRuns() throws InterruptedException {
        CheckResult killed = pool.check("while True:\n    pass\n");
        assertFalse(killed.ok());
        assertEquals("sandbox", killed.stage());
        assertTrue(killed.error().message().startsWith("killed:"), killed.error().message());
        assertAnOrdinaryCheckStillPasses();
    }

    @Test
    void codeSleepingPastTheWallClockIsKilledAndTheNextCheckRuns() throws InterruptedException {
        CheckResult killed = pool.check("import time\ntime.sleep(600)\n");
        assertEquals("sandbox", killed.stage());
        assertTrue(killed.error().message().contains("wall-clock"), killed.error().message());
        assertAnOrdinaryCheckStillPasses();
    }

    @Test
    void nothingOfTheWorkersEnvironmentReachesTheCheck() throws InterruptedException {
        CheckResult result = pool.check("import os\nraise RuntimeError(','.join(sorted(os.environ)))\n");
        assertEquals("RuntimeError", result.error().type());
        List<String> visible = List.of(result.error().message().split(","));
        List<String> leaked = System.getenv().keySet().stream().filter(visible::contains)
                .filter(name -> !List.of("PATH", "HOME", "TMPDIR", "PWD").contains(name)).toList();
        assertTrue(leaked.isEmpty(), "the check saw the worker's " + leaked);
        assertFalse(visible.contains("MODELCRAFT_PYTHON"));
    }
}
