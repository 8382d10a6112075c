"""The worker's check limits, read from the one place that defines them: the worker's
``application.properties`` (``modelcraft.sandbox.*``). ``check-model`` starts its sandbox with exactly
these, so a file checked by hand gets the limits a job's program gets."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

PROPERTIES = Path(__file__).resolve().parents[2] / "src" / "main" / "resources" / "application.properties"
PREFIX = "modelcraft.sandbox."
# property (after the prefix) -> the sandbox server's option
SERVER_OPTIONS = {
    "first-uid": "--uid",
    "memory-mib": "--memory-mib",
    "cpu-seconds": "--cpu-seconds",
    "wall-timeout": "--wall-seconds",
    "file-mib": "--file-mib",
    "processes": "--processes",
    "open-files": "--open-files",
    "nice": "--nice",
}
TMPFS_PROPERTY = "tmpfs-mib"  # the launcher's, given as MODELCRAFT_SANDBOX_TMPFS_MIB
DIAGNOSTICS = "diagnostics."  # the diagnostics tier's bounds: draws, tune, chains, budget
_EXPRESSION = re.compile(r"\$\{([A-Za-z0-9_.]+)(?::([^}]*))?\}")
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s|m|h)?$")
_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}


def sandbox_properties(path: Path = PROPERTIES, env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """``modelcraft.sandbox.*`` of the worker, by name after the prefix, with ``${VAR:default}`` resolved."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and not key.startswith(("#", "%")) and key.strip().startswith(PREFIX):
            found[key.strip().removeprefix(PREFIX)] = _resolved(value.strip(), env)
    return found


def server_options(properties: Mapping[str, str]) -> list[str]:
    """The sandbox server's limit options, every one of them, from the worker's properties."""
    missing = [name for name in SERVER_OPTIONS if name not in properties]
    if missing:
        raise ValueError(f"{PROPERTIES} does not set {', '.join(PREFIX + m for m in missing)}")
    options = []
    for name, option in SERVER_OPTIONS.items():
        value = properties[name]
        options += [option, str(seconds(value)) if name == "wall-timeout" else value]
    return options


def seconds(duration: str) -> float:
    """A Quarkus duration as seconds: ``60s``, ``500ms``, ``2m``, ``PT60S`` or a plain number of seconds."""
    text = duration.strip()
    if text.upper().startswith("PT") and text.upper().endswith("S"):
        return float(text[2:-1])
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"not a duration: {duration!r}")
    return float(match.group(1)) * _SECONDS[match.group(2)]


def _resolved(value: str, env: Mapping[str, str]) -> str:
    return _EXPRESSION.sub(lambda m: env.get(m.group(1).upper().replace(".", "_"), m.group(2) or ""), value)


def diagnostics_settings(properties: Mapping[str, str]) -> dict[str, int | float]:
    """The diagnostics tier's sampling bounds (``modelcraft.sandbox.diagnostics.*``) as a sample request's fields."""
    names = ("draws", "tune", "chains", "budget")
    missing = [name for name in names if DIAGNOSTICS + name not in properties]
    if missing:
        raise ValueError(f"{PROPERTIES} does not set {', '.join(PREFIX + DIAGNOSTICS + m for m in missing)}")
    fields: dict[str, int | float] = {name: int(properties[DIAGNOSTICS + name]) for name in names[:3]}
    fields["seconds"] = seconds(properties[DIAGNOSTICS + "budget"])
    return fields
