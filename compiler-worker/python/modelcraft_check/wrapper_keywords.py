"""Keyword arguments of everything in PyMC that builds a random variable, not only of
``Distribution`` subclasses.

Many such callables are wrappers: ``pm.ZeroInflatedPoisson`` is a plain class whose
``__new__`` hands its ``**kwargs`` to ``Mixture``, ``pm.GaussianRandomWalk`` is a metaclass
whose ``__new__`` passes them through ``get_dists`` to ``RandomWalk``, ``pm.CustomDist``
picks one of two private distributions. Their accepted keywords are found by reading the
installed source: each ``**kwargs`` is followed into the calls that pass it on, down to a
distribution whose keywords ``dist_keywords`` knows. Whatever cannot be followed for
certain (a callee that cannot be resolved, ``kwargs`` used in any other way) makes the
answer None, and the lint then says nothing about that callable.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from . import pymc_api
from .dist_keywords import accepted_keywords

MAX_CALL_DEPTH = 8

_KINDS_BY_NAME = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
_KEY_READERS = frozenset({"get", "pop", "setdefault"})


@dataclass(frozen=True)
class CallKeywords:
    """What a call of a distribution-like callable may pass by keyword."""

    accepted: frozenset[str]
    parameters: tuple[inspect.Parameter, ...]  # its own signature as a user calls it, without the name
    passed_on: tuple[inspect.Parameter, ...] = ()  # parameters of the callables its **kwargs reach


def call_keywords(obj: Any, named: bool) -> CallKeywords | None:
    """For ``pm.X("x", ...)`` (``named``) or ``pm.X.dist(...)``; None when ``obj`` builds no
    random variable from its keywords or they cannot be determined."""
    if pymc_api.is_distribution(obj):
        return CallKeywords(accepted_keywords(obj, named), pymc_api.own_parameters(obj))
    if isinstance(obj, type) or inspect.isfunction(obj):
        return _wrapper_keywords(obj, named)
    return None


@functools.lru_cache(maxsize=256)
def _wrapper_keywords(obj: Any, named: bool) -> CallKeywords | None:
    if named:
        flow = _class_flow(obj, 0) if isinstance(obj, type) else _function_target(obj, None, 0)
    else:
        flow = _method_flow(obj, "dist", 0) if isinstance(obj, type) else None
    if flow is None or not flow.reaches_distribution or flow.var_keyword is None:
        return None
    name = flow.positional[:1] if named else ()  # the parameter taking the variable's name
    parameters = tuple(p for p in flow.parameters if p.name not in name)
    var_keyword = inspect.Parameter(flow.var_keyword, inspect.Parameter.VAR_KEYWORD)
    return CallKeywords(flow.accepted, (*parameters, var_keyword), flow.passed_on)


@dataclass(frozen=True)
class _Flow:
    """Where the keywords of one call go."""

    accepted: frozenset[str]
    parameters: tuple[inspect.Parameter, ...]
    passed_on: tuple[inspect.Parameter, ...]
    positional: tuple[str, ...]  # names positional arguments bind to, in order
    reaches_distribution: bool
    var_keyword: str | None = None


def _distribution_flow(cls: type, named: bool) -> _Flow:
    own = tuple(p for p in pymc_api.own_parameters(cls) if p.kind in _KINDS_BY_NAME)
    positional = tuple(p.name for p in own if p.kind is p.POSITIONAL_OR_KEYWORD)
    return _Flow(accepted_keywords(cls, named), own, (), ("name", *positional) if named else positional, True)


def _class_flow(cls: type, depth: int) -> _Flow | None:
    """Calling the class itself: its ``__new__``, when nothing else takes part in the call."""
    if pymc_api.is_distribution(cls):
        return _distribution_flow(cls, True)
    plain_init = inspect.getattr_static(cls, "__init__") in (object.__init__, type.__init__)
    if type(cls).__call__ is not type.__call__ or not plain_init:
        return None
    new = inspect.getattr_static(cls, "__new__", None)
    return _function_flow(new.__func__, cls, depth) if isinstance(new, staticmethod) else None


def _method_flow(cls: type, name: str, depth: int) -> _Flow | None:
    """``cls.<name>(...)``: a classmethod gets ``cls`` bound, a staticmethod nothing."""
    if name == "dist" and pymc_api.is_distribution(cls):
        return _distribution_flow(cls, False)
    method = inspect.getattr_static(cls, name, None)
    if isinstance(method, classmethod | staticmethod):
        return _function_flow(method.__func__, cls if isinstance(method, classmethod) else None, depth)
    return None


def _function_target(function: Any, cls: type | None, depth: int) -> _Flow | None:
    if isinstance(function, type):
        return _class_flow(function, depth)
    return _function_flow(function, cls, depth) if inspect.isfunction(function) else None


def _function_flow(function: Any, cls: type | None, depth: int) -> _Flow | None:
    """``function``'s keywords; ``cls`` is what its first parameter is bound to, if anything."""
    if depth > MAX_CALL_DEPTH or hasattr(function, "__wrapped__"):
        return None  # a decorator may do anything with the arguments
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return None
    if cls is not None:
        parameters = parameters[1:]
    own = [p for p in parameters if p.kind in _KINDS_BY_NAME or p.kind is p.VAR_POSITIONAL]
    var_keyword = next((p.name for p in parameters if p.kind is p.VAR_KEYWORD), None)
    var_positional = next((p.name for p in parameters if p.kind is p.VAR_POSITIONAL), None)
    accepted = {p.name for p in own if p.kind in _KINDS_BY_NAME}
    passed_on: list[inspect.Parameter] = []
    reaches = False
    if var_keyword is not None:
        usage = _kwargs_usage(function, var_keyword)
        if usage is None:
            return None
        accepted |= usage.keys
        for call in usage.forwards:
            callee = _callee_flow(call.func, _Scope(function, cls, usage.local_names), depth)
            if callee is None:
                return None
            bound, forwards_args = _bound_by(call, callee.positional, var_positional)
            excluded = bound | {keyword.arg for keyword in call.keywords if keyword.arg}
            accepted |= callee.accepted - excluded
            reached = [p for p in callee.parameters if p.kind in _KINDS_BY_NAME and p.name not in excluded]
            if forwards_args:
                own.extend(reached)
            else:
                passed_on.extend(p.replace(kind=p.KEYWORD_ONLY) for p in reached)
            passed_on.extend(callee.passed_on)
            reaches = reaches or callee.reaches_distribution
    own_names = {p.name for p in own}
    return _Flow(
        accepted=frozenset(accepted),
        parameters=_in_signature_order(_unique(own)),
        passed_on=tuple(_unique(p for p in passed_on if p.name not in own_names)),
        positional=tuple(p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD),
        reaches_distribution=reaches,
        var_keyword=var_keyword,
    )


@dataclass(frozen=True)
class _Scope:
    """Where a name in a function's body is looked up."""

    function: Any
    cls: type | None  # what its first parameter is bound to
    local_names: frozenset[str]


def _callee_flow(func: ast.expr, scope: _Scope, depth: int) -> _Flow | None:
    """The flow of ``func(...)`` written in a function: ``Mixture``, ``cls.dist``, ``X._create`` ..."""
    if isinstance(func, ast.Attribute):
        owner = _resolve(func.value, scope)
        if isinstance(owner, type):
            return _method_flow(owner, func.attr, depth + 1)
        if isinstance(owner, ModuleType):
            return _function_target(vars(owner).get(func.attr), None, depth + 1)
        return None
    return _function_target(_resolve(func, scope), None, depth + 1)


def _resolve(node: ast.expr, scope: _Scope) -> Any:
    """The object a name or dotted name refers to: ``cls``, or a global the function does not shadow."""
    if isinstance(node, ast.Name):
        if scope.cls is not None and node.id == next(iter(inspect.signature(scope.function).parameters)):
            return scope.cls
        return None if node.id in scope.local_names else scope.function.__globals__.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, scope)
        if isinstance(owner, ModuleType | type):
            found = inspect.getattr_static(owner, node.attr, None)
            return found if isinstance(found, ModuleType | type) else None
    return None


def _bound_by(call: ast.Call, positional: tuple[str, ...], var_positional: str | None) -> tuple[set[str], bool]:
    """Parameters the call fills positionally; and whether it passes the caller's ``*args`` on."""
    bound: set[str] = set()
    for index, argument in enumerate(call.args):
        if isinstance(argument, ast.Starred):
            return bound, isinstance(argument.value, ast.Name) and argument.value.id == var_positional
        if index < len(positional):
            bound.add(positional[index])
    return bound, False


@dataclass(frozen=True)
class _Usage:
    keys: frozenset[str]  # read out of the dict: .get("k"), .pop("k"), ["k"], "k" in kwargs
    forwards: tuple[ast.Call, ...]  # calls passing it on as **kwargs
    local_names: frozenset[str]  # names the function binds itself


@functools.lru_cache(maxsize=256)
def _kwargs_usage(function: Any, var_keyword: str) -> _Usage | None:
    """How ``function`` uses its ``**kwargs``; None for any use not understood here."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return None
    definition = tree.body[0] if tree.body else None
    if not isinstance(definition, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    parents = dict(_scope(definition, var_keyword))
    keys: set[str] = set()
    forwards: list[ast.Call] = []
    for node, parent in parents.items():
        if not (isinstance(node, ast.Name) and node.id == var_keyword):
            continue
        use = _classify(node, parent, parents.get(parent))
        if use is None:
            return None
        if isinstance(use, ast.Call):
            forwards.append(use)
        elif isinstance(use, str):
            keys.add(use)
    return _Usage(frozenset(keys), tuple(forwards), _local_names(definition))


def _scope(function: ast.AST, name: str) -> Iterator[tuple[ast.AST, ast.AST]]:
    """(node, parent) pairs in ``function``, leaving out nested functions with their own ``name``."""
    for child in ast.iter_child_nodes(function):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) and name in _argument_names(child):
            continue
        yield child, function
        yield from _scope(child, name)


def _local_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    names = _argument_names(function)
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node is not function:
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return frozenset(names)


def _argument_names(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    arguments = function.args
    listed = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
    return {argument.arg for argument in listed if argument is not None}


_NEUTRAL = object()  # a use that neither reads a key nor passes the dict on


def _classify(node: ast.Name, parent: ast.AST, grandparent: ast.AST | None) -> ast.Call | str | object | None:
    """One use of the ``**kwargs`` name: a forwarding call, a key read, neutral, or None (unknown)."""
    if not isinstance(node.ctx, ast.Load):
        return _NEUTRAL  # rebound or deleted
    if isinstance(parent, ast.keyword) and parent.arg is None:
        return grandparent if isinstance(grandparent, ast.Call) else None
    if isinstance(parent, ast.Attribute) and parent.attr in _KEY_READERS:
        if isinstance(grandparent, ast.Call) and grandparent.func is parent and grandparent.args:
            return _constant_key(grandparent.args[0])
        return None
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return _constant_key(parent.slice) if isinstance(parent.ctx, ast.Load) else _NEUTRAL
    if isinstance(parent, ast.Compare) and all(isinstance(op, ast.In | ast.NotIn) for op in parent.ops):
        return _constant_key(parent.left)
    if isinstance(parent, ast.Return) or (isinstance(parent, ast.Tuple) and isinstance(grandparent, ast.Return)):
        return _NEUTRAL  # handed back to the caller, which passes it on itself
    return None


def _constant_key(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _unique(parameters: Any) -> list[inspect.Parameter]:
    seen: dict[str, inspect.Parameter] = {}
    for parameter in parameters:
        seen.setdefault(parameter.name, parameter)
    return list(seen.values())


def _in_signature_order(parameters: list[inspect.Parameter]) -> tuple[inspect.Parameter, ...]:
    return tuple(sorted(parameters, key=lambda p: p.kind))
