"""A child forked ahead of its check: already under the check's uid, limits and directory, and
(optionally) warmed by a throw-away check, so that the copy-on-write faults and the fork itself are
paid while the server waits instead of while a caller does. It reads its program from a pipe and
answers on another. A sample-mode child is forked for its check, with its sample settings."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Any

from .cli import fallback_verdict, write_line
from .data_files import DataFiles, write_data_files
from .limits import CheckLimits, drop_privileges
from .sampling import SampleSettings

WARM_UP_PROGRAM = """
import pymc as pm
with pm.Model() as warm_up:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=[0.0, 1.0])
    pm.sample()
"""


@dataclass(frozen=True)
class SpareChild:
    pid: int
    limits: CheckLimits
    check_dir: str
    program_fd: int
    verdict_fd: int


def fork_spare(limits: CheckLimits, check_dir: str, warm: bool,
               sampling: SampleSettings | None = None) -> SpareChild:
    os.makedirs(check_dir, mode=0o700)
    os.chown(check_dir, limits.uid, limits.uid)
    program_read, program_write = os.pipe()
    verdict_read, verdict_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        _run_child(limits, check_dir, program_read, verdict_write, warm, sampling)
    os.close(program_read)
    os.close(verdict_write)
    return SpareChild(pid, limits, check_dir, program_write, verdict_read)


def hand_over(spare: SpareChild, code: str, problem: str | None = None, files: DataFiles | None = None) -> bool:
    """Sends the program, the problem it answers and its data files, if known; False when the spare is gone."""
    data = json.dumps({"code": code, "problem": problem, "files": files}).encode("utf-8", errors="replace")
    try:
        while data:
            data = data[os.write(spare.program_fd, data):]
    except OSError:
        return False
    finally:
        os.close(spare.program_fd)
    return True


def _run_child(limits: CheckLimits, check_dir: str, program_fd: int, verdict_fd: int, warm: bool,
               sampling: SampleSettings | None) -> None:
    status = 1
    me = os.getpid()
    try:
        os.setsid()
        drop_privileges(limits)
        os.chdir(check_dir)
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        _close_all_but((0, 1, 2, program_fd, verdict_fd))
        os.environ.update({"HOME": check_dir, "TMPDIR": check_dir})
        from .ladder import check_source

        if warm:
            check_source(WARM_UP_PROGRAM)
        request = _read_request(program_fd)
        if request is None:
            return
        try:
            write_data_files(request.get("files"), check_dir)
        except OSError as exc:  # the sandbox's disk is full: a verdict that says so, not a dead check
            status = 0 if write_line(verdict_fd, fallback_verdict(
                "DataFilesRefused", f"the data files could not be written: {exc}", time.monotonic())) else 1
            return
        verdict = check_source(request["code"], started=time.monotonic(), sampling=sampling,
                               problem=request.get("problem"), seconds=limits.wall_seconds)
        if os.getpid() == me:  # processes the program forked come back here too; only the check answers
            status = 0 if write_line(verdict_fd, limits.translate(verdict).to_json()) else 1
    finally:
        os._exit(status)


def _read_request(fd: int) -> dict[str, Any] | None:
    """What the server sent; None when it closed the pipe without sending (a discarded spare)."""
    received = bytearray()
    while chunk := os.read(fd, 1 << 16):
        received += chunk
    os.close(fd)
    return json.loads(received.decode("utf-8", errors="replace")) if received else None


def _close_all_but(keep: tuple[int, ...]) -> None:
    """The server's own pipes (its answers to the worker above all) must not reach the check."""
    bounds = [-1, *sorted(set(keep)), os.sysconf("SC_OPEN_MAX")]
    for low, high in zip(bounds, bounds[1:]):
        if high - low > 1:  # os.closerange(n, n) closes every descriptor from n on
            os.closerange(low + 1, high)
