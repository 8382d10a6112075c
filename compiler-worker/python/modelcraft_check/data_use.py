"""The data-use check, after a model evaluates: every number the program writes down as data reaches it.

Real programs of the quality benchmark passed every other stage while ignoring the problem's data: the
goals of a football final written down and never used (the likelihood had no ``observed=``), the fourth
slot machine's wins replaced by an unobserved variable of the same name, counts of cookies never read.
Sampling such a model answers another question. Purely static (``ast``): a module-level name bound to a
literal number, list or ``np.array([...])`` must be read before it is bound again.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from .errors import definition_line
from .parse import SubmittedSource
from .verdict import WARNING_DATA_OBSERVED_TWICE, WARNING_NO_OBSERVED_DATA, CheckError, CheckWarning

MAX_NAMED = 4
# Settings of the run rather than data: unused, they change nothing the model says.
_SETTING = re.compile(r"seed|draws|tune|chains|cores|samples|^_", re.IGNORECASE)


def unused_data_error(tree: ast.Module, source_line: Callable[[int], str | None]) -> CheckError | None:
    unused = unused_data(tree)
    if not unused:
        return None
    shown = ", ".join(f"`{name}` (line {line})" for name, line in unused[:MAX_NAMED])
    verb = "is" if len(unused) == 1 else "are"
    first_line = unused[0][1]
    return CheckError(
        type="UnusedData",
        message=f"{shown} {verb} defined but never used: the model does not see {'it' if len(unused) == 1 else 'them'}",
        line=first_line,
        source_line=source_line(first_line),
        hint=("Observed data enter the model through observed= of a likelihood, e.g. "
              "pm.Poisson(\"goals\", mu=rate, observed=goals); a number that describes a prior goes into that "
              "prior's parameters. Use every number of the problem, or leave out the ones the model does not need."),
    )


def no_observed_data_warning(model: Any) -> CheckWarning | None:
    """A model with neither observed variables nor a pm.Potential: sampling it gives its prior."""
    if has_likelihood(model):
        return None
    return CheckWarning(WARNING_NO_OBSERVED_DATA, "the model has no observed variable (observed=) and no "
                        "pm.Potential: sampling it gives the prior, not a posterior given the problem's data")


def observed_values(model: Any, rv: Any) -> np.ndarray | None:
    """The finite values ``rv`` observes, flattened; ``None`` when there are none or PyMC cannot hand them back."""
    try:
        values = np.asarray(model.rvs_to_values[rv].eval(), dtype=float).ravel()
    except Exception:  # noqa: BLE001 - data PyMC cannot hand back plainly: no finding
        return None
    values = values[np.isfinite(values)]
    return values if values.size else None


def repeated_observation_warnings(model: Any, source: SubmittedSource) -> list[CheckWarning]:
    """Observed variables that observe the very values an earlier one does (two values or more): the model
    counts those observations twice. The mixture of heights in prompts v12 and v13 passed that way, one Normal
    per component each observing all fifteen heights."""
    seen: list[tuple[str, np.ndarray]] = []
    warnings = []
    for rv in model.observed_RVs:
        values = observed_values(model, rv)
        if values is None or values.size < 2:
            continue
        name = str(rv.name)
        earlier = next((other for other, data in seen if data.shape == values.shape and np.array_equal(data, values)),
                       None)
        if earlier is not None:
            warnings.append(CheckWarning(
                WARNING_DATA_OBSERVED_TWICE,
                f'"{name}" observes the same {values.size} values as "{earlier}": the model counts each of them '
                "twice, as if it had been seen twice. Values that each come from one of several distributions are "
                "one likelihood, a mixture (pm.NormalMixture, pm.Mixture with weights); otherwise observe them once.",
                definition_line(source, name)))
        seen.append((name, values))
    return warnings


def has_likelihood(model: Any) -> bool:
    return bool(conditioning_terms(model))


def conditioning_terms(model: Any) -> list[Any]:
    """What the model conditions on: its observed variables, its pm.Potential terms and its variables with an
    ordered transform, which restricts their prior to values in increasing order (A taller than B, as in the
    height problem)."""
    return [*model.observed_RVs, *getattr(model, "potentials", ()), *_ordered_variables(model)]


def _ordered_variables(model: Any) -> list[Any]:
    from pymc.distributions.transforms import Ordered

    transforms = getattr(model, "rvs_to_transforms", {})
    return [rv for rv in model.free_RVs
            if any(isinstance(part, Ordered) for part in getattr(transforms.get(rv), "transform_list",
                                                                 [transforms.get(rv)]))]


def unused_data(tree: ast.Module) -> list[tuple[str, int]]:
    """``(name, line)`` of each module-level data literal that nothing reads before it is bound again."""
    statements = list(_in_order(tree.body))
    unused = []
    for index, statement in enumerate(statements):
        name = _data_binding(statement)
        if name is None or _SETTING.search(name) or not _at_module_level(statement, tree):
            continue
        if not _read_later(name, statements[index + 1:]):
            unused.append((name, statement.lineno))
    return unused


def _in_order(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Simple statements in the order they run; a compound statement's header counts as one."""
    for statement in body:
        if isinstance(statement, (ast.With, ast.If, ast.For, ast.While, ast.Try)):
            yield _header(statement)
            for part in ("body", "orelse", "finalbody"):
                yield from _in_order(getattr(statement, part, []) or [])
            for handler in getattr(statement, "handlers", []):
                yield from _in_order(handler.body)
        else:
            yield statement


def _header(statement: ast.stmt) -> ast.stmt:
    expressions: list[ast.expr] = []
    if isinstance(statement, ast.With):
        expressions = [item.context_expr for item in statement.items]
    elif isinstance(statement, (ast.If, ast.While)):
        expressions = [statement.test]
    elif isinstance(statement, ast.For):
        expressions = [statement.iter]
    return ast.Expr(value=ast.Tuple(elts=expressions, ctx=ast.Load()), lineno=statement.lineno)


def _data_binding(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        value = statement.value
        if isinstance(value, ast.Call) and value.args and isinstance(value.func, ast.Attribute) \
                and value.func.attr in ("array", "asarray"):
            value = value.args[0]
        return statement.targets[0].id if _numeric_literal(value) else None
    return None


def _numeric_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return _numeric_literal(node.operand)
    if isinstance(node, (ast.List, ast.Tuple)):
        return bool(node.elts) and all(_numeric_literal(e) for e in node.elts)
    return False


def _at_module_level(statement: ast.stmt, tree: ast.Module) -> bool:
    return any(statement is top for top in tree.body)


def _read_later(name: str, statements: list[ast.stmt]) -> bool:
    for statement in statements:
        loads, stores = _names(statement)
        if name in loads:
            return True
        if name in stores:
            return False
    return False


def _names(statement: ast.stmt) -> tuple[set[str], set[str]]:
    loads: set[str] = set()
    stores: set[str] = set()
    for node in ast.walk(statement):
        if isinstance(node, ast.Name):
            (loads if isinstance(node.ctx, ast.Load) else stores).add(node.id)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            loads.add(node.target.id)
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
        stores.discard(statement.name)
        loads |= stores  # a function's own locals never hide a module-level name from the caller
        stores = set()
    return loads, stores
