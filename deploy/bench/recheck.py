"""Check every program of saved quality runs again with the checker as it is now, to see what a change to the
checks does to programs real models wrote, without running the model again.

    .local/venv/bin/python deploy/bench/recheck.py deploy/bench/results/quality-v6.json [...] [--sample-finals 100]
        [--finals-only]

Prints, per run, how the verdicts moved (passed -> failed at a stage, failed -> passed), the warnings the
passing programs now get by code, and each final program that changed, with its posterior check. With
``--sample-finals DRAWS`` the final programs are checked in sample mode (2 chains of DRAWS draws), so their code after
``pm.sample()`` runs on real draws too (the ordinary check runs it on a result built from prior draws);
``--finals-only`` checks only the final programs."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("PYTENSOR_FLAGS", "mode=FAST_COMPILE,cxx=")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(ROOT / "compiler-worker/python"))

from modelcraft_check import check_source  # noqa: E402
from modelcraft_check.sampling import SampleSettings  # noqa: E402


def say(text: str) -> None:
    print(text, file=sys.__stdout__, flush=True)  # a check redirects sys.stdout while a program runs


KNOWN_BEFORE = {"discrete_free_variable", "runtime_warning", "multiple_models", "summary_incomplete",
                "deprecated_api", "lint", "missing_observations", "suspicious_broadcast", "no_observed_data"}


def problems_by_id(path: Path) -> dict[str, str]:
    lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {p["id"]: p["problem"] for p in lines}


def recheck(run: Path, problems: dict[str, str], sampling: SampleSettings | None, finals_only: bool) -> None:
    saved = json.loads(run.read_text())
    moves: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    finals: list[str] = []
    for problem in saved["problems"]:
        for attempt in [] if finals_only else problem.get("attempts", []):
            if not attempt.get("code"):
                continue
            now = check_source(attempt["code"], problem=problems.get(problem["id"]))
            before = "passed" if attempt["ok"] else f"failed at {attempt['stage']}"
            after = "passed" if now.ok else f"failed at {now.stage}"
            moves[f"{before} -> {after}" if before != "passed" or not now.ok else "passed -> passed"] += 1
            if now.ok:
                warnings.update(w.code for w in now.warnings)
        final = problem.get("finalCode")
        if final:
            finals.extend(_final_changes(problem["id"], final, problems, problem.get("posterior") or {}, sampling))
    say(f"{run.name} ({saved['run'].get('label', '')})")
    for move, count in sorted(moves.items()):
        say(f"  {count:4d}  {move}")
    say("  warnings on passing programs: " + (", ".join(f"{c} {n}" for n, c in warnings.most_common()) or "none"))
    say("\n".join(finals) if finals else "  no final program changed its verdict")


def _final_changes(key: str, code: str, problems: dict[str, str], posterior: dict,
                   sampling: SampleSettings | None) -> list[str]:
    """What the checks now say of a run's final program that they did not say then."""
    now = check_source(code, problem=problems.get(key), sampling=sampling)
    correct = posterior.get("correct", "-")
    said = [] if now.ok else [f"  {key}: final program now fails at {now.stage}: {now.error.type}: "
                              f"{now.error.message[:160]} (posterior correct: {correct})"]
    return said + [f"  {key}: final program warned {note.code}: {note.message[:240]} (posterior correct: {correct})"
                   for note in now.warnings if note.code not in KNOWN_BEFORE]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--problems", type=Path, default=ROOT / "deploy/demo/thinkbayes.jsonl")
    parser.add_argument("--sample-finals", type=int, metavar="DRAWS",
                        help="check the final programs in sample mode, 2 chains of DRAWS draws after as many tuning steps")
    parser.add_argument("--finals-only", action="store_true", help="check only each problem's final program")
    args = parser.parse_args()
    problems = problems_by_id(args.problems)
    sampling = None if args.sample_finals is None else SampleSettings(args.sample_finals, args.sample_finals, 2, 60.0)
    for run in args.runs:
        recheck(run, problems, sampling, args.finals_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
