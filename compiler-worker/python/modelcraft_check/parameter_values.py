"""A distribution's parameters at the model's initial point, under the names the program gave them, and
which of them are outside their range or at an edge that leaves one value possible.

PyMC hands its distributions to PyTensor ops under other names (``Normal(mu, sigma)`` is ``normal(loc,
scale)``) and sometimes in another form (``Exponential(lam)`` is ``exponential(1 / lam)``). A name is shown
only when it is certain: PyTensor's own name where PyMC's signature has it too, else a known renaming.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

import numpy as np

RENAMED: dict[str, dict[str, str]] = {
    "Normal": {"loc": "mu", "scale": "sigma"},
    "HalfNormal": {"scale": "sigma"},
    "StudentT": {"df": "nu", "loc": "mu", "scale": "sigma"},
    "Poisson": {"lam": "mu"},
    "Uniform": {"low": "lower", "high": "upper"},
    "LogNormal": {"mean": "mu"},
    "Exponential": {"scale": "lam"},
}
RECIPROCAL = {("Exponential", "scale")}  # PyMC passes 1 / lam
PROBABILITIES = {"p"}
POSITIVE = {"sigma", "lam", "alpha", "beta", "nu", "tau"}
COUNT_MEANS = {("Poisson", "mu")}


@dataclass(frozen=True)
class Problem:
    """What is wrong with parameter values: ``kind`` is probability, positive, bounds or single (one outcome)."""
    kind: str
    text: str


@dataclass(frozen=True)
class Parameter:
    name: str
    value: np.ndarray
    count_mean: bool = False

    def problem(self) -> Problem | None:
        """Why this value cannot be, or leaves a single value possible; None when it is an ordinary value.
        A value that is not finite has kind "finite": it comes from elsewhere, so no advice goes with it."""
        value = np.asarray(self.value, dtype=float)
        if not np.all(np.isfinite(value)):
            return Problem("finite", f"{self.name} is not finite")
        if self.name in PROBABILITIES:
            if np.any(value < 0) or np.any(value > 1):
                return Problem("probability", f"{self.name} must be a probability, in [0, 1]")
            if np.all((value == 0) | (value == 1)):
                return Problem("single", f"{self.name} of 0 or 1 makes a single outcome possible")
        if (self.name in POSITIVE and np.any(value <= 0)) or (self.count_mean and np.any(value < 0)):
            return Problem("positive", f"{self.name} must be positive")
        if self.count_mean and np.all(value == 0):
            return Problem("single", f"{self.name} of 0 makes a single outcome possible")
        return None


def problems(known: list[Parameter]) -> list[Problem]:
    """Why these values cannot be: each parameter's own problem, then bounds in the wrong order."""
    found = [problem for problem in (p.problem() for p in known) if problem]
    by_name = {p.name: np.asarray(p.value, dtype=float) for p in known}
    if "lower" in by_name and "upper" in by_name and np.any(by_name["lower"] >= by_name["upper"]):
        found.append(Problem("bounds", "lower must be below upper"))
    return found


def parameters(distribution: str, rv: Any, values: list[Any]) -> list[Parameter]:
    """``rv``'s parameters as PyMC's ``distribution`` names them, given their ``values`` in op order;
    parameters whose PyMC name is not certain are left out."""
    import pymc

    try:
        pytensor_names = [name for name in inspect.signature(type(rv.owner.op).__call__).parameters
                          if name not in ("self", "size", "kwargs", "args")]
        pymc_names = set(inspect.signature(getattr(pymc, distribution).dist).parameters)
    except (AttributeError, TypeError, ValueError):
        return []
    if len(pytensor_names) != len(values):
        return []
    known: list[Parameter] = []
    for name, value in zip(pytensor_names, values):
        renamed = RENAMED.get(distribution, {}).get(name)
        if renamed is not None:
            array = np.asarray(value, dtype=float)
            if (distribution, name) in RECIPROCAL:
                with np.errstate(divide="ignore"):
                    array = np.reciprocal(array)
            known.append(Parameter(renamed, array, (distribution, renamed) in COUNT_MEANS))
        elif name in pymc_names:
            known.append(Parameter(name, np.asarray(value)))
    return known
