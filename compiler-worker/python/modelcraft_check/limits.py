"""What one check may use, and the privileged steps around a check: dropping to the check's uid,
setting its resource limits, and killing whatever the check left running."""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import resource
import shutil
import signal

from .verdict import CheckError, Verdict

MIB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class CheckLimits:
    uid: int
    memory_mib: int
    cpu_seconds: int
    wall_seconds: float
    file_mib: int
    processes: int
    open_files: int
    # Checks yield the CPU to the services around them: a check costs seconds, a message hop milliseconds.
    nice: int

    @staticmethod
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        """Every limit is required: the worker's ``application.properties`` defines them, nothing here."""
        parser.add_argument("--uid", type=int, required=True, help="checks run as this unprivileged uid and the next one, in turn")
        parser.add_argument("--memory-mib", type=int, required=True, help="address space a check may add")
        parser.add_argument("--cpu-seconds", type=int, required=True)
        parser.add_argument("--wall-seconds", type=float, required=True)
        parser.add_argument("--file-mib", type=int, required=True, help="largest file a check may write")
        parser.add_argument("--processes", type=int, required=True, help="processes and threads of the check uid")
        parser.add_argument("--open-files", type=int, required=True)
        parser.add_argument("--nice", type=int, required=True, help="scheduling niceness added to each check (0-19)")

    @staticmethod
    def from_arguments(args: argparse.Namespace) -> CheckLimits:
        return CheckLimits(args.uid, args.memory_mib, args.cpu_seconds, args.wall_seconds,
                           args.file_mib, args.processes, args.open_files, args.nice)

    def with_extra_seconds(self, seconds: float) -> CheckLimits:
        """The same limits with ``seconds`` more wall-clock and CPU time (a sample-mode check)."""
        return dataclasses.replace(self, wall_seconds=self.wall_seconds + seconds,
                                   cpu_seconds=self.cpu_seconds + math.ceil(seconds))

    def apply(self) -> None:
        """Sets the limits of the calling process (inherited by anything it starts)."""
        address_space = _current_address_space() + self.memory_mib * MIB
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_CPU, (self.cpu_seconds, self.cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.file_mib * MIB, self.file_mib * MIB))
        resource.setrlimit(resource.RLIMIT_NPROC, (self.processes, self.processes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (self.open_files, self.open_files))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if self.nice > 0:
            os.nice(self.nice)

    def translate(self, verdict: Verdict) -> Verdict:
        """A MemoryError is the memory limit at work: report it as the sandbox's, not the program's."""
        if verdict.error is None or not verdict.error.type.endswith("MemoryError"):
            return verdict
        return dataclasses.replace(verdict, stage="sandbox", error=dataclasses.replace(
            verdict.error, message=f"killed: memory limit of {self.memory_mib} MiB reached"))


def drop_privileges(limits: CheckLimits) -> None:
    """Limits first (lowering needs no privilege), then the uid switch that clears every capability."""
    limits.apply()
    os.setgroups([])
    os.setresgid(limits.uid, limits.uid, limits.uid)
    os.setresuid(limits.uid, limits.uid, limits.uid)


def kill_everything_of(uid: int) -> None:
    """Kills every process of ``uid`` by asking a helper with that uid to signal all it can."""
    for _ in range(3):
        if not _has_processes(uid):
            return
        pid = os.fork()
        if pid == 0:
            try:
                os.setgroups([])
                os.setresgid(uid, uid, uid)
                os.setresuid(uid, uid, uid)
                os.kill(-1, signal.SIGKILL)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)


def _has_processes(uid: int) -> bool:
    """Whether any process in this PID namespace has ``uid`` (the sandbox sees only its own)."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.stat(f"/proc/{entry}").st_uid == uid:
                return True
        except OSError:
            continue
    return False


def remove_tree(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)


def _current_address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def sandbox_error(message: str) -> CheckError:
    return CheckError(type="SandboxLimit", message=message)
