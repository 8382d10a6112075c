"""Process settings that must be in place before PyTensor or PyMC is imported."""

from __future__ import annotations

import functools
import os
import platform
import tempfile
from collections.abc import MutableMapping
from importlib import metadata

PACKAGES_REPORTED = ("pymc", "pytensor", "arviz")


def apply_defaults(environ: MutableMapping[str, str] | None = None) -> None:
    """Fill in the settings the caller should have given, never overriding a given value.

    PyTensor reads ``PYTENSOR_FLAGS`` once, at import, so this has to run first.
    FAST_COMPILE uses the pure-Python linker: a check pays for building the graph, not for
    compiling C or Numba code it will run once. ``cxx=`` keeps PyTensor from building its
    C helper module (about 0.7 s in a fresh compile dir), which FAST_COMPILE does not use.
    The compile dir is not called ``pytensor``:
    PyTensor puts an ``__init__.py`` in it, and a folder of that name on ``sys.path``
    would shadow the real package.
    """
    env = os.environ if environ is None else environ
    tmp = env.get("TMPDIR") or tempfile.gettempdir()
    if not env.get("PYTENSOR_FLAGS"):
        compiledir = os.path.join(tmp, "pytensor_compiledir")
        env["PYTENSOR_FLAGS"] = f"mode=FAST_COMPILE,cxx=,compiledir={compiledir}"
    if not env.get("MPLBACKEND"):
        env["MPLBACKEND"] = "Agg"
    if not env.get("HOME"):
        env["HOME"] = tmp
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        if not env.get(name):
            env[name] = "1"


def collect_versions() -> dict[str, str]:
    """Versions of Python and the checked stack, read without importing the packages."""
    return dict(_versions())


@functools.lru_cache(maxsize=1)
def _versions() -> tuple[tuple[str, str], ...]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES_REPORTED:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return tuple(versions.items())
