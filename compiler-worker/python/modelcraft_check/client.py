"""Talks to warm check servers from outside the sandbox: ``SandboxClient`` starts one through
``compiler-worker/bin/sandbox-server`` (the very launcher the worker uses) and checks programs in it.

``python -m modelcraft_check.client FILE [server options]`` checks one file and prints the verdict as
one JSON line (this is what ``compiler-worker/bin/check-model`` runs).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

LAUNCHER = Path(__file__).resolve().parents[2] / "bin" / "sandbox-server"


class SandboxClient:
    def __init__(self, python: str, server_options: list[str] | None = None) -> None:
        env = {"PATH": "/usr/bin:/bin"}
        if "MODELCRAFT_SANDBOX_TMPFS_MIB" in os.environ:
            env["MODELCRAFT_SANDBOX_TMPFS_MIB"] = os.environ["MODELCRAFT_SANDBOX_TMPFS_MIB"]
        self._ids = itertools.count(1)
        self._process = subprocess.Popen(
            [str(LAUNCHER), os.path.abspath(python), *(server_options or [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
        ready = self._process.stdout.readline() if self._process.stdout else ""
        if '"ready"' not in ready:
            self.close()
            raise RuntimeError(f"the sandbox did not start: {ready!r}")

    def check(self, code: str) -> dict[str, Any]:
        assert self._process.stdin and self._process.stdout
        check_id = str(next(self._ids))
        self._process.stdin.write(json.dumps({"id": check_id, "code": code}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox ended during the check")
        answer = json.loads(line)
        if answer.get("id") != check_id:
            raise RuntimeError(f"the sandbox answered out of turn: {line[:200]}")
        return answer["verdict"]

    def close(self) -> None:
        self._process.kill()
        self._process.wait()

    def __enter__(self) -> SandboxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: check-model FILE [--wall-seconds S] [--memory-mib M] ...", file=sys.stderr)
        return 2
    code = Path(argv[0]).read_text(encoding="utf-8-sig", errors="replace")
    try:
        with SandboxClient(sys.executable, argv[1:]) as client:
            verdict = client.check(code)
    except (OSError, RuntimeError) as exc:
        print(f"check-model: the checker could not run: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(verdict))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
