"""The verdict of a check whose child died or was killed before it could answer."""

from __future__ import annotations

import signal

from .environment import collect_versions
from .limits import CheckLimits, sandbox_error
from .verdict import Verdict


def verdict_for_dead_child(status: int, timed_out: bool, limits: CheckLimits, elapsed_s: float,
                          cpu_seconds: float, reason: str | None = None) -> str:
    reason = reason or _reason(status, timed_out, limits, cpu_seconds)
    return Verdict(ok=False, stage="sandbox", error=sandbox_error(reason),
                   warnings=(), summary=None, versions=collect_versions(),
                   duration_ms=round(elapsed_s * 1000)).to_json()


def _reason(status: int, timed_out: bool, limits: CheckLimits, cpu_seconds: float) -> str:
    if timed_out:
        return f"killed: wall-clock limit of {limits.wall_seconds:g} s exceeded"
    if not _signalled(status):
        return f"the check ended with exit status {status >> 8} without a verdict"
    sig = status & 0x7F
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu_seconds >= limits.cpu_seconds):
        return f"killed: CPU time limit of {limits.cpu_seconds} s exceeded"
    if sig == signal.SIGXFSZ:
        return f"killed: file size limit of {limits.file_mib} MiB exceeded"
    if sig == signal.SIGSEGV:
        return "crashed: segmentation fault (often the memory limit hit inside native code)"
    return f"killed by signal {signal.Signals(sig).name}"


def _signalled(status: int) -> bool:
    return (status & 0x7F) not in (0, 0x7F)
