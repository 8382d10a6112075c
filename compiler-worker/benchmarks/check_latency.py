"""Check latency, side by side, for the models in models/ (four that end at pm.sample(), and the grizzly one with a
summary and a plot after it, which the check runs on a result built from prior draws):
  (a) floor: the same ladder in a loop inside one already-warm Python (no sandbox, no fork);
  (b) warm:  through the worker's path: the sandbox launcher, a warm server, a fork per check;
  (c) cold:  a new Python process per check (python -m modelcraft_check FILE), as before the pool.
Also checks per minute for one worker: `--slots` warm sandboxes fed concurrently.
With `--diagnostics`, instead: warm checks with the diagnostics tier's sampling run (the worker's bounds,
modelcraft.sandbox.diagnostics.*), and the seconds of sampling in each.

Run from the repository root:  .local/venv/bin/python compiler-worker/benchmarks/check_latency.py [--diagnostics]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "python"))

from modelcraft_check.client import SandboxClient  # noqa: E402
from modelcraft_check.diagnostics import DIAGNOSTIC_CODES  # noqa: E402
from modelcraft_check.sampling import SampleSettings  # noqa: E402
from modelcraft_check.worker_limits import diagnostics_settings, sandbox_properties  # noqa: E402


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(action, repeats: int, pause: float = 0.0) -> list[float]:
    samples = []
    for _ in range(repeats):
        time.sleep(pause)
        started = time.perf_counter()
        verdict = action()
        samples.append((time.perf_counter() - started) * 1000)
        ok = verdict["ok"] if isinstance(verdict, dict) else verdict.ok
        assert ok, verdict
    return samples


def floor_in_process(code: str, repeats: int) -> list[float]:
    from modelcraft_check.environment import apply_defaults

    apply_defaults()
    from modelcraft_check.ladder import check_source

    check_source(code)  # warm this model's path once, as the sandbox server's warm-up does for its own
    return timed(lambda: check_source(code), repeats)


def cold_process(path: Path, repeats: int) -> list[float]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(HERE.parent / "python")}

    def run() -> dict:
        import json

        out = subprocess.run([sys.executable, "-s", "-m", "modelcraft_check", str(path)], env=env,
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    return timed(run, repeats)


def throughput(models: list[str], slots: int, seconds: float, options: list[str]) -> float:
    clients = [SandboxClient(sys.executable, ["--uid", str(61500 + 2 * i), *options]) for i in range(slots)]
    try:
        deadline = time.monotonic() + seconds
        done = [0] * slots

        def feed(i: int) -> None:
            while time.monotonic() < deadline:
                assert clients[i].check(models[done[i] % len(models)])["ok"]
                done[i] += 1

        with ThreadPoolExecutor(slots) as pool:
            list(pool.map(feed, range(slots)))
        return sum(done) / seconds * 60
    finally:
        for client in clients:
            client.close()


def diagnostics_latency(paths: list[Path], repeats: int, options: list[str]) -> None:
    settings = SampleSettings(**diagnostics_settings(sandbox_properties()))
    print(f"diagnostics: {settings.chains} chains of {settings.draws} draws after {settings.tune} tuning steps")
    print(f"{'model':<16}{'check+sampling p50/p95':>26}{'sampling p50':>14}  diagnostic warnings")
    with SandboxClient(sys.executable, ["--uid", "61400", *options]) as client:
        for path in paths:
            code = path.read_text()
            verdicts = []
            client.check(code, settings)
            total = timed(lambda: verdicts.append(client.check(code, settings)) or verdicts[-1], repeats)
            sampling = [v["posterior"].get("seconds", float("nan")) * 1000 for v in verdicts]
            warned = sorted({w["code"] for v in verdicts for w in v["warnings"]
                             if w["code"] in DIAGNOSTIC_CODES})
            print(f"{path.stem:<16}{statistics.median(total):>15.0f}/{percentile(total, .95):<7.0f}ms"
                  f"{statistics.median(sampling):>11.0f} ms  {', '.join(warned) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--cold-repeats", type=int, default=5)
    parser.add_argument("--slots", type=int, default=2)
    parser.add_argument("--throughput-seconds", type=float, default=60)
    parser.add_argument("--warm-spares", action="store_true", help="the sandbox option of that name")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between warm checks (idle time)")
    parser.add_argument("--diagnostics", action="store_true", help="warm checks with the diagnostics tier's sampling")
    args = parser.parse_args()
    options = ["--warm-spares"] if args.warm_spares else []
    paths = sorted((HERE / "models").glob("*.py"))
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; repeats {args.repeats} (cold {args.cold_repeats})")
    if args.diagnostics:
        diagnostics_latency(paths, args.repeats, options)
        return
    print(f"{'model':<16}{'floor p50/p95':>18}{'warm p50/p95':>18}{'cold p50/p95':>18}{'b/a':>7}{'c/b':>7}")
    print(f"sandbox options {options}; {args.pause} s between warm checks")
    with SandboxClient(sys.executable, ["--uid", "61400", *options]) as client:
        for path in paths:
            code = path.read_text()
            floor = floor_in_process(code, args.repeats)
            client.check(code)
            warm = timed(lambda: client.check(code), args.repeats, args.pause)
            cold = cold_process(path, args.cold_repeats)
            a, b, c = (statistics.median(s) for s in (floor, warm, cold))
            print(f"{path.stem:<16}{a:>9.0f}/{percentile(floor, .95):<6.0f}ms{b:>9.0f}/{percentile(warm, .95):<6.0f}ms"
                  f"{c:>9.0f}/{percentile(cold, .95):<6.0f}ms{b / a:>7.2f}{c / b:>7.1f}")
    per_minute = throughput([p.read_text() for p in paths], args.slots, args.throughput_seconds, options)
    print(f"throughput: {per_minute:.0f} checks/min with {args.slots} warm sandboxes (the models in turn)")


if __name__ == "__main__":
    main()
