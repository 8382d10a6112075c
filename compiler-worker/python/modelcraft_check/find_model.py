"""Stage 3: decide which PyMC model the program is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .run import RunOutcome
from .verdict import WARNING_MULTIPLE_MODELS, CheckError, CheckWarning


@dataclass(frozen=True)
class ModelChoice:
    model: Any | None
    origin: str | None  # "sampling_call", "namespace" or "created"
    error: CheckError | None
    warnings: tuple[CheckWarning, ...] = ()


def find_model(outcome: RunOutcome) -> ModelChoice:
    """The model handed to the sampler; else the largest root model bound to a global name;
    else the largest root model the program created at all (e.g. inside a function)."""
    from pymc.model.core import BaseModel

    call = outcome.sampling_call
    if call is not None and isinstance(call.model, BaseModel):
        return ModelChoice(root_of(call.model), "sampling_call", None)

    for origin, candidates in (
        ("namespace", list(outcome.namespace.values())),
        ("created", list(outcome.entered_models)),
    ):
        roots = _unique_roots(candidates)
        if not roots:
            continue
        non_empty = [model for model in roots if variable_count(model) > 0]
        if not non_empty:
            return ModelChoice(None, None, _empty_model_error())
        best = max(non_empty, key=variable_count)  # max keeps the first of equals
        notes: tuple[CheckWarning, ...] = ()
        if len(non_empty) > 1:
            notes = (
                CheckWarning(
                    WARNING_MULTIPLE_MODELS,
                    f"the program builds {len(non_empty)} models and samples none of them; "
                    f"checked the largest ({variable_count(best)} variables)",
                ),
            )
        return ModelChoice(best, origin, None, notes)

    return ModelChoice(
        None,
        None,
        CheckError(
            type="NoModelFound",
            message=(
                "the program ran without error but created no pm.Model: build the model "
                "inside `with pm.Model() as model:` (and sample it with pm.sample())"
            ),
        ),
    )


def root_of(model: Any) -> Any:
    """The outermost model; a sub-model is checked as part of its parent."""
    seen = 0
    while getattr(model, "parent", None) is not None and seen < 100:
        model = model.parent
        seen += 1
    return model


def variable_count(model: Any) -> int:
    try:
        return len(model.free_RVs) + len(model.observed_RVs) + len(model.deterministics) + len(
            model.potentials
        )
    except Exception:  # noqa: BLE001 - a half-built model counts as empty
        return 0


def _unique_roots(objects: Iterable[Any]) -> list[Any]:
    from pymc.model.core import BaseModel

    roots: list[Any] = []
    for obj in objects:
        try:
            is_model = isinstance(obj, BaseModel)
        except Exception:  # noqa: BLE001 - exotic objects with a failing __class__
            is_model = False
        if is_model:
            root = root_of(obj)
            if not any(root is known for known in roots):
                roots.append(root)
    return roots


def _empty_model_error() -> CheckError:
    return CheckError(
        type="NoModelFound",
        message="the program creates a pm.Model but defines no random variables in it",
    )
