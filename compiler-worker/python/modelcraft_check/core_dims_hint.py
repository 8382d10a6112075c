"""A hint for a multivariate distribution given a parameter with too few dimensions.

PyTensor says only ``zip() argument 2 is longer than argument 1``. The 1.5B model wrote it for the dice
(``p = pm.math.stack([1/6, 1/8, 1/12])[die]``, then ``pm.Multinomial("obs", n=3, p=p, observed=rolls)``) and
the loaded die (``pm.Multinomial("obs", n=2, p=p_six, observed=[6, 6])``): one probability picked by an index
where the distribution takes one per category. The dimensions its parameters need come from the installed
distribution's own signature (``MultinomialRV.signature``: ``(),(p)->(p)``, n a number and p a vector).
"""

from __future__ import annotations

import inspect
import re
from typing import Any

MESSAGE = "zip() argument 2 is longer than argument 1"
_SHAPES = {1: "a vector", 2: "a matrix"}
_CORE = re.compile(r"\(([^)]*)\)")


def input_dimensions(cls: Any) -> list[int]:
    """How many dimensions each input of ``cls``'s random variable takes, from its signature, ``(),(p)->(p)``."""
    signature = getattr(getattr(cls, "rv_type", None), "signature", None)
    if not isinstance(signature, str) or "->" not in signature:
        return []
    inputs = signature.split("->")[0]
    return [len([dim for dim in core.split(",") if dim.strip()]) for core in _CORE.findall(inputs)]


def needed_dimensions(cls: Any) -> dict[str, int]:
    """The parameters of ``cls`` that take at least one dimension, by name, where its call names them in the order
    of its random variable's inputs (as many positional parameters as inputs: Multinomial's n and p, MvNormal's mu
    and cov); empty where it does not (MvStudentT, MatrixNormal) or none takes a dimension."""
    dims = input_dimensions(cls)
    try:
        names = [p.name for p in inspect.signature(cls.dist).parameters.values()
                 if p.kind in (p.POSITIONAL_OR_KEYWORD, p.POSITIONAL_ONLY)]
    except (AttributeError, TypeError, ValueError):
        return {}
    if len(names) != len(dims):
        return {}
    return {name: ndim for name, ndim in zip(names, dims) if ndim}


def core_dims_hint(calls: list[tuple[Any, str, bool]], line: int | None) -> str | None:
    """For the first call on the failing line whose distribution takes parameters with dimensions."""
    for cls, spelled, _ in calls:
        if not any(input_dimensions(cls)):
            continue
        needed = needed_dimensions(cls)
        where = f"line {line}" if line is not None else "the program"
        wanted = ("; ".join(f"{name} is {_SHAPES.get(ndim, f'{ndim}-dimensional')}" for name, ndim in needed.items())
                  if needed else "some of its parameters are vectors or matrices")
        example = next(iter(needed), "p")
        multinomial = (", and as observed the count of every category, adding up to n"
                       if "Multinomial" in cls.__name__ else "")
        return (f"{spelled} at {where} got a parameter with too few dimensions, such as a single number or one "
                f"entry picked from a list by an index: {wanted}. Give the whole vector ({example}=[0.2, 0.3, 0.5], "
                f"one entry per category or dimension){multinomial}. Single draws, each one outcome, take a "
                "univariate distribution (pm.Bernoulli, pm.Categorical, pm.DiscreteUniform) with a value per draw.")
    return None
