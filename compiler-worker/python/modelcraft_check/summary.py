"""Stage 5: describe the checked model and flag what NUTS will not like."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import definition_line
from .parse import SubmittedSource
from .quiet import quiet_library
from .verdict import (
    WARNING_DISCRETE_FREE_VARIABLE,
    WARNING_SUMMARY_INCOMPLETE,
    CheckWarning,
    ModelSummary,
    VariableInfo,
    VariableKind,
)


@dataclass(frozen=True)
class SummaryResult:
    summary: ModelSummary
    warnings: tuple[CheckWarning, ...]


def summarise_model(model: Any, point: dict[str, np.ndarray], source: SubmittedSource) -> SummaryResult:
    with quiet_library():
        variables = model_variables(model)
        shapes, complete = variable_shapes(model, point, [var for _, var, _ in variables])
        infos = tuple(
            VariableInfo(
                name=name,
                kind=kind,
                distribution=distribution_name(var) if kind in ("free", "observed") else None,
                shape=shapes.get(name, ()),
                dims=_dims(model, name),
            )
            for name, var, kind in variables
        )
        coords, coords_complete = model_coords(model)

    notes: list[CheckWarning] = []
    if not (complete and coords_complete):
        notes.append(
            CheckWarning(
                WARNING_SUMMARY_INCOMPLETE,
                "some shapes or coordinates could not be evaluated; they are reported "
                "from static type information (-1 = unknown length)",
            )
        )
    notes.extend(discrete_free_warnings(model, source))
    return SummaryResult(ModelSummary(infos, coords), tuple(notes))


def model_variables(model: Any) -> list[tuple[str, Any, VariableKind]]:
    """Named variables in definition order, each with its kind; data containers are left out."""
    groups: list[tuple[VariableKind, list[Any]]] = [
        ("free", list(model.free_RVs)),
        ("observed", list(model.observed_RVs)),
        ("deterministic", list(model.deterministics)),
        ("potential", list(model.potentials)),
    ]
    kind_of = {id(var): kind for kind, members in groups for var in members}
    listed = []
    seen: set[int] = set()
    for name, var in model.named_vars.items():
        kind = kind_of.get(id(var))
        if kind is not None and id(var) not in seen:
            listed.append((str(name), var, kind))
            seen.add(id(var))
    for kind, members in groups:  # anything registered but not named (should not happen)
        for var in members:
            if id(var) not in seen:
                listed.append((str(var.name), var, kind))
                seen.add(id(var))
    return listed


def distribution_name(var: Any) -> str | None:
    """PyMC's display name of the distribution (e.g. "HyperGeometric"), else the op class."""
    owner = getattr(var, "owner", None)
    if owner is None:
        return None
    op = owner.op
    print_name = getattr(op, "_print_name", None)
    if isinstance(print_name, tuple | list) and print_name and isinstance(print_name[0], str):
        return print_name[0]
    name = type(op).__name__
    return name[:-2] if name.endswith("RV") and len(name) > 2 else name


def variable_shapes(
    model: Any, point: dict[str, np.ndarray], variables: list[Any]
) -> tuple[dict[str, tuple[int, ...]], bool]:
    """Evaluated shapes at ``point`` (one compiled function); static shapes as a fallback."""
    import pytensor.tensor as pt

    shapes = {str(var.name): _static_shape(var) for var in variables}
    graphs, names = [], []
    for var in variables:
        try:
            graphs.append(pt.as_tensor(var, allow_xtensor_conversion=True).shape)
            names.append(str(var.name))
        except Exception:  # noqa: BLE001
            continue
    if not graphs:
        return shapes, not variables
    try:
        replaced = model.replace_rvs_by_values(graphs)
        fn = model.compile_fn(
            outs=replaced, inputs=model.value_vars, point_fn=True, on_unused_input="ignore"
        )
        values = fn(point)
    except Exception:  # noqa: BLE001
        return shapes, False
    for name, value in zip(names, values, strict=True):
        shapes[name] = tuple(int(n) for n in np.asarray(value).ravel())
    return shapes, len(names) == len(variables)


def model_coords(model: Any) -> tuple[dict[str, list[Any]], bool]:
    """Coordinate values by dim; a dim given only a length gets ``0..n-1`` like ArviZ."""
    coords: dict[str, list[Any]] = {}
    complete = True
    for name, values in dict(model.coords).items():
        if values is not None:
            coords[str(name)] = list(np.asarray(values, dtype=object).ravel())
            continue
        try:
            length = int(np.asarray(model.dim_lengths[name].eval()))
            coords[str(name)] = list(range(length))
        except Exception:  # noqa: BLE001
            coords[str(name)] = []
            complete = False
    return coords, complete


def discrete_free_warnings(model: Any, source: SubmittedSource) -> list[CheckWarning]:
    from pymc.vartypes import discrete_types

    notes = []
    for rv in model.free_RVs:
        if str(getattr(rv.type, "dtype", "")) not in discrete_types:
            continue
        distribution = distribution_name(rv) or "discrete"
        notes.append(
            CheckWarning(
                WARNING_DISCRETE_FREE_VARIABLE,
                f'"{rv.name}" is a discrete free variable ({distribution}); NUTS cannot sample '
                "it, so pm.sample() will give it a Metropolis-type step (slow mixing, weaker "
                "diagnostics). Consider marginalising it out or making it continuous.",
                definition_line(source, str(rv.name)),
            )
        )
    return notes


def _dims(model: Any, name: str) -> tuple[str | None, ...] | None:
    dims = model.named_vars_to_dims.get(name)
    if dims is None:
        return None
    return tuple(None if d is None else str(d) for d in dims)


def _static_shape(var: Any) -> tuple[int, ...]:
    static = getattr(getattr(var, "type", None), "shape", None)
    if not isinstance(static, tuple):
        return ()
    return tuple(-1 if n is None else int(n) for n in static)
