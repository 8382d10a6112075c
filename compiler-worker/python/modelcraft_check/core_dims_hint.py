"""A hint for a multivariate distribution given a parameter with too few dimensions.

PyTensor says only ``zip() argument 2 is longer than argument 1``. The 1.5B model wrote it for the dice
(``p = pm.math.stack([1/6, 1/8, 1/12])[die]``, then ``pm.Multinomial("obs", n=3, p=p, observed=rolls)``) and
the loaded die (``pm.Multinomial("obs", n=2, p=p_six, observed=[6, 6])``): one probability picked by an index
where the distribution takes one per category. The dimensions each parameter needs come from the installed
distribution's own signature (``MultinomialRV.ndims_params``: n 0, p 1).
"""

from __future__ import annotations

import inspect
from typing import Any

MESSAGE = "zip() argument 2 is longer than argument 1"
_SHAPES = {1: "a vector, one entry per category or dimension", 2: "a matrix"}


def needed_dimensions(cls: Any) -> dict[str, int]:
    """The parameters of ``cls`` that need at least one dimension, with how many, in its signature's order."""
    dims = getattr(getattr(cls, "rv_op", None), "ndims_params", None)
    if not dims:
        return {}
    names = [p.name for p in inspect.signature(cls.dist).parameters.values()
             if p.kind in (p.POSITIONAL_OR_KEYWORD, p.POSITIONAL_ONLY)]
    return {name: int(ndim) for name, ndim in zip(names, dims) if ndim}


def core_dims_hint(calls: list[tuple[Any, str, bool]], line: int | None) -> str | None:
    """For the first call on the failing line whose distribution needs parameters with dimensions."""
    for cls, spelled, _ in calls:
        needed = needed_dimensions(cls)
        if needed:
            wanted = "; ".join(f"{name} is {_SHAPES.get(ndim, f'{ndim}-dimensional')}" for name, ndim in needed.items())
            where = f"line {line}" if line is not None else "the program"
            return (f"{spelled} at {where} got a parameter with too few dimensions, such as a single number or one "
                    f"entry picked from a list by an index: {wanted}. Give the whole vector (p=[0.2, 0.3, 0.5]), and "
                    "for a Multinomial the observed count of every category, adding up to n. Single draws, each "
                    "one outcome, take a univariate distribution (pm.Bernoulli, pm.Categorical, "
                    "pm.DiscreteUniform) with a value per draw.")
    return None
