"""Which term of a model is to blame when the joint log-probability or its gradient fails, and
variables whose length disagrees with the coordinates their dims name."""

from __future__ import annotations

from typing import Any

import numpy as np


def culprit_term(model: Any, point: dict[str, np.ndarray], gradient: bool) -> str | None:
    """The first term (potentials, then observed, then free variables) whose own log-probability,
    or its gradient, raises or is not finite at ``point``."""
    import pytensor.tensor as pt

    value_vars = list(model.continuous_value_vars) if gradient else []
    for term in [*model.potentials, *model.observed_RVs, *model.free_RVs]:
        try:
            expression = model.logp(vars=[term])
            if gradient:
                if not value_vars:
                    return None
                parts = pt.grad(expression, value_vars, disconnected_inputs="ignore")
                expression = pt.concatenate([pt.flatten(part) for part in parts])
            value = model.compile_fn(expression, inputs=model.value_vars, on_unused_input="ignore")(point)
        except Exception:  # noqa: BLE001 - a term that cannot even be evaluated is the culprit
            return str(term.name)
        if not np.all(np.isfinite(np.asarray(value, dtype=float))):
            return str(term.name)
    return None


def coordinate_mismatches(model: Any, point: dict[str, np.ndarray]) -> list[str]:
    """'name: dim "d" has N coordinate values but the variable has length M' for each mismatch.

    Shapes come from the observed data and the initial point, so nothing is compiled for this.
    """
    found = []
    for name, dims in getattr(model, "named_vars_to_dims", {}).items():
        shape = _known_shape(model, model.named_vars.get(name), point)
        for axis, dim in enumerate(dims or ()):
            values = model.coords.get(dim) if dim is not None else None
            if values is None or shape is None or axis >= len(shape):
                continue
            if len(values) != int(shape[axis]):
                found.append(f'"{name}": dim "{dim}" has {len(values)} coordinate values '
                             f"but the variable has length {int(shape[axis])} there")
    return found


def _known_shape(model: Any, var: Any, point: dict[str, np.ndarray]) -> tuple[int, ...] | None:
    value = model.rvs_to_values.get(var) if var is not None else None
    if value is None:
        return None  # deterministics and potentials: their shapes would need a compiled function
    if var in model.observed_RVs:
        return np.shape(value.data) if hasattr(value, "data") else None
    if model.rvs_to_transforms.get(var) is not None:
        return None  # a transformed value (e.g. a simplex) need not have the variable's shape
    return np.shape(point[value.name]) if value.name in point else None
