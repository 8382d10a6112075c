"""ArviZ calls checked against the installed ArviZ, statically, before anything runs: an ArviZ 0.x call after
``pm.sample()`` (``az.plot_posterior``, ``hdi_prob=``) would crash when the user runs the program. Only names bound
by ``import arviz [as az]`` are followed; a call the lint cannot see (``**options``, ``getattr``) fails when the code
after ``pm.sample()`` runs, and :func:`arviz_runtime_hint` words its hint the same way."""

from __future__ import annotations

import ast
import difflib
import inspect
import re
from collections.abc import Iterator
from typing import Any

from .verdict import CheckError

ROOT = "arviz"

# ArviZ 0.x names whose ArviZ 1 successor has another name; each is used only if the installed ArviZ has it.
RENAMED_FUNCTIONS: dict[str, str] = {
    "plot_posterior": "plot_dist",
    "plot_density": "plot_dist",
    "plot_kde": "plot_dist",
    "plot_ppc": "plot_ppc_dist",
}
# ArviZ 0.x keywords; the first successor the called function accepts is suggested.
RENAMED_KEYWORDS: dict[str, tuple[str, ...]] = {
    "hdi_prob": ("prob", "ci_prob"),
    "credible_interval": ("prob", "ci_prob"),
}


_MISSING_ATTRIBUTE = re.compile(r"module 'arviz' has no attribute '(?P<name>\w+)'")
_REFUSED_KEYWORD = re.compile(r"^(?P<function>\w+)(?:\(\))? got an unexpected keyword argument:? '(?P<keyword>\w+)'")


def arviz_runtime_hint(message: str) -> str | None:
    """The lint's hint for an ArviZ function the installed ArviZ lacks, or a keyword one of its functions refused,
    read from the error the program raised."""
    import arviz

    version = getattr(arviz, "__version__", "?")
    missing = _MISSING_ATTRIBUTE.search(message)
    if missing is not None:
        return _unknown(arviz, missing["name"], f"az.{missing['name']}", version).hint
    refused = _REFUSED_KEYWORD.search(message)
    function = getattr(arviz, refused["function"], None) if refused is not None else None
    if refused is None or not callable(function):
        return None
    call = ast.Call(func=ast.Name(refused["function"]), args=[],
                    keywords=[ast.keyword(arg=refused["keyword"], value=ast.Constant(None))])
    found = next(_keyword_problems(call, function, f"az.{refused['function']}", version), None)
    return None if found is None else found[1].hint


def arviz_problems(tree: ast.AST) -> Iterator[tuple[ast.AST, CheckError]]:
    """Each call of an ArviZ function the installed ArviZ lacks, or with a keyword it refuses."""
    aliases = _arviz_aliases(tree)
    if not aliases:
        return
    import arviz

    version = getattr(arviz, "__version__", "?")
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in aliases):
            continue
        spelled = f"{node.func.value.id}.{node.func.attr}"
        function = getattr(arviz, node.func.attr, None)
        if function is None:
            yield node, _unknown(arviz, node.func.attr, spelled, version)
        elif callable(function):
            yield from _keyword_problems(node, function, spelled, version)


def _unknown(arviz: Any, name: str, spelled: str, version: str) -> CheckError:
    prefix = spelled[: len(spelled) - len(name)]
    successor = RENAMED_FUNCTIONS.get(name)
    guesses = [successor] if successor and hasattr(arviz, successor) else difflib.get_close_matches(
        name, [n for n in dir(arviz) if not n.startswith("_")], n=3, cutoff=0.6)
    import pymc

    if not successor and callable(getattr(pymc, name, None)):
        hint = (f"{name} is PyMC's, not ArviZ's: call pm.{name}(...) inside the model block, after pm.sample, "
                "as PyMC's documentation shows")
    else:
        hint = f"ArviZ {version} calls it {', '.join(prefix + g for g in guesses)}" if guesses else None
    return CheckError(
        type="UnknownName",
        message=f"{spelled} does not exist in ArviZ {version} (arviz has no attribute '{name}')",
        hint=hint,
    )


def _keyword_problems(call: ast.Call, function: Any, spelled: str, version: str) -> Iterator[tuple[ast.AST, CheckError]]:
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return
    named = [p.name for p in parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    open_ended = any(p.kind == p.VAR_KEYWORD for p in parameters.values())
    for keyword in call.keywords:
        if keyword.arg is None or keyword.arg in named:
            continue
        successor = next((s for s in RENAMED_KEYWORDS.get(keyword.arg, ()) if s in named), None)
        if successor is None and open_ended:
            continue  # passed on to ArviZ's plotting or statistics backends: only ArviZ can tell
        close = [successor] if successor else difflib.get_close_matches(keyword.arg, named, n=1, cutoff=0.6)
        yield keyword, CheckError(
            type="UnexpectedKeyword",
            message=f"{spelled}() in ArviZ {version} does not accept the keyword argument '{keyword.arg}'",
            hint=(f"it is called {close[0]}= in ArviZ {version}; " if close else "")
            + f"{spelled}({', '.join(named)})",
        )


def _arviz_aliases(tree: ast.AST) -> set[str]:
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update(alias.asname or alias.name for alias in node.names if alias.name == ROOT)
    return aliases
