"""What the installed PyMC offers: its public names, which of them are deprecated, and
which are distributions.

Everything here is read from the installed library (attributes, warnings, docstrings),
never from a list written down for one version, so the lint stays true when PyMC changes.
Results are cached per process with ``functools.lru_cache``.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import sys
import warnings
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

MemberStatus = Literal["present", "deprecated", "missing", "unknown"]

_WARNING_KINDS = (DeprecationWarning, FutureWarning, PendingDeprecationWarning)


@dataclass(frozen=True)
class Member:
    """One attribute of a module: whether it is there, and what it is."""

    status: MemberStatus
    value: Any = None
    note: str | None = None  # the deprecation message, for "deprecated"


def pymc_version() -> str:
    import pymc

    return str(getattr(pymc, "__version__", "?"))


def member(module_name: str, name: str) -> Member:
    """Look ``name`` up on the already imported module ``module_name``.

    "deprecated": handed out by the module's ``__getattr__`` with a deprecation warning
    (PyMC's shim for names it moved away), or documented as deprecated.
    "unknown": cannot be told without importing more (e.g. a submodule not loaded yet).
    """
    module = sys.modules.get(module_name)
    if module is None:
        return Member("unknown")  # not cached: the module may be imported later
    return _member(module, name)


@functools.lru_cache(maxsize=1024)
def _member(module: ModuleType, name: str) -> Member:
    module_name = module.__name__
    if name in vars(module):
        value = vars(module)[name]
        note = None if isinstance(value, ModuleType) else documented_deprecation(value)
        return Member("deprecated" if note else "present", value, note)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = getattr(module, name)
        except AttributeError:
            value = _MISSING
        except Exception:  # noqa: BLE001 - a lazy import failing: cannot tell
            return Member("unknown")
    if value is _MISSING:
        return Member("unknown") if _is_submodule(module_name, name) else Member("missing")
    notes = [str(w.message) for w in caught if issubclass(w.category, _WARNING_KINDS)]
    if notes:
        return Member("deprecated", value, notes[0])
    return Member("present", value)


_MISSING = object()


def documented_deprecation(value: Any) -> str | None:
    """The deprecation notice of an object whose own docstring declares it deprecated.

    Either a top-level ``.. deprecated::`` directive (its first line of text) or a summary
    line saying "deprecated"; a directive indented under one parameter does not count.
    """
    try:
        lines = (inspect.getdoc(value) or "").splitlines()
    except Exception:  # noqa: BLE001
        return None
    if lines and "deprecated" in lines[0].lower():
        return lines[0].strip()
    for index, line in enumerate(lines):
        if line.startswith(".. deprecated::"):
            body = [text.strip() for text in lines[index + 1 : index + 4] if text.strip()]
            return " ".join(body) or line
    return None


def _is_submodule(module_name: str, name: str) -> bool:
    try:
        return importlib.util.find_spec(f"{module_name}.{name}") is not None
    except (ImportError, ValueError):
        return False


def public_names(module_name: str) -> list[str]:
    module = sys.modules.get(module_name)
    return [] if module is None else [n for n in dir(module) if not n.startswith("_")]


def resolve(path: tuple[str, ...]) -> Any | None:
    """The object a dotted path (``("pymc", "math", "exp")``) names, if it surely exists."""
    if not path or path[0] != "pymc":
        return None
    import pymc

    obj: Any = pymc
    for name in path[1:]:
        if isinstance(obj, ModuleType):
            found = member(obj.__name__, name)
            if found.status not in ("present", "deprecated"):
                return None
            obj = found.value
        else:
            obj = inspect.getattr_static(obj, name, _MISSING)
            if obj is _MISSING:
                return None
    return obj


def is_distribution(obj: Any) -> bool:
    """A concrete ``pymc.distributions.Distribution`` subclass (one with an ``rv_op``).

    Inherited, not merely an ``issubclass`` of the ABC: Ops like ``DiracDeltaRV`` pass that.
    """
    from pymc.distributions import Distribution

    return (
        isinstance(obj, type)
        and Distribution in obj.__mro__
        and inspect.getattr_static(obj, "rv_op", None) is not None
    )


def own_parameters(cls: type) -> tuple[inspect.Parameter, ...]:
    """Parameters of ``cls.dist`` as a user sees them (no ``cls``)."""
    try:
        return tuple(inspect.signature(cls.dist).parameters.values())  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return ()
