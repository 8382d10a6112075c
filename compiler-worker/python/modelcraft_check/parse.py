"""Stage 1: parse and compile the submitted program."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import CodeType

from .verdict import CheckError

DEFAULT_FILENAME = "<model>"


@dataclass(frozen=True)
class SubmittedSource:
    """The program as submitted, with what later stages need to point back into it."""

    text: str
    filename: str
    lines: tuple[str, ...]
    tree: ast.Module
    code: CodeType

    def line_text(self, line: int | None) -> str | None:
        return source_line(self.lines, line)


@dataclass(frozen=True)
class ParseResult:
    source: SubmittedSource | None
    error: CheckError | None


def source_line(lines: tuple[str, ...], line: int | None) -> str | None:
    """Text of 1-based ``line`` without its line break, or None when out of range."""
    if line is None or line < 1 or line > len(lines):
        return None
    return lines[line - 1].rstrip("\r\n")


def parse_source(text: str, filename: str = DEFAULT_FILENAME) -> ParseResult:
    """Parse and compile ``text``; a syntax problem becomes a ``parse`` error."""
    lines = tuple(source_lines(text))
    try:
        tree = ast.parse(text, filename=filename, mode="exec")
        # Some errors (``return`` outside a function, misplaced ``nonlocal``...) are only
        # found by the compiler, so compile here too rather than at run time.
        code = compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:
        return ParseResult(None, syntax_error(exc, lines))
    except (ValueError, TypeError) as exc:  # e.g. NUL bytes in the source
        return ParseResult(None, CheckError(type="SyntaxError", message=str(exc)))
    return ParseResult(SubmittedSource(text, filename, lines, tree, code), None)


def syntax_error(exc: SyntaxError, lines: tuple[str, ...]) -> CheckError:
    line = exc.lineno if isinstance(exc.lineno, int) else None
    column = exc.offset if isinstance(exc.offset, int) and exc.offset > 0 else None
    text = source_line(lines, line)
    if text is None and exc.text:
        text = exc.text.rstrip("\r\n")
    where = f"line {line}: {text.strip()}" if line is not None and text is not None else None
    return CheckError(
        type=type(exc).__name__,  # SyntaxError, IndentationError or TabError
        message=str(exc.msg) if exc.msg else str(exc),
        line=line,
        column=column,
        source_line=text,
        traceback=(where,) if where else (),
        hint=indentation_hint(lines, line) if isinstance(exc, IndentationError) else None,
    )


def indentation_hint(lines: tuple[str, ...], line: int | None) -> str | None:
    """Which indentation the line has, and which ones the lines above it use."""
    text = source_line(lines, line)
    if text is None or not text.strip():
        return None
    used = sorted({_indent(above) for above in lines[: line - 1] if above.strip() and not above.lstrip().startswith("#")})
    if _indent(text) in used:
        return None
    return (f"line {line} is indented by {_indent(text)} spaces, but the lines above use "
            f"{', '.join(str(n) for n in used)}: indent it exactly like the other lines of its block.")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def source_lines(text: str) -> list[str]:
    """The lines of ``text`` as Python numbers them (``str.splitlines`` also splits at form feeds and the like)."""
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def with_spans_replaced(text: str, spans: Iterable[tuple[int, int, int, str]]) -> str:
    """``text`` with each ``(line, start, end, new)`` written over its span of one line. Columns are UTF-8 byte
    offsets, as ``ast`` gives them; the spans are written last first, so that the earlier ones keep their offsets."""
    lines = [line.encode() for line in source_lines(text)]
    for line, start, end, new in sorted(spans, key=lambda span: span[:2], reverse=True):
        raw = lines[line - 1]
        lines[line - 1] = raw[:start] + new.encode() + raw[end:]
    return b"\n".join(lines).decode() + "\n"
