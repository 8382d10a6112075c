"""Stage 4: evaluate the model where a sampler would start, without sampling it.

1. the initial point (``model.initial_point()``);
2. every log-probability term finite there (``model.point_logps``);
3. the gradient finite for the continuous free variables that have one (``model.compile_dlogp``); those without
   one (a black-box Op) are a warning, since ``pm.sample()`` gives them a gradient-free step;
4. a prior predictive sample, compared with the data (see :mod:`.prior_fit`): data the model could not have
   predicted is an error, data mostly outside its predictions a warning.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from pytensor.gradient import NullTypeGradError

from .blame import coordinate_mismatches, culprit_term
from .errors import definition_line, error_from_exception, exception_message
from .parse import SubmittedSource
from .quiet import quiet_library
from .run import BoundedText
from .support_hint import impossible_values_hint
from .prior_fit import prior_predictive_findings
from .verdict import MAX_DEBUG_CHARS, WARNING_NO_GRADIENT, CheckError, CheckWarning

RANDOM_SEED = 20_240_601
# What ``pm.sample()`` catches when it asks for a variable's gradient and there is none.
_NO_GRADIENT: tuple[type[BaseException], ...] = (NotImplementedError, NullTypeGradError)


@dataclass(frozen=True)
class Evaluation:
    point: dict[str, np.ndarray] | None
    error: CheckError | None
    warnings: tuple[CheckWarning, ...] = ()
    prior_draws: dict[str, np.ndarray] | None = None  # the prior predictive sample, when one was drawn


def evaluate_model(model: Any, source: SubmittedSource) -> Evaluation:
    if not model.free_RVs:
        return Evaluation(None, _nothing_to_infer(model, source))
    with quiet_library():
        try:
            point = model.initial_point(random_seed=RANDOM_SEED)
        except Exception as exc:  # noqa: BLE001
            return Evaluation(None, error_from_exception(exc, source))

        failure = check_logp(model, point, source) or check_coordinates(model, point, source)
        if failure is not None:
            return Evaluation(point, failure)

        gradient = check_gradient(model, point, source)
        if isinstance(gradient, CheckError):
            return Evaluation(point, gradient)
        notes = () if gradient is None else (gradient,)

        try:
            findings = prior_predictive_findings(model, source, RANDOM_SEED)
        except Exception as exc:  # noqa: BLE001
            return Evaluation(point, error_from_exception(exc, source))
    return Evaluation(point, findings.error, (*notes, *findings.warnings), findings.draws)


def _nothing_to_infer(model: Any, source: SubmittedSource) -> CheckError:
    """``pm.sample()``, which the check does not run, refuses a model without free variables."""
    observed = [str(rv.name) for rv in model.observed_RVs]
    first = definition_line(source, observed[0]) if observed else None
    return CheckError(
        type="SamplingError",
        message="Cannot sample from the model, since the model does not contain any free variables "
                "(pm.sample() raises this)",
        line=first, source_line=source.line_text(first),
        hint=(f"Every variable is observed ({', '.join(observed) or 'none'}), so nothing is left to infer. Each "
              "unknown quantity the problem asks about needs a prior without observed=; observed= takes only "
              "what was seen."))


def check_logp(model: Any, point: dict[str, np.ndarray], source: SubmittedSource) -> CheckError | None:
    """Each term's log-probability at ``point``; the non-finite ones make the error."""
    try:
        logps = model.point_logps(point, round_vals=4)
    except Exception as exc:  # noqa: BLE001
        return _blamed(error_from_exception(exc, source), model, point, source, gradient=False)
    bad = {name: _as_float(value) for name, value in logps.items() if not _all_finite(value)}
    if not bad:
        return None
    terms = ", ".join(f"{name} = {value}" for name, value in bad.items())
    return _located(
        CheckError(
            type="NonFiniteLogp",
            message=f"the log-probability is not finite at the model's initial point: {terms}",
            debug=model_debug_text(model, point, "logp"),
            hint=impossible_values_hint(model, point, list(bad)),
        ),
        list(bad),
        source,
    )


def check_gradient(
    model: Any, point: dict[str, np.ndarray], source: SubmittedSource
) -> CheckError | CheckWarning | None:
    """Gradient of the joint log-probability w.r.t. each continuous free variable that has one. Those that have none
    (a black-box Op in a ``CustomDist``) are a warning: ``pm.sample()`` gives them a gradient-free step."""
    value_vars = list(model.continuous_value_vars)
    if not value_vars:
        return None
    note = None
    try:
        gradient = np.asarray(model.compile_dlogp()(point), dtype=float).ravel()
    except _NO_GRADIENT as exc:
        try:
            without = _without_gradient(model, value_vars)
            if not without:
                return _blamed(error_from_exception(exc, source), model, point, source, gradient=True)
            note = _gradient_free_note(model, without, exc, source)
            value_vars = [var for var in value_vars if var not in without]
            if not value_vars:
                return note
            rvs = [model.values_to_rvs[var] for var in value_vars]
            gradient = np.asarray(model.compile_dlogp(vars=rvs)(point), dtype=float).ravel()
        except Exception as again:  # noqa: BLE001 - the gradient of what has one fails on its own account
            return _blamed(error_from_exception(again, source), model, point, source, gradient=True)
    except Exception as exc:  # noqa: BLE001
        return _blamed(error_from_exception(exc, source), model, point, source, gradient=True)
    if np.all(np.isfinite(gradient)):
        return note
    offending: list[str] = []
    start = 0
    for value_var in value_vars:
        size = int(np.size(point[value_var.name])) if value_var.name in point else 0
        if not np.all(np.isfinite(gradient[start : start + size])):
            offending.append(_rv_name(model, value_var))
        start += size
    names = ", ".join(offending) or "(unknown)"
    culprit = culprit_term(model, point, gradient=True)
    return _located(
        CheckError(
            type="NonFiniteGradient",
            message=(
                "the gradient of the log-probability is not finite at the model's initial "
                f"point with respect to: {names}"
            ),
            debug=model_debug_text(model, point, "dlogp"),
        ),
        [culprit] + offending if culprit else offending,
        source,
    )


def _without_gradient(model: Any, value_vars: list[Any]) -> list[Any]:
    """The variables ``pm.sample()`` finds no gradient for, found as it finds them (``pymc.sampling.mcmc``)."""
    from pytensor import gradient

    logp = model.logp()
    without = []
    for var in value_vars:
        try:
            gradient.grad(logp, var)
        except _NO_GRADIENT:
            without.append(var)
    return without


def _gradient_free_note(model: Any, without: list[Any], exc: BaseException, source: SubmittedSource) -> CheckWarning:
    names = [_rv_name(model, var) for var in without]
    line = definition_line(source, names[0])
    return CheckWarning(
        WARNING_NO_GRADIENT,
        f"the log-probability has no gradient with respect to {', '.join(names)} ({exception_message(exc)}): "
        "pm.sample() cannot use NUTS for them and gives them a gradient-free step (Slice), which mixes more slowly "
        "and needs more draws; write the log-probability with PyTensor operations, or give the Op a grad(), for NUTS",
        line)


def check_coordinates(model: Any, point: dict[str, np.ndarray], source: SubmittedSource) -> CheckError | None:
    """A variable longer or shorter than the coordinates its dims name: sampling would fail labelling it."""
    try:
        mismatches = coordinate_mismatches(model, point)
    except Exception:  # noqa: BLE001 - a check we cannot run is no finding
        return None
    if not mismatches:
        return None
    names = [m.split('"')[1] for m in mismatches]
    return _located(CheckError(type="CoordinateMismatch", message="; ".join(mismatches)), names, source)


def _blamed(error: CheckError, model: Any, point: dict[str, np.ndarray], source: SubmittedSource,
            gradient: bool) -> CheckError:
    """An error raised by the joint graph, pointed at the term that raises on its own, if one does."""
    if error.line is not None:
        return error
    try:
        culprit = culprit_term(model, point, gradient)
    except Exception:  # noqa: BLE001
        return error
    if culprit is None:
        return error
    located = _located(error, [culprit], source)
    return CheckError(type=error.type, message=error.message, line=located.line, column=located.column,
                      source_line=located.source_line, traceback=error.traceback, hint=error.hint,
                      debug=error.debug)


def model_debug_text(model: Any, point: dict[str, np.ndarray], fn: str) -> str:
    """What ``model.debug(point, fn=fn, verbose=False)`` prints."""
    buffer = BoundedText(MAX_DEBUG_CHARS)
    try:
        with contextlib.redirect_stdout(BoundedText(MAX_DEBUG_CHARS)) as first_try:
            model.debug(point, fn=fn, verbose=False)
        return first_try.getvalue()
    except Exception as exc:  # noqa: BLE001 - debug() has its own bugs
        failure = exc
    potentials = list(getattr(model, "potentials", ()))
    if potentials:
        # PyMC 6.4's debug() breaks on scalar Potential terms before checking anything;
        # checking the random variables alone is still worth having.
        saved = model.potentials
        try:
            model.potentials = []
            with contextlib.redirect_stdout(buffer):
                model.debug(point, fn=fn, verbose=False)
            names = ", ".join(str(p.name) for p in potentials)
            buffer.write(f"\n[Potential terms not covered by model.debug(): {names}]\n")
            return buffer.getvalue()
        except Exception as exc:  # noqa: BLE001
            failure = exc
        finally:
            with contextlib.suppress(Exception):
                model.potentials = saved
    message = exception_message(failure)
    first = message.splitlines()[0] if message else ""
    buffer.write(f"\n[model.debug() failed: {type(failure).__name__}: {first}]\n")
    return buffer.getvalue()


def _located(error: CheckError, names: list[str], source: SubmittedSource) -> CheckError:
    """Point the error at the definition of the first offending variable, if found."""
    for name in names:
        line = definition_line(source, name)
        if line is not None:
            return CheckError(
                type=error.type,
                message=error.message,
                line=line,
                source_line=source.line_text(line),
                debug=error.debug,
                hint=error.hint,
            )
    return error


def _rv_name(model: Any, value_var: Any) -> str:
    rv = model.values_to_rvs.get(value_var)
    return str(rv.name) if rv is not None and rv.name else str(value_var.name)


def _all_finite(value: Any) -> bool:
    try:
        return bool(np.all(np.isfinite(np.asarray(value, dtype=float))))
    except (TypeError, ValueError):
        return False


def _as_float(value: Any) -> float | str:
    try:
        number = float(np.asarray(value, dtype=float).sum())
    except (TypeError, ValueError):
        return str(value)
    return number if math.isfinite(number) else str(number)
