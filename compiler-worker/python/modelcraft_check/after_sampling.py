"""The code after ``pm.sample()``, run on a result: the program runs again with ``pm.sample()`` returning one, so what
it does with it (``az.summary``, indexing the result, plots) fails as it would for the user. In sample mode the
result holds the draws of the check's real sampling run; in the ordinary check it is built from prior draws (see
:mod:`.prior_result`). The prior and posterior predictive samplers run for real on the way; any other sampler called
later (``pm.fit()``, ``pm.find_MAP()``) still stops the run there."""

from __future__ import annotations

import dataclasses
from typing import Any

from .arviz_lint import arviz_runtime_hint
from .errors import error_from_exception
from .hints import run_hint
from .misuse_hint import misuse_hint
from .parse import SubmittedSource
from .run import run_program
from .verdict import CheckError

AFTER_REAL = "This line runs after pm.sample(), on the draws of a real (short) sampling run of the model."
AFTER_PRIOR = ("This line runs after pm.sample(); the check ran it on a result shaped like the one pm.sample() "
               "returns, holding prior draws.")
RESULT_SHAPE = (" PyMC 6 returns an xarray DataTree (ArviZ 1): a variable's draws are idata.posterior[\"name\"] "
                "(dims chain and draw), not trace[\"name\"]; az.summary(idata) is a pandas DataFrame with a row per "
                "variable: az.summary(idata).loc[\"name\", \"mean\"].")
LOOKUP_ERRORS = (KeyError, AttributeError, TypeError, IndexError)


def after_sampling_error(source: SubmittedSource, idata: Any, after: str,
                         passed_on: type[BaseException] = KeyboardInterrupt) -> CheckError | None:
    """What the program raised after ``pm.sample()`` returned ``idata``, with a hint (``after`` says what ``idata``
    held); None when it ran through. An exception of type ``passed_on`` (the check's own timer) is raised again,
    not blamed on the program."""
    outcome = run_program(source, sampled=idata)
    if isinstance(outcome.error, passed_on):
        raise outcome.error
    if outcome.error is None:
        return None
    error = error_from_exception(outcome.error, source)
    message = error.message or ""
    hint = (boolean_draws_hint(message, idata) or arviz_runtime_hint(message)
            or misuse_hint(message, source.tree, error.line) or run_hint(outcome.error, source))
    if hint is None:
        hint = after + (RESULT_SHAPE if isinstance(outcome.error, LOOKUP_ERRORS) else "")
    return dataclasses.replace(error, hint=hint)


def boolean_draws_hint(message: str, idata: Any) -> str | None:
    """ArviZ cannot subtract booleans, which is what a pm.Deterministic of a comparison is traced as."""
    if "boolean subtract" not in message:
        return None
    posterior = idata["posterior"]
    named = [str(name) for name in posterior.data_vars if posterior[name].dtype == bool]
    if not named:
        return None
    listed = ", ".join(f"`{name}`" for name in named)
    return (f"{listed} holds a comparison, traced as booleans, which ArviZ's statistics cannot subtract: make it "
            f"a number, pm.Deterministic(\"{named[0]}\", pm.math.switch(a > b, 1.0, 0.0)), and its posterior mean is "
            "the probability that the comparison holds.")
