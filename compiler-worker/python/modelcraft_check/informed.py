"""Which model variables the data can inform: a variable is informed when it, or a free variable it is computed
or drawn from, is an ancestor of an observed variable, a pm.Potential or a variable with an ordered transform. Any other variable is independent of
the data under the model, so its posterior is its prior. A pm.Deterministic computed from no free variable at
all is a constant: the World Cup's ``pm.Deterministic("p_france_better", obs_france / (obs_france +
obs_croatia))`` of the two observed scores had the same value in every draw (prompts v12 and v13)."""

from __future__ import annotations

from typing import Any

from .data_use import conditioning_terms
from .errors import definition_line
from .parse import SubmittedSource
from .verdict import WARNING_CONSTANT_DETERMINISTIC, CheckWarning


def uninformed_names(model: Any, names: list[str]) -> list[str]:
    """The names among ``names`` whose variables the data cannot inform (observed ones are data themselves)."""
    likelihoods = conditioning_terms(model)
    informed = free_ancestors(model, likelihoods) if likelihoods else set()
    observed = {id(rv) for rv in model.observed_RVs}
    variables = [(name, model.named_vars.get(name)) for name in names]
    return [name for name, variable in variables if variable is not None and id(variable) not in observed
            and not free_ancestors(model, [variable]) & informed]


def free_ancestors(model: Any, variables: list[Any], blockers: list[Any] | None = None) -> set[int]:
    """``id`` of each free variable among ``variables`` and what they are computed or drawn from, not looking past
    ``blockers``."""
    from pytensor.graph.traversal import ancestors

    free = {id(rv) for rv in model.free_RVs}
    return {id(node) for node in ancestors(variables, blockers=blockers) if id(node) in free}


def constant_deterministic_warnings(model: Any, source: SubmittedSource) -> list[CheckWarning]:
    """A warning for each pm.Deterministic that no free variable reaches: every posterior draw of it is the same.
    An observed variable is its data there, so the free variables it is drawn from do not count."""
    warnings = []
    for deterministic in model.deterministics:
        if free_ancestors(model, [deterministic], blockers=list(model.observed_RVs)):
            continue
        name = str(deterministic.name)
        line = definition_line(source, name)
        where = f" (line {line})" if line is not None else ""
        warnings.append(CheckWarning(
            WARNING_CONSTANT_DETERMINISTIC,
            f"`{name}`{where} is computed from data and constants only, from no variable the model infers: every "
            "posterior draw of it is the same number. If it answers a question, compute it from the model's "
            "variables (the rates or probabilities, not the observed values).",
            line))
    return warnings
