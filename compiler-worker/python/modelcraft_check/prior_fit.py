"""The prior predictive against the data: a few hundred draws from the priors alone (the real
``pm.sample_prior_predictive``, no MCMC). Each finding is a warning naming the priors and their lines:

- observed data mostly outside what the priors predict: a precision passed as sigma
  (``pm.Normal("mu", 0, 0.001)`` for heights near 170), a rate where a mean was meant
  (``pm.Exponential("lam", 600)``);
- a prior predictive absurdly wider than the data, or draws that fail (``lam value too large``), when a
  prior lets ``exp()`` overflow: the model may still sample, so this is not an error;
- draws that are NaN or infinite.

Data the model could not have predicted at all is an error instead (see :mod:`.prior_conflict`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .data_use import observed_values
from .errors import definition_line, exception_message
from .parse import SubmittedSource
from .prior_conflict import CONFLICT_ADVICE, conflict_finding
from .verdict import WARNING_NON_FINITE_PRIOR_PREDICTIVE, WARNING_PRIOR_PREDICTIVE, CheckError, CheckWarning

PRIOR_DRAWS = 100
TAIL = 0.001  # the range the priors predict: their draws between these quantiles
OUTSIDE_SHARE = 0.5  # of the observed values, outside that range, for a warning
WIDE_FACTOR = 1e6  # a prior predictive range this many times the data's scale is absurd
PRIORS_NAMED = 4
# What NumPy's samplers say when a parameter is too large to draw from (``lam value too large``).
OUT_OF_RANGE_WORDS = ("value too large", "overflow")
OFF_SCALE_ADVICE = ("A prior on the wrong scale is the usual cause: a precision passed as sigma, or a rate passed "
                    "where a mean was meant; make the priors cover values like the data's")
TOO_WIDE_ADVICE = ("Priors this wide put almost all their weight on values the data rules out, and can overflow "
                   "(exp() of a wide prior); narrow them to the data's scale")


@dataclass(frozen=True)
class PriorFindings:
    error: CheckError | None
    warnings: tuple[CheckWarning, ...]
    draws: dict[str, np.ndarray] | None = None  # by variable name, the draws first; None when drawing failed


def prior_predictive_findings(model: Any, source: SubmittedSource, seed: int) -> PriorFindings:
    """What a prior predictive sample of ``model`` says of its data. A draw failing for another reason than the
    size of the values (a ``random=`` function with a bug) raises: the model's own code is wrong."""
    notes: list[CheckWarning | None] = []
    try:
        draws = _prior_draws(model, None, seed)
    except Exception as exc:  # noqa: BLE001 - told apart just below
        try:
            if not isinstance(exc, NotImplementedError):  # a CustomDist without random=, which pm.sample() does not need
                raise
            draws, note = _drawable_draws(model, source, exc, seed)
            notes.append(note)
        except Exception as failure:  # noqa: BLE001
            if not any(words in exception_message(failure) for words in OUT_OF_RANGE_WORDS):
                raise
            return PriorFindings(None, (_failed_draws(model, source, failure, seed),))
    notes.extend(_non_finite(name, values, source) for name, values in draws.items())
    data = {rv: observed_values(model, rv) for rv in model.observed_RVs}
    findings = {rv: _far_from_data(model, rv, values, draws, source, conflict=True) for rv, values in data.items()}
    lone = [rv for rv, values in data.items() if values is not None and values.size == 1]
    lone_conflicts = [rv for rv in lone if isinstance(findings[rv], CheckError)]
    if len(lone_conflicts) < OUTSIDE_SHARE * len(lone):
        # One value beyond 100 draws happens about once in fifty by chance; of many lone values, only most count.
        findings.update({rv: _far_from_data(model, rv, data[rv], draws, source, conflict=False)
                         for rv in lone_conflicts})
    errors = [finding for finding in findings.values() if isinstance(finding, CheckError)]
    if errors:
        return PriorFindings(errors[0], (), draws)
    notes.extend(findings.values())
    return PriorFindings(None, tuple(note for note in notes if note is not None), draws)


def _prior_draws(model: Any, var_names: list[str] | None, seed: int) -> dict[str, np.ndarray]:
    from pymc.sampling.forward import sample_prior_predictive  # the real one, not the run's stand-in

    drawn = sample_prior_predictive(draws=PRIOR_DRAWS, model=model, var_names=var_names,
                                    random_seed=seed, return_inferencedata=False)
    return {str(name): np.asarray(values) for name, values in drawn.items()}


def _non_finite(name: str, values: np.ndarray, source: SubmittedSource) -> CheckWarning | None:
    if values.dtype.kind not in "fc" or np.all(np.isfinite(values)):
        return None
    return CheckWarning(WARNING_NON_FINITE_PRIOR_PREDICTIVE,
                        f'prior predictive draws of "{name}" contain NaN or infinite values',
                        definition_line(source, name))


def _far_from_data(model: Any, rv: Any, data: np.ndarray | None, draws: dict[str, np.ndarray],
                   source: SubmittedSource, conflict: bool) -> CheckWarning | CheckError | None:
    name = str(rv.name)
    drawn = draws.get(name)
    if data is None or drawn is None or drawn.dtype.kind not in "biuf":
        return None
    predicted = drawn[np.isfinite(drawn)].astype(float)
    if predicted.size == 0:
        return None
    low, high = np.quantile(predicted, [TAIL, 1 - TAIL])
    outside = int(np.count_nonzero((data < low) | (data > high)))
    data_scale = max(float(data.max() - data.min()), float(np.abs(data).max()), 1.0)
    ranges = (f"{_share(1 - 2 * TAIL)} of {PRIOR_DRAWS} prior predictive draws are in [{_num(low)}, {_num(high)}], "
              f"the data in [{_num(data.min())}, {_num(data.max())}]")
    found = conflict_finding(data, drawn, low, high) if conflict else None
    if found is not None:
        line = definition_line(source, name)
        return CheckError(type="PriorDataConflict", message=f'"{name}": {found}: {ranges}',
                          line=line, source_line=source.line_text(line),
                          hint=f"{_priors_drawn(model, rv, draws, source)}{CONFLICT_ADVICE}.")
    if outside >= max(1, OUTSIDE_SHARE * data.size):
        finding = f'{outside} of the {data.size} observed values of "{name}" lie outside what its priors predict'
        advice = OFF_SCALE_ADVICE
    elif high - low > WIDE_FACTOR * data_scale:
        finding = f'the priors of "{name}" predict values millions of times wider than its data'
        advice = TOO_WIDE_ADVICE
    else:
        return None
    return CheckWarning(WARNING_PRIOR_PREDICTIVE,
                        f"{finding}: {ranges}. {_priors_drawn(model, rv, draws, source)}{advice}",
                        definition_line(source, name))


def _drawable_draws(model: Any, source: SubmittedSource, exc: NotImplementedError,
                    seed: int) -> tuple[dict[str, np.ndarray], CheckWarning]:
    """Draws of the free variables and of each observed one that can be drawn; the others are named in a warning.
    Raises what drawing the free variables raises, if they cannot be drawn either."""
    free = [str(rv.name) for rv in model.free_RVs]
    drawable, undrawable = list(free), []
    for rv in model.observed_RVs:
        try:
            _prior_draws(model, [*free, str(rv.name)], seed)
            drawable.append(str(rv.name))
        except NotImplementedError:
            undrawable.append(str(rv.name))
    first = exception_message(exc).splitlines()
    note = CheckWarning(
        WARNING_PRIOR_PREDICTIVE,
        f"the prior predictive of {', '.join(undrawable) or 'the model'} cannot be drawn ({first[0] if first else ''}"
        "): its data are not compared with what the model predicts, and pm.sample_posterior_predictive() would fail "
        "the same way; pm.sample() does not need it",
        definition_line(source, undrawable[0]) if undrawable else None)
    return _prior_draws(model, drawable, seed), note


def _failed_draws(model: Any, source: SubmittedSource, exc: BaseException, seed: int) -> CheckWarning:
    free = [str(rv.name) for rv in model.free_RVs]
    try:
        draws = _prior_draws(model, free, seed) if free else {}
    except Exception:  # noqa: BLE001 - then the priors themselves fail: name them without ranges
        draws = {}
    named = "".join(_priors_drawn(model, rv, draws, source) for rv in model.observed_RVs[:1])
    first = exception_message(exc).splitlines()
    return CheckWarning(
        WARNING_PRIOR_PREDICTIVE,
        f"drawing from the priors failed: {type(exc).__name__}: {first[0] if first else ''}. {named}"
        + TOO_WIDE_ADVICE,
        definition_line(source, str(model.observed_RVs[0].name)) if model.observed_RVs else None,
    )


def _priors_drawn(model: Any, rv: Any, draws: dict[str, np.ndarray], source: SubmittedSource) -> str:
    """The free variables ``rv`` depends on, with the range of their prior draws and their lines."""
    from pytensor.graph.traversal import ancestors

    free = {id(v): v for v in model.free_RVs}
    found = [v for v in ancestors([rv], blockers=None) if id(v) in free and v is not rv]
    described = []
    for prior in found[:PRIORS_NAMED]:
        name = str(prior.name)
        line = definition_line(source, name)
        where = f" (line {line})" if line is not None else ""
        values = draws.get(name)
        span = "" if values is None or values.size == 0 else \
            f" in [{_num(np.quantile(values, 0.01))}, {_num(np.quantile(values, 0.99))}]"
        described.append(f"{name}{where}{span}")
    return f"Its priors draw {', '.join(described)} (98% of draws). " if described else ""


def _share(fraction: float) -> str:
    return f"{fraction * 100:.1f}%"


def _num(value: float) -> str:
    return f"{float(value):.4g}"
