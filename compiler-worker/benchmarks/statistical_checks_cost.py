"""What the statistical checks add to a check (issue 12's bound: at most 20%): each of the four models that end at
pm.sample() (models/), checked in one warm Python with and without them, alternately. Without them means no
prior predictive sample (and so no result for the code after pm.sample(), which these models do not have) and no
data-use check.

Run from the repository root:  .local/venv/bin/python compiler-worker/benchmarks/statistical_checks_cost.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "python"))

from modelcraft_check.environment import apply_defaults  # noqa: E402

apply_defaults()
from modelcraft_check import evaluate, ladder, prior_fit  # noqa: E402

MODELS = ("grizzly", "glm_1000", "gp_timeseries", "hierarchical")
WITH = {"findings": evaluate.prior_predictive_findings, "unused": ladder.unused_data_error}


def statistical_checks(on: bool) -> None:
    evaluate.prior_predictive_findings = WITH["findings"] if on else (
        lambda model, source, seed: prior_fit.PriorFindings(None, ()))
    ladder.unused_data_error = WITH["unused"] if on else (lambda tree, line_text: None)


def milliseconds(code: str) -> float:
    started = time.perf_counter()
    verdict = ladder.check_source(code)
    assert verdict.ok, verdict
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; {args.repeats} checks each way")
    for name in MODELS:
        code = (HERE / "models" / f"{name}.py").read_text()
        samples: dict[bool, list[float]] = {True: [], False: []}
        for on in (True, False):
            statistical_checks(on)
            milliseconds(code)  # warm this path once
        for _ in range(args.repeats):
            for on in (False, True):
                statistical_checks(on)
                samples[on].append(milliseconds(code))
        without, with_ = statistics.median(samples[False]), statistics.median(samples[True])
        print(f"{name:<16}without {without:6.0f} ms   with {with_:6.0f} ms   +{(with_ / without - 1) * 100:4.1f}%")


if __name__ == "__main__":
    main()
