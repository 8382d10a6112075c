"""The hint for "Incompatible ... shapes": which data arrays of the program have the clashing lengths.

Small models often miscount when they copy a problem's data: 22 outcomes for 23 temperatures. PyMC's
message gives only the shapes; the hint names the program's own arrays of those lengths. They also
subtract one group's observed variable from another's (21 treatment scores minus 23 control scores) to
compare the groups: then the hint says to compare the groups' parameters instead.
"""

from __future__ import annotations

import ast
import re

_SHAPES = re.compile(r"[Ii]ncompatible .*?shapes? \[(.*)\]")
_ONE_DIMENSION = re.compile(r"\((\d+),\)")
MAX_NAMED = 4


def shape_hint(message: str, tree: ast.Module, line: int | None = None) -> str | None:
    """For a shape clash between vectors, the program's literal arrays with those lengths, if any."""
    lengths = clashing_lengths(message)
    if len(lengths) < 2:
        return None
    groups = _observed_groups_combined(tree, line, lengths)
    if groups:
        shown = " and ".join(f"`{name}` ({size} observations)" for name, size in groups)
        return (f"line {line} combines {shown} value by value, but groups of different sizes do not pair up. "
                "To compare the groups, compare their parameters (the difference of their means, say, as a "
                "pm.Deterministic of the two mean variables), not their observations.")
    arrays = [(name, size) for name, size in literal_arrays(tree) if size in lengths]
    if len({size for _, size in arrays}) < 2:
        return None
    shown = ", ".join(f"`{name}` has {size} values" for name, size in arrays[:MAX_NAMED])
    return (f"{shown}: arrays that pair up observation by observation must have the same length. "
            "Count them again against the problem's data.")


def clashing_lengths(message: str) -> set[int]:
    """The vector lengths (other than 1) of a shape clash's message: {50, 30} of "Incompatible Elemwise input shapes
    [(50,), (30,)]"."""
    found = _SHAPES.search(message)
    return set() if found is None else {int(n) for n in _ONE_DIMENSION.findall(found.group(1))} - {1}


def literal_arrays(tree: ast.Module) -> list[tuple[str, int]]:
    """``(name, length)`` of each top-level ``name = [...]`` or ``name = np.array([...])``."""
    arrays = []
    for statement in tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target, value = statement.targets[0], statement.value
        if isinstance(value, ast.Call) and value.args and len(value.keywords) <= 1:  # np.array([...], dtype=...)
            value = value.args[0]
        if isinstance(target, ast.Name) and isinstance(value, (ast.List, ast.Tuple)):
            arrays.append((target.id, len(value.elts)))
    return arrays


def _observed_groups_combined(tree: ast.Module, line: int | None, lengths: set[int]) -> list[tuple[str, int]]:
    """The observed variables of clashing lengths that the statement at ``line`` uses, with their lengths."""
    if line is None:
        return []
    sizes = dict(literal_arrays(tree))
    observed = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Call):
            data = next((k.value for k in node.value.keywords if k.arg == "observed"), None)
            if isinstance(data, ast.Name) and sizes.get(data.id) in lengths:
                observed[node.targets[0].id] = sizes[data.id]
    statement = next((node for node in ast.walk(tree) if isinstance(node, ast.stmt) and not hasattr(node, "body")
                      and node.lineno <= line <= (node.end_lineno or node.lineno)), None)
    if statement is None:
        return []
    used = []
    for node in ast.walk(statement):
        if isinstance(node, ast.Name) and node.id in observed and (node.id, observed[node.id]) not in used:
            used.append((node.id, observed[node.id]))
    return used if len({size for _, size in used}) >= 2 else []
