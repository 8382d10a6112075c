"""ModelCraft's static-ish checker for LLM-written PyMC programs.

A check runs the program with sampling switched off, finds its model, evaluates the model
at its initial point and summarises it. Use it as ``python -m modelcraft_check [FILE]``
(source from FILE or stdin; the verdict is the last line of stdout, as JSON) or call
:func:`check_source` in-process.

Nothing heavy is imported here, so that ``PYTENSOR_FLAGS`` can still be set before
PyTensor is first imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .verdict import Verdict

__all__ = ["check_source"]


def check_source(text: str, **options: Any) -> Verdict:
    """Check one program; see :func:`modelcraft_check.ladder.check_source`."""
    from .ladder import check_source as run_ladder

    return run_ladder(text, **options)
