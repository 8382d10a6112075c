"""Stage 2: run the submitted program with every sampler replaced by a stop sign (or, to run the code after it,
by a stand-in returning a given result: see :mod:`.after_sampling`).

The program runs in this process, in a fresh ``__main__`` namespace. Before it starts, the
sampling entry points of PyMC are swapped for stand-ins: the first one called notes which
model it was about to use and raises :class:`SamplingReached`, a ``BaseException`` so that
a user's ``except Exception`` cannot swallow it. Everything after that call (plots,
``az.summary(idata)``...) is skipped, so programs that use their samples still pass.

Around the run: the program's stdout/stderr go to a bounded in-memory buffer, ``input()``
returns ``""``, stdin is empty, ``sys.argv`` is ``[filename]``, ``os._exit()`` acts like
``sys.exit()`` and Python warnings are recorded. All of it is put back afterwards, as are the PyMC functions.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import importlib
import inspect
import io
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import FrameType
from typing import Any

from .parse import SubmittedSource
from .verdict import WARNING_RUNTIME, CheckWarning

# (module, attribute) pairs holding a sampling entry point. The public ``pymc.*`` names come
# first; the defining modules are covered too, for programs importing from there.
SAMPLER_LOCATIONS: tuple[tuple[str, str], ...] = (
    ("pymc", "sample"),
    ("pymc", "sample_prior_predictive"),
    ("pymc", "sample_posterior_predictive"),
    ("pymc", "sample_smc"),
    ("pymc", "fit"),
    ("pymc", "find_MAP"),
    ("pymc.sampling", "sample"),
    ("pymc.sampling", "sample_prior_predictive"),
    ("pymc.sampling", "sample_posterior_predictive"),
    ("pymc.sampling.mcmc", "sample"),
    ("pymc.sampling.forward", "sample_prior_predictive"),
    ("pymc.sampling.forward", "sample_posterior_predictive"),
    ("pymc.smc", "sample_smc"),
    ("pymc.smc.sampling", "sample_smc"),
    ("pymc.variational", "fit"),
    ("pymc.variational.inference", "fit"),
    ("pymc.tuning", "find_MAP"),
    ("pymc.tuning.starting", "find_MAP"),
)

# Samplers that only draw forward from the model, in seconds: a program run past pm.sample() runs them for real.
FORWARD_SAMPLERS = frozenset({"sample_prior_predictive", "sample_posterior_predictive"})
RUN_PAST = FORWARD_SAMPLERS | {"sample"}  # the samplers a program run past pm.sample() goes on after
OUTPUT_LIMIT_CHARS = 64_000
MAX_RUN_WARNINGS = 30

# Warnings that only say the (forced) Agg backend cannot open a window.
_IGNORED_WARNING_FRAGMENTS = ("non-interactive, and thus cannot be shown",)
_LIBRARY_NOISE = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


class SamplingReached(BaseException):
    """Raised by a neutralised sampler: the program got as far as sampling."""

    def __init__(self, function: str) -> None:
        super().__init__(f"stopped at {function}(): sampling is not run during a check")
        self.function = function


@dataclass(frozen=True)
class SamplingCall:
    function: str
    model: Any | None  # the pm.Model the call would have used, if one could be told
    line: int | None  # line of the call in the submitted code


@dataclass(frozen=True)
class RunOutcome:
    namespace: dict[str, Any]
    sampling_call: SamplingCall | None
    entered_models: tuple[Any, ...]  # every model the program created or entered, in order
    error: BaseException | None  # what stopped the program, unless it was the sampling stop
    warnings: tuple[CheckWarning, ...]
    output: str  # what the program printed (bounded)


class BoundedText(io.TextIOBase):
    """A write-only text stream keeping the first ``limit`` characters written to it."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit
        self._parts: list[str] = []
        self._kept = 0
        self.dropped = 0

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    @property
    def errors(self) -> str:  # type: ignore[override]
        return "strict"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:  # type: ignore[override]
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self._limit - self._kept
        if room > 0:
            piece = text[:room]
            self._parts.append(piece)
            self._kept += len(piece)
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def getvalue(self) -> str:
        return "".join(self._parts)


def run_program(source: SubmittedSource, output_limit: int = OUTPUT_LIMIT_CHARS, sampled: Any | None = None) -> RunOutcome:
    """Execute the submitted program until it ends, fails, or reaches a sampler. With ``sampled``, ``pm.sample()``
    returns it instead, the forward samplers (prior and posterior predictive, no MCMC) run for real, and the program
    goes on; any other sampler (``pm.fit()``, ``pm.find_MAP()``, SMC) still stops it."""
    import pymc  # noqa: F401  (imported first, so the program's own import gets the patched module)

    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    calls: list[SamplingCall] = []
    entered: list[Any] = []
    recorded: list[CheckWarning] = []
    output = BoundedText(output_limit)
    error: BaseException | None = None

    with contextlib.ExitStack() as stack:
        stack.enter_context(_restored_process_state())
        stack.enter_context(_model_context_stack_restored())
        stack.enter_context(_samplers_neutralised(calls, source.filename, sampled))
        stack.enter_context(_models_recorded(entered))
        stack.enter_context(_warnings_recorded(recorded, source.filename))
        stack.enter_context(_quiet_io(output, source.filename))
        try:
            exec(source.code, namespace)
        except SamplingReached:
            pass
        except SystemExit:
            pass  # sys.exit() simply ends the program
        except BaseException as exc:  # noqa: BLE001 - anything the program raises is a result
            error = exc

    sampling_call = calls[0] if calls else None
    if sampling_call is not None:
        # The program was stopped on purpose; whatever it raised after catching the stop
        # (e.g. a NameError on the never-assigned ``idata``) is a consequence of the stop.
        error = None
    return RunOutcome(
        namespace=namespace,
        sampling_call=sampling_call,
        entered_models=tuple(entered),
        error=error,
        warnings=tuple(_deduplicated(recorded))[:MAX_RUN_WARNINGS],
        output=output.getvalue(),
    )


def deepest_user_line(filename: str, frame: FrameType | None = None) -> int | None:
    """Line currently executing in the innermost frame of the submitted code, if any."""
    current = frame if frame is not None else sys._getframe(1)
    while current is not None:
        if current.f_code.co_filename == filename:
            return current.f_lineno
        current = current.f_back
    return None


def _deduplicated(items: list[CheckWarning]) -> list[CheckWarning]:
    seen: set[tuple[str, str, int | None]] = set()
    unique = []
    for item in items:
        key = (item.code, item.message, item.line)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


@contextlib.contextmanager
def _restored_process_state() -> Iterator[None]:
    """Put back what a program commonly changes: cwd, argv, sys.path, recursion limit."""
    cwd = os.getcwd()
    argv = list(sys.argv)
    path = list(sys.path)
    recursion_limit = sys.getrecursionlimit()
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.chdir(cwd)
        sys.argv = argv
        sys.path = path
        sys.setrecursionlimit(recursion_limit)


@contextlib.contextmanager
def _model_context_stack_restored() -> Iterator[None]:
    """Drop model contexts a program left open (e.g. ``__enter__`` without ``__exit__``)."""
    from pymc.model.core import MODEL_MANAGER

    depth = len(MODEL_MANAGER.active_contexts)
    try:
        yield
    finally:
        del MODEL_MANAGER.active_contexts[depth:]


@contextlib.contextmanager
def _samplers_neutralised(calls: list[SamplingCall], filename: str, sampled: Any | None) -> Iterator[None]:
    originals: list[tuple[Any, str, Any]] = []
    stand_ins: dict[int, Callable[..., Any]] = {}
    try:
        for module_name, attribute in SAMPLER_LOCATIONS:
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            original = getattr(module, attribute, None)
            if original is None or not callable(original):
                continue
            stand_in = stand_ins.get(id(original))
            if stand_in is None:
                run_past = None if sampled is None else _run_past(original, attribute, sampled)
                stand_in = run_past or _stand_in(original, attribute, calls, filename)
                stand_ins[id(original)] = stand_in
            originals.append((module, attribute, original))
            setattr(module, attribute, stand_in)
        yield
    finally:
        for module, attribute, original in reversed(originals):
            setattr(module, attribute, original)


def _stand_in(
    original: Callable[..., Any], name: str, calls: list[SamplingCall], filename: str
) -> Callable[..., Any]:
    try:
        signature: inspect.Signature | None = inspect.signature(original)
    except (TypeError, ValueError):
        signature = None

    @functools.wraps(original)
    def stand_in(*args: Any, **kwargs: Any) -> Any:
        model = _model_argument(signature, args, kwargs)
        if model is None:
            # The real sampler would fail here ("No model on context stack."); let PyMC say so.
            from pymc.model.core import modelcontext

            model = modelcontext(None)
        calls.append(SamplingCall(name, model, deepest_user_line(filename, sys._getframe(1))))
        raise SamplingReached(name)

    stand_in.__modelcraft_stand_in__ = True  # type: ignore[attr-defined]
    return stand_in


def _run_past(original: Callable[..., Any], name: str, sampled: Any) -> Callable[..., Any] | None:
    """What a sampler becomes when the program runs past it: ``pm.sample()`` returns ``sampled``, a forward sampler
    runs for real (without its progress bar); None for the others, which still stop the program."""
    if name not in RUN_PAST:
        return None
    quiet = {"progressbar": False} if "progressbar" in inspect.signature(original).parameters else {}

    @functools.wraps(original)
    def stand_in(*args: Any, **kwargs: Any) -> Any:
        if name in FORWARD_SAMPLERS:
            return original(*args, **{**quiet, **kwargs})
        return sampled

    stand_in.__modelcraft_stand_in__ = True  # type: ignore[attr-defined]
    return stand_in


def _model_argument(signature: inspect.Signature | None, args: tuple, kwargs: dict) -> Any | None:
    """The model a sampler was given, or else the innermost ``with pm.Model()`` context."""
    from pymc.model.core import BaseModel

    given = kwargs.get("model")
    if given is None and signature is not None:
        try:
            given = signature.bind_partial(*args, **kwargs).arguments.get("model")
        except TypeError:
            given = None
    if isinstance(given, BaseModel):
        return given
    try:
        return BaseModel.get_context(error_if_none=False, allow_block_model_access=True)
    except Exception:  # noqa: BLE001
        return None


@contextlib.contextmanager
def _models_recorded(entered: list[Any]) -> Iterator[None]:
    """Note every model the program creates (models enter themselves in ``__init__``)."""
    from pymc.model.core import BaseModel

    original = BaseModel.__dict__["__enter__"]

    def recording_enter(self: Any) -> Any:
        entered.append(self)
        return original(self)

    BaseModel.__enter__ = recording_enter  # type: ignore[method-assign]
    try:
        yield
    finally:
        BaseModel.__enter__ = original  # type: ignore[method-assign]


@contextlib.contextmanager
def _warnings_recorded(recorded: list[CheckWarning], filename: str) -> Iterator[None]:
    def record(message: Any, category: type, file: str, lineno: int, *_: Any, **__: Any) -> None:
        text = str(message)
        if any(fragment in text for fragment in _IGNORED_WARNING_FRAGMENTS):
            return
        direct = file == filename
        if issubclass(category, _LIBRARY_NOISE) and not direct:
            return  # deprecation chatter inside libraries, not caused by the program
        line = lineno if direct else deepest_user_line(filename, sys._getframe(1))
        recorded.append(CheckWarning(WARNING_RUNTIME, f"{category.__name__}: {text}", line))

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = record  # restored by catch_warnings
        yield


@contextlib.contextmanager
def _quiet_io(output: BoundedText, filename: str) -> Iterator[None]:
    saved = (sys.stdout, sys.stderr, sys.stdin, builtins.input, os._exit)

    def no_input(prompt: object = "") -> str:
        output.write(str(prompt))
        return ""

    def no_hard_exit(status: int = 0) -> None:
        raise SystemExit(status)  # os._exit() would end the checker without a verdict

    sys.stdout = output
    sys.stderr = output
    sys.stdin = io.StringIO("")
    builtins.input = no_input
    os._exit = no_hard_exit
    sys.argv = [filename]
    try:
        yield
    finally:
        sys.stdout, sys.stderr, sys.stdin, builtins.input, os._exit = saved
