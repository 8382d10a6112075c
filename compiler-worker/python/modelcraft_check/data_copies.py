"""Whether the lists of numbers a program writes down are the problem's lists, copied right.

Small models copy long lists badly: in the quality benchmark a 1.5B model wrote the O-rings' 23 damage flags with 5
of them wrong, and the program passed every other stage, fitted to other data. A list in the program that has the
length of a list in the problem and mostly the same values in the same places, or that is the problem's list with
a value or two left out or added, is taken for a copy of it; a copy that differs is an error. The problem's lists
are runs of at least four numbers ("3 5 2 4 6", "1100, 1320 and 980") and the columns of runs of pairs
("66:0, 70:1", "0/47, 18/148"). A list reordered as a whole (sorted) is a faithful copy.

The check repairs such a copy itself before it runs the program (:func:`with_problem_lists`): it writes the problem's
values in their order in place of the list, and says so. The error stays for a copy as close to two of the problem's
lists, and for a repaired program that gets less far than the program as sent.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from .parse import SubmittedSource, source_lines
from .verdict import CheckError, ProgramRewrite

MIN_LENGTH = 4
RUN = "a list"
MIN_SAME_PLACES = 0.6
_NUM = r"-?\d+(?:\.\d+)?"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"
_PAIRS = re.compile(rf"{_NUM}\s*[:/]\s*{_NUM}(?:{_SEPARATOR}{_NUM}\s*[:/]\s*{_NUM}){{{MIN_LENGTH - 1},}}")
_PAIR = re.compile(rf"({_NUM})\s*[:/]\s*({_NUM})")
_RUN = re.compile(rf"(?<![\w.:/-]){_NUM}(?:{_SEPARATOR}{_NUM}){{{MIN_LENGTH - 1},}}(?!\.\d|[\w:/])")


@dataclass(frozen=True)
class ProblemList:
    values: tuple[float, ...]
    described: str


@dataclass(frozen=True)
class ProgramList:
    values: tuple[float, ...]
    name: str
    line: int
    node: ast.List | ast.Tuple


def problem_lists(problem: str) -> list[ProblemList]:
    found: list[ProblemList] = []
    for run in _PAIRS.finditer(problem):
        pairs = _PAIR.findall(run.group(0))
        found.append(ProblemList(tuple(float(a) for a, _ in pairs), "the first of each pair"))
        found.append(ProblemList(tuple(float(b) for _, b in pairs), "the second of each pair"))
    found.extend(_run_list(run) for run in _runs(problem))
    return found


def _runs(problem: str) -> list[re.Match[str]]:
    return list(_RUN.finditer(_PAIRS.sub(" ; ", problem)))


def _run_list(run: re.Match[str]) -> ProblemList:
    return ProblemList(tuple(float(v) for v in re.findall(_NUM, run.group(0))), RUN)


def program_lists(tree: ast.Module) -> list[ProgramList]:
    names = {id(node.value): target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and node.value.args \
                and isinstance(node.targets[0], ast.Name):
            names.setdefault(id(node.value.args[0]), node.targets[0].id)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple)) and len(node.elts) >= MIN_LENGTH:
            values = [_number(element) for element in node.elts]
            if all(value is not None for value in values):
                name = names.get(id(node))
                found.append(ProgramList(tuple(values), f"`{name}`" if name else "the list", node.lineno, node))
    return found


def miscopied_data_error(problem: str, source: SubmittedSource) -> CheckError | None:
    for miscopy in _miscopies(problem, source.tree):
        written, given = miscopy.written, miscopy.given
        return CheckError(
            type="MiscopiedData",
            message=f"{written.name} (line {written.line}) is a copy of the problem's data ({given.described},"
                    f" {len(given.values)} values) that {miscopy.difference}: the model is fitted to other data",
            line=written.line, source_line=source.line_text(written.line),
            hint="Copy the problem's values in its order: [" + ", ".join(_shown(v) for v in given.values) + "]")
    return None


def with_problem_lists(problem: str, text: str) -> ProgramRewrite | None:
    """The program with each miscopied list written as the problem's list, or None when it has none. A list as close
    to two of the problem's lists is left as it is; the rewritten list keeps the lines the program gave it."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    found = [miscopy for miscopy in _miscopies(problem, tree) if miscopy.unambiguous]
    if not found:
        return None
    code = _written(text, [(m.written.node, m.given.values) for m in found])
    changes = tuple(f"{m.written.name} (line {m.written.line}) copied the problem's data ({m.given.described}) wrong, it "
                    f"{m.difference}: the check wrote the problem's {len(m.given.values)} values in their order"
                    for m in found)
    return ProgramRewrite(code, changes)


def with_joined_lists(problem: str, text: str, lengths: Collection[int]) -> ProgramRewrite | None:
    """The program with a list that is one of the problem's lists written as that list joined with the lists the
    problem gives after it as the same series (:func:`_continues`), when together they have one of ``lengths`` (those
    of a shape clash) and the program copies none of them: data given in parts ("from 1851 to 1880 ... and from 1881
    to 1900 ..."), copied in part."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    runs = _runs(problem)
    stated = [_run_list(run) for run in runs]
    continued = [_continues(before, after) for before, after in zip(runs, runs[1:])]
    written_lists = program_lists(tree)
    copied = {written.values for written in written_lists}
    found: list[tuple[ProgramList, tuple[ProblemList, ...]]] = []
    for written in written_lists:
        starts = [i for i, given in enumerate(stated) if given.values == written.values]
        if len(starts) != 1:
            continue
        start = starts[0]
        end = next((i for i in range(start, len(continued)) if not continued[i]), len(continued)) + 1
        parts = _parts_to_join(stated[start:end], copied, lengths)
        if parts is not None:
            found.append((written, parts))
    if not found:
        return None
    code = _written(text, [(written.node, tuple(v for part in parts for v in part.values)) for written, parts in found])
    changes = tuple(f"{written.name} (line {written.line}) holds the first {len(parts[0].values)} values of data the "
                    f"problem gives in {len(parts)} lists, and the model needs all "
                    f"{sum(len(part.values) for part in parts)}: the check wrote the {len(parts)} lists joined, in "
                    "their order" for written, parts in found)
    return ProgramRewrite(code, changes)


def _continues(before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether the run ``after`` goes on with the series of ``before``: the words between them name nothing new, only
    repeat words of the sentence that introduced ``before`` ("counts from 1851 to 1880 were ... and from 1881 to 1900
    were ..."), unlike "heights ... and weights ..."."""
    text = before.string
    sentence = text[: before.start()].rsplit(". ", 1)[-1]
    introduced = set(re.findall(r"[a-z]+", sentence.lower()))
    between = set(re.findall(r"[a-z]+", text[before.end(): after.start()].lower())) - {"and", "then"}
    return ";" not in text[before.end(): after.start()] and between <= introduced


def _parts_to_join(following: list[ProblemList], copied: set[tuple[float, ...]],
                   lengths: Collection[int]) -> tuple[ProblemList, ...] | None:
    """The first of ``following`` and the lists after it up to the total length a clash names, if the program copies
    none of those after it."""
    total = len(following[0].values)
    for end in range(1, len(following)):
        if following[end].values in copied:
            return None
        total += len(following[end].values)
        if total in lengths:
            return tuple(following[: end + 1])
    return None


def _written(text: str, replacements: list[tuple[ast.List | ast.Tuple, tuple[float, ...]]]) -> str:
    """``text`` with each list node written with the values given, on the lines the node took."""
    lines = [line.encode() for line in source_lines(text)]
    for node, given in sorted(replacements, key=lambda r: (r[0].lineno, r[0].col_offset), reverse=True):
        opening, closing = ("[", "]") if isinstance(node, ast.List) else ("(", ")")
        shown = (lambda v: repr(float(v))) if _has_float(node) else _shown
        start, end = node.lineno - 1, node.end_lineno - 1
        values = (opening + ", ".join(shown(v) for v in given) + "\n" * (end - start) + closing).encode()
        lines[start: end + 1] = (lines[start][: node.col_offset] + values + lines[end][node.end_col_offset:]).split(b"\n")
    return b"\n".join(lines).decode() + "\n"


@dataclass(frozen=True)
class Miscopy:
    written: ProgramList
    given: ProblemList
    difference: str
    unambiguous: bool  # no other list of the problem is as close to it


def _miscopies(problem: str, tree: ast.Module) -> Iterator[Miscopy]:
    """Each list of the program that copies one of the problem's wrongly, with the problem's list closest to it."""
    stated = problem_lists(problem)
    for written in program_lists(tree):
        if any(_faithful(written.values, given.values) for given in stated):
            continue
        close = [(found[1], given, found[0]) for given in stated
                 if (found := _difference(written.values, given.values)) is not None]
        if close:
            nearest = min(distance for distance, _, _ in close)
            best = [(given, difference) for distance, given, difference in close if distance == nearest]
            unambiguous = len({given.values for given, _ in best}) == 1
            yield Miscopy(written, best[0][0], best[0][1], unambiguous)


def _faithful(written: tuple[float, ...], given: tuple[float, ...]) -> bool:
    return Counter(written) == Counter(given)


def _difference(written: tuple[float, ...], given: tuple[float, ...]) -> tuple[str, int] | None:
    """How ``written`` differs from ``given`` and by how many values, when it is taken for a copy of it."""
    if len(written) == len(given):
        differing = [i for i, (w, g) in enumerate(zip(written, given)) if w != g]
        if len(given) - len(differing) < MIN_SAME_PLACES * len(given):
            return None
        shown = "; ".join(f"value {i + 1} is {_shown(written[i])} where the problem has {_shown(given[i])}"
                          for i in differing[:3])
        return (f"differs in {len(differing)} place{'s' if len(differing) > 1 else ''} "
                f"({shown}{'; ...' if len(differing) > 3 else ''})", len(differing))
    if 1 <= abs(len(written) - len(given)) <= 2 and len(given) >= 2 * MIN_LENGTH:
        shorter, longer = sorted((written, given), key=len)
        if _is_subsequence(shorter, longer):
            verb = "leaves out" if len(written) < len(given) else "adds"
            extra = Counter(longer) - Counter(shorter)
            return (f"has {len(written)} values: it {verb} {', '.join(_shown(v) for v in extra.elements())}",
                    abs(len(written) - len(given)))
    return None


def _has_float(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, float) for n in ast.walk(node))


def _is_subsequence(shorter: tuple[float, ...], longer: tuple[float, ...]) -> bool:
    remaining = iter(longer)
    return all(any(value == candidate for candidate in remaining) for value in shorter)


def _number(node: ast.expr) -> float | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _number(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    return None


def _shown(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)
