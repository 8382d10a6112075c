"""The corpus: every program under ``corpus/`` checked and compared with its header.

``corpus/valid/*.py`` start with ``# expect: ok``; ``corpus/broken/*.py`` with
``# expect: stage=<stage> line=<line|none> type=<error type|any>``. The corpus test prints a
confusion matrix (rows: expected stage, "ok" for valid programs; columns: actual stage) and
every mismatch with its verdict, and fails on any mismatch. Select it alone with
``pytest -m corpus``; it also runs with a plain ``pytest -q``.

Each program is checked in a child forked from this process after PyMC (and the checker's
lazy imports) were loaded once, two children at a time: a program cannot disturb the
checks after it, and a hang is cut off by a per-program time limit.
"""

from __future__ import annotations

import json
import os
import re
import signal
import textwrap
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from modelcraft_check import check_source

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
VALID_DIR = CORPUS_DIR / "valid"
BROKEN_DIR = CORPUS_DIR / "broken"

MIN_PROGRAMS_PER_KIND = 40
WORKERS = 2
PER_PROGRAM_TIMEOUT_S = 120.0

# Stages a broken program may be expected to fail at, in ladder order.
EXPECTABLE_STAGES = ("parse", "lint", "run", "find_model", "evaluate", "data", "after_sampling")
# Columns of the matrix: "ok" for an accepted program, then the stage a rejection came from.
ACTUAL_COLUMNS = ("ok", *EXPECTABLE_STAGES, "internal", "sandbox", "no_verdict")

VALID_HEADER = re.compile(r"# expect: ok")
BROKEN_HEADER = re.compile(
    r"# expect: stage=(?P<stage>[a-z_]+) line=(?P<line>[1-9][0-9]*|none) "
    r"type=(?P<type>any|[A-Za-z_][A-Za-z0-9_.]*)"
)

with warnings.catch_warnings():
    # pytest.ini is not ours to edit; an unregistered marker still selects with -m corpus.
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    corpus_mark = pytest.mark.corpus


@dataclass(frozen=True)
class Expectation:
    ok: bool
    stage: str | None = None
    line: int | None = None
    type: str | None = None  # None: any type

    def describe(self) -> str:
        if self.ok:
            return "ok"
        line = "none" if self.line is None else self.line
        return f"stage={self.stage} line={line} type={self.type or 'any'}"


@dataclass(frozen=True)
class Outcome:
    path: Path
    expected: Expectation
    verdict: dict[str, Any] | None  # None when the child gave no verdict
    seconds: float
    failure: str | None = None  # why there is no verdict

    @property
    def column(self) -> str:
        if self.verdict is None:
            return "no_verdict"
        return "ok" if self.verdict.get("ok") else str(self.verdict.get("stage"))

    @property
    def row(self) -> str:
        return "ok" if self.expected.ok else str(self.expected.stage)

    def problems(self) -> list[str]:
        """How the verdict differs from the header (empty when it matches)."""
        expected, verdict = self.expected, self.verdict
        if verdict is None:
            return [f"no verdict: {self.failure}"]
        if expected.ok:
            return [] if verdict.get("ok") is True else ["valid program rejected"]
        if verdict.get("ok"):
            return ["broken program accepted"]
        error = verdict.get("error") or {}
        found = []
        if verdict.get("stage") != expected.stage:
            found.append(f"stage {verdict.get('stage')} != {expected.stage}")
        if error.get("line") != expected.line:
            found.append(f"line {error.get('line')} != {expected.line}")
        if expected.type is not None and error.get("type") != expected.type:
            found.append(f"type {error.get('type')} != {expected.type}")
        return found


def corpus_files() -> list[Path]:
    return sorted(VALID_DIR.glob("*.py")) + sorted(BROKEN_DIR.glob("*.py"))


def first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        return handle.readline().rstrip("\r\n")


def parse_header(line: str) -> Expectation | None:
    """The expectation a header states, or None when the header is malformed."""
    if VALID_HEADER.fullmatch(line):
        return Expectation(ok=True)
    match = BROKEN_HEADER.fullmatch(line)
    if match is None or match["stage"] not in EXPECTABLE_STAGES:
        return None
    return Expectation(
        ok=False,
        stage=match["stage"],
        line=None if match["line"] == "none" else int(match["line"]),
        type=None if match["type"] == "any" else match["type"],
    )


def test_corpus_headers_are_well_formed():
    problems = []
    valid = sorted(VALID_DIR.glob("*.py"))
    broken = sorted(BROKEN_DIR.glob("*.py"))
    for path in valid + broken:
        name = path.relative_to(CORPUS_DIR)
        expectation = parse_header(first_line(path))
        if expectation is None:
            problems.append(f"{name}: malformed header {first_line(path)!r}")
            continue
        if expectation.ok != (path.parent == VALID_DIR):
            problems.append(f"{name}: header {expectation.describe()!r} in the wrong folder")
        line_count = len(path.read_text(encoding="utf-8").splitlines())
        if expectation.line is not None and not 2 <= expectation.line <= line_count:
            problems.append(f"{name}: line={expectation.line} is outside lines 2..{line_count}")
    if len(valid) < MIN_PROGRAMS_PER_KIND or len(broken) < MIN_PROGRAMS_PER_KIND:
        problems.append(f"too few programs: {len(valid)} valid, {len(broken)} broken")
    assert not problems, "\n".join(problems)


def test_header_parsing():
    assert parse_header("# expect: ok") == Expectation(ok=True)
    assert parse_header("# expect: stage=lint line=9 type=UnexpectedKeyword") == Expectation(
        False, "lint", 9, "UnexpectedKeyword"
    )
    assert parse_header("# expect: stage=find_model line=none type=any") == Expectation(
        False, "find_model", None, None
    )
    for bad in (
        "# expect: OK",
        "# expect: stage=lint line=9",
        "# expect: stage=complete line=3 type=any",
        "# expect: stage=run line=0 type=any",
        "# expect: stage=run line=3 type=Type Error",
        "#expect: stage=run line=3 type=any",
    ):
        assert parse_header(bad) is None, bad


@corpus_mark
def test_corpus(tmp_path, capsys):
    paths = corpus_files()
    expectations = {path: parse_header(first_line(path)) for path in paths}
    malformed = [path.name for path, expectation in expectations.items() if expectation is None]
    assert not malformed, f"malformed headers (see test_corpus_headers_are_well_formed): {malformed}"

    started = time.monotonic()
    outcomes = check_all(paths, expectations, tmp_path)
    elapsed = time.monotonic() - started

    report = corpus_report(outcomes, elapsed)
    mismatched = sum(1 for outcome in outcomes if outcome.problems())
    if mismatched:
        pytest.fail(f"{mismatched} corpus mismatch(es)\n{report}", pytrace=False)
    with capsys.disabled():
        print("\n" + report)


# --- running the checks ------------------------------------------------------------------


def warm_up() -> None:
    """Import what every check needs once, in this process, before the children fork."""
    import arviz  # noqa: F401
    import matplotlib.pyplot  # noqa: F401
    import pymc  # noqa: F401

    verdict = check_source("import pymc as pm\nwith pm.Model():\n    pm.Normal('x', 0, 1)\n")
    assert verdict.ok, verdict.to_json()


def check_all(paths: list[Path], expectations: dict[Path, Any], workdir: Path) -> list[Outcome]:
    warm_up()
    if not hasattr(os, "fork"):
        return [check_in_process(path, expectations[path]) for path in paths]
    return check_in_children(paths, expectations, workdir)


def check_in_process(path: Path, expected: Expectation) -> Outcome:
    begin = time.monotonic()
    verdict = json.loads(check_source(path.read_text(encoding="utf-8")).to_json())
    return Outcome(path, expected, verdict, time.monotonic() - begin)


def check_in_children(
    paths: list[Path], expectations: dict[Path, Any], workdir: Path
) -> list[Outcome]:
    queue = list(enumerate(paths))
    running: dict[int, tuple[int, Path, Path, float]] = {}  # pid -> (index, program, result, start)
    results: dict[int, Outcome] = {}
    while queue or running:
        while queue and len(running) < WORKERS:
            index, path = queue.pop(0)
            result = workdir / f"{index:04d}.json"
            running[fork_check(path, result, workdir)] = (index, path, result, time.monotonic())
        time.sleep(0.01)
        for pid, (index, path, result, start) in list(running.items()):
            seconds = time.monotonic() - start
            done, status = os.waitpid(pid, os.WNOHANG)
            if done == 0 and seconds <= PER_PROGRAM_TIMEOUT_S:
                continue
            failure = None
            if done == 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                failure = f"killed after {PER_PROGRAM_TIMEOUT_S:g} s"
            elif not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
                failure = f"child ended with wait status {status}"
            del running[pid]
            verdict = None
            if failure is None:
                try:
                    verdict = json.loads(result.read_text(encoding="utf-8"))
                except (OSError, ValueError) as exc:
                    failure = f"unreadable verdict: {exc}"
            results[index] = Outcome(path, expectations[path], verdict, seconds, failure)
    return [results[index] for index in range(len(paths))]


def fork_check(path: Path, result: Path, workdir: Path) -> int:
    source = path.read_text(encoding="utf-8")
    pid = os.fork()
    if pid != 0:
        return pid
    status = 1
    try:  # the child: check, write the verdict, leave without running pytest's exit handlers
        own_dir = workdir / f"cwd-{os.getpid()}"
        own_dir.mkdir()
        os.chdir(own_dir)  # programs may save plots to their working directory
        partial = result.with_suffix(".partial")
        partial.write_text(check_source(source).to_json(), encoding="utf-8")
        partial.rename(result)
        status = 0
    except BaseException:  # noqa: BLE001 - the parent reports the missing verdict
        pass
    finally:
        os._exit(status)


# --- the report --------------------------------------------------------------------------


def label(path: Path) -> str:
    return str(path.relative_to(CORPUS_DIR)) if path.is_relative_to(CORPUS_DIR) else str(path)


def corpus_report(outcomes: list[Outcome], elapsed: float) -> str:
    valid = sum(outcome.expected.ok for outcome in outcomes)
    lines = [
        f"corpus: {len(outcomes)} programs ({valid} valid, {len(outcomes) - valid} broken) "
        f"checked in {elapsed:.1f} s with {WORKERS} workers",
        "",
        confusion_matrix(outcomes),
    ]
    mismatched = [outcome for outcome in outcomes if outcome.problems()]
    lines += ["", f"mismatches: {len(mismatched)}"]
    for outcome in mismatched:
        lines.append(mismatch_text(outcome))
    slowest = sorted(outcomes, key=lambda outcome: outcome.seconds, reverse=True)[:5]
    lines += ["", "slowest: " + ", ".join(f"{o.path.name} {o.seconds:.1f} s" for o in slowest)]
    return "\n".join(lines)


def confusion_matrix(outcomes: list[Outcome]) -> str:
    counts = Counter((outcome.row, outcome.column) for outcome in outcomes)
    rows = [row for row in ("ok", *EXPECTABLE_STAGES) if any(r == row for r, _ in counts)]
    always = ("ok", *EXPECTABLE_STAGES)
    columns = [c for c in ACTUAL_COLUMNS if c in always or any(col == c for _, col in counts)]
    corner = "expected \\ actual"
    first = max(len(label) for label in [*rows, corner]) + 2
    width = max(len(column) for column in columns) + 2
    lines = [corner.ljust(first) + "".join(column.rjust(width) for column in columns)]
    for row in rows:
        cells = [str(counts.get((row, column), 0) or ".").rjust(width) for column in columns]
        total = sum(counts.get((row, column), 0) for column in columns)
        lines.append(row.ljust(first) + "".join(cells) + f"   ({total})")
    return "\n".join(lines)


def mismatch_text(outcome: Outcome) -> str:
    verdict = outcome.verdict or {}
    error = verdict.get("error") or {}
    message = str(error.get("message") or outcome.failure or "").strip().splitlines()
    summary = {
        "stage": verdict.get("stage"),
        "type": error.get("type"),
        "line": error.get("line"),
        "message": (message[0][:300] if message else None),
        "hint": error.get("hint"),
    }
    if outcome.expected.ok and verdict:
        summary["warnings"] = [w.get("code") for w in verdict.get("warnings", [])]
    return textwrap.indent(
        f"{label(outcome.path)}: {'; '.join(outcome.problems())}\n"
        f"  expected: {outcome.expected.describe()}\n"
        f"  verdict:  {json.dumps(summary, ensure_ascii=True)}",
        "  ",
    )
