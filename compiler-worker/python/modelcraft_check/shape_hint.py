"""The hint for "Incompatible ... shapes": which data arrays of the program have the clashing lengths.

Small models often miscount when they copy a problem's data: 22 outcomes for 23 temperatures. PyMC's
message gives only the shapes; the hint names the program's own arrays of those lengths.
"""

from __future__ import annotations

import ast
import re

_SHAPES = re.compile(r"[Ii]ncompatible .*?shapes? \[(.*)\]")
_ONE_DIMENSION = re.compile(r"\((\d+),\)")
MAX_NAMED = 4


def shape_hint(message: str, tree: ast.Module) -> str | None:
    """For a shape clash between vectors, the program's literal arrays with those lengths, if any."""
    found = _SHAPES.search(message)
    if found is None:
        return None
    lengths = {int(n) for n in _ONE_DIMENSION.findall(found.group(1))} - {1}
    if len(lengths) < 2:
        return None
    arrays = [(name, size) for name, size in literal_arrays(tree) if size in lengths]
    if len({size for _, size in arrays}) < 2:
        return None
    shown = ", ".join(f"`{name}` has {size} values" for name, size in arrays[:MAX_NAMED])
    return (f"{shown}: arrays that pair up observation by observation must have the same length. "
            "Count them again against the problem's data.")


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
