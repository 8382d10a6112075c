"""The warm check server: pays for ``import pymc`` and a first graph build once, then runs each check
in a fresh forked child under an unprivileged uid with its own resource limits.

Runs inside the sandbox (see ``compiler-worker/bin/sandbox-server``) as uid 0 holding only
CAP_SETUID and CAP_SETGID, which the children give up when they switch uid: a check cannot signal,
trace or read the server, and everything it leaves behind is killed by uid after it.

Protocol on stdin/stdout, one JSON object per line: the server prints ``{"ready": true, ...}`` once
warm, then answers each ``{"id": ..., "code": ...}`` with ``{"id": ..., "verdict": {...}}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass

from .cli import write_line
from .limits import CheckLimits, drop_privileges, kill_everything_of, remove_tree
from .outcome import verdict_for_dead_child

WARM_UP_PROGRAM = """
import pymc as pm
with pm.Model() as warm_up:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=[0.0, 1.0])
    pm.sample()
"""


@dataclass(frozen=True)
class ServerSettings:
    work_root: str
    limits: CheckLimits


def warm_up() -> None:
    """Everything a check would otherwise load lazily, and lose again with its child, is loaded here."""
    from .environment import apply_defaults

    apply_defaults()
    import arviz  # noqa: F401
    import matplotlib.pyplot  # noqa: F401
    import pymc
    import scipy.stats  # noqa: F401

    from .dist_keywords import accepted_keywords
    from .hints import parameter_meanings
    from .ladder import check_source
    from .pymc_api import is_distribution, member

    for name in dir(pymc):
        member("pymc", name)
        value = getattr(pymc, name, None)
        if is_distribution(value):
            accepted_keywords(value, True)
            accepted_keywords(value, False)
            parameter_meanings(value)
    member("pymc", "NoSuchName")  # the first miss loads ArviZ's plotting and stats modules
    check_source(WARM_UP_PROGRAM)
    import gc

    # Everything loaded so far outlives every check: keeping the collector off it spares each forked
    # child from touching (and so copying) those pages.
    gc.collect()
    gc.freeze()


def run_check(settings: ServerSettings, check_id: str, code: str) -> str:
    """Runs one check in a forked child; returns the verdict as one JSON line."""
    limits = settings.limits
    check_dir = os.path.join(settings.work_root, f"check-{check_id}")
    os.makedirs(check_dir, mode=0o700)
    os.chown(check_dir, limits.uid, limits.uid)
    started = time.monotonic()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(limits, check_dir, code, write_end, started)
    os.close(write_end)
    try:
        answer, timed_out = _read_answer(read_end, started + limits.wall_seconds)
        if timed_out:
            kill_everything_of(limits.uid)
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(read_end)
        kill_everything_of(limits.uid)
        remove_tree(check_dir)
    if answer and not timed_out:
        return answer
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return verdict_for_dead_child(status, timed_out, limits, time.monotonic() - started, cpu_seconds)


def _child(limits: CheckLimits, check_dir: str, code: str, verdict_fd: int, started: float) -> None:
    status = 1
    me = os.getpid()
    try:
        os.setsid()
        drop_privileges(limits)
        os.chdir(check_dir)
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.environ.update({"HOME": check_dir, "TMPDIR": check_dir})
        from .ladder import check_source

        verdict = check_source(code, started=started)
        if os.getpid() == me:  # processes the program forked come back here too; only the check answers
            status = 0 if write_line(verdict_fd, limits.translate(verdict).to_json()) else 1
    finally:
        os._exit(status)


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
        return (line, False) if isinstance(json.loads(line), dict) else ("", False)
    except ValueError:
        return "", False


def serve(settings: ServerSettings) -> None:
    out_fd = os.dup(1)
    os.dup2(2, 1)
    warm_up()
    write_line(out_fd, json.dumps({"ready": True, "pid": os.getpid()}))
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        verdict = run_check(settings, str(request["id"]), request["code"])
        write_line(out_fd, '{"id": ' + json.dumps(str(request["id"])) + ', "verdict": ' + verdict + "}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="warm PyMC check server (runs inside the sandbox)")
    parser.add_argument("--work-root", required=True)
    CheckLimits.add_arguments(parser)
    args = parser.parse_args(argv)
    serve(ServerSettings(args.work_root, CheckLimits.from_arguments(args)))


if __name__ == "__main__":
    main()
