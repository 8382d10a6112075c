"""A repair the check makes itself: a distribution's parameter passed under a name it does not use, renamed where the
parameter meant is certain.

Small models write ``pm.Poisson("goals", lam=rate)``, ``pm.Dirichlet("p", alpha=[1, 1, 1])`` and
``pm.Multinomial("counts", N=n, p=p)``: names from SciPy, from PyMC 3 or from the problem's text. PyMC then says only
that ``mu`` (``a``, ``n``) is missing. The parameter meant is certain when the name is PyMC 3's old name of it
(``sd``), the same name in other case (``N``), or the call's only unknown keyword while the call lacks exactly one
required parameter and the keyword is what other libraries call that parameter (:data:`OTHER_NAMES`: SciPy's and
NumPy's ``lam`` for a Poisson's ``mu``): then the check renames it, checks the program again and says what it changed. Any other unknown
keyword stays the lint's ``UnexpectedKeyword`` error.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from . import pymc_api
from .hints import distribution_call, presented_parameters
from .lint_rules import RENAMED_KEYWORDS
from .parse import source_lines, with_spans_replaced
from .pymc_names import pymc_names
from .verdict import ProgramRewrite
from .wrapper_keywords import call_keywords


# A required PyMC parameter, and the names other libraries (SciPy, NumPy, PyTorch) or PyMC's other distributions give
# it: pm.Poisson's mu is NumPy's lam, pm.Dirichlet's a is NumPy's alpha, pm.StudentT's nu is SciPy's df, pm.HalfCauchy's
# beta is the scale other distributions call sigma.
OTHER_NAMES: Mapping[str, frozenset[str]] = MappingProxyType({
    "mu": frozenset({"lam", "rate"}),
    "a": frozenset({"alpha"}),
    "nu": frozenset({"df"}),
    "beta": frozenset({"sigma", "scale"}),
    "p": frozenset({"probs"}),
})


@dataclass(frozen=True)
class Renaming:
    keyword: ast.keyword
    meant: str
    spelled: str  # the distribution as the program wrote it


def with_accepted_keywords(text: str) -> ProgramRewrite | None:
    """The program with each unknown keyword of a distribution call renamed to the parameter it certainly means."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    names = pymc_names(tree)
    found = [renaming for node in ast.walk(tree) if isinstance(node, ast.Call)
             for renaming in _renamings(node, names)]
    if not found:
        return None
    lines = [line.encode() for line in source_lines(text)]
    spans = [(r.keyword.lineno, r.keyword.col_offset, r.keyword.col_offset + len(r.keyword.arg.encode()), r.meant)
             for r in found]
    if any(lines[line - 1][start:end].decode() != r.keyword.arg for (line, start, end, _), r in zip(spans, found)):
        return None
    return ProgramRewrite(with_spans_replaced(text, spans), tuple(_change(r) for r in found))


def _renamings(call: ast.Call, names: Any) -> list[Renaming]:
    found = distribution_call(call, names)
    if found is None or any(isinstance(arg, ast.Starred) for arg in call.args):
        return []
    cls, spelled, dist_form = found
    keywords = call_keywords(cls, not dist_form)
    if keywords is None:
        return []
    given = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
    unknown = [keyword for keyword in call.keywords if keyword.arg is not None and keyword.arg not in keywords.accepted]
    missing = _missing_required(cls, dist_form, given, len(call.args) - (0 if dist_form else 1))
    renamings = []
    for keyword in unknown:
        meant = _meant(keyword.arg, keywords.accepted, given, missing, len(unknown))
        if meant is not None:
            renamings.append(Renaming(keyword, meant, spelled))
            given.add(meant)
    return renamings


def _meant(name: str, accepted: frozenset[str], given: set[str], missing: list[str], unknown: int) -> str | None:
    renamed = RENAMED_KEYWORDS.get(name)
    if renamed in accepted and renamed not in given:
        return renamed
    same = [parameter for parameter in accepted if parameter.lower() == name.lower() and parameter not in given]
    if len(same) == 1:
        return same[0]
    if unknown == 1 and len(missing) == 1 and name in OTHER_NAMES.get(missing[0], ()):
        return missing[0]
    return None


def _missing_required(cls: Any, dist_form: bool, given: set[str], positional: int) -> list[str]:
    """The parameters without a default that the call gives neither by position nor by name."""
    named_kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    parameters = [p for p in presented_parameters(cls, dist_form) if p.kind in named_kinds]
    by_position = {p.name for p in parameters[:max(positional, 0)] if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD}
    return [p.name for p in parameters
            if p.default is inspect.Parameter.empty and p.name not in given and p.name not in by_position]


def _change(renaming: Renaming) -> str:
    return (f"`{renaming.spelled}` (line {renaming.keyword.lineno}) does not use the keyword `{renaming.keyword.arg}` "
            f"in PyMC {pymc_api.pymc_version()}: the check wrote `{renaming.meant}`, the parameter it means")
