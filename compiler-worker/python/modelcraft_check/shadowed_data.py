"""A repair the check makes itself: data whose name a model variable took over, given to ``observed=`` by that name.

Small models name the data and the quantity asked for alike: ``spam = 1`` (the message was seen to contain the word),
then ``spam = pm.Bernoulli("spam", p=0.4)`` and ``observed=spam``. PyMC then refuses a model variable as data
("Variables that depend on other nodes cannot be used for observed data"). What ``observed=`` meant is certain: the
data the name held before the model variable took it. The check gives the data a name of its own (``spam_data``),
uses it where the program read the data (before the model variable took the name, and in ``observed=``), checks the
program again and says what it changed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .parse import source_lines
from .pymc_names import PymcNames, pymc_names
from .verdict import ProgramRewrite

OBSERVED_MESSAGE = "cannot be used for observed data"


@dataclass(frozen=True)
class Shadowed:
    name: str
    data_line: int  # where the name is bound to the data
    model_line: int  # where a model variable takes the name
    reads: tuple[ast.Name, ...]  # the reads of the data to rename


def with_data_unshadowed(text: str) -> ProgramRewrite | None:
    """The program with each data name a model variable took over, and that ``observed=`` reads, renamed."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    names = pymc_names(tree)
    taken = set(_bound_names(tree))
    found = [shadowed for name in _observed_names(tree) if (shadowed := _shadowed(tree, name, names)) is not None]
    if not found:
        return None
    renamed: list[tuple[ast.Name, str]] = []
    changes = []
    for shadowed in found:
        new = _free_name(f"{shadowed.name}_data", taken)
        taken.add(new)
        renamed.extend((read, new) for read in shadowed.reads)
        changes.append(f"`{shadowed.name}` holds the data (line {shadowed.data_line}) until the model variable of line "
                       f"{shadowed.model_line} takes the name, and observed= reads it after that: the check named the "
                       f"data `{new}` and gave that to observed=")
    lines = [line.encode() for line in source_lines(text)]
    for node, new in sorted(renamed, key=lambda item: (item[0].lineno, item[0].col_offset), reverse=True):
        raw = lines[node.lineno - 1]
        lines[node.lineno - 1] = raw[: node.col_offset] + new.encode() + raw[node.end_col_offset:]
    return ProgramRewrite(b"\n".join(lines).decode() + "\n", tuple(changes))


def _shadowed(tree: ast.Module, name: str, names: PymcNames) -> Shadowed | None:
    """The data binding of ``name`` that a model variable's binding follows, with the reads that mean the data."""
    bindings = sorted((node for node in ast.walk(tree) if isinstance(node, ast.Assign) and len(node.targets) == 1
                       and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name),
                      key=lambda node: node.lineno)
    model_bindings = [node for node in bindings if _builds_model_part(node.value, names)]
    if len(bindings) != 2 or len(model_bindings) != 1 or bindings[1] is not model_bindings[0]:
        return None
    data, model = bindings
    loads = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id == name]
    before = [node for node in loads if data.lineno <= node.lineno < model.lineno or node is data.targets[0]]
    observed = [keyword.value for keyword in _observed_keywords(tree)
                if isinstance(keyword.value, ast.Name) and keyword.value.id == name and keyword.value.lineno > model.lineno]
    if not observed:
        return None
    return Shadowed(name, data.lineno, model.lineno, tuple(before + observed))


def _builds_model_part(value: ast.expr, names: PymcNames) -> bool:
    if not isinstance(value, ast.Call):
        return False
    target = value.func.value if isinstance(value.func, ast.Attribute) and value.func.attr == "dist" else value.func
    path = names.path_of(target)
    return bool(path) and path[0] == "pymc"


def _observed_keywords(tree: ast.Module) -> list[ast.keyword]:
    return [keyword for node in ast.walk(tree) if isinstance(node, ast.Call)
            for keyword in node.keywords if keyword.arg == "observed"]


def _observed_names(tree: ast.Module) -> list[str]:
    return list(dict.fromkeys(keyword.value.id for keyword in _observed_keywords(tree)
                              if isinstance(keyword.value, ast.Name)))


def _bound_names(tree: ast.Module) -> list[str]:
    return [node.id for node in ast.walk(tree) if isinstance(node, ast.Name)]


def _free_name(wanted: str, taken: set[str]) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    return name
