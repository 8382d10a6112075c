"""Which model variables the data can inform: a variable is informed when it, or a free variable it is computed
or drawn from, is an ancestor of an observed variable or a pm.Potential. Any other variable is independent of
the data under the model, so its posterior is its prior."""

from __future__ import annotations

from typing import Any


def informed_free_variables(model: Any) -> set[int]:
    """``id`` of each free variable some observed variable or potential depends on."""
    from pytensor.graph.traversal import ancestors

    free = {id(rv) for rv in model.free_RVs}
    likelihoods = list(model.observed_RVs) + list(getattr(model, "potentials", ()))
    if not likelihoods:
        return set()
    return {id(node) for node in ancestors(likelihoods) if id(node) in free}


def uninformed_names(model: Any, names: list[str]) -> list[str]:
    """The names among ``names`` whose variables the data cannot inform (observed ones are data themselves)."""
    from pytensor.graph.traversal import ancestors

    informed = informed_free_variables(model)
    free = {id(rv) for rv in model.free_RVs}
    observed = {id(rv) for rv in model.observed_RVs}
    found = []
    for name in names:
        variable = model.named_vars.get(name)
        if variable is None or id(variable) in observed:
            continue
        sources = {id(node) for node in ancestors([variable]) if id(node) in free}
        if not sources & informed:
            found.append(name)
    return found
