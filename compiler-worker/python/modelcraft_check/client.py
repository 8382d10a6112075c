"""Talks to warm check servers from outside the sandbox: ``SandboxClient`` starts one through
``compiler-worker/bin/sandbox-server`` (the very launcher the worker uses) and checks programs in it.

``python -m modelcraft_check.client FILE [--sample [--draws N] [--tune N] [--chains N]
[--sample-seconds S]] [server options]`` checks one file and prints the verdict as one JSON line (this
is what ``compiler-worker/bin/check-model`` runs); ``--sample`` makes it a sample-mode check, with the worker's
diagnostics bounds for whatever it does not give; ``--plots DIR`` writes its plots there as PNG files;
``--data DIR`` gives the program the files in DIR, in its working directory.
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

from .sampling import SampleSettings
from .worker_limits import TMPFS_PROPERTY, diagnostics_settings, sandbox_properties
from .worker_limits import server_options as worker_server_options

LAUNCHER = Path(__file__).resolve().parents[2] / "bin" / "sandbox-server"


class SandboxClient:
    """A sandbox with the worker's limits (see :mod:`.worker_limits`); ``server_options`` given override them."""

    def __init__(self, python: str, server_options: list[str] | None = None) -> None:
        limits = sandbox_properties()
        env = {"PATH": "/usr/bin:/bin",
               "MODELCRAFT_SANDBOX_TMPFS_MIB": os.environ.get("MODELCRAFT_SANDBOX_TMPFS_MIB", limits[TMPFS_PROPERTY])}
        self._ids = itertools.count(1)
        self._process = subprocess.Popen(
            [str(LAUNCHER), os.path.abspath(python), *worker_server_options(limits), *(server_options or [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
        ready = self._process.stdout.readline() if self._process.stdout else ""
        if '"ready"' not in ready:
            self.close()
            raise RuntimeError(f"the sandbox did not start: {ready!r}")

    def check(self, code: str, sampling: SampleSettings | None = None,
              files: dict[str, bytes] | None = None) -> dict[str, Any]:
        """One check; with ``sampling``, a sample-mode check; with ``files``, data files in its directory."""
        fields: dict[str, Any] = {"code": code}
        if sampling is not None:
            fields["sample"] = sampling.to_request()
        if files:
            fields["files"] = {name: base64.b64encode(content).decode("ascii") for name, content in files.items()}
        return self.request(fields)

    def request(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Sends one request of the server's protocol (its id is added here); returns the verdict."""
        assert self._process.stdin and self._process.stdout
        check_id = str(next(self._ids))
        self._process.stdin.write(json.dumps({**fields, "id": check_id}) + "\n")
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
        print("usage: check-model FILE [--data DIR] [--sample [--draws N] [--tune N] [--chains N] [--sample-seconds S] "
              "[--plots DIR]]"
              " [--wall-seconds S] [--memory-mib M] ...", file=sys.stderr)
        return 2
    try:
        path, sampling, server_options, plots_dir, data_dir = parse_arguments(argv)
        files = read_data_files(data_dir)
    except (ValueError, OSError) as exc:
        print(f"check-model: {exc}", file=sys.stderr)
        return 2
    code = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    try:
        with SandboxClient(sys.executable, server_options) as client:
            verdict = client.check(code, sampling, files)
        if plots_dir is not None:
            save_plots(verdict, plots_dir)
    except (OSError, RuntimeError) as exc:
        print(f"check-model: the checker could not run: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(verdict))
    return 0


def save_plots(verdict: dict[str, Any], directory: Path) -> None:
    """Writes a sample-mode verdict's plots as DIR/NAME.png and puts their paths in the verdict instead."""
    posterior = verdict.get("posterior") or {}
    plots = posterior.get("plots") or {}
    if plots:
        directory.mkdir(parents=True, exist_ok=True)
    for name, image in plots.items():
        target = directory / f"{name}.png"
        target.write_bytes(base64.b64decode(image))
        plots[name] = str(target.resolve())


class Arguments(NamedTuple):
    file: str
    sampling: SampleSettings | None  # None without --sample
    server_options: list[str]  # the options left for the sandbox server
    plots: Path | None = None  # where --plots writes the PNG files
    data: Path | None = None  # --data: a directory whose files the program finds in its working directory


def read_data_files(directory: Path | None) -> dict[str, bytes] | None:
    """The regular files directly in ``directory``, by name (the server says which it refuses)."""
    if directory is None:
        return None
    if not directory.is_dir():
        raise ValueError(f"--data {directory}: not a directory")
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir()) if path.is_file()}


def parse_arguments(argv: list[str]) -> Arguments:
    parser = argparse.ArgumentParser(prog="check-model", allow_abbrev=False, add_help=False,
                                     exit_on_error=False)
    parser.add_argument("file")
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--draws", type=int)
    parser.add_argument("--tune", type=int)
    parser.add_argument("--chains", type=int)
    parser.add_argument("--sample-seconds", type=float)
    parser.add_argument("--plots", type=Path)
    parser.add_argument("--data", type=Path)
    try:
        args, server_options = parser.parse_known_args(argv)
    except argparse.ArgumentError as exc:
        raise ValueError(str(exc)) from exc
    given = {name: value for name, value in (("draws", args.draws), ("tune", args.tune),
             ("chains", args.chains), ("seconds", args.sample_seconds)) if value is not None}
    if not args.sample:
        if given or args.plots is not None:
            raise ValueError("--draws, --tune, --chains, --sample-seconds and --plots need --sample")
        return Arguments(args.file, None, server_options, None, args.data)
    sampling = SampleSettings(**{**diagnostics_settings(sandbox_properties()), **given})
    return Arguments(args.file, sampling, server_options, args.plots, args.data)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
