"""A repair the check makes itself: a distribution's parameter passed under a name it does not use, renamed where the
parameter meant is certain.

Small models write ``pm.Poisson("goals", lam=rate)``, ``pm.Dirichlet("p", alpha=[1, 1, 1])`` and
``pm.Multinomial("counts", N=n, p=p)``: names from SciPy, from PyMC 3 or from the problem's text. PyMC then says only
that ``mu`` (``a``, ``n``) is missing. The parameter meant is certain when the name is PyMC 3's old name of it
(``sd``), the same name in other case (``N``), or the call's only unknown keyword while the call lacks exactly one
required parameter and the keyword is a parameter of another PyMC distribution (``lam`` is ``pm.Exponential``'s):
then the check renames it, checks the program again and says what it changed. Any other unknown
keyword stays the lint's ``UnexpectedKeyword`` error.
"""

from __future__ import annotations

import ast
import functools
import inspect
from dataclasses import dataclass
from typing import Any

from . import pymc_api
from .hints import distribution_call, presented_parameters
from .lint_rules import RENAMED_KEYWORDS
from .parse import source_lines
from .pymc_names import pymc_names
from .verdict import ProgramRewrite
from .wrapper_keywords import call_keywords


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
    for renaming in sorted(found, key=lambda r: (r.keyword.lineno, r.keyword.col_offset), reverse=True):
        raw, start = lines[renaming.keyword.lineno - 1], renaming.keyword.col_offset
        old = renaming.keyword.arg.encode()
        if raw[start: start + len(old)] != old:
            return None
        lines[renaming.keyword.lineno - 1] = raw[:start] + renaming.meant.encode() + raw[start + len(old):]
    return ProgramRewrite(b"\n".join(lines).decode() + "\n", tuple(_change(r) for r in found))


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
    if unknown == 1 and len(missing) == 1 and name in _parameter_names():
        return missing[0]
    return None


@functools.lru_cache(maxsize=1)
def _parameter_names() -> frozenset[str]:
    """The names of the parameters of PyMC's distributions: what a model may mistake for another's parameter, unlike
    ``observed_data`` or ``obs``."""
    import pymc

    return frozenset(parameter.name for name in pymc.distributions.__all__
                     if pymc_api.is_distribution(cls := getattr(pymc.distributions, name, None))
                     for parameter in pymc_api.own_parameters(cls)
                     if parameter.kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY))


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
