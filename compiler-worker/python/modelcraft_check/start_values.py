"""The second repair the check makes itself: starting values where the model's log-probability is finite.

``pm.sample()`` starts from the model's initial point (each variable's support point, e.g. the middle of its
prior) and stops at once when the log-probability is not finite there. Small models often write models that
are possible, but not at that point: a population whose prior middle lies below the count drawn from it, a
``pm.Potential`` for "A is taller than B" with both starting at the same height. Then some draw from the priors
makes the data possible. The check looks for one among the free variables the failing terms depend on, writes
it into the program as ``initval=`` and checks the program again. When no draw makes the terms finite, the model
cannot produce the data, and the error stands. So it does when some draw gives parameters PyMC refuses or a
log-probability that is not a number (a Normal as a Poisson mean, the log of a Normal): such a model is wrong in
a region the sampler would reach, and the hint on its parameters says how to fix it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import first_call_naming
from .informed import free_ancestors
from .verdict import ProgramRewrite

SEARCH_DRAWS = 200
SIGNIFICANT_DIGITS = 4


@dataclass(frozen=True)
class StartValues:
    """Starting values (on each variable's own scale) that make every log-probability term finite."""

    values: dict[str, Any]
    failing_terms: tuple[str, ...]


def finite_start(model: Any, seed: int) -> StartValues | None:
    """Prior draws for the free variables behind the non-finite terms at the initial point, or None."""
    import pymc as pm
    from pymc.model.transform.conditioning import remove_value_transforms

    plain = _without_transforms(model, remove_value_transforms)
    start = {name: np.asarray(value) for name, value in plain.initial_point(random_seed=seed).items()}
    terms = plain.point_logps(start)
    failing = tuple(name for name, value in terms.items() if not np.all(np.isfinite(value)))
    blamed_ids = free_ancestors(model, [model.named_vars[name] for name in failing if name in model.named_vars])
    blamed = [rv for rv in model.free_RVs if id(rv) in blamed_ids]
    if not failing or not blamed:
        return None
    checked = plain.compile_logp(sum=False)
    plain.check_bounds = False
    unchecked = plain.compile_logp(sum=False)
    draws = pm.draw(blamed, draws=SEARCH_DRAWS, random_seed=seed)
    found: StartValues | None = None
    for index in range(SEARCH_DRAWS):
        candidate = dict(start)
        candidate.update({str(rv.name): _rounded(drawn[index]) for rv, drawn in zip(blamed, draws)})
        logps = [np.asarray(term, dtype=float) for term in checked(candidate)]
        if any(_refused(term, raw) for term, raw in zip(logps, unchecked(candidate))):
            return None
        if found is None and all(np.all(np.isfinite(term)) for term in logps):
            found = StartValues({str(rv.name): candidate[str(rv.name)] for rv in blamed}, failing)
    return found


def _refused(term: np.ndarray, unchecked: object) -> bool:
    """A term that is not a number, or -inf only because PyMC refuses its parameters (the same term without
    PyMC's parameter checks is not -inf), rather than because the data lie outside its support."""
    raw = np.broadcast_to(np.asarray(unchecked, dtype=float), term.shape)
    return bool(np.any(np.isnan(term)) or np.any(np.isneginf(term) & ~np.isneginf(raw)))


def _without_transforms(model: Any, remove_value_transforms: Any) -> Any:
    """The model without value transforms; PyMC refuses to copy a model whose program set initval=, so the copy
    starts from the default initial point and the program's own starting values are what the search replaces."""
    saved = dict(model.rvs_to_initial_values)
    try:
        model.rvs_to_initial_values = dict.fromkeys(saved)
        return remove_value_transforms(model)
    finally:
        model.rvs_to_initial_values = saved


def with_start_values(text: str, start: StartValues) -> ProgramRewrite | None:
    """The program with ``initval=`` in the call that creates each variable, or None if a call is not found."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, int, int, str]] = []
    written: list[str] = []
    for name, value in start.values.items():
        call = first_call_naming(tree, name)
        if call is None:
            return None
        edits.append(_initval_edit(lines, call, _literal(value)))
        written.append(f"{name} = {_literal(value)} (line {call.lineno})")
    for edit in sorted(edits, reverse=True):
        lines = _applied(lines, edit)
    code = "".join(lines)
    try:
        ast.parse(code)
    except SyntaxError:
        return None
    change = (f"the log-probability was not finite where sampling starts ({', '.join(start.failing_terms)}); "
              f"the check started {'it' if len(written) == 1 else 'them'} from a draw of the priors where it is: "
              f"initval= {'; '.join(written)}")
    return ProgramRewrite(code, (change,))


def _initval_edit(lines: list[str], call: ast.Call, literal: str) -> tuple[int, int, int, int, str]:
    """(line, column, end line, end column, text): replace an existing initval= or add one after the last argument."""
    for keyword in call.keywords:
        if keyword.arg == "initval":
            value = keyword.value
            return (value.lineno, _chars(lines, value.lineno, value.col_offset),
                    value.end_lineno or value.lineno, _chars(lines, value.end_lineno, value.end_col_offset), literal)
    last = max([*call.args, *(keyword.value for keyword in call.keywords)],
               key=lambda node: (node.end_lineno or 0, node.end_col_offset or 0))
    line = last.end_lineno or last.lineno
    column = _chars(lines, line, last.end_col_offset)
    return line, column, line, column, f", initval={literal}"


def _applied(lines: list[str], edit: tuple[int, int, int, int, str]) -> list[str]:
    line, column, end_line, end_column, text = edit
    head = lines[line - 1][:column]
    tail = lines[end_line - 1][end_column:]
    return lines[:line - 1] + [head + text + tail] + lines[end_line:]


def _chars(lines: list[str], line: int | None, byte_offset: int | None) -> int:
    """AST columns count UTF-8 bytes; string slicing counts characters."""
    text = lines[(line or 1) - 1]
    return len(text.encode("utf-8")[: byte_offset or 0].decode("utf-8", errors="ignore"))


def _rounded(value: Any) -> Any:
    array = np.asarray(value)
    if array.dtype.kind in "iub":
        return array
    return np.asarray(np.vectorize(lambda x: float(f"{x:.{SIGNIFICANT_DIGITS}g}"))(array), dtype=array.dtype) \
        if array.size else array


def _literal(value: Any) -> str:
    array = np.asarray(value)
    return repr(array.tolist()) if array.ndim else repr(array.item())
