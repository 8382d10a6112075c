"""The command line: read the program, check it, print the verdict as the last stdout line.

The real stdout is set aside at the file-descriptor level before anything else happens, and
fd 1 is pointed at stderr: nothing the checked program (or a C extension) writes can land
after, or inside, the verdict line.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Sequence

USAGE = "usage: python -m modelcraft_check [FILE]   (reads the program from stdin without FILE)"


def main(argv: Sequence[str], started: float | None = None) -> int:
    """Run one check; 0 when a verdict was printed, 1 when not even that was possible."""
    begin = time.monotonic() if started is None else started
    verdict_fd = set_stdout_aside()
    try:
        from .environment import apply_defaults

        apply_defaults()
        if len(argv) > 1 or (argv and argv[0] in ("-h", "--help")):
            line = fallback_verdict("UsageError", USAGE, begin)
        else:
            text = read_source(argv[0] if argv else None)
            from .ladder import check_source

            line = check_source(text, started=begin).to_json()
    except BaseException as exc:  # noqa: BLE001 - report even a KeyboardInterrupt
        line = fallback_verdict(
            type(exc).__name__, f"the checker failed: {exc}", begin, traceback.format_exc()
        )
    return 0 if write_line(verdict_fd, line) else 1


def set_stdout_aside() -> int:
    """Duplicate fd 1 for the verdict; send whatever else is written to fd 1 to stderr."""
    try:
        sys.stdout.flush()
    except Exception:  # noqa: BLE001
        pass
    verdict_fd = os.dup(1)
    try:
        os.dup2(2, 1)
    except OSError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    return verdict_fd


def read_source(path: str | None) -> str:
    if path is None or path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    return data.decode("utf-8-sig", errors="replace")


def write_line(fd: int, line: str) -> bool:
    data = (line.replace("\n", " ") + "\n").encode("utf-8")
    try:
        while data:
            written = os.write(fd, data)
            data = data[written:]
    except OSError:
        return False
    return True


def fallback_verdict(kind: str, message: str, begin: float, debug: str | None = None) -> str:
    """A verdict built with nothing but the standard library, for when the checker broke."""
    versions = {"python": platform.python_version()}
    try:
        from .environment import collect_versions

        versions = collect_versions()
    except Exception:  # noqa: BLE001
        pass
    return json.dumps(
        {
            "ok": False,
            "stage": "internal",
            "error": {
                "type": kind,
                "message": message,
                "line": None,
                "column": None,
                "source_line": None,
                "traceback": [],
                "hint": None,
                "debug": debug,
            },
            "warnings": [],
            "summary": None,
            "versions": versions,
            "duration_ms": max(0, round((time.monotonic() - begin) * 1000)),
            "posterior": None,
        },
        ensure_ascii=True,
        separators=(",", ":"),
    )
