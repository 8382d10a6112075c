"""Sample mode: after a check has passed, a short, bounded real ``pm.sample`` of the model it found, with its
diagnostics and plots (:mod:`.plots`).

The model is the very object the ladder checked (the one the program was about to sample), in the
same process. Sampling is sequential (``cores=1``: no worker processes, so the sandbox's process
limit holds) with a fixed seed; PyMC assigns the step methods itself, Metropolis for discrete
variables included. A wall-clock timer bounds sampling and the statistics after it; whatever goes
wrong there is reported in the posterior, never as a failed check.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import signal
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from .after_sampling import AFTER_REAL, after_sampling_error
from .errors import exception_message
from .evaluate import RANDOM_SEED
from .plots import posterior_plots
from .parse import SubmittedSource
from .quiet import quiet_library
from .verdict import MAX_POSTERIOR_VALUES, CheckError, Posterior, SamplingFailure, Statistic, VariablePosterior

# Room the sandbox adds on top of the sampling budget, for the timer to fire inside a long native
# call and the verdict to be written after it: the in-process budget must always run out first.
SAMPLING_GRACE_SECONDS = 10.0
SAMPLE_DIMS = ("chain", "draw")
CREDIBLE_MASS = 0.89  # ArviZ 1's default interval


@dataclass(frozen=True)
class SampleSettings:
    """Bounds of one sampling run; their one definition is the worker's (``worker_limits.diagnostics_settings``)."""

    draws: int
    tune: int
    chains: int
    seconds: float  # wall-clock budget of sampling, its statistics and plots
    seed: int = RANDOM_SEED

    def __post_init__(self) -> None:
        for name in ("draws", "chains"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise ValueError(f"sample {name} must be a positive integer, not {getattr(self, name)!r}")
        if not isinstance(self.tune, int) or self.tune < 0:
            raise ValueError(f"sample tune must be a non-negative integer, not {self.tune!r}")
        if not isinstance(self.seconds, int | float) or not 0 < self.seconds < math.inf:
            raise ValueError(f"sample seconds must be a positive number, not {self.seconds!r}")

    @property
    def sandbox_seconds(self) -> float:
        """Wall-clock and CPU time the sandbox must allow on top of an ordinary check."""
        return self.seconds + SAMPLING_GRACE_SECONDS

    def to_request(self) -> dict[str, int | float]:
        return {"draws": self.draws, "tune": self.tune, "chains": self.chains, "seconds": self.seconds}

    @staticmethod
    def from_request(fields: Mapping[str, Any]) -> SampleSettings:
        """Settings from a request's ``"sample"`` object, which must give every bound."""
        if not isinstance(fields, Mapping):
            raise ValueError(f"sample must be an object, not {type(fields).__name__}")
        names = {"draws", "tune", "chains", "seconds"}
        unknown, missing = set(fields) - names, names - set(fields)
        if unknown:
            raise ValueError(f"unknown sample fields: {', '.join(sorted(map(str, unknown)))}")
        if missing:
            raise ValueError(f"missing sample fields: {', '.join(sorted(missing))}")
        return SampleSettings(**fields)


class BudgetExceeded(BaseException):
    """Raised by the timer; a ``BaseException`` so that no ``except Exception`` on the way keeps it."""


@dataclass(frozen=True)
class SampledRun:
    posterior: Posterior | SamplingFailure
    after_sampling: CheckError | None = None  # what the program's code after pm.sample() raised on these draws


def sample_posterior(
    model: Any, settings: SampleSettings, source: SubmittedSource | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> SampledRun:
    """Sample ``model``, describe and plot its posterior and, with the program's ``source``, run its code after
    ``pm.sample()`` on the draws; never raises for what sampling does."""
    begin = clock()
    try:
        with wall_clock_budget(settings.seconds), quiet_library():
            idata = _sample(model, settings)
            posterior = describe_posterior(idata, traced_names(model), clock() - begin)
            try:
                plots = posterior_plots(idata, model, traced_names(model), settings.seed)
            except BudgetExceeded:
                ran_out = f"the budget of {settings.seconds:g} s ran out while plotting"
                return SampledRun(dataclasses.replace(posterior, plot_errors={"plots": ran_out}))
            posterior = dataclasses.replace(posterior, plots=plots.images, plot_errors=plots.errors)
            try:
                after = None if source is None else after_sampling_error(source, idata, AFTER_REAL,
                                                                          BudgetExceeded)
                return SampledRun(posterior, after)
            except BudgetExceeded:
                return SampledRun(posterior)  # the code after pm.sample() outlasted the budget: not judged
    except BudgetExceeded:
        return SampledRun(SamplingFailure(f"sampling stopped: its budget of {settings.seconds:g} s ran out"))
    except Exception as exc:  # noqa: BLE001 - the check passed; only sampling failed
        return SampledRun(SamplingFailure(f"sampling failed: {type(exc).__name__}: {exception_message(exc)}"))


@contextlib.contextmanager
def wall_clock_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this (the main) thread once ``seconds`` have passed."""

    def expire(_signum: int, _frame: object) -> None:
        raise BudgetExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _sample(model: Any, settings: SampleSettings) -> Any:
    import pymc as pm

    return pm.sample(
        draws=settings.draws,
        tune=settings.tune,
        chains=settings.chains,
        cores=1,
        blas_cores=1,
        random_seed=settings.seed,
        progressbar=False,
        quiet=True,
        compute_convergence_checks=False,
        model=model,
    )


def traced_names(model: Any) -> list[str]:
    """Free variables, then deterministics, in definition order."""
    return [var.name for var in [*model.free_RVs, *model.deterministics]]


def describe_posterior(idata: Any, names: list[str], seconds: float) -> Posterior:
    import arviz as az

    # A comparison such as pm.Deterministic("taller", a > b) is traced as booleans, which the
    # diagnostics cannot subtract: they and the mean are taken over 0/1 instead.
    traced = idata["posterior"].to_dataset()
    present = [name for name in names if name in traced.data_vars]
    posterior = traced[present].map(lambda values: values.astype(float) if values.dtype == bool else values)
    r_hat = az.rhat(posterior)
    ess_bulk = az.ess(posterior, method="bulk")
    ess_tail = az.ess(posterior, method="tail")
    interval = az.eti(posterior, prob=CREDIBLE_MASS)
    mcse = az.mcse(posterior)
    variables = {
        name: VariablePosterior(
            mean=statistic(posterior[name].mean(SAMPLE_DIMS)),
            sd=statistic(posterior[name].std(SAMPLE_DIMS, ddof=1)),
            r_hat=statistic(r_hat[name]),
            ess_bulk=statistic(ess_bulk[name]),
            ess_tail=statistic(ess_tail[name]),
            eti_lower=statistic(interval[name].sel(ci_bound="lower")),
            eti_upper=statistic(interval[name].sel(ci_bound="upper")),
            mcse_mean=statistic(mcse[name]),
        )
        for name in present
    }
    return Posterior(
        draws=int(posterior.sizes["draw"]),
        chains=int(posterior.sizes["chain"]),
        seconds=round(seconds, 3),
        divergences=divergences(idata),
        variables=variables,
        bfmi=bfmi(idata),
    )


def bfmi(idata: Any) -> list[float | None] | None:
    """E-BFMI of each chain, from the energy NUTS records; None when no step method records it."""
    import arviz as az

    if "sample_stats" not in idata.children or "energy" not in idata["sample_stats"].data_vars:
        return None
    values = statistic(az.bfmi(idata)["energy"])
    return values if isinstance(values, list) else [values]


def divergences(idata: Any) -> int | None:
    if "sample_stats" not in idata.children or "diverging" not in idata["sample_stats"].data_vars:
        return None
    return int(idata["sample_stats"]["diverging"].sum())


def statistic(values: Any) -> Statistic:
    """A scalar as a float, anything bigger as a flattened list of its first values."""
    array = np.asarray(values, dtype=float)
    if array.ndim == 0:
        return _finite(float(array))
    return [_finite(float(value)) for value in array.ravel()[:MAX_POSTERIOR_VALUES]]


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
