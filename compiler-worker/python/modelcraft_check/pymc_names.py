"""How a program refers to PyMC: its import aliases, and the dotted path an expression names.

``import pymc as pm`` makes ``pm.math.exp`` name ``("pymc", "math", "exp")``; ``from pymc
import Normal`` makes ``Normal`` name ``("pymc", "Normal")``. Purely static (``ast`` only).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass

ROOT = "pymc"


@dataclass(frozen=True)
class PymcNames:
    """Local names bound to PyMC modules or objects, by the dotted path they stand for."""

    bindings: Mapping[str, tuple[str, ...]]

    def path_of(self, node: ast.AST) -> tuple[str, ...] | None:
        """The PyMC path ``node`` spells (``pm.math.exp``), or None if it is not one."""
        if isinstance(node, ast.Name):
            return self.bindings.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.path_of(node.value)
            return None if base is None else (*base, node.attr)
        return None

    def spelled(self, node: ast.AST) -> str:
        """How the program wrote ``node`` (e.g. ``pm.Normal``)."""
        try:
            return ast.unparse(node)
        except Exception:  # noqa: BLE001 - an odd node: fall back to its class name
            return type(node).__name__


def pymc_names(tree: ast.AST) -> PymcNames:
    """Collect the PyMC import bindings of ``tree``.

    A name bound to PyMC and also bound to something else anywhere in the program
    (assignment, parameter, another import) is left out: the lint then stays silent about
    it rather than guess.
    """
    bound: dict[str, tuple[str, ...]] = {}
    other: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                _bind_import(alias, bound, other)
        elif isinstance(node, ast.ImportFrom):
            _bind_from_import(node, bound, other)
        else:
            other.update(_names_bound_by(node))
    return PymcNames({name: path for name, path in bound.items() if name not in other})


def _bind_import(alias: ast.alias, bound: dict[str, tuple[str, ...]], other: set[str]) -> None:
    parts = tuple(alias.name.split("."))
    # ``import pymc.math as pmm`` binds the submodule; ``import pymc.math`` binds ``pymc``.
    local, path = (alias.asname, parts) if alias.asname else (parts[0], parts[:1])
    if parts[0] == ROOT:
        bound[local] = path
    else:
        other.add(local)


def _bind_from_import(node: ast.ImportFrom, bound: dict[str, tuple[str, ...]], other: set[str]) -> None:
    module = tuple((node.module or "").split("."))
    from_pymc = node.level == 0 and module[0] == ROOT
    for alias in node.names:
        if alias.name == "*":
            continue
        local = alias.asname or alias.name
        if from_pymc:
            bound[local] = (*module, alias.name)
        else:
            other.add(local)


def _names_bound_by(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
        return [node.id]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.arg):
        return [node.arg]
    if isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
        return [node.name]
    return []
