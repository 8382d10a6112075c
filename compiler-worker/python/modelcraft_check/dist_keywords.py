"""Which keyword arguments a PyMC distribution really uses, read from the installed code.

``pm.Normal("x", 0, sd=10)`` raises nothing in PyMC 6: ``sd`` travels through ``**kwargs``
down to PyTensor's ``RandomVariable.__call__``, which drops it, and sigma stays 1. So the
accepted keywords are found by following the calls the installed code makes (signatures,
plus the keys each step reads out of its ``**kwargs``), not by trusting ``**kwargs``.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from typing import Any

# Keywords that ``Distribution.dist`` takes out of its ``**kwargs`` (``kwargs.pop("size")``).
# They are normally found by reading the installed source (see _keys_read_from); this is
# the fallback for an installation without source files.
FALLBACK_FORWARDED_KEYWORDS = frozenset({"size"})


@functools.lru_cache(maxsize=256)
def accepted_keywords(cls: type, named: bool) -> frozenset[str]:
    """Keyword arguments a call of ``cls`` (``named``: ``pm.X("x", ...)``) or ``cls.dist`` uses.

    Follows the calls the way the installed code makes them: ``__new__`` up the class
    hierarchy, then ``dist`` up the hierarchy, then the ``rv_op`` that ``Distribution.dist``
    finally calls, for as long as each step passes ``**kwargs`` on. An ``rv_op`` method that
    passes them on calls an Op it builds, of the class's ``rv_type`` (``CustomDist``,
    ``Simulator``). A keyword a step reads out of its ``**kwargs`` (``kwargs.pop("size")``)
    counts as accepted too. What reaches a ``**kwargs`` nobody reads (PyTensor's
    ``RandomVariable.__call__``) is dropped silently.
    """
    from pymc.distributions import Distribution

    names: set[str] = set()
    forwards = True
    if named:
        forwards = _collect(_method_chain(cls, "__new__", Distribution), names)
    if forwards:
        forwards = _collect(_method_chain(cls, "dist", Distribution), names)
    if forwards:
        forwards = _collect(_rv_op_chain(cls), names, keyword_only=True, filled=_parameter_count(cls))
    if forwards:
        _collect(_built_op_chain(cls), names, keyword_only=True)
    return frozenset(names)


def _method_chain(cls: type, method: str, last: type | None = None) -> list[Any]:
    """The ``method`` implementations along the MRO, until one no longer takes ``**kwargs``."""
    chain: list[Any] = []
    for klass in cls.__mro__:
        if method in vars(klass) and klass is not object:
            function = vars(klass)[method]
            function = getattr(function, "__func__", function)
            chain.append(function)
            if not _has_var_keyword(function):
                break
        if klass is last:
            break
    return chain


def _collect(functions: list[Any], names: set[str], keyword_only: bool = False, filled: int | None = None) -> bool:
    """Add the keyword names of ``functions``; True if the last one passes ``**kwargs`` on.

    ``keyword_only``: the positional parameters are filled with the distribution parameters, all of them
    unless ``filled`` says how many there are (``MvNormalRV.__call__(mean, cov, size=None, method=None)``).
    """
    forwards = False
    for function in functions:
        try:
            parameters = list(inspect.signature(function).parameters.values())
        except (TypeError, ValueError):
            return True  # cannot tell: be permissive downstream
        for index, parameter in enumerate(parameters[1:]):  # skip cls / self
            after_filled = filled is not None and index >= filled
            if parameter.kind is parameter.KEYWORD_ONLY or (
                parameter.kind is parameter.POSITIONAL_OR_KEYWORD and (not keyword_only or after_filled)
            ):
                names.add(parameter.name)
        var_keyword = next((p.name for p in parameters if p.kind is p.VAR_KEYWORD), None)
        forwards = var_keyword is not None
        if var_keyword is not None:
            names.update(_keys_read_from(function, var_keyword))
    return forwards


def _has_var_keyword(function: Any) -> bool:
    try:
        return any(p.kind is p.VAR_KEYWORD for p in inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return True


def _rv_op_chain(cls: type) -> list[Any]:
    """What ``Distribution.dist`` finally calls: an ``rv_op`` method, or an Op's ``__call__``.

    Its positional parameters are filled with the distribution parameters, so only its
    keyword-only parameters can come from the user.
    """
    rv_op = inspect.getattr_static(cls, "rv_op", None)
    if rv_op is None:
        return []
    if isinstance(rv_op, classmethod | staticmethod):
        return [rv_op.__func__]
    if inspect.isfunction(rv_op) or inspect.ismethod(rv_op):
        return [getattr(rv_op, "__func__", rv_op)]
    return _method_chain(type(rv_op), "__call__")  # an Op instance, e.g. a RandomVariable


def _parameter_count(cls: type) -> int | None:
    """How many distribution parameters an ``rv_op`` that is a RandomVariable takes, if it says."""
    ndims = getattr(inspect.getattr_static(cls, "rv_op", None), "ndims_params", None)
    return len(ndims) if isinstance(ndims, list | tuple) else None


def _built_op_chain(cls: type) -> list[Any]:
    """``rv_type.__call__`` when ``rv_op`` is a method (not an Op instance itself)."""
    rv_op = inspect.getattr_static(cls, "rv_op", None)
    rv_type = getattr(cls, "rv_type", None)
    if isinstance(rv_op, classmethod | staticmethod) or inspect.isfunction(rv_op):
        return _method_chain(rv_type, "__call__") if isinstance(rv_type, type) else []
    return []


@functools.lru_cache(maxsize=256)
def _keys_read_from(function: Any, var_keyword: str) -> frozenset[str]:
    """String keys ``function`` reads from its ``**kwargs``: ``.get("k")``, ``.pop("k")``, ``["k"]``."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return FALLBACK_FORWARDED_KEYWORDS
    keys: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop")
            and _is_name(node.func.value, var_keyword)
            and node.args
        ):
            key = node.args[0]
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_name(node.value, var_keyword):
            key = node.slice
        else:
            continue
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys.add(key.value)
    return frozenset(keys)


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name
