"""The hint for a ``NameError``: where the name is defined if it is (too late, or by another spelling), else
that the program never defines it.

Seen in the quality benchmark: a second attempt that kept the model and dropped the data it used
(``observed`` in german-tank), and a variable used as a parameter of its own definition
(``die_6 = pm.Binomial("die_6", n=1, p=die_6, ...)`` in dice).
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re

_UNDEFINED = re.compile(r"name '(\w+)' is not defined")


def undefined_name_hint(message: str, tree: ast.Module, line: int | None) -> str | None:
    found = _UNDEFINED.search(message)
    if found is None:
        return None
    name = found.group(1)
    where = f"line {line}" if line is not None else "the program"
    definitions = _assignments(tree)
    spans = sorted(definitions.get(name, ()))
    lines = [start for start, _ in spans]
    if line is not None and any(start <= line <= end for start, end in spans):
        return (f"`{name}` is used in its own definition at {where}: a variable cannot be a parameter of itself. "
                f"Give the parameter its own name and prior, defined above this line.")
    if lines:
        return f"`{name}` is only defined at line {lines[0]}, after its use at {where}: define it above its first use."
    close = difflib.get_close_matches(name, [n for n in definitions if not hasattr(builtins, n)], n=2, cutoff=0.7)
    guess = f" Did you mean {' or '.join(f'`{c}`' for c in close)}?" if close else ""
    return (f"`{name}` is used at {where} but the program never defines it: define it above its first use "
            f"(data as a NumPy array of the problem's numbers, a parameter as a prior).{guess}")


def _assignments(tree: ast.Module) -> dict[str, set[tuple[int, int]]]:
    """Each name the program binds, with the first and last lines of the statements that bind it."""
    bound: dict[str, set[tuple[int, int]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.For, ast.With)):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [item.optional_vars for item in node.items if item.optional_vars] if isinstance(node, ast.With) else \
                [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        bound.setdefault(name.id, set()).add(_span(node))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.setdefault(node.name, set()).add(_span(node))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bound.setdefault((alias.asname or alias.name).split(".")[0], set()).add(_span(node))
    return bound


def _span(node: ast.stmt) -> tuple[int, int]:
    # A ``with`` or ``for`` binds on its first line only; its body is not part of the binding.
    end = node.lineno if isinstance(node, (ast.With, ast.For, ast.FunctionDef, ast.ClassDef)) else node.end_lineno
    return node.lineno, end or node.lineno
