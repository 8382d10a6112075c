"""Structured errors from exceptions, pointing into the submitted code."""

from __future__ import annotations

import ast
import traceback
from dataclasses import dataclass
from types import TracebackType

from .parse import SubmittedSource
from .verdict import CheckError


@dataclass(frozen=True)
class UserFrame:
    """One frame of the submitted code in a traceback."""

    line: int | None
    column: int | None  # 1-based, in characters
    function: str


def exception_message(exc: BaseException) -> str:
    """The message as Python would print it after the type name, notes included."""
    try:
        message = str(exc)
    except Exception:  # a broken __str__ in user code
        message = f"<unprintable {type(exc).__name__}>"
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list | tuple):
        extra = "\n".join(note for note in notes if isinstance(note, str))
        if extra:
            message = f"{message}\n{extra}" if message else extra
    return message


def user_frames(tb: TracebackType | None, source: SubmittedSource) -> list[UserFrame]:
    """Frames of ``tb`` that run the submitted code, outermost first."""
    frames: list[UserFrame] = []
    for summary in traceback.extract_tb(tb):
        if summary.filename != source.filename:
            continue
        line = summary.lineno
        frames.append(UserFrame(line, char_column(source, line, summary.colno), summary.name))
    return frames


def char_column(source: SubmittedSource, line: int | None, byte_offset: int | None) -> int | None:
    """Turn CPython's 0-based UTF-8 byte offset into a 1-based character column."""
    text = source.line_text(line)
    if text is None or byte_offset is None:
        return None
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore")) + 1


def format_frame(frame: UserFrame, source: SubmittedSource) -> str:
    text = (source.line_text(frame.line) or "").strip()
    return f"line {frame.line}, in {frame.function}: {text}"


def error_from_exception(exc: BaseException, source: SubmittedSource) -> CheckError:
    """A ``run``-stage error: the deepest frame of the submitted code locates it."""
    frames = user_frames(exc.__traceback__, source)
    deepest = frames[-1] if frames else None
    line = deepest.line if deepest else None
    if isinstance(exc, SyntaxError) and exc.filename == source.filename and exc.lineno:
        # A SyntaxError about the submitted code itself (e.g. from a nested compile).
        line = exc.lineno
    return CheckError(
        type=type(exc).__name__,
        message=exception_message(exc),
        line=line,
        column=deepest.column if deepest and deepest.line == line else None,
        source_line=source.line_text(line),
        traceback=collapse_repeats([format_frame(frame, source) for frame in frames]),
        hint=None,
    )


def collapse_repeats(entries: list[str], keep: int = 3) -> tuple[str, ...]:
    """Fold runs of identical entries (recursion) the way Python's own traceback does."""
    folded: list[str] = []
    index = 0
    while index < len(entries):
        end = index
        while end < len(entries) and entries[end] == entries[index]:
            end += 1
        run = end - index
        folded.extend(entries[index : index + min(run, keep)])
        if run > keep:
            folded.append(f"[previous line repeated {run - keep} more times]")
        index = end
    return tuple(folded)


def internal_error(exc: BaseException) -> CheckError:
    """An error of the checker itself; its full traceback goes into ``debug``."""
    return CheckError(
        type=type(exc).__name__,
        message=f"the checker failed: {exception_message(exc)}",
        debug="".join(traceback.format_exception(exc)),
    )


def definition_line(source: SubmittedSource, name: str) -> int | None:
    """Line of the call that creates the model variable ``name``, if it can be found.

    PyMC variables are named by a string literal, usually the first argument of the
    distribution call (``pm.Normal("mu", ...)``) or a ``name=`` keyword. The first such call
    in the file wins; names of sub-models (``"inner::mu"``) are also tried without prefix.
    """
    candidates = [name]
    if "::" in name:
        candidates.append(name.rsplit("::", 1)[1])
    for candidate in candidates:
        found = _first_call_naming(source.tree, candidate)
        if found is not None:
            return found
    return None


def _first_call_naming(tree: ast.AST, name: str) -> int | None:
    call = first_call_naming(tree, name)
    return None if call is None else call.lineno


def first_call_naming(tree: ast.AST, name: str) -> ast.Call | None:
    """The first call in the file whose first argument or ``name=`` is the string ``name``."""
    best: ast.Call | None = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        named = bool(node.args) and _is_string(node.args[0], name)
        named = named or any(kw.arg == "name" and _is_string(kw.value, name) for kw in node.keywords)
        if named and (best is None or node.lineno < best.lineno):
            best = node
    return best


def _is_string(node: ast.AST, value: str) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value == value
