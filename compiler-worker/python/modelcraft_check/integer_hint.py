"""The hint for "Cannot cast ... float64 to int64": a continuous variable given where a distribution takes
whole numbers.

Real programs of the quality benchmark give a population ``N = pm.Uniform(...)`` as ``n`` of a
``pm.Binomial``. Which parameters take whole numbers comes from the installed PyMC's docstrings
(``n : tensor_like of int``); which priors are continuous from their classes (``pm.Continuous``).
"""

from __future__ import annotations

import ast
import inspect
import re
from typing import Any

from .hints import distribution_call, parameter_names
from .pymc_names import pymc_names

_CAST_TO_INT = re.compile(r"Cannot cast .* to dtype\('u?int")
_INT_PARAMETER = re.compile(r"^(\w+) : .*\bint\b")


def integer_parameter_hint(message: str, tree: ast.Module) -> str | None:
    if _CAST_TO_INT.search(message) is None:
        return None
    import pymc

    names = pymc_names(tree)
    continuous: dict[str, tuple[str, int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Call):
            found = distribution_call(node.value, names)
            if found is not None and isinstance(found[0], type) and issubclass(found[0], pymc.Continuous):
                continuous[node.targets[0].id] = (found[1], node.lineno)
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        found = distribution_call(call, names)
        if found is None:
            continue
        cls, spelled, dist_form = found
        whole = integer_parameters(cls)
        for parameter, value in _arguments(call, cls, dist_form).items():
            if parameter not in whole:
                continue
            for name in (n.id for n in ast.walk(value) if isinstance(n, ast.Name) and n.id in continuous):
                prior, line = continuous[name]
                return (f"`{name}` is continuous ({prior}, line {line}) but is passed as {parameter} of {spelled} at "
                        f"line {call.lineno}, which takes whole numbers only: give {name} a discrete prior, "
                        f"e.g. pm.DiscreteUniform with the same bounds.")
    return None


def integer_parameters(cls: Any) -> set[str]:
    """The parameters the docstring types as ints (``n : tensor_like of int``)."""
    return {m.group(1) for m in map(_INT_PARAMETER.match, (inspect.getdoc(cls) or "").splitlines()) if m}


def _arguments(call: ast.Call, cls: Any, dist_form: bool) -> dict[str, ast.expr]:
    positional = parameter_names(cls, dist_form)
    args = call.args if dist_form else call.args[1:]  # the variable's name comes first
    bound = {name: value for name, value in zip(positional, args)}
    bound.update({k.arg: k.value for k in call.keywords if k.arg})
    return bound
