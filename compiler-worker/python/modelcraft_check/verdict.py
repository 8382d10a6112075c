"""The shape of a verdict: small immutable records and their JSON form.

The Java side (``io.modelcraft.contracts.CheckResult``) reads exactly these keys, so the
names here are a contract. Everything that leaves this module is plain JSON: strings,
ints, floats, bools, None, lists and dicts.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from typing import Any, Literal

Stage = Literal["parse", "lint", "run", "find_model", "evaluate", "data", "problem", "after_sampling", "complete",
                "internal", "sandbox"]
VariableKind = Literal["free", "observed", "deterministic", "potential"]

# Warning codes the checker can emit (kept here so both sides can look them up).
WARNING_DISCRETE_FREE_VARIABLE = "discrete_free_variable"
WARNING_RUNTIME = "runtime_warning"
WARNING_MULTIPLE_MODELS = "multiple_models"
WARNING_SUMMARY_INCOMPLETE = "summary_incomplete"
WARNING_NON_FINITE_PRIOR_PREDICTIVE = "non_finite_prior_predictive"
WARNING_PRIOR_PREDICTIVE = "prior_predictive"
WARNING_DEPRECATED_API = "deprecated_api"
WARNING_LINT = "lint"
WARNING_MISSING_OBSERVATIONS = "missing_observations"
WARNING_SUSPICIOUS_BROADCAST = "suspicious_broadcast"
WARNING_NO_OBSERVED_DATA = "no_observed_data"
WARNING_NO_GRADIENT = "no_gradient"
WARNING_CONSTANT_DETERMINISTIC = "constant_deterministic"
WARNING_DATA_OBSERVED_TWICE = "data_observed_twice"
WARNING_SAMPLING_FAILED = "sampling_failed"
WARNING_DIVERGENCES = "divergences"
WARNING_R_HAT = "r_hat"
WARNING_LOW_ESS = "low_ess"
WARNING_LOW_BFMI = "low_bfmi"
WARNING_AFTER_SAMPLING_UNCHECKED = "after_sampling_unchecked"

# Size limits keeping one verdict comfortably inside the caller's output budget.
MAX_MESSAGE_CHARS = 8_000
MAX_DEBUG_CHARS = 20_000
MAX_SOURCE_LINE_CHARS = 500
MAX_TRACEBACK_ENTRIES = 40
MAX_WARNINGS = 50
MAX_COORD_VALUES = 1_000
MAX_POSTERIOR_VALUES = 100  # per statistic of one vector variable: its first values, flattened


@dataclass(frozen=True)
class CheckError:
    """Why a check failed; ``line`` and ``column`` (1-based) point into the submitted code."""

    type: str
    message: str
    line: int | None = None
    column: int | None = None
    source_line: str | None = None
    traceback: tuple[str, ...] = ()
    hint: str | None = None
    debug: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "message": clip(self.message, MAX_MESSAGE_CHARS),
            "line": self.line,
            "column": self.column,
            "source_line": None
            if self.source_line is None
            else clip(self.source_line, MAX_SOURCE_LINE_CHARS),
            "traceback": _head_and_tail(
                [clip(entry, MAX_SOURCE_LINE_CHARS) for entry in self.traceback],
                MAX_TRACEBACK_ENTRIES,
            ),
            "hint": self.hint,
            "debug": None if self.debug is None else clip(self.debug, MAX_DEBUG_CHARS),
        }


@dataclass(frozen=True)
class CheckWarning:
    """Something the modeller should see even though the check passed."""

    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": clip(self.message, MAX_MESSAGE_CHARS), "line": self.line}


@dataclass(frozen=True)
class VariableInfo:
    name: str
    kind: VariableKind
    distribution: str | None
    shape: tuple[int, ...]
    dims: tuple[str | None, ...] | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "distribution": self.distribution,
            "shape": [int(n) for n in self.shape],
            "dims": None if self.dims is None else [None if d is None else str(d) for d in self.dims],
        }


@dataclass(frozen=True)
class ModelSummary:
    variables: tuple[VariableInfo, ...]
    coords: dict[str, list[Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "variables": [variable.to_dict() for variable in self.variables],
            "coords": {
                str(name): [json_scalar(value) for value in values[:MAX_COORD_VALUES]]
                for name, values in self.coords.items()
            },
        }


# One posterior statistic: a float for a scalar variable, a flattened (C-order) list for a vector one;
# None where it is not finite (e.g. r_hat of a variable that never moved).
Statistic = float | None | list[float | None]


@dataclass(frozen=True)
class VariablePosterior:
    """ArviZ 1's summary of one variable: mean, sd, the 89% equal-tailed interval, the mean's Monte Carlo error and
    the convergence diagnostics."""

    mean: Statistic
    sd: Statistic
    r_hat: Statistic
    ess_bulk: Statistic
    ess_tail: Statistic
    eti_lower: Statistic = None
    eti_upper: Statistic = None
    mcse_mean: Statistic = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "mean": self.mean,
            "sd": self.sd,
            "eti89_lower": self.eti_lower,
            "eti89_upper": self.eti_upper,
            "mcse_mean": self.mcse_mean,
            "r_hat": self.r_hat,
            "ess_bulk": self.ess_bulk,
            "ess_tail": self.ess_tail,
        }


@dataclass(frozen=True)
class Posterior:
    """What a sample-mode run found: per chain ``draws`` kept after tuning, ``seconds`` of sampling."""

    draws: int
    chains: int
    seconds: float
    divergences: int | None  # None when no step method reports them (e.g. only Metropolis)
    variables: dict[str, VariablePosterior]
    bfmi: list[float | None] | None = None  # E-BFMI per chain; None without the sampler's energy (e.g. only Metropolis)
    plots: dict[str, str] = field(default_factory=dict)  # name -> PNG in base64
    plot_errors: dict[str, str] = field(default_factory=dict)  # name -> why that plot is missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "draws": int(self.draws),
            "chains": int(self.chains),
            "seconds": float(self.seconds),
            "divergences": None if self.divergences is None else int(self.divergences),
            "bfmi": None if self.bfmi is None else list(self.bfmi),
            "variables": {str(name): stats.to_dict() for name, stats in self.variables.items()},
            "plots": dict(self.plots),
            "plot_errors": {name: clip(error, MAX_MESSAGE_CHARS) for name, error in self.plot_errors.items()},
        }


@dataclass(frozen=True)
class SamplingFailure:
    """Sample mode was asked for and the check passed, but sampling raised or ran out of time."""

    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"error": clip(self.error, MAX_MESSAGE_CHARS)}


@dataclass(frozen=True)
class ProgramRewrite:
    """The program as the check rewrote it, and what changed, in words that name the lines of the program as sent."""

    code: str
    changes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "changes": list(self.changes)}


@dataclass(frozen=True)
class Verdict:
    ok: bool
    stage: Stage
    error: CheckError | None
    warnings: tuple[CheckWarning, ...]
    summary: ModelSummary | None
    versions: dict[str, str]
    duration_ms: int
    posterior: Posterior | SamplingFailure | None = None  # only sample mode fills it in
    rewrite: ProgramRewrite | None = None  # the program the verdict is about, when the check moved code itself

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "stage": self.stage,
            "error": None if self.error is None else self.error.to_dict(),
            "warnings": [warning.to_dict() for warning in self.warnings[:MAX_WARNINGS]],
            "summary": None if self.summary is None else self.summary.to_dict(),
            "versions": {str(k): str(v) for k, v in self.versions.items()},
            "duration_ms": int(self.duration_ms),
            "posterior": None if self.posterior is None else self.posterior.to_dict(),
            "rewrite": None if self.rewrite is None else self.rewrite.to_dict(),
        }

    def to_json(self) -> str:
        """One line of JSON (no raw newlines, no NaN literals)."""
        return json.dumps(self.to_dict(), ensure_ascii=True, allow_nan=False, separators=(",", ":"))


def _head_and_tail(entries: list[str], limit: int) -> list[str]:
    """At most ``limit`` entries: the outermost few and the innermost rest."""
    if len(entries) <= limit:
        return entries
    head = limit // 4
    tail = limit - head - 1
    return [*entries[:head], f"[{len(entries) - head - tail} frames omitted]", *entries[-tail:]]


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most about ``limit`` characters, saying that it was cut."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"... [{len(text) - limit} more characters cut]"


def json_scalar(value: Any) -> str | int | float | bool | None:
    """Turn one coordinate value (numpy scalar, datetime, anything) into a JSON scalar."""
    if value is None or isinstance(value, bool | str):
        return value
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, int | float):
        try:
            value = item()
        except (TypeError, ValueError):
            return str(value)
        if value is None or isinstance(value, bool | str):
            return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else str(value)
    return str(value)


@dataclass(frozen=True)
class Verdicts:
    """Makes the check's verdicts, timed from its start, and tells how much of its time is left."""

    begin: float
    clock: Callable[[], float]
    versions: dict[str, str]
    seconds: float | None

    def __call__(
        self,
        stage: Stage,
        error: CheckError | None = None,
        notes: Sequence[CheckWarning] = (),
        summary: ModelSummary | None = None,
        posterior: Posterior | SamplingFailure | None = None,
    ) -> Verdict:
        return Verdict(
            ok=error is None,
            stage=stage,
            error=error,
            warnings=tuple(notes),
            summary=summary,
            versions=self.versions,
            duration_ms=max(0, round((self.clock() - self.begin) * 1000)),
            posterior=posterior,
        )

    def seconds_left(self) -> float | None:
        return None if self.seconds is None else self.begin + self.seconds - self.clock()
