"""The one repair the check makes itself: statements that build model parts outside the model, moved into it.

Small models put ``idata = pm.sample()`` under the ``with pm.Model()`` block without indenting it, open the block
after the first prior, or leave it out; PyMC then fails with "No model on context stack", and the same models
often keep doing so when told. Indenting a run of top-level statements under the one model block changes nothing
else about them, so the check does it, re-checks the result and says what it moved.
"""

from __future__ import annotations

import ast
from .model_context import needs_model, opens_model
from .parse import source_lines
from .pymc_names import PymcNames, pymc_names
from .verdict import ProgramRewrite

DEFAULT_INDENT = "    "


def move_into_model(text: str) -> ProgramRewrite | None:
    """The program with its top-level model statements under one model block, or None when that is not safe."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    names = pymc_names(tree)
    body = tree.body
    blocks = [i for i, stmt in enumerate(body) if isinstance(stmt, ast.With) and opens_model(stmt, names)]
    needing = [i for i, stmt in enumerate(body) if i not in blocks and _builds_model_part(stmt, names)]
    if len(blocks) > 1 or not needing or any(_has_multiline_string(body[i]) for i in needing):
        return None
    lines = source_lines(text)
    if not blocks:
        return _wrapped(lines, body, needing[0], needing[-1], tree)
    return _moved(lines, body, blocks[0], needing)


def _moved(lines: list[str], body: list[ast.stmt], block: int, needing: list[int]) -> ProgramRewrite | None:
    with_stmt = body[block]
    first = min(needing[0], block)
    last = max(needing[-1], block)
    if any(_has_multiline_string(body[i]) for i in range(first, last + 1) if i != block):
        return None
    indent = _body_indent(lines, with_stmt)
    start, end = _first_line(body[first]), body[last].end_lineno
    header = lines[with_stmt.lineno - 1: with_stmt.body[0].lineno - 1]
    before = _indented(lines, _first_line(body[first]), _first_line(with_stmt) - 1, indent) if first < block else []
    inner = lines[with_stmt.body[0].lineno - 1: with_stmt.end_lineno]
    after = _indented(lines, with_stmt.end_lineno + 1, end, indent) if last > block else []
    rewritten = lines[: start - 1] + header + before + inner + after + lines[end:]
    moved = [_first_line(body[i]) for i in needing]
    change = (f"{_line_words(moved)} built model parts outside the `with pm.Model()` block opened at line "
              f"{with_stmt.lineno}: the check moved {'it' if len(moved) == 1 else 'them'} into that block")
    return _checked(rewritten, change)


def _wrapped(lines: list[str], body: list[ast.stmt], first: int, last: int, tree: ast.Module) -> ProgramRewrite | None:
    if any(isinstance(n, ast.Name) and n.id == "model" for n in ast.walk(tree)):
        return None
    if any(_has_multiline_string(body[i]) for i in range(first, last + 1)):
        return None
    start, end = _first_line(body[first]), body[last].end_lineno
    rewritten = (lines[: start - 1] + ["with pm.Model() as model:"]
                 + _indented(lines, start, end, DEFAULT_INDENT) + lines[end:])
    change = (f"lines {start} to {end} built model parts with no model: the check put them under a new "
              "`with pm.Model() as model:` block")
    return _checked(rewritten, change)


def _checked(lines: list[str], change: str) -> ProgramRewrite | None:
    code = "\n".join(lines) + "\n"
    try:
        ast.parse(code)
    except SyntaxError:
        return None
    return ProgramRewrite(code, (change,))


def _builds_model_part(stmt: ast.stmt, names: PymcNames) -> bool:
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return False
    return any(isinstance(node, ast.Call) and needs_model(node, names) for node in ast.walk(stmt))


def _has_multiline_string(stmt: ast.stmt) -> bool:
    return any(isinstance(node, ast.Constant) and isinstance(node.value, str) and node.end_lineno != node.lineno
               for node in ast.walk(stmt))


def _first_line(stmt: ast.stmt) -> int:
    decorators = getattr(stmt, "decorator_list", [])
    return min([stmt.lineno, *(d.lineno for d in decorators)])


def _body_indent(lines: list[str], with_stmt: ast.With) -> str:
    first = lines[with_stmt.body[0].lineno - 1]
    return first[: len(first) - len(first.lstrip())] or DEFAULT_INDENT


def _indented(lines: list[str], start: int, end: int, indent: str) -> list[str]:
    return [indent + line if line.strip() else line for line in lines[start - 1: end]]


def _line_words(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:3]) + (", ..." if len(numbers) > 3 else "")
    return ("line " if len(numbers) == 1 else "lines ") + shown
