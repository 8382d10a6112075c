"""The warm check server: pays for ``import pymc`` and a first graph build once, then runs each check
in a fresh forked child under an unprivileged uid with its own resource limits.

Runs inside the sandbox (see ``compiler-worker/bin/sandbox-server``) as uid 0 holding only
CAP_SETUID and CAP_SETGID, which the children give up when they switch uid: a check cannot signal,
trace or read the server, and everything it leaves behind is killed by uid after it.

Protocol on stdin/stdout, one JSON object per line: the server prints ``{"ready": true, ...}`` once
warm, then answers each ``{"id": ..., "code": ...}`` with ``{"id": ..., "verdict": {...}}``. A request
with ``"sample": {"draws": ..., "tune": ..., "chains": ..., "seconds": ...}`` (any field may be left out)
is a sample-mode check: its limits get the sampling budget on top (see :mod:`.sampling`). ``"files": {NAME:
BASE64, ...}`` are data files the program finds in its working directory (see :mod:`.data_files`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from dataclasses import dataclass
from typing import get_args

from .cli import fallback_verdict, write_line
from .data_files import DataFiles, data_files
from .limits import MIB, CheckLimits, kill_everything_of, remove_tree
from .outcome import verdict_for_dead_child
from .sampling import SampleSettings
from .spare import WARM_UP_PROGRAM, SpareChild, fork_spare, hand_over
from .verdict import Stage

NOT_A_VERDICT = "the check answered with something that is not a verdict"


@dataclass(frozen=True)
class ServerSettings:
    work_root: str
    limits: CheckLimits
    warm_spares: bool = False

    def limits_for(self, sequence: int) -> CheckLimits:
        """Checks alternate between two uids, so that the spare prepared during a check is never
        killed with what that check leaves behind."""
        return dataclasses.replace(self.limits, uid=self.limits.uid + sequence % 2)


def warm_up() -> None:
    """Everything a check would otherwise load lazily, and lose again with its child, is loaded here."""
    from .environment import apply_defaults

    apply_defaults()
    import arviz  # noqa: F401
    import matplotlib.pyplot  # noqa: F401
    import pymc
    import scipy.stats  # noqa: F401

    from .hints import parameter_meanings
    from .ladder import check_source
    from .pymc_api import member
    from .wrapper_keywords import call_keywords

    for name in dir(pymc):
        member("pymc", name)
        value = getattr(pymc, name, None)
        for named in (True, False):
            if call_keywords(value, named) is not None:
                parameter_meanings(value)
    member("pymc", "NoSuchName")  # the first miss loads ArviZ's plotting and stats modules
    check_source(WARM_UP_PROGRAM)
    import gc

    # Everything loaded so far outlives every check: keeping the collector off it spares each forked
    # child from touching (and so copying) those pages.
    gc.collect()
    gc.freeze()


class CheckRunner:
    """Runs checks one at a time, each in a spare child prepared while the previous one ran."""

    def __init__(self, settings: ServerSettings) -> None:
        self._settings = settings
        self._sequence = 0
        # Only the server may make entries here: a check could otherwise squat the next check's directory.
        os.makedirs(os.path.join(settings.work_root, "checks"), mode=0o711, exist_ok=True)
        self._spare = self._prepare()

    @property
    def largest_file_bytes(self) -> int:
        """A data file may be as large as a file a check may write (``--file-mib``)."""
        return self._settings.limits.file_mib * MIB

    def _prepare(self, warm: bool | None = None, sampling: SampleSettings | None = None) -> SpareChild:
        self._sequence += 1
        limits = self._settings.limits_for(self._sequence)
        if sampling is not None:
            limits = limits.with_extra_seconds(sampling.sandbox_seconds)
        check_dir = os.path.join(self._settings.work_root, "checks", str(self._sequence))
        return fork_spare(limits, check_dir, self._settings.warm_spares if warm is None else warm, sampling)

    def run(self, code: str, sampling: SampleSettings | None = None, problem: str | None = None,
            files: DataFiles | None = None) -> str:
        """Runs one check (a sample-mode one with ``sampling``, one that holds the program to ``problem`` when
        given, with ``files`` in its directory); returns the verdict as one JSON line."""
        started = time.monotonic()
        if sampling is not None:
            return self._run_sampling(code, sampling, started, problem, files)
        current = self._spare
        if not hand_over(current, code, problem, files):  # the spare died while waiting: take a fresh, unwarmed one
            _finish(current, started)
            current = self._prepare(warm=False)
            hand_over(current, code, problem, files)
        del code
        self._spare = self._prepare()
        return _finish(current, started)

    def _run_sampling(self, code: str, sampling: SampleSettings, started: float, problem: str | None,
                      files: DataFiles | None) -> str:
        # The waiting spare already holds an ordinary check's limits, which it cannot raise again: it
        # gives way to a child forked with room for sampling, under the other uid of the pair.
        _discard(self._spare)
        current = self._prepare(warm=False, sampling=sampling)
        hand_over(current, code, problem, files)
        del code
        self._spare = self._prepare()
        return _finish(current, started)


def _discard(child: SpareChild) -> None:
    """Ends a spare that never got a program: it reads the end of its pipe, or is killed while warming."""
    os.close(child.program_fd)
    kill_everything_of(child.limits.uid)
    os.waitpid(child.pid, 0)
    os.close(child.verdict_fd)
    kill_everything_of(child.limits.uid)
    remove_tree(child.check_dir)


def _finish(child: SpareChild, started: float) -> str:
    limits = child.limits
    try:
        answer, timed_out = _read_answer(child.verdict_fd, started + limits.wall_seconds)
        if timed_out:
            kill_everything_of(limits.uid)
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        os.close(child.verdict_fd)
        kill_everything_of(limits.uid)
        remove_tree(child.check_dir)
    if answer == NOT_A_VERDICT:
        return verdict_for_dead_child(status, False, limits, time.monotonic() - started, 0.0, NOT_A_VERDICT)
    if answer and not timed_out:
        return answer
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return verdict_for_dead_child(status, timed_out, limits, time.monotonic() - started, cpu_seconds)


def _read_answer(fd: int, deadline: float) -> tuple[str, bool]:
    """The first line written to the verdict pipe, if it is one JSON object; ("", True) on timeout."""
    import select

    received = b""
    while b"\n" not in received:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return "", True
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        data = os.read(fd, 65536)
        if not data:
            break
        received += data
    line = received.split(b"\n", 1)[0].decode(errors="replace").strip()
    try:
        return (line, False) if _looks_like_a_verdict(json.loads(line)) else (NOT_A_VERDICT, False)
    except ValueError:
        return "", False


def _looks_like_a_verdict(answer: object) -> bool:
    """The check's process writes its own verdict, so a program can write something else there first."""
    return (isinstance(answer, dict) and isinstance(answer.get("ok"), bool)
            and answer.get("stage") in get_args(Stage) and isinstance(answer.get("versions"), dict))


def serve(settings: ServerSettings) -> None:
    out_fd = os.dup(1)
    os.dup2(2, 1)
    warm_up()
    runner = CheckRunner(settings)
    write_line(out_fd, json.dumps({"ready": True, "pid": os.getpid()}))
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        check_id = json.dumps(str(request["id"]))
        verdict = _answer(runner, request)
        write_line(out_fd, '{"id": ' + check_id + ', "verdict": ' + verdict + "}")


def _answer(runner: CheckRunner, request: dict) -> str:
    started = time.monotonic()
    try:
        sampling = None if request.get("sample") is None else SampleSettings.from_request(request["sample"])
    except (TypeError, ValueError) as exc:
        return fallback_verdict("BadRequest", f"the sample settings are invalid: {exc}", started)
    problem = request.get("problem")
    if problem is not None and not isinstance(problem, str):
        return fallback_verdict("BadRequest", "the problem must be a string", started)
    try:
        files = data_files(request.get("files"), runner.largest_file_bytes)
    except ValueError as exc:
        return fallback_verdict("BadRequest", f"the data files are refused: {exc}", started)
    return runner.run(request.pop("code"), sampling, problem, files)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="warm PyMC check server (runs inside the sandbox)")
    parser.add_argument("--work-root", required=True)
    parser.add_argument("--warm-spares", action="store_true",
                        help="warm each prepared child with a throw-away check: faster checks after idle "
                             "time, fewer checks per minute when busy")
    CheckLimits.add_arguments(parser)
    args = parser.parse_args(argv)
    serve(ServerSettings(args.work_root, CheckLimits.from_arguments(args), args.warm_spares))


if __name__ == "__main__":
    main()
