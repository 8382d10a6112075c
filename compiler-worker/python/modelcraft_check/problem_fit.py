"""The problem stage, when the check is given the problem the program answers: the model conditions on something,
has the variables the problem names, copies the problem's lists of numbers right (:mod:`.data_copies`), and uses
the numbers the problem states (:mod:`.problem_numbers`).

Each failure passed every other stage in the quality benchmark and gave a wrong posterior: a coin spun 250
times modelled as 140 heads in a row, a train problem without the locomotive number that was seen, France's
scoring rate asked for as `lam_france` and called `france_rate`, goals written down and never observed.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .data_copies import miscopied_data_error
from .data_use import has_likelihood
from .errors import definition_line
from .informed import uninformed_names
from .parse import SubmittedSource
from .problem_numbers import unused_numbers_error
from .verdict import CheckError

# "Name the probability of heads `p`", "call it `p`": what the problem asks the model to call a quantity.
_NAMED = re.compile(r"\b(?:[Nn]ame|[Cc]all)\b[^.`]{0,80}`([A-Za-z_][A-Za-z0-9_]*)`")


def problem_error(problem: str | None, source: SubmittedSource, namespace: dict[str, Any],
                  model: Any) -> CheckError | None:
    if not problem:
        return None
    return (no_likelihood_error(model) or missing_names_error(problem, source, model)
            or miscopied_data_error(problem, source) or uninformed_names_error(problem, source, model)
            or unused_numbers_error(problem, source, namespace, model))


def no_likelihood_error(model: Any) -> CheckError | None:
    """A problem states what was seen; a model that conditions on nothing answers with its prior."""
    if has_likelihood(model):
        return None
    return CheckError(
        type="NoLikelihood",
        message="the model has no observed variable (observed=) and no pm.Potential, so sampling it gives the "
                "prior: nothing in it depends on what the problem says was seen",
        hint=("Give the data of the problem to a likelihood, e.g. pm.Binomial(\"heads\", n=250, p=p, observed=140), "
              "or, for a fact that is not a draw from a distribution (A is taller than B), add "
              "pm.Potential(\"fact\", pm.math.switch(condition, 0.0, -np.inf)) and start its variables where it holds "
              "(initval=), or the check and the sampler start at an impossible point."))


def required_names(problem: str) -> list[str]:
    return list(dict.fromkeys(_NAMED.findall(problem)))


def missing_names_error(problem: str, source: SubmittedSource, model: Any) -> CheckError | None:
    variables = list(model.named_vars)
    missing = [name for name in required_names(problem) if name not in variables]
    if not missing:
        return None
    name = missing[0]
    binding = _python_name_bound_to_other_variable(source.tree, name)
    hint = (f"PyMC knows a variable by the name in its first argument: write pm.Gamma(\"{name}\", ...) (any "
            f"distribution), or pm.Deterministic(\"{name}\", expression) when the quantity is computed from "
            "other variables.")
    line = None
    if binding is not None:
        line, other = binding
        hint = (f"Line {line} binds the Python name `{name}` to the model variable \"{other}\"; PyMC knows it by "
                f"the first argument, so write \"{name}\" there. " + hint)
    shown = ", ".join(variables[:12]) + (", ..." if len(variables) > 12 else "")
    return CheckError(
        type="MissingName",
        message=f"the problem asks for a model variable named `{name}`, and the model has none "
                f"(its variables: {shown or 'none'})",
        line=line, source_line=source.line_text(line), hint=hint)


def uninformed_names_error(problem: str, source: SubmittedSource, model: Any) -> CheckError | None:
    """A variable the problem asks about that nothing observed depends on keeps its prior whatever was seen."""
    names = uninformed_names(model, required_names(problem))
    if not names:
        return None
    name = names[0]
    line = definition_line(source, name)
    observed = ", ".join(str(rv.name) for rv in model.observed_RVs) or "none"
    return CheckError(
        type="UninformedVariable",
        message=f"`{name}`, which the problem asks about, does not reach the data: no observed variable (yours: "
                f"{observed}) and no pm.Potential depends on it or on anything it is drawn from, so its posterior "
                "is its prior",
        line=line, source_line=source.line_text(line),
        hint=(f"Make what was seen depend on `{name}`: give it, or an expression of it, as a parameter of the "
              f"likelihood, e.g. p=pm.math.switch({name}, p_if_true, p_if_false) for an indicator, or "
              f"pm.Binomial(\"k\", n=n, p={name}, observed=k) for a rate."))


def _python_name_bound_to_other_variable(tree: ast.Module, name: str) -> tuple[int, str] | None:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            call = node.value
            if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant) \
                    and isinstance(call.args[0].value, str) and call.args[0].value != name:
                return node.lineno, call.args[0].value
    return None
