"""The check: parse, lint, run, find the model, evaluate it, see that it uses its data and, when it is given the
problem, that it answers that problem; summarise it; stop at the first failure. A program that fails because it
builds model parts outside its model is checked again with them moved into it (see :mod:`.model_rewrite`); one
whose log-probability is not finite where sampling starts, with starting values where it is (see
:mod:`.start_values`); one that asks ``pm`` for a function of ``pm.math``, with it spelled there (see
:mod:`.namespace_rewrite`); one that passes a parameter under another name, with the name meant (see
:mod:`.keyword_rewrite`); one that gives ``observed=`` a model variable that took its data's name, with the data
named apart (see :mod:`.shadowed_data`); and, when the problem is given, one that copies the problem's data wrong, with the
problem's values, and one whose shapes clash because it copied only the first part of data the problem gives in
parts, with the parts joined (see :mod:`.data_copies`).

A passed check then runs the program's code after ``pm.sample()`` (stage ``after_sampling``, see
:mod:`.after_sampling`): in the ordinary check on a result built from prior draws (:mod:`.prior_result`), in sample
mode on the draws of a real sampling run of the model it found (:mod:`.sampling`)."""

from __future__ import annotations

import ast
import dataclasses
import time
from collections.abc import Callable
from typing import Any

from .data_copies import with_joined_lists, with_problem_lists
from .data_use import no_observed_data_warning, repeated_observation_warnings, unused_data_error
from .data_warnings import with_data_warnings
from .diagnostics import diagnostic_warnings
from .environment import collect_versions
from .errors import error_from_exception, exception_message, internal_error
from .evaluate import RANDOM_SEED, evaluate_model
from .find_model import find_model
from .hints import run_hint
from .informed import constant_deterministic_warnings
from .integer_hint import integer_parameter_hint
from .keyword_rewrite import with_accepted_keywords
from .lint import LintResult, lint_program
from .misuse_hint import misuse_hint
from .model_rewrite import move_into_model
from .namespace_rewrite import into_math_namespace
from .parse import DEFAULT_FILENAME, SubmittedSource, parse_source
from .prior_result import after_prior_sampling
from .probability_sums import unnormalised_error
from .problem_fit import problem_error
from .run import run_program
from .sampling import SampleSettings, sample_posterior
from .shadowed_data import OBSERVED_MESSAGE, with_data_unshadowed
from .shape_hint import clashing_lengths, shape_hint
from .start_values import finite_start, with_start_values
from .summary import summarise_model
from .verdict import (
    WARNING_LINT,
    WARNING_SUMMARY_INCOMPLETE,
    CheckError,
    CheckWarning,
    ModelSummary,
    ProgramRewrite,
    Stage,
    Verdict,
    Verdicts,
)

MODEL_CONTEXT_MESSAGE = "No model on context stack"
MOVE_INTO_MODEL = "move into model"
START_VALUES = "start values"
MATH_NAMESPACE = "math namespace"
KEYWORD_NAMES = "keyword names"
PROBLEM_DATA = "problem data"
JOINED_DATA = "joined data"
SHADOWED_DATA = "shadowed data"
REPAIRS = frozenset({MOVE_INTO_MODEL, START_VALUES, MATH_NAMESPACE, KEYWORD_NAMES, PROBLEM_DATA, JOINED_DATA,
                     SHADOWED_DATA})
LADDER: tuple[Stage, ...] = ("parse", "lint", "run", "find_model", "evaluate", "data", "problem", "after_sampling",
                             "complete")


def check_source(
    text: str,
    *,
    filename: str = DEFAULT_FILENAME,
    started: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    sampling: SampleSettings | None = None,
    problem: str | None = None,
    seconds: float | None = None,
) -> Verdict:
    """Check one program; never raises for anything the program does.

    ``started`` is a ``clock()`` reading taken earlier (e.g. at process start), so that
    ``duration_ms`` can cover interpreter start-up and imports as well. With ``sampling``, a
    passed check also samples its model and reports the posterior (``duration_ms`` includes it). With
    ``problem``, the text the program was written for, the model must also name what it asks for and use
    the numbers it states. ``seconds``, the check's wall-clock limit counted from ``started``, bounds the run of
    the program's code after ``pm.sample()`` in the ordinary check (None: unbounded).
    """
    verdict = Verdicts(clock() if started is None else started, clock, collect_versions(), seconds)
    try:
        return _ladder(text, filename, verdict, sampling, problem)
    except Exception as exc:  # noqa: BLE001 - a bug of the checker is still a verdict
        return verdict("internal", internal_error(exc))


def _ladder(
    text: str, filename: str, verdict: Verdicts, sampling: SampleSettings | None,
    problem: str | None, repairs: frozenset[str] = REPAIRS,
) -> Verdict:
    parsed = parse_source(text, filename)
    if parsed.source is None:
        return verdict("parse", parsed.error)
    source = parsed.source
    if problem is not None and PROBLEM_DATA in repairs:
        return _with_problem_data(text, filename, verdict, sampling, problem, repairs - {PROBLEM_DATA})

    try:
        linted = lint_program(source)
    except Exception as exc:  # noqa: BLE001 - the lint is advisory: a bug in it must not block
        linted = LintResult(None, (_lint_failure(exc),))
    notes: list[CheckWarning] = list(linted.warnings)
    for repair, name in ((into_math_namespace, MATH_NAMESPACE), (with_accepted_keywords, KEYWORD_NAMES)):
        renamed = _repaired(repair, text) if linted.error is not None and name in repairs else None
        if renamed is not None:
            return _after(renamed, _ladder(renamed.code, filename, verdict, sampling, problem, repairs - {name}))
    if linted.error is not None and linted.error.type != "UnexpectedKeyword":
        return verdict("lint", linted.error, notes)

    outcome = run_program(source)
    notes.extend(outcome.warnings)
    if outcome.error is not None:
        error = error_from_exception(outcome.error, source)
        repaired = _run_repaired(text, outcome.error, error, filename, verdict, sampling, problem, repairs)
        if repaired is not None:
            return repaired
        if linted.error is not None and linted.error.line == error.line:
            # PyMC rejected the keyword itself: its own words, with the lint's diagnosis as the hint.
            return verdict("run", dataclasses.replace(error, hint=_lint_hint(linted.error)), notes)
        hint = misuse_hint(error.message or "", source.tree, error.line) or run_hint(outcome.error, source)
        return verdict("run", _with_program_hint(dataclasses.replace(error, hint=hint) if hint else error, source), notes)
    if linted.error is not None:
        # PyMC accepted the keyword and dropped it silently: only the lint can say so.
        return verdict("lint", linted.error, notes)
    below_one = unnormalised_error(outcome.warnings, source)
    if below_one is not None:
        return verdict("run", below_one, notes)

    choice = find_model(outcome)
    notes.extend(choice.warnings)
    if choice.model is None:
        return verdict("find_model", choice.error, notes)

    evaluation = evaluate_model(choice.model, source)
    notes.extend(evaluation.warnings)
    if evaluation.error is not None:
        started = (_started(text, choice.model, filename, verdict, sampling, problem)
                   if evaluation.error.type == "NonFiniteLogp" and START_VALUES in repairs else None)
        repaired = started or _joined(text, evaluation.error, "evaluate", filename, verdict, sampling, problem, repairs)
        return repaired or verdict("evaluate", _with_program_hint(evaluation.error, source), notes)
    if evaluation.point is None:
        raise RuntimeError("evaluation passed without an initial point")
    unused = unused_data_error(source.tree, source.line_text)
    if unused is not None:
        return verdict("data", unused, notes)
    misfit = problem_error(problem, source, outcome.namespace, choice.model)
    if misfit is not None:
        return verdict("problem", misfit, notes)
    no_data = no_observed_data_warning(choice.model)
    if no_data is not None:
        notes.append(no_data)
    notes.extend(constant_deterministic_warnings(choice.model, source))
    notes.extend(repeated_observation_warnings(choice.model, source))
    notes = with_data_warnings(notes, choice.model, evaluation.point, source)

    summary, summary_notes = _described(choice.model, evaluation.point, source)
    notes.extend(summary_notes)
    if sampling is None:
        after = after_prior_sampling(outcome, choice.model, evaluation.prior_draws, source, verdict.seconds_left(),
                                     RANDOM_SEED)
        if isinstance(after, CheckError):
            return verdict("after_sampling", after, notes, summary)
        return verdict("complete", None, [*notes, *([after] if after is not None else [])], summary)
    sampled = sample_posterior(choice.model, sampling, source)
    notes.extend(diagnostic_warnings(sampled.posterior, source))
    if sampled.after_sampling is not None:
        return verdict("after_sampling", sampled.after_sampling, notes, summary, sampled.posterior)
    return verdict("complete", None, notes, summary, sampled.posterior)


def _with_problem_data(
    text: str, filename: str, verdict: Verdicts, sampling: SampleSettings | None, problem: str,
    repairs: frozenset[str],
) -> Verdict:
    """The verdict on the program with its miscopied lists written as the problem's, unless that gets less far than
    the program as sent (a list length written elsewhere in it, say): then the verdict on the program as sent."""
    copied = _repaired(lambda code: with_problem_lists(problem, code), text)
    if copied is None:
        return _ladder(text, filename, verdict, sampling, problem, repairs)
    again = _ladder(copied.code, filename, verdict, sampling, problem, repairs)
    if again.ok:
        return _after(copied, again)
    as_sent = _ladder(text, filename, verdict, sampling, problem, repairs)
    return as_sent if _reached(as_sent) > _reached(again) else _after(copied, again)


def _run_repaired(
    text: str, exc: BaseException, error: CheckError, filename: str, verdict: Verdicts,
    sampling: SampleSettings | None, problem: str | None, repairs: frozenset[str],
) -> Verdict | None:
    """The verdict on the program repaired for its failure at run, when a repair fits the failure and gets further."""
    moved = _rewritten(text, exc, filename, verdict, sampling, problem, repairs) if MOVE_INTO_MODEL in repairs else None
    if moved is not None:
        return moved
    if SHADOWED_DATA in repairs and OBSERVED_MESSAGE in (error.message or ""):
        rewrite = _repaired(lambda code: with_data_unshadowed(code, error.line), text)
        unshadowed = _further(rewrite, "run", filename, verdict, sampling, problem, repairs - {SHADOWED_DATA})
        if unshadowed is not None:
            return unshadowed
    return _joined(text, error, "run", filename, verdict, sampling, problem, repairs)


def _joined(
    text: str, error: CheckError, stage: Stage, filename: str, verdict: Verdicts,
    sampling: SampleSettings | None, problem: str | None, repairs: frozenset[str],
) -> Verdict | None:
    """The verdict on the program with a list the problem gives in parts written whole, when a shape clash says the
    model needs it so and that gets the program further."""
    lengths = clashing_lengths(error.message or "")
    if problem is None or JOINED_DATA not in repairs or len(lengths) < 2:
        return None
    rewrite = _repaired(lambda code: with_joined_lists(problem, code, lengths), text)
    return _further(rewrite, stage, filename, verdict, sampling, problem, repairs - {JOINED_DATA})


def _further(
    rewrite: ProgramRewrite | None, stage: Stage, filename: str, verdict: Verdicts,
    sampling: SampleSettings | None, problem: str | None, repairs: frozenset[str],
) -> Verdict | None:
    """The verdict on the rewritten program, when it gets further than ``stage``, where the program as sent failed."""
    if rewrite is None:
        return None
    again = _ladder(rewrite.code, filename, verdict, sampling, problem, repairs)
    return _after(rewrite, again) if _reached(again) > LADDER.index(stage) else None


def _reached(checked: Verdict) -> int:
    return LADDER.index(checked.stage) if checked.stage in LADDER else -1


def _repaired(repair: Callable[[str], ProgramRewrite | None], text: str) -> ProgramRewrite | None:
    """What ``repair`` makes of the program, or None: a repair that fails or writes a program Python cannot parse
    leaves the program as it was."""
    try:
        rewrite = repair(text)
        if rewrite is not None:
            compile(rewrite.code, "<rewrite>", "exec", dont_inherit=True, flags=ast.PyCF_ONLY_AST)
        return rewrite
    except Exception:  # noqa: BLE001 - a repair is an extra: its failure must not become the verdict
        return None


def _rewritten(
    text: str, exc: BaseException, filename: str, verdict: Verdicts, sampling: SampleSettings | None,
    problem: str | None, repairs: frozenset[str],
) -> Verdict | None:
    """The verdict on the program with its model statements moved into the model, when that gets it further."""
    if not isinstance(exc, TypeError) or MODEL_CONTEXT_MESSAGE not in exception_message(exc):
        return None
    rewrite = move_into_model(text)
    if rewrite is None:
        return None
    again = _ladder(rewrite.code, filename, verdict, sampling, problem, repairs - {MOVE_INTO_MODEL})
    if again.stage == "run" and again.error is not None and MODEL_CONTEXT_MESSAGE in again.error.message:
        return None
    return _after(rewrite, again)


def _started(
    text: str, model: Any, filename: str, verdict: Verdicts, sampling: SampleSettings | None,
    problem: str | None,
) -> Verdict | None:
    """The verdict on the program started from prior draws where its log-probability is finite, if that gets it
    past the evaluation; None when no draw does."""
    try:
        start = finite_start(model, RANDOM_SEED)
    except Exception:  # noqa: BLE001 - a repair that cannot be tried leaves the error as it was
        return None
    rewrite = None if start is None else with_start_values(text, start)
    if rewrite is None:
        return None
    again = _ladder(rewrite.code, filename, verdict, sampling, problem, frozenset())
    if again.stage in ("parse", "lint", "run", "find_model") or again.error is not None and again.error.type == "NonFiniteLogp":
        return None
    return _after(rewrite, again)


def _after(rewrite: ProgramRewrite, again: Verdict) -> Verdict:
    """``again``, the verdict on the rewritten program, carrying every change the check made to get there."""
    if again.rewrite is None:
        return dataclasses.replace(again, rewrite=rewrite)
    return dataclasses.replace(again, rewrite=ProgramRewrite(again.rewrite.code, rewrite.changes + again.rewrite.changes))


def _described(
    model: Any, point: dict[str, Any], source: SubmittedSource
) -> tuple[ModelSummary, tuple[CheckWarning, ...]]:
    try:
        described = summarise_model(model, point, source)
    except Exception as exc:  # noqa: BLE001 - the model passed; only the description failed
        note = CheckWarning(
            WARNING_SUMMARY_INCOMPLETE,
            f"the model summary could not be built: {type(exc).__name__}: {exception_message(exc)}",
        )
        return ModelSummary((), {}), (note,)
    return described.summary, described.warnings


def _with_program_hint(error: CheckError, source: SubmittedSource) -> CheckError:
    """Hints read from the program for errors PyMC words without naming it: clashing shapes, a float for an int."""
    message = error.message or ""
    hint = None if error.hint else shape_hint(message, source.tree, error.line) or integer_parameter_hint(message, source.tree)
    return dataclasses.replace(error, hint=hint) if hint else error


def _lint_hint(error: CheckError) -> str:
    return error.message + (f". {error.hint}" if error.hint else "")


def _lint_failure(exc: Exception) -> CheckWarning:
    return CheckWarning(
        WARNING_LINT,
        f"the API lint could not run ({type(exc).__name__}: {exception_message(exc)}); "
        "the program was checked without it",
    )
