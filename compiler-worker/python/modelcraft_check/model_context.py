"""The hint for PyMC's "No model on context stack": which statements build model parts outside the model.

Small models often put a prior above the ``with pm.Model()`` block, call ``pm.sample()`` after it
without indenting, or split one model over two ``with`` blocks. The hint names the lines.
"""

from __future__ import annotations

import ast

from .pymc_names import PymcNames, pymc_names

MAX_LINES = 3
NEEDS_A_MODEL = {"sample", "Deterministic", "Potential", "sample_prior_predictive", "sample_posterior_predictive",
                 "Data", "set_data", "find_MAP"}


def outside_model_hint(tree: ast.Module, failing_line: int | None) -> str:
    names = pymc_names(tree)
    blocks = [node for node in ast.walk(tree) if isinstance(node, ast.With) and opens_model(node, names)]
    inside = {id(n) for block in blocks for stmt in block.body for n in ast.walk(stmt)}
    outside = sorted({call.lineno for call in ast.walk(tree)
                      if isinstance(call, ast.Call) and id(call) not in inside and needs_model(call, names)})
    if failing_line is not None and failing_line not in outside:
        outside = sorted({failing_line, *outside})
    shown = outside[:MAX_LINES]
    where = ("line " if len(shown) == 1 else "lines ") + ", ".join(str(line) for line in shown)
    if not blocks:
        return (f"there is no `with pm.Model() as model:` block: {where} {'creates' if len(shown) == 1 else 'create'} model parts with no model. "
                "Put every distribution and pm.sample() indented under one `with pm.Model() as model:`.")
    opened = ", ".join(str(block.lineno) for block in blocks)
    verb = "runs" if len(shown) == 1 else "run"
    text = (f"{where} {verb} outside the `with pm.Model()` block (opened at line {opened}): every distribution, "
            "pm.Deterministic and pm.sample() must be indented under that block.")
    if len(blocks) > 1:
        text += " The model is split over several `with pm.Model()` blocks: build it in one."
    return text


def opens_model(node: ast.With, names: PymcNames) -> bool:
    return any(isinstance(item.context_expr, ast.Call) and names.path_of(item.context_expr.func) == ("pymc", "Model")
               for item in node.items)


def needs_model(call: ast.Call, names: PymcNames) -> bool:
    path = names.path_of(call.func)
    if path is None or len(path) != 2 or path[0] != "pymc":
        return False
    return path[1] in NEEDS_A_MODEL or (path[1][:1].isupper() and path[1] not in {"Model", "math"})
