"""Which model variables the data can inform: a variable is informed when it, or a free variable it is computed
or drawn from, is an ancestor of an observed variable or a pm.Potential. Any other variable is independent of
the data under the model, so its posterior is its prior."""

from __future__ import annotations

from typing import Any


def uninformed_names(model: Any, names: list[str]) -> list[str]:
    """The names among ``names`` whose variables the data cannot inform (observed ones are data themselves)."""
    likelihoods = list(model.observed_RVs) + list(getattr(model, "potentials", ()))
    informed = free_ancestors(model, likelihoods) if likelihoods else set()
    observed = {id(rv) for rv in model.observed_RVs}
    variables = [(name, model.named_vars.get(name)) for name in names]
    return [name for name, variable in variables if variable is not None and id(variable) not in observed
            and not free_ancestors(model, [variable]) & informed]


def free_ancestors(model: Any, variables: list[Any]) -> set[int]:
    """``id`` of each free variable among ``variables`` and what they are computed or drawn from."""
    from pytensor.graph.traversal import ancestors

    free = {id(rv) for rv in model.free_RVs}
    return {id(node) for node in ancestors(variables) if id(node) in free}
