"""Outcome probabilities that do not add up to 1, which PyMC rescales with only a warning.

``pm.Multinomial("counts", n=N, p=[1/365, 1/365, 1/365], observed=[2, 1, 0])`` lists three birthdays out of 365 and
leaves the other 362 days out: PyMC rescales ``p`` to thirds, and the model says every student was born on one of the
three days. A model written so passed every other stage in the quality benchmark. Probabilities that add up to well
below 1 (under :data:`MIN_SUM`; a problem's rounded shares may add up to 0.95) leave an outcome out, so they are an
error; more than 1 are more likely weights (``p=[1, 1, 1]`` for equal
shares), which the rescaling turns into what was meant, so they stay PyMC's warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .parse import SubmittedSource
from .verdict import CheckError, CheckWarning

_RESCALED = re.compile(r"`p` parameters sum to (\[[-0-9.eE+,\s\[\]]*\]), instead of 1\.0")
_NUMBER = re.compile(r"-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?")
MIN_SUM = 0.9


def unnormalised_error(notes: Sequence[CheckWarning], source: SubmittedSource) -> CheckError | None:
    """The error for the first rescaled ``p`` among the run's warnings whose sum is below :data:`MIN_SUM`."""
    for note in notes:
        found = _RESCALED.search(note.message)
        sums = [float(value) for value in _NUMBER.findall(found.group(1))] if found else []
        short = [total for total in sums if total < MIN_SUM]
        if short:
            return CheckError(
                type="ProbabilitiesBelowOne",
                message=f"the probabilities given as p add up to {short[0]:.4g}, not 1: PyMC rescales them so that "
                        "they do, and the model then gives the outcomes listed all the probability, the others none",
                line=note.line, source_line=source.line_text(note.line),
                hint="List every outcome in p, each with its probability: when the data count only some outcomes, "
                     "add one more for all the rest, with probability 1 - sum(the others), and its count to the "
                     "observed values (the total minus the counts listed).")
    return None
