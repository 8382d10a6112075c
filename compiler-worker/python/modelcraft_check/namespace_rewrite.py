"""A repair the check makes itself: a math function asked of the wrong PyMC namespace, spelled where it lives.

Small models write ``pm.exp``, ``pm.sum`` or ``pm.math.less`` for ``pm.math.exp``, ``pm.math.sum`` and
``pm.math.lt``. The function they meant is certain (the same name, or PyTensor's alias of it, in ``pm.math``), so
the check writes it so, checks the program again and says what it changed. Names that live only in PyTensor
would need an import, and names found nowhere (``pm.DieRoll``) are a modelling mistake: both stay lint errors.
"""

from __future__ import annotations

import ast
from types import ModuleType

from . import pymc_api
from .elsewhere import found_elsewhere
from .lint_rules import guarded_nodes, probed_names
from .parse import with_spans_replaced
from .pymc_names import PymcNames, pymc_names
from .verdict import ProgramRewrite


def into_math_namespace(text: str) -> ProgramRewrite | None:
    """The program with each ``pm.X`` PyMC lacks written as the ``pm.math`` function it names, or None."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    names = pymc_names(tree)
    guarded = guarded_nodes(tree)
    probed = probed_names(tree)
    found: list[tuple[ast.Attribute, str]] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and id(node) not in guarded
                and node.attr not in probed and node.lineno == node.end_lineno):
            replacement = _in_math(node, names)
            if replacement is not None:
                found.append((node, replacement))
    if not found:
        return None
    code = with_spans_replaced(text, ((node.lineno, node.col_offset, node.end_col_offset, replacement)
                                      for node, replacement in found))
    return ProgramRewrite(code, tuple(_changes(found, names)))


def _in_math(node: ast.Attribute, names: PymcNames) -> str | None:
    module = pymc_api.resolve(names.path_of(node.value) or ())
    if not isinstance(module, ModuleType) or module.__name__.split(".")[0] != "pymc":
        return None
    if pymc_api.member(module.__name__, node.attr).status != "missing":
        return None
    spelled = names.spelled(node)
    replacement = found_elsewhere(module.__name__, node.attr, spelled[: len(spelled) - len(node.attr)])
    return replacement if replacement is not None and " " not in replacement else None


def _changes(found: list[tuple[ast.Attribute, str]], names: PymcNames) -> list[str]:
    lines: dict[tuple[str, str], list[int]] = {}
    for node, replacement in found:
        lines.setdefault((names.spelled(node), replacement), []).append(node.lineno)
    version = pymc_api.pymc_version()
    changes = []
    for (spelled, replacement), at in lines.items():
        numbers = sorted(set(at))
        where = f"line{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}"
        changes.append(f"`{spelled}` ({where}) does not exist in PyMC {version}: the check wrote `{replacement}`, "
                       "where PyMC has that function")
    return changes
