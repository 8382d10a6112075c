"""The diagnostics tier's verdict on a sampling run: what falls short becomes a warning, with the variables to
blame and their lines, so that a job that retries on warnings asks the model to repair its parameterisation."""

from __future__ import annotations

from collections.abc import Callable

from .errors import definition_line
from .parse import SubmittedSource
from .verdict import (
    WARNING_DIVERGENCES,
    WARNING_LOW_BFMI,
    WARNING_LOW_ESS,
    WARNING_R_HAT,
    WARNING_SAMPLING_FAILED,
    CheckWarning,
    Posterior,
    SamplingFailure,
    Statistic,
)

DIAGNOSTIC_CODES = (WARNING_SAMPLING_FAILED, WARNING_DIVERGENCES, WARNING_R_HAT, WARNING_LOW_ESS, WARNING_LOW_BFMI)
R_HAT_LIMIT = 1.01
BFMI_FLOOR = 0.3
ESS_FLOOR = 400  # effective draws; a run shorter than twice this is held to half its draws instead
NAMED_AT_MOST = 3


def diagnostic_warnings(result: Posterior | SamplingFailure, source: SubmittedSource) -> list[CheckWarning]:
    if isinstance(result, SamplingFailure):
        return [CheckWarning(WARNING_SAMPLING_FAILED, f"The short sampling run after the check did not finish: "
                             f"{result.error}. pm.sample() may fail the same way on this model.")]
    run = f"{result.chains} chains of {result.draws} draws"
    found = [_divergences(result, run), _r_hat(result, run, source), _bfmi(result, run), _ess(result, run, source)]
    return [warning for warning in found if warning is not None]


def _divergences(result: Posterior, run: str) -> CheckWarning | None:
    if not result.divergences:
        return None
    return CheckWarning(
        WARNING_DIVERGENCES,
        f"{result.divergences} of {result.draws * result.chains} draws diverged ({run}): NUTS could not follow the "
        "posterior's curvature, so its draws are biased. A scale parameter shared by a group of variables is the usual "
        "cause; write the group non-centred (`z = pm.Normal('z', 0, 1, shape=k)`, then "
        "`theta = pm.Deterministic('theta', mu + tau * z)`) or give the scale a prior that keeps it away from 0.")


def _r_hat(result: Posterior, run: str, source: SubmittedSource) -> CheckWarning | None:
    r_hats = _worst(result, lambda stats: stats.r_hat, max, lambda value: value > R_HAT_LIMIT)
    if not r_hats:
        return None
    return CheckWarning(
        WARNING_R_HAT,
        f"The chains disagree ({run}): R-hat {_listed(r_hats, source, '.3f')}, above {R_HAT_LIMIT}. The posterior "
        "is not settled: look for a discrete variable with a wide range, several modes or a parameter whose "
        "scale spans orders of magnitude.",
        _line(r_hats, source))


def _bfmi(result: Posterior, run: str) -> CheckWarning | None:
    low = [(chain, value) for chain, value in enumerate(result.bfmi or []) if value is not None and value < BFMI_FLOOR]
    if not low:
        return None
    chains = ", ".join(f"{value:.2f} in chain {chain + 1}" for chain, value in low)
    return CheckWarning(
        WARNING_LOW_BFMI,
        f"Low energy fraction ({run}): E-BFMI {chains}, below {BFMI_FLOOR}. NUTS explored the posterior's "
        "tails poorly: a heavy-tailed prior or a scale parameter whose posterior spans orders of magnitude is "
        "the usual cause; a tighter prior or a non-centred form usually helps.")


def _ess(result: Posterior, run: str, source: SubmittedSource) -> CheckWarning | None:
    floor = min(ESS_FLOOR, result.draws * result.chains // 2)
    low = _worst(result, lambda stats: _lowest(stats.ess_bulk, stats.ess_tail), min, lambda value: value < floor)
    if not low:
        return None
    return CheckWarning(
        WARNING_LOW_ESS,
        f"Few effective draws ({run}): ESS {_listed(low, source, '.0f')}, below {floor}. The chains move slowly "
        "through these variables; strongly correlated parameters or a discrete variable sampled by Metropolis "
        "are the usual causes.",
        _line(low, source))


def _worst(result: Posterior, pick: Callable[..., Statistic], worst: Callable[..., float],
           falls_short: Callable[[float], bool]) -> list[tuple[str, float]]:
    found = []
    for name, stats in result.variables.items():
        values = [value for value in _values(pick(stats)) if value is not None]
        if values and falls_short(worst(values)):
            found.append((name, worst(values)))
    return found


def _lowest(bulk: Statistic, tail: Statistic) -> list[float | None]:
    return [*_values(bulk), *_values(tail)]


def _values(statistic: Statistic) -> list[float | None]:
    return statistic if isinstance(statistic, list) else [statistic]


def _listed(found: list[tuple[str, float]], source: SubmittedSource, style: str) -> str:
    named = []
    for name, value in found[:NAMED_AT_MOST]:
        line = definition_line(source, name)
        named.append(f"{value:{style}} for `{name}`" + (f" (line {line})" if line is not None else ""))
    more = len(found) - NAMED_AT_MOST
    return ", ".join(named) + (f" and {more} more" if more > 0 else "")


def _line(found: list[tuple[str, float]], source: SubmittedSource) -> int | None:
    return definition_line(source, found[0][0])
