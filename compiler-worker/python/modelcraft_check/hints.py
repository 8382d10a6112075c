"""Grounded hints: a distribution's real signature and parameter meanings, from the installed PyMC.

``grounded_hint("HyperGeometric")`` gives something like
``pm.HyperGeometric(name, N, k, n, **kwargs): N = total size of the population (N > 0);
k = number of successful individuals in the population (0 <= k <= N); n = ...``:
the parameters from ``HyperGeometric.dist``'s signature, the meanings from the first
sentence of each entry in the class docstring's numpy-style "Parameters" section.
"""

from __future__ import annotations

import ast
import functools
import inspect
import re
from typing import Any

from . import pymc_api
from .core_dims_hint import MESSAGE as CORE_DIMS_MESSAGE, core_dims_hint
from .errors import exception_message, user_frames
from .model_context import outside_model_hint
from .name_hint import undefined_name_hint
from .parse import SubmittedSource
from .pymc_names import PymcNames, pymc_names
from .wrapper_keywords import call_keywords

MAX_MEANING_CHARS = 140
MAX_DEFAULT_CHARS = 24

_PARAMETER_HEADER = re.compile(r"^(\*{0,2}\w+(?:\s*,\s*\*{0,2}\w+)*)\s*(?::.*)?$")
_ROLE = re.compile(r":\w+:`([^`]*)`")
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?<!etc)\.(?=\s|$)")
_DIST_IN_MESSAGE = re.compile(r"\b([A-Za-z_]\w*)\.dist\(\)")
_SYMBOLIC_TO_PYTHON = re.compile(r"TensorVariables? cannot be converted to Python (\w+)")


def grounded_hint(name: str, spelled: str | None = None, dist_form: bool = False) -> str | None:
    """The signature and parameter meanings of ``pymc.<name>``, if it builds a random variable."""
    cls = pymc_api.resolve(("pymc", name))
    if call_keywords(cls, not dist_form) is None:
        return None
    return distribution_hint(cls, spelled or f"pm.{name}", dist_form)


def distribution_hint(cls: Any, spelled: str, dist_form: bool = False) -> str:
    """``<spelled>(name, p1, p2=default, **kwargs): p1 = meaning; p2 = meaning``."""
    meanings = parameter_meanings(cls)
    names = [p.name for p in presented_parameters(cls, dist_form) if p.kind is not p.VAR_KEYWORD]
    described = "; ".join(f"{name} = {meanings[name]}" for name in names if name in meanings)
    head = signature_text(cls, spelled, dist_form)
    return f"{head}: {described}" if described else head


def parameter_names(cls: Any, dist_form: bool = False) -> list[str]:
    """The parameters a user passes to ``cls`` by name (generic ones like ``dims`` left out)."""
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p.name for p in presented_parameters(cls, dist_form) if p.kind in kinds]


def presented_parameters(cls: Any, dist_form: bool = False) -> tuple[inspect.Parameter, ...]:
    """``cls``'s own signature, plus the parameters of what it passes ``**kwargs`` to that its
    docstring documents (``steps`` of ``GaussianRandomWalk``, which ``RandomWalk`` takes)."""
    keywords = call_keywords(cls, not dist_form)
    if keywords is None:
        return ()
    documented = parameter_meanings(cls)
    extra = [p for p in keywords.passed_on if p.name in documented]
    return tuple(sorted([*keywords.parameters, *extra], key=lambda p: p.kind))


def signature_text(cls: Any, spelled: str, dist_form: bool = False) -> str:
    """``pm.Normal(name, mu=0, sigma=None, tau=None, **kwargs)``, annotations left out."""
    parts = [] if dist_form else ["name"]
    marked = False
    documented = parameter_meanings(cls)
    for parameter in presented_parameters(cls, dist_form):
        if parameter.kind is parameter.VAR_POSITIONAL:
            # Mostly an ``*args`` PyMC passes straight on; a documented one takes the
            # distribution parameters (``CustomDist``'s ``*dist_params``).
            if parameter.name in documented:
                parts.append(f"*{parameter.name}")
                marked = True
            continue
        if parameter.kind is parameter.VAR_KEYWORD:
            parts.append(f"**{parameter.name}")
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and not marked:
            parts.append("*")
            marked = True
        if parameter.default is parameter.empty:
            parts.append(parameter.name)
        else:
            parts.append(f"{parameter.name}={_short_repr(parameter.default)}")
    return f"{spelled}{'.dist' if dist_form else ''}({', '.join(parts)})"


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_DEFAULT_CHARS else "..."


@functools.lru_cache(maxsize=256)
def parameter_meanings(cls: Any) -> dict[str, str]:
    """First sentence of each entry of the docstring's "Parameters" section, by name."""
    lines = (inspect.getdoc(cls) or "").splitlines()
    start = _section_start(lines, "Parameters")
    if start is None:
        return {}
    meanings: dict[str, str] = {}
    names: list[str] = []
    text: list[str] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip() and not line[0].isspace():
            _store(meanings, names, text)
            header = _PARAMETER_HEADER.match(line.strip())
            next_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if header is None or set(next_line) == {"-"}:
                break  # the next section
            names = [n.strip().lstrip("*") for n in header.group(1).split(",")]
            text = []
        elif line.strip():
            text.append(line.strip())
    _store(meanings, names, text)
    return meanings


def _section_start(lines: list[str], title: str) -> int | None:
    for index in range(len(lines) - 1):
        if lines[index].strip() == title and set(lines[index + 1].strip()) == {"-"}:
            return index + 2
    return None


def _store(meanings: dict[str, str], names: list[str], text: list[str]) -> None:
    meaning = first_sentence(" ".join(text))
    if meaning:
        for name in names:
            meanings.setdefault(name, meaning)


def plain_text(text: str) -> str:
    """Docstring text without reST roles and literal quotes (``:class:`~pymc.X``` becomes ``pymc.X``)."""
    return _ROLE.sub(lambda m: m.group(1).lstrip("~"), text).replace("``", "")


def first_sentence(text: str) -> str:
    text = plain_text(text)
    end = _SENTENCE_END.search(text)
    sentence = (text[: end.start()] if end else text).strip()
    if len(sentence) > 1 and sentence[0].isupper() and sentence[1].islower():
        sentence = sentence[0].lower() + sentence[1:]
    if len(sentence) > MAX_MEANING_CHARS:
        sentence = sentence[: MAX_MEANING_CHARS - 3].rstrip() + "..."
    return sentence


def distribution_call(call: ast.Call, names: PymcNames) -> tuple[Any, str, bool] | None:
    """``(callable, how the program spelled it, is_dist_form)`` for ``pm.X(...)``/``pm.X.dist(...)``
    where ``pm.X`` builds a random variable."""
    func = call.func
    dist_form = isinstance(func, ast.Attribute) and func.attr == "dist"
    target = func.value if dist_form and isinstance(func, ast.Attribute) else func
    path = names.path_of(target)
    if path is None:
        return None
    cls = pymc_api.resolve(path)
    if call_keywords(cls, not dist_form) is None:
        return None
    return cls, names.spelled(target), dist_form


def run_hint(exc: BaseException, source: SubmittedSource) -> str | None:
    """For a run-time TypeError about a distribution, that distribution's grounded hint; for a NameError,
    where the name is (or is not) defined; for a multivariate distribution given too few dimensions, which it needs.

    The distribution is the one the message names (``HyperGeometric.dist() missing ...``),
    else one called on the innermost line of the submitted code in the traceback.
    """
    if isinstance(exc, NameError):
        frames = user_frames(exc.__traceback__, source)
        return undefined_name_hint(exception_message(exc), source.tree, frames[-1].line if frames else None)
    frames = user_frames(exc.__traceback__, source)
    if isinstance(exc, ValueError) and CORE_DIMS_MESSAGE in exception_message(exc) and frames:
        return core_dims_hint(_distribution_calls_on(source, frames[-1].line), frames[-1].line)
    if not isinstance(exc, TypeError):
        return None
    if "No model on context stack" in exception_message(exc):
        return outside_model_hint(source.tree, frames[-1].line if frames else None)
    symbolic = _SYMBOLIC_TO_PYTHON.search(exception_message(exc))
    if symbolic is not None:
        return symbolic_value_hint(symbolic.group(1), frames[-1].line if frames else None)
    calls = _distribution_calls_on(source, frames[-1].line) if frames else []
    mentioned = _DIST_IN_MESSAGE.search(exception_message(exc))
    if mentioned is not None:
        wanted = mentioned.group(1)
        for cls, spelled, dist_form in calls:
            if cls.__name__ == wanted:
                return distribution_hint(cls, spelled, dist_form)
        hint = grounded_hint(wanted)
        if hint is not None:
            return hint
    return distribution_hint(*calls[0]) if calls else None


def _distribution_calls_on(source: SubmittedSource, line: int | None) -> list[tuple[Any, str, bool]]:
    if line is None:
        return []
    names = pymc_names(source.tree)
    spanning = [
        node
        for node in ast.walk(source.tree)
        if isinstance(node, ast.Call) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    return [found for found in (distribution_call(call, names) for call in spanning) if found is not None]


def symbolic_value_hint(python_type: str, line: int | None) -> str:
    """A model variable handed to plain Python (``math.log(N)``, ``float(p)``, ``if N > 60:``)."""
    where = f"line {line}" if line is not None else "the program"
    if python_type == "boolean":
        return (f"{where} uses a model variable as a Python condition (if, and, or, min, max): it has no value "
                "while the model is built. Use pm.math.switch(condition, a, b), pm.math.minimum or "
                "pm.math.maximum instead.")
    return (f"{where} passes a model variable to plain Python or NumPy (math.log, float(), int(), np.random): it "
            f"has no {python_type} value while the model is built. Use the pm.math functions (pm.math.log, "
            "pm.math.exp, ...) on model variables.")
