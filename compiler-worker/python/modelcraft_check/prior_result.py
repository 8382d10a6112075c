"""What the ordinary check gives the program's code after ``pm.sample()``: a result shaped like the one
``pm.sample()`` returns (PyMC's own converter builds its groups: ``posterior`` with dims ``chain`` and ``draw``
and the model's coords, ``sample_stats`` with NUTS's statistics, ``observed_data``, ``constant_data``), made of
the prior draws the check has already taken instead of MCMC draws. The values are the prior's; only what the code
does with the result is being checked.

The program runs again for this only when it has code after its first sampler, and only in what is left of the
check's time: code that outlasts it is a warning, not an error."""

from __future__ import annotations

import ast
import contextlib
from typing import Any

import numpy as np

from .after_sampling import AFTER_PRIOR, after_sampling_error
from .parse import SubmittedSource
from .quiet import quiet_library
from .run import RUN_PAST, RunOutcome
from .sampling import BudgetExceeded, wall_clock_budget
from .verdict import WARNING_AFTER_SAMPLING_UNCHECKED, CheckError, CheckWarning

CHAINS = 2
MARGIN_SECONDS = 5.0  # of the check's time, kept for the verdict after the code after pm.sample() ran
MIN_SECONDS = 1.0
# The statistics NUTS records per draw (PyMC 6.4), with a neutral value each: none of them is judged.
_NUTS_STATISTICS: dict[str, Any] = {
    "diverging": False, "divergences": 0, "reached_max_treedepth": False, "tree_depth": 3, "n_steps": 7.0,
    "index_in_trajectory": 0, "step_size": 0.5, "step_size_bar": 0.5, "acceptance_rate": 0.8, "energy_error": 0.0,
    "max_energy_error": 0.0, "largest_eigval": np.nan, "smallest_eigval": np.nan, "process_time_diff": 1e-4,
    "perf_counter_diff": 1e-4, "perf_counter_start": 0.0,
}


def after_prior_sampling(outcome: RunOutcome, model: Any, draws: dict[str, np.ndarray] | None,
                         source: SubmittedSource, seconds_left: float | None,
                         seed: int) -> CheckError | CheckWarning | None:
    """What the program's code after its samplers raises on a result built from ``draws``: an error with its hint, a
    warning when it did not end in the ``seconds_left`` of the check (None: no bound), or None."""
    call = outcome.sampling_call
    if call is None or call.function not in RUN_PAST or draws is None or not continues_after(source.tree, call.line):
        return None
    budget = None if seconds_left is None else seconds_left - MARGIN_SECONDS
    if budget is not None and budget < MIN_SECONDS:
        return _unchecked(call.line, budget)
    try:
        sampled = sampled_from_prior(model, draws, seed)
    except Exception:  # noqa: BLE001 - a result the check cannot build says nothing of the program
        return None
    try:
        with wall_clock_budget(budget) if budget is not None else contextlib.nullcontext(), quiet_library():
            return after_sampling_error(source, sampled, AFTER_PRIOR, BudgetExceeded)
    except BudgetExceeded:
        return _unchecked(call.line, budget or 0)


def continues_after(tree: ast.Module, line: int | None) -> bool:
    """Whether any statement of the program starts after the one on ``line`` (unknown: assume so)."""
    statements = [node for node in ast.walk(tree) if isinstance(node, ast.stmt)]
    holding = [node for node in statements if node.lineno <= (line or 0) <= (node.end_lineno or node.lineno)]
    if line is None or not holding:
        return True
    innermost = max(holding, key=lambda node: node.lineno)
    end = innermost.end_lineno or innermost.lineno
    return any(node.lineno > end for node in statements)


def _unchecked(line: int | None, budget: float) -> CheckWarning:
    return CheckWarning(WARNING_AFTER_SAMPLING_UNCHECKED,
                        f"the code after pm.sample() was not checked to its end: it did not fit in the "
                        f"{max(budget, 0):.0f} s left of the check's time (its wall limit, less {MARGIN_SECONDS:g} s "
                        "kept for the verdict)", line)


def sampled_from_prior(model: Any, draws: dict[str, np.ndarray], seed: int) -> Any:
    """``pm.sample()``'s result for ``model``, from its prior draws."""
    import pymc
    from pymc.backends.arviz import DataTreeConverter, dict_to_dataset
    from xarray import DataTree

    converter = DataTreeConverter(prior={}, model=model)
    traced = [str(var.name) for var in [*model.free_RVs, *model.deterministics] if str(var.name) in draws]
    attrs = {"sampling_time": 0.0, "tuning_steps": 0}
    posterior = dict_to_dataset({name: _chained(draws[name]) for name in traced}, inference_library=pymc,
                                coords=converter.coords, dims=converter.dims, attrs=attrs)
    sample_stats = dict_to_dataset(_statistics(posterior.sizes["draw"], seed), inference_library=pymc, dims=None,
                                   coords=converter.coords, attrs=attrs)
    groups = {"posterior": posterior, "sample_stats": sample_stats,
              "observed_data": converter.observed_data_to_xarray(), "constant_data": converter.constant_data_to_xarray()}
    return DataTree.from_dict({f"/{name}": group for name, group in groups.items() if group is not None})


def _chained(values: np.ndarray) -> np.ndarray:
    kept = values.shape[0] // CHAINS * CHAINS
    return values[:kept].reshape(CHAINS, kept // CHAINS, *values.shape[1:])


def _statistics(draws: int, seed: int) -> dict[str, np.ndarray]:
    shape = (CHAINS, draws)
    energy = np.random.default_rng(seed).normal(10.0, 1.0, shape)
    statistics = {name: np.full(shape, value) for name, value in _NUTS_STATISTICS.items()}
    return {**statistics, "lp": -energy + 1.0, "energy": energy}
