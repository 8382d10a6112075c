"""The lint stage (after parse, before run): a static API check against the installed PyMC.

Only ``ast`` is used on the program; nothing of it is executed. Errors: ``OutdatedImport``
(pymc3/theano/aesara), ``RemovedApi`` and ``UnknownName`` (a ``pm.X`` the installed PyMC
lacks), ``UnexpectedKeyword`` (a keyword a distribution, or a wrapper like
``pm.ZeroInflatedPoisson``, does not use; PyMC often drops these silently, e.g.
``pm.Normal("x", 0, sd=10)`` builds sigma=1), and the same two for ArviZ calls (see :mod:`.arviz_lint`). The earliest error stops
the check; later ones become ``lint`` warnings. Names PyMC still hands out with a
deprecation warning become ``deprecated_api`` warnings.
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType

from . import pymc_api
from .arviz_lint import arviz_problems
from .elsewhere import found_elsewhere
from .errors import char_column
from .hints import distribution_call, distribution_hint, parameter_names, plain_text
from .lint_rules import (
    OUTDATED_MODULES,
    REMOVED_API_REPLACEMENTS,
    RENAMED_KEYWORDS,
    guarded_nodes,
    probed_names,
)
from .parse import SubmittedSource
from .pymc_names import PymcNames, pymc_names
from .verdict import WARNING_DEPRECATED_API, WARNING_LINT, CheckError, CheckWarning
from .wrapper_keywords import call_keywords


@dataclass(frozen=True)
class LintResult:
    error: CheckError | None
    warnings: tuple[CheckWarning, ...]


def lint_program(source: SubmittedSource) -> LintResult:
    """Lint ``source`` against the installed PyMC (imported here if it was not yet)."""
    import pymc  # noqa: F401 - the lookups below read the imported modules

    names = pymc_names(source.tree)
    errors: list[tuple[int, int, CheckError]] = []
    notes: list[CheckWarning] = []
    for node, problem in (*_problems(source.tree, names), *arviz_problems(source.tree)):
        if isinstance(problem, str):
            line = getattr(node, "lineno", None)
            if all(note.message != problem for note in notes):
                notes.append(CheckWarning(WARNING_DEPRECATED_API, problem, line))
            continue
        errors.append((node.lineno, node.col_offset, _located(problem, node, source)))
    errors.sort(key=lambda item: item[:2])
    later = [CheckWarning(WARNING_LINT, f"{e.type}: {e.message}", e.line) for _, _, e in errors[1:]]
    return LintResult(errors[0][2] if errors else None, (*later, *notes))


def _located(error: CheckError, node: ast.AST, source: SubmittedSource) -> CheckError:
    line = getattr(node, "lineno", None)
    return CheckError(
        type=error.type,
        message=error.message,
        line=line,
        column=char_column(source, line, getattr(node, "col_offset", None)),
        source_line=source.line_text(line),
        hint=error.hint,
    )


Problem = CheckError | str  # an error (located later), or the text of a deprecation warning


def _problems(tree: ast.AST, names: PymcNames) -> Iterator[tuple[ast.AST, Problem]]:
    guarded = guarded_nodes(tree)
    probed = probed_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield from _keyword_problems(node, names)
        elif id(node) in guarded:
            continue  # compatibility code: names tried under try/except are not findings
        elif isinstance(node, ast.Import | ast.ImportFrom):
            yield from _import_problems(node)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and node.attr not in probed:
            module = pymc_api.resolve(names.path_of(node.value) or ())
            if isinstance(module, ModuleType) and module.__name__.split(".")[0] == "pymc":
                problem = _member_problem(module.__name__, node.attr, names.spelled(node))
                if problem is not None:
                    yield node, problem


def _import_problems(node: ast.Import | ast.ImportFrom) -> Iterator[tuple[ast.AST, Problem]]:
    modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    for module in modules:
        root = module.split(".")[0]
        if root in OUTDATED_MODULES and getattr(node, "level", 0) == 0:
            yield node, CheckError(
                type="OutdatedImport",
                message=f"`{module}` is not part of the PyMC {pymc_api.pymc_version()} stack",
                hint=OUTDATED_MODULES[root],
            )
    if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "pymc":
        for alias in node.names:
            if alias.name == "*":
                continue
            problem = _member_problem(node.module or "", alias.name, f"{node.module}.{alias.name}")
            if problem is not None:
                yield alias, problem


def _member_problem(module_name: str, name: str, spelled: str) -> Problem | None:
    found = pymc_api.member(module_name, name)
    if found.status == "deprecated":
        return f"{spelled} is deprecated in PyMC {pymc_api.pymc_version()}: {plain_text(found.note or '')}"
    if found.status != "missing":
        return None
    version = pymc_api.pymc_version()
    if module_name == "pymc" and name in REMOVED_API_REPLACEMENTS:
        return CheckError(
            type="RemovedApi",
            message=f"{spelled} was removed from PyMC; it does not exist in PyMC {version}",
            hint=REMOVED_API_REPLACEMENTS[name],
        )
    close = difflib.get_close_matches(name, pymc_api.public_names(module_name), n=3, cutoff=0.6)
    prefix = spelled[: len(spelled) - len(name)]
    elsewhere = found_elsewhere(module_name, name, prefix)
    guesses = ([elsewhere] if elsewhere else []) + [prefix + c for c in close]
    return CheckError(
        type="UnknownName",
        message=f"{spelled} does not exist in PyMC {version} ({module_name} has no attribute '{name}')",
        hint=f"did you mean {', '.join(guesses)}?" if guesses else None,
    )


def _keyword_problems(call: ast.Call, names: PymcNames) -> Iterator[tuple[ast.AST, Problem]]:
    found = distribution_call(call, names)
    if found is None:
        return
    cls, spelled, dist_form = found
    keywords = call_keywords(cls, not dist_form)
    if keywords is None:
        return
    accepted = keywords.accepted
    own = parameter_names(cls, dist_form)
    for keyword in call.keywords:
        if keyword.arg is None or keyword.arg in accepted:
            continue
        label = f"{cls.__name__}.dist()" if dist_form else cls.__name__
        listing = f"its parameters are {', '.join(own)}" if own else "it takes no parameters"
        guess = RENAMED_KEYWORDS.get(keyword.arg)
        if guess not in accepted:
            close = difflib.get_close_matches(keyword.arg, own, n=1, cutoff=0.6)
            guess = close[0] if close else None
        advice = f"did you mean {guess}=? " if guess else ""
        yield keyword, CheckError(
            type="UnexpectedKeyword",
            message=f"{label} does not accept the keyword argument '{keyword.arg}'; {listing}",
            hint=advice + distribution_hint(cls, spelled, dist_form),
        )
