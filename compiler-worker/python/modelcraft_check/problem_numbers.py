"""Whether a program uses the numbers its problem states: written in the code (also as arithmetic, a ratio of two
of them, or a range that spans them), in a comment, or held by the program's values and observed data.

0 and 1 are left out, and so are numbers that label things ("bowl 2", "May 11").
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from .parse import SubmittedSource
from .verdict import CheckError

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])(%?)")
# Not quantities: `code spans`, and identifiers such as a UUID a caller put in the problem to find its job again.
_NOT_PROSE = re.compile(r"`[^`]*`|\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
# 0 and 1 are everywhere (bounds, indicator values) and say nothing about whether the data were used.
_TOO_COMMON = {0.0, 1.0}
# A number after one of these words names a thing ("bowl 2", "May 11") rather than stating a quantity.
_LABEL_BEFORE = re.compile(
    r"\b(?:[Bb]owl|[Mm]achine|[Gg]roup|[Hh]ospital|[Ss]chool|[Dd]ay|[Ss]ession|[Rr]ound|[Pp]lant|[Ss]tep|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\s+$")
MAX_ARRAY_VALUES = 100_000


def unused_numbers_error(problem: str, source: SubmittedSource, namespace: dict[str, Any],
                         model: Any) -> CheckError | None:
    used = program_numbers(source, namespace, model)
    stated = problem_numbers(problem)
    in_ratios = _used_in_ratios([values[0] for _, values in stated], used)
    missing = [text for text, values in stated
               if values[0] not in in_ratios and not any(_among(v, used) for v in values)]
    if not missing:
        return None
    shown = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
    return CheckError(
        type="UnusedProblemNumbers",
        message=f"the problem states {shown}, which the program never uses: the model leaves out part of what "
                "the problem says",
        hint=("Every number the problem states belongs in the model: as observed data of a likelihood "
              "(observed=...), as the size of the data (n= of a Binomial, the length of an array), or as a "
              "parameter of a prior. A number that only labels something (a bowl, a day) can go into a comment."))


def problem_numbers(problem: str) -> list[tuple[str, tuple[float, ...]]]:
    """Each number written in the problem (outside `code spans`), with the values that count as using it."""
    found: dict[str, tuple[float, ...]] = {}
    prose = _NOT_PROSE.sub(" ", problem)
    for match in _NUMBER.finditer(prose):
        text = match.group(0)
        if _LABEL_BEFORE.search(prose[max(0, match.start() - 12):match.start()]):
            continue
        value = float(text.rstrip("%"))
        if value in _TOO_COMMON:
            continue
        found.setdefault(text, (value, value / 100) if text.endswith("%") else (value,))
    return list(found.items())


def program_numbers(source: SubmittedSource, namespace: dict[str, Any], model: Any) -> set[float]:
    numbers = set(_literal_numbers(source.tree))
    numbers.update(_numbers_in_comments_and_strings(source.text))
    for value in list(namespace.values()) + _observed_values(model):
        numbers.update(_values_of(value))
    return numbers


def _used_in_ratios(stated: list[float], used: set[float]) -> set[float]:
    """30 vanilla and 10 chocolate cookies are used when the program writes 0.75 (or 3/4) for their ratio.

    Only fractions below 1 count: whole-number ratios of small counts (12 / 6 = 2) are in most programs anyway."""
    found: set[float] = set()
    for a in stated:
        for b in stated:
            if a < b and a > 0 and (_among(a / (a + b), used) or _among(b / (a + b), used) or _among(a / b, used)):
                found.update((a, b))
    return found


def _among(value: float, numbers: set[float]) -> bool:
    return value in numbers or any(abs(value - n) <= 1e-9 * max(1.0, abs(value)) for n in numbers)


def _literal_numbers(tree: ast.Module) -> Iterator[float]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            yield float(node.value)
        elif isinstance(node, ast.BinOp):
            folded = _folded(node)
            if folded is not None:
                yield folded
        elif isinstance(node, ast.Call) and _called_name(node) in ("range", "arange"):
            yield from _range_span(node)


def _folded(node: ast.expr) -> float | None:
    """The value of arithmetic on written numbers, such as 3 / 4 or 1 / (30 + 10)."""
    if isinstance(node, ast.Constant):
        value = node.value
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if not isinstance(node, ast.BinOp) or not isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
        return None
    left, right = _folded(node.left), _folded(node.right)
    if left is None or right is None or (isinstance(node.op, ast.Div) and right == 0):
        return None
    if isinstance(node.op, ast.Add):
        return left + right
    if isinstance(node.op, ast.Sub):
        return left - right
    return left * right if isinstance(node.op, ast.Mult) else left / right


def _range_span(call: ast.Call) -> Iterator[float]:
    """range(1851, 1901) uses the years 1851 to 1900, although 1900 is written nowhere."""
    bounds = [a.value for a in call.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, int)]
    if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= MAX_ARRAY_VALUES:
        yield from (float(v) for v in range(bounds[0], bounds[1] + 1))


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


def _numbers_in_comments_and_strings(text: str) -> Iterator[float]:
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return
    for token in tokens:
        if token.type in (tokenize.COMMENT, tokenize.STRING):
            yield from (float(m.group(0).rstrip("%")) for m in _NUMBER.finditer(token.string))


def _observed_values(model: Any) -> list[Any]:
    values = []
    for variable in model.observed_RVs:
        data = model.rvs_to_values.get(variable)
        constant = getattr(data, "data", None)
        if constant is None and hasattr(data, "get_value"):
            constant = data.get_value()
        if constant is not None:
            values.append(constant)
    return values


def _values_of(value: Any) -> Iterable[float]:
    """The numbers a run-time value holds, and the length of an array of them."""
    if isinstance(value, bool):
        return ()
    if isinstance(value, (int, float, np.integer, np.floating)):
        return (float(value),)
    if isinstance(value, (list, tuple)) and 0 < len(value) <= MAX_ARRAY_VALUES:
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return [float(v) for v in value] + [float(len(value))]
        return ()
    if isinstance(value, np.ndarray) and 0 < value.size <= MAX_ARRAY_VALUES and value.dtype.kind in "iuf":
        return [float(v) for v in value.ravel()] + [float(n) for n in value.shape]
    return ()
