"""Hints for run-time errors that come from using PyMC's model objects in a way it does not support, whose
messages do not say so. Each was sent back unchanged by the model in the quality benchmark (prompts v6):

- ``pm.Deterministic("flipper_length", 205)``: ``'int' object has no attribute 'type'`` (penguins, 4 times);
- two variables both named ``"obs"``: ``Variable name obs already exists.`` (german-tank, dice);
- a log-probability computed by hand, ``likelihood.logp()`` or ``pm.logp(likelihood)`` (german-tank,
  height-comparison): PyMC builds it from the likelihoods and potentials;
- ``rate[0] = pm.Beta(...)`` after the hint asked for a prior on [0, 1] (goal-times).
"""

from __future__ import annotations

import ast
import re

_CONSTANT_HAS_NO_TYPE = re.compile(r"'(int|float|list|tuple)' object has no attribute 'type'")
_NAME_TAKEN = re.compile(r"Variable name (\S+) already exists")
_ITEM_ASSIGNMENT = "does not support item assignment"
_HAND_LOGP = re.compile(r"has no attribute 'logp'|logp\(\) missing|Logprob method not implemented")


def misuse_hint(message: str, tree: ast.Module, line: int | None) -> str | None:
    constant = _CONSTANT_HAS_NO_TYPE.search(message)
    if constant is not None and line is not None and _calls_on(tree, line, "Deterministic"):
        return (f"line {line} gives pm.Deterministic a plain {constant.group(1)}: it records a value computed "
                "from model variables. A fixed number needs no model variable: assign it to a Python name "
                "(x = 205) and use that, or pm.Data(\"x\", 205) to change it later.")
    taken = _NAME_TAKEN.search(message)
    if taken is not None:
        name = taken.group(1).rstrip(".")
        calls = [node for node in ast.walk(tree) if _names_variable(node, name)]
        lines = sorted({node.lineno for node in calls})
        if len(lines) > 1:
            where = f"{' and '.join(f'line {n}' for n in lines)} both create a model variable named"
        elif len(calls) > 1:
            where = f"line {lines[0]} creates two variables with the name"
        else:
            where = f"line {line or '?'} creates a second variable with the name"
        return (f"{where} \"{name}\": every model variable needs a name of its own. Give each its own name, "
                "or, for data of the same kind, one variable with the data as an array (observed=np.array([...])).")
    if _ITEM_ASSIGNMENT in message and line is not None:
        return (f"line {line} assigns into a model variable: a model variable cannot be changed once it is made. "
                "Make the variable you need first (p = pm.Beta(\"p\", 1, 1)) and pass it where the old one was "
                "used, or build a new one with pm.math.stack([...]).")
    if _HAND_LOGP.search(message) and line is not None:
        return (f"line {line} computes a log-probability by hand: a PyMC program never does. The likelihood is "
                "each distribution given observed=..., and a fact that is not a draw from a distribution is "
                "pm.Potential(\"fact\", ...); pm.sample uses them. Remove the line and what only it used.")
    return None


def _calls_on(tree: ast.Module, line: int, attribute: str) -> bool:
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr == attribute and node.lineno <= line <= (node.end_lineno or node.lineno)
               for node in ast.walk(tree))


def _names_variable(node: ast.AST, name: str) -> bool:
    if not isinstance(node, ast.Call) or not node.args:
        return False
    first = node.args[0]
    return isinstance(first, ast.Constant) and first.value == name
