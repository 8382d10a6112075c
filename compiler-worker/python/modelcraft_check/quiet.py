"""Keeping library chatter out of the verdict while the checker itself calls PyMC."""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator

from .run import BoundedText

CHATTY_LOGGERS = ("pymc", "pytensor")


@contextlib.contextmanager
def quiet_library(sink: BoundedText | None = None) -> Iterator[BoundedText]:
    """Silence warnings, INFO logs and prints of PyMC/PyTensor for the duration."""
    buffer = sink if sink is not None else BoundedText(16_000)
    loggers = [logging.getLogger(name) for name in CHATTY_LOGGERS]
    levels = [logger.level for logger in loggers]
    try:
        for logger in loggers:
            logger.setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                yield buffer
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
