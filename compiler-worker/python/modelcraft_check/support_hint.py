"""The hint for a log-probability of -inf at the initial point: which values are impossible, and where
the variables they depend on start.

Real programs from the quality benchmark end here often: a population whose prior allows fewer animals
than were counted, a serial number's upper bound that starts below the largest serial seen. The message
only says ``obs = -inf``; the hint names the values and the parents' starting values.
"""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np

from .parameter_values import Parameter, Problem, parameters, problems

try:
    from pytensor.graph.traversal import ancestors
except ImportError:  # older PyTensor
    from pytensor.graph.basic import ancestors

MAX_TERMS = 2
MAX_VALUES = 3
MAX_PARENTS = 4
ADVICE = ("Every observed value must be possible for every value the priors allow, and every variable "
          "must start inside its support: widen or move the bounds of the variables named, or give them "
          "an initval.")
PARAMETER_ADVICE = {
    "probability": "A probability must stay in [0, 1] for every value the priors allow: give it a prior on "
                   "[0, 1] (pm.Beta, pm.Uniform(0, 1)) or map a real number there with pm.math.invlogit(...).",
    "positive": "A scale or rate must stay positive for every value the priors allow: give it a positive "
                "prior (pm.HalfNormal, pm.Gamma, pm.Exponential) or take pm.math.exp(...) of a real number.",
    "bounds": "A lower bound must be below the upper bound for every value the priors allow: check which "
              "number is which (lower= the smallest possible value, upper= the largest).",
    "single": "A probability of exactly 0 or 1, or a Poisson mean of 0, allows one outcome only: give it a "
              "prior strictly inside its range (pm.Beta for a probability; a positive prior or pm.math.exp(...) "
              "for a mean).",
}


def impossible_values_hint(model: Any, point: dict[str, np.ndarray], names: list[str]) -> str | None:
    """``obs (Binomial) is impossible at obs[1] = 60 (1 of 3 values) when N = 55, p = 0.5 ...``, then what to
    change: the likelihood when the data are of another kind than it takes (counts given to a Bernoulli), else
    the priors' bounds."""
    parts: list[str] = []
    advice: list[str] = []
    for name in names[:MAX_TERMS]:
        try:
            rv = model[name]
            known = _parameters(model, point, rv)
            found = problems(known)
            parts.append(_impossible_term(model, point, rv, _parameter_text(known, found)) or "")
            advice.append(_likelihood_advice(model, point, rv) or _parameter_advice(found) or "")
        except Exception:  # noqa: BLE001 - a hint we cannot work out is no hint
            continue
    found = [part for part in parts if part]
    kinds = list(dict.fromkeys(a for a in advice if a))
    return " ".join(found) + " " + (" ".join(kinds) if kinds else ADVICE) if found else None


def _likelihood_advice(model: Any, point: dict[str, np.ndarray], rv: Any) -> str | None:
    """What to use instead when an observed variable's distribution cannot take data of this kind at all."""
    if rv not in model.observed_RVs:
        return None
    values = np.asarray(model.rvs_to_values[rv].eval()).ravel()
    distribution = _distribution(rv)
    whole = values.size > 0 and bool(np.all(np.equal(np.mod(values, 1), 0)))
    if distribution == "Bernoulli" and whole and values.max() > 1:
        return (f"{rv.name} observes counts, but a Bernoulli takes one trial's outcome, 0 or 1: for a number of "
                f"successes out of n trials use pm.Binomial(\"{rv.name}\", n=trials, p=..., observed=successes); "
                "for a count with no number of trials, pm.Poisson.")
    if distribution == "Categorical" and whole:
        p = model.replace_rvs_by_values([rv.owner.inputs[-1]])[0]
        size = np.asarray(_evaluated(model, point, p)).shape[-1]
        if values.max() >= size:
            return (f"{rv.name} observes categories up to {_number(values.max())}, but a Categorical with p of "
                    f"length {size} takes 0 to {size - 1}: give p one entry per category (for a die with faces "
                    "1 to n, p of length n and observed=faces - 1).")
    return None


def _parameters(model: Any, point: dict[str, np.ndarray], rv: Any) -> list[Parameter]:
    try:
        params = list(rv.owner.op.dist_params(rv.owner))
        values = _evaluated_all(model, point, model.replace_rvs_by_values(params))
    except Exception:  # noqa: BLE001 - an op without plain parameters: the hint names its parents only
        return []
    return parameters(_distribution(rv), rv, values)


def _parameter_advice(found: list[Problem]) -> str | None:
    kinds = {problem.kind for problem in found}
    return next((words for kind, words in PARAMETER_ADVICE.items() if kind in kinds), None)


def _parameter_text(known: list[Parameter], found: list[Problem]) -> str:
    """``: its parameters are n = 90, p = 1.4 (p must be a probability, in [0, 1])``, or "" when unknown."""
    if not known:
        return ""
    listed = ", ".join(f"{p.name} = {_number(p.value)}" for p in known)
    return f": its parameters are {listed}" + (f" ({'; '.join(p.text for p in found)})" if found else "")


def _impossible_term(model: Any, point: dict[str, np.ndarray], rv: Any, parameter_text: str) -> str | None:
    elementwise = _evaluated(model, point, model.logp(vars=[rv], sum=False)[0]).ravel()
    observed = rv in model.observed_RVs
    values = np.asarray(model.rvs_to_values[rv].eval() if observed
                        else _evaluated(model, point, model.replace_rvs_by_values([rv])[0])).ravel()
    bad = np.flatnonzero(~np.isfinite(elementwise))
    if bad.size == 0 or values.size != elementwise.size:
        return None
    shown = ", ".join(_element(rv.name, values, index) for index in bad[:MAX_VALUES])
    count = f" ({bad.size} of {values.size} values)" if values.size > 1 else ""
    support = _support(_distribution(rv))
    label = f"{_distribution(rv)}, {support}" if support else _distribution(rv)
    if observed:
        what = (f"{rv.name} ({label}) makes the observed value{'s' if bad.size > 1 else ''} {shown}{count} impossible"
                + parameter_text)
    else:
        what = f"{rv.name} ({label}) starts at {shown}{count}, outside its support" + parameter_text
    parents = [v for v in ancestors(rv.owner.inputs) if v in model.free_RVs and v is not rv][:MAX_PARENTS]
    if not parents:
        return what + "."
    starts = _evaluated_all(model, point, model.replace_rvs_by_values(parents))
    given = ", ".join(f"{p.name} = {_number(s)}" for p, s in zip(parents, starts))
    return f"{what} when {given} ({'its initial value' if len(parents) == 1 else 'their initial values'})."


def _evaluated(model: Any, point: dict[str, np.ndarray], output: Any) -> np.ndarray:
    return np.asarray(_evaluated_all(model, point, [output])[0])


def _evaluated_all(model: Any, point: dict[str, np.ndarray], outputs: list[Any]) -> list[Any]:
    fn = model.compile_fn(outputs, inputs=model.value_vars, on_unused_input="ignore")
    return list(fn(point))


def _element(name: str, values: np.ndarray, index: int) -> str:
    return f"{name}[{index}] = {_number(values[index])}" if values.size > 1 else _number(values[index])


def _number(value: Any) -> str:
    array = np.asarray(value)
    if array.size > 1:
        return np.array2string(array.ravel()[:MAX_VALUES], precision=4, separator=", ") + \
            (" ..." if array.size > MAX_VALUES else "")
    item = array.item()
    return f"{item:.4g}" if isinstance(item, float) else str(item)


_LATEX = [(r"\{", "{"), (r"\}", "}"), (r"\ldots", "..."), (r"\left", ""), (r"\right", ""), (r"\max", "max"),
          (r"\min", "min"), (r"\mathbb{N}_0", "{0, 1, 2, ...}"), (r"\mathbb{R}", "the real numbers"),
          (r"\infty", "infinity"), (r"\in", "in"), ("\\", "")]


def _support(distribution: str) -> str | None:
    """``x in {0, 1, ..., n}``: the "Support" row of the PyMC distribution's docstring, in plain text."""
    import pymc

    doc = inspect.getdoc(getattr(pymc, distribution, None)) or ""
    row = next((line.strip() for line in doc.splitlines() if line.strip().startswith("Support")), None)
    if row is None:
        return None
    text = row.removeprefix("Support").strip().replace(":math:", "").replace("`", "")
    for latex, plain in _LATEX:
        text = text.replace(latex, plain)
    return "support " + " ".join(text.split()) if text else None


def _distribution(rv: Any) -> str:
    op = rv.owner.op
    name = getattr(op, "_print_name", None)
    return name[0] if name else type(op).__name__.removesuffix("RV")
