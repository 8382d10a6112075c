"""What the lint knows beyond the installed library: old names and their replacements, and
which code is deliberately probing for names (compatibility code is not a finding).

Every table here only explains a finding; whether something is missing is always decided
by looking at the installed PyMC (see ``pymc_api``).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from types import MappingProxyType

OUTDATED_MODULES: Mapping[str, str] = MappingProxyType(
    {
        "pymc3": "PyMC3 is now PyMC: use `import pymc as pm`",
        "theano": "Theano was replaced by PyTensor: use `import pytensor.tensor as pt` (or pm.math)",
        "aesara": "Aesara was replaced by PyTensor: use `import pytensor.tensor as pt` (or pm.math)",
    }
)

# What to use instead of names older PyMC versions had. A name is reported as removed only
# when the installed PyMC really lacks it; other missing names are reported as unknown.
REMOVED_API_REPLACEMENTS: Mapping[str, str] = MappingProxyType(
    {
        "Bound": "use pm.Truncated(name, dist, lower=..., upper=...) for a bounded prior, "
        "or pm.Censored(name, dist, lower=..., upper=..., observed=...) for censored data",
        "MutableData": "use pm.Data(name, value); update it with pm.set_data",
        "ConstantData": "use pm.Data(name, value)",
        "sample_ppc": "use pm.sample_posterior_predictive(idata)",
        "fast_sample_posterior_predictive": "use pm.sample_posterior_predictive(idata)",
        "traceplot": "plot with ArviZ: `import arviz as az; az.plot_trace(idata)`",
        "plot_posterior": "plot with ArviZ: `import arviz as az; az.plot_dist(idata)`",
        "forestplot": "plot with ArviZ: `az.plot_forest(idata)`",
        "autocorrplot": "plot with ArviZ: `az.plot_autocorr(idata)`",
        "energyplot": "plot with ArviZ: `az.plot_energy(idata)`",
        "densityplot": "plot with ArviZ: `az.plot_dist(idata)`",
        "plot_ppc": "plot with ArviZ: `az.plot_ppc_dist(idata)`",
        "waic": "use ArviZ: `az.loo(idata)` (after pm.compute_log_likelihood(idata))",
        "effective_n": "use ArviZ: `az.ess(idata)`",
        "gelman_rubin": "use ArviZ: `az.rhat(idata)`",
        "save_trace": "save the InferenceData: `idata.to_netcdf(path)`",
        "load_trace": "load it with ArviZ: `az.from_netcdf(path)`",
        "trace_to_dataframe": "use `idata.posterior.to_dataframe()`",
        "theanof": "use pymc.pytensorf",
        "aesaraf": "use pymc.pytensorf",
        "Constant": "use pm.DiracDelta",
    }
)

# Keywords PyMC once accepted for a parameter that now has another name.
RENAMED_KEYWORDS: Mapping[str, str] = MappingProxyType({"sd": "sigma", "testval": "initval", "moment": "support_point"})


# A ``try`` catching one of these is probing for names (a catch-all ``except Exception``
# is not: programs wrap whole models in those).
_GUARDING_EXCEPTIONS = frozenset({"AttributeError", "ImportError", "ModuleNotFoundError", "NameError"})


def guarded_nodes(tree: ast.AST) -> set[int]:
    """Ids of the nodes in ``try`` bodies whose handlers catch a missing name."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try | ast.TryStar) and any(_catches_missing(h.type) for h in node.handlers):
            guarded.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    return guarded


def _catches_missing(kind: ast.expr | None) -> bool:
    if kind is None:
        return False  # a bare ``except:`` is a catch-all, not a probe
    if isinstance(kind, ast.Tuple):
        return any(_catches_missing(element) for element in kind.elts)
    name = kind.attr if isinstance(kind, ast.Attribute) else getattr(kind, "id", None)
    return name in _GUARDING_EXCEPTIONS


def probed_names(tree: ast.AST) -> set[str]:
    """Names the program asks about itself: ``hasattr(pm, "MutableData")``, ``getattr(...)``."""
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("hasattr", "getattr")
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    }
