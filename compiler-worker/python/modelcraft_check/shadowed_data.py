"""A repair the check makes itself: data whose name a model variable took over, given to ``observed=`` by that name.

Small models name the data and the quantity asked for alike: ``spam = 1`` (the message was seen to contain the word),
then ``spam = pm.Bernoulli("spam", p=0.4)`` and ``observed=spam``. PyMC then refuses a model variable as data
("Variables that depend on other nodes cannot be used for observed data"). What ``observed=`` meant is certain: the
data the name held before the model variable took it. The check gives the data a name of its own (``spam_data``),
uses it where the program read the data (before the model variable took the name, and in the ``observed=`` PyMC
refused), checks the program again and says what it changed. A name bound more than twice, read in a function, or
given to ``pm.Data`` (whose binding reads the name) is left as it is.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .model_context import needs_model
from .parse import with_spans_replaced
from .pymc_names import PymcNames, pymc_names
from .verdict import ProgramRewrite

OBSERVED_MESSAGE = "cannot be used for observed data"


@dataclass(frozen=True)
class Shadowed:
    name: str
    data_line: int  # where the name is bound to the data
    model_line: int  # where a model variable takes the name
    reads: tuple[ast.Name, ...]  # the reads of the data to rename


def with_data_unshadowed(text: str, line: int | None) -> ProgramRewrite | None:
    """The program with the data name that ``observed=`` on ``line`` reads after a model variable took it, renamed."""
    if line is None:
        return None
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    observed = [keyword.value.id for call, keyword in _observed_keywords(tree)
                if isinstance(keyword.value, ast.Name) and call.lineno <= line <= (call.end_lineno or call.lineno)]
    shadowed = _shadowed(tree, observed[0], pymc_names(tree)) if len(observed) == 1 else None
    if shadowed is None:
        return None
    new = _free_name(f"{shadowed.name}_data", _names_in_use(tree))
    code = with_spans_replaced(text, ((read.lineno, read.col_offset, read.end_col_offset, new) for read in shadowed.reads))
    return ProgramRewrite(code, (
        f"`{shadowed.name}` holds the data (line {shadowed.data_line}) until the model variable of line "
        f"{shadowed.model_line} takes the name, and observed= reads it after that: the check named the data `{new}` "
        "and gave that to observed=",))


def _shadowed(tree: ast.Module, name: str, names: PymcNames) -> Shadowed | None:
    """The data binding of ``name`` that a model variable's binding follows, with the reads that mean the data; None
    when the name is used in a function or class, where lines do not tell which binding a read sees."""
    if _in_a_scope_of_its_own(tree, name):
        return None
    bindings = sorted((node for node in ast.walk(tree) if isinstance(node, ast.Assign) and len(node.targets) == 1
                       and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name),
                      key=lambda node: node.lineno)
    stores = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id == name
              and not isinstance(node.ctx, ast.Load)]
    if len(bindings) != 2 or len(stores) != 2:
        return None
    data, model = bindings
    if _builds_model_part(data.value, names) or not _builds_model_part(model.value, names) \
            or any(isinstance(node, ast.Name) and node.id == name for node in ast.walk(model.value)):
        return None
    reads = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id == name
             and data.lineno <= node.lineno < model.lineno]
    observed = [keyword.value for _, keyword in _observed_keywords(tree)
                if isinstance(keyword.value, ast.Name) and keyword.value.id == name and keyword.value.lineno > model.lineno]
    if not observed:
        return None
    return Shadowed(name, data.lineno, model.lineno, tuple(reads + observed))


def _builds_model_part(value: ast.expr, names: PymcNames) -> bool:
    return isinstance(value, ast.Call) and needs_model(value, names)


def _in_a_scope_of_its_own(tree: ast.Module, name: str) -> bool:
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp, ast.SetComp,
              ast.DictComp, ast.GeneratorExp)
    return any(isinstance(inner, ast.Name) and inner.id == name or isinstance(inner, ast.arg) and inner.arg == name
               for scope in ast.walk(tree) if isinstance(scope, scopes) for inner in ast.walk(scope))


def _observed_keywords(tree: ast.Module) -> list[tuple[ast.Call, ast.keyword]]:
    return [(node, keyword) for node in ast.walk(tree) if isinstance(node, ast.Call)
            for keyword in node.keywords if keyword.arg == "observed"]


def _names_in_use(tree: ast.Module) -> set[str]:
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.arg):
            used.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            used.add(node.name)
        elif isinstance(node, ast.alias):
            used.add((node.asname or node.name).split(".")[0])
    return used


def _free_name(wanted: str, taken: set[str]) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    return name
