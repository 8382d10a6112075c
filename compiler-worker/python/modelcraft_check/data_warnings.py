"""Warnings about the observed data of a model that passed: imputed gaps, data broadcast.

PyMC 6.4 turns NaN or masked entries of ``observed=`` into free variables (``<name>_unobserved``,
next to ``<name>_observed`` and a Deterministic ``<name>``), saying so only with an
ImputationWarning. It also accepts observed data whose shape differs from the variable's (an
explicit ``shape=``/``dims=`` that disagrees with the data) whenever the likelihood broadcasts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np

from .errors import definition_line
from .parse import SubmittedSource
from .quiet import quiet_library
from .verdict import (
    WARNING_MISSING_OBSERVATIONS,
    WARNING_RUNTIME,
    WARNING_SUSPICIOUS_BROADCAST,
    CheckWarning,
)

Shape = tuple[int, ...]
Point = dict[str, np.ndarray]
T = TypeVar("T")


def with_data_warnings(
    notes: Sequence[CheckWarning], model: Any, point: Point, source: SubmittedSource
) -> list[CheckWarning]:
    """``notes`` and the data warnings; PyMC's ImputationWarnings give way to clearer ones."""
    missing = _safely(lambda: missing_observation_warnings(model, point, source), {})
    broadcast = _safely(lambda: broadcast_warnings(model, point, source), [])
    kept = [note for note in notes if not any(_is_imputation_note(note, n) for n in missing)]
    return [*kept, *missing.values(), *broadcast]


def missing_observation_warnings(
    model: Any, point: Point, source: SubmittedSource
) -> dict[str, CheckWarning]:
    """One warning per observed variable PyMC imputes, keyed by the variable's name."""
    observed = {str(rv.name): rv for rv in model.observed_RVs}
    found: list[tuple[str, Any, Any]] = []
    for rv in model.free_RVs:
        name = str(rv.name)
        base = name.removesuffix("_unobserved")
        if base != name and f"{base}_observed" in observed and base in model.named_vars:
            found.append((base, rv, model.rvs_to_values[observed[f"{base}_observed"]]))
    if not found:
        return {}
    shapes = evaluated_shapes(model, point, [g for _, rv, data in found for g in (rv, data)])
    notes = {}
    for index, (name, rv, _) in enumerate(found):
        gaps = int(np.prod(shapes[2 * index]))
        total = gaps + int(np.prod(shapes[2 * index + 1]))
        notes[name] = CheckWarning(
            WARNING_MISSING_OBSERVATIONS,
            f'"{name}" has {gaps} of {total} observed entries missing (NaN or masked): PyMC '
            "will impute the missing entries, i.e. treat them as parameters to sample (the "
            f'free variable "{rv.name}"). If they should not be missing, fix or drop them '
            "before passing observed=.",
            definition_line(source, name),
        )
    return notes


def broadcast_warnings(model: Any, point: Point, source: SubmittedSource) -> list[CheckWarning]:
    """Observed variables whose data are shaped unlike the variable or widened by a parameter."""
    entries: list[tuple[Any, list[str], list[int], int]] = []
    graphs: list[Any] = []
    for rv in model.observed_RVs:
        node, op = rv.owner, getattr(rv.owner, "op", None)
        if node is None or rv not in model.rvs_to_values:
            continue
        # A copy of the variable itself, so that it is not replaced by its data below.
        copy = node.clone().outputs[node.outputs.index(rv)]
        params, cores = _params(op, node)
        graphs.extend([model.rvs_to_values[rv], copy, *params])
        names = [str(p.name) if p.name else f"parameter {i + 1}" for i, p in enumerate(params)]
        entries.append((rv, names, cores, int(getattr(op, "ndim_supp", 0) or 0)))
    if not entries:
        return []
    shapes = iter(evaluated_shapes(model, point, graphs))
    notes = []
    for rv, names, cores, ndim_supp in entries:
        data, variable = next(shapes), next(shapes)
        params = [next(shapes) for _ in names]
        batch = data[: max(0, len(data) - ndim_supp)]
        wider = [
            _broadcast(batch, shape[: max(0, len(shape) - core)])
            for shape, core in zip(params, cores, strict=True)
        ]
        if variable == data and all(w in (None, batch) for w in wider):
            continue
        described = ", ".join(f"{n} {s}" for n, s in zip(names, params, strict=True)) or "?"
        notes.append(
            CheckWarning(
                WARNING_SUSPICIOUS_BROADCAST,
                f'the observed data of "{rv.name}" have shape {data} but the variable has shape '
                f"{variable} (parameter shapes: {described}). PyMC does not check that they "
                "agree: the likelihood broadcasts the data against the parameters, while draws "
                "(predictive samples, dims labels) take the variable's shape, so observed values "
                "and draws are not paired one to one. Make the data, the shape=/dims= and the "
                "parameters agree.",
                definition_line(source, str(rv.name)),
            )
        )
    return notes


def evaluated_shapes(model: Any, point: Point, graphs: Sequence[Any]) -> list[Shape]:
    """Shapes of ``graphs`` at ``point``, model variables replaced by their values (one compile)."""
    import pytensor.tensor as pt

    outs = model.replace_rvs_by_values([pt.as_tensor(g).shape for g in graphs])
    fn = model.compile_fn(outs, inputs=model.value_vars, point_fn=True, on_unused_input="ignore")
    return [tuple(int(n) for n in np.asarray(v).ravel()) for v in fn(point)]


def _params(op: Any, node: Any) -> tuple[list[Any], list[int]]:
    """The distribution parameters of a random variable's node and their core dimensions."""
    try:
        params = list(op.dist_params(node))
        cores = [int(n) for n in op.ndims_params]
    except Exception:  # noqa: BLE001 - not a (symbolic) random variable we can read
        return [], []
    readable = len(params) == len(cores) and all(hasattr(p, "ndim") for p in params)
    return ([_unpadded(p) for p in params], cores) if readable else ([], [])


def _unpadded(param: Any) -> Any:
    """The variable the user passed, before PyMC padded it on the left with broadcast dims."""
    while param.name is None and getattr(param.owner, "op", None) is not None:
        if not getattr(param.owner.op, "is_left_expand_dims", False):
            break
        param = param.owner.inputs[0]
    return param


def _safely(find: Callable[[], T], default: T) -> T:
    """``find()``, or ``default`` if it fails: these warnings are advisory, the model passed."""
    try:
        with quiet_library():
            return find()
    except Exception:  # noqa: BLE001
        return default


def _is_imputation_note(note: CheckWarning, name: str) -> bool:
    """Is ``note`` the run's record of PyMC's own ImputationWarning about ``name``?"""
    prefix = f"ImputationWarning: Data in {name} contains missing values"
    return note.code == WARNING_RUNTIME and note.message.startswith(prefix)


def _broadcast(data: Shape, param: Shape) -> Shape | None:
    try:
        return tuple(int(n) for n in np.broadcast_shapes(data, param))
    except ValueError:
        return None
