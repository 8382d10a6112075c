"""Posterior plots of a sampling run, as PNG in base64 for the verdict: the marginal posteriors (ArviZ 1's
``plot_dist``) and, where the model observed more than one value, the posterior predictive check
(``plot_ppc_dist``: draws of the data as the fitted model predicts them, against the data), for as many variables
as fit in one figure. Plots are extras: one that cannot be made is left out, with the reason."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .data_use import observed_values
from .errors import exception_message

MAX_PANELS = 12  # marginal posteriors in one figure
MAX_PLOTTED_VARIABLES = 6  # observed variables in the predictive check
MAX_PREDICTED_DRAWS = 50
MAX_PNG_BYTES = 150_000  # two plots stay far below Kafka's 1 MB message limit, in base64 and with the rest
PNG_DPI = 72
POINT_ESTIMATE_DIGITS = "4g"


@dataclass(frozen=True)
class Plots:
    images: dict[str, str] = field(default_factory=dict)  # name -> PNG in base64
    errors: dict[str, str] = field(default_factory=dict)  # name -> why it was left out


def posterior_plots(idata: Any, model: Any, names: list[str], seed: int) -> Plots:
    import arviz as az

    makers: dict[str, Callable[[], Any]] = {}
    shown = plotted_variables(idata, names)
    if shown:
        makers["posterior"] = lambda: az.plot_dist(idata, var_names=shown, backend="matplotlib")
    predicted = [rv.name for rv in model.observed_RVs if _observes_several(model, rv)][:MAX_PLOTTED_VARIABLES]
    if predicted:
        makers["ppc"] = lambda: _ppc(idata, model, predicted, seed)
    images, errors = {}, {}
    for name, make in makers.items():
        try:
            # ArviZ labels a point estimate with 2 significant digits: a mean of 176.5 would read "180".
            with az.rc_context({"stats.round_to": POINT_ESTIMATE_DIGITS}):
                images[name] = _png(make())
        except Exception as exc:  # noqa: BLE001 - a plot is an extra; the posterior stands without it
            errors[name] = f"{type(exc).__name__}: {exception_message(exc)}"[:500]
    return Plots(images, errors)


def plotted_variables(idata: Any, names: list[str]) -> list[str]:
    """The variables, in order, whose panels (one per entry of a vector) fit in one figure; bigger ones are left out."""
    shown, panels = [], 0
    for name in names:
        if name not in idata["posterior"].data_vars:
            continue
        size = int(idata["posterior"][name].size // (idata["posterior"].sizes["chain"] * idata["posterior"].sizes["draw"]))
        if panels + size <= MAX_PANELS:
            shown.append(name)
            panels += size
    return shown


def _observes_several(model: Any, rv: Any) -> bool:
    values = observed_values(model, rv)
    return values is not None and values.size > 1


def _ppc(idata: Any, model: Any, predicted: list[str], seed: int) -> Any:
    import arviz as az
    import pymc as pm

    pm.sample_posterior_predictive(idata, model=model, var_names=predicted, extend_inferencedata=True,
                                   random_seed=seed, progressbar=False)
    return az.plot_ppc_dist(idata, var_names=predicted, num_samples=MAX_PREDICTED_DRAWS, backend="matplotlib")


def _png(collection: Any) -> str:
    import matplotlib.pyplot as plt

    figure = collection.get_viz("figure")
    buffer = io.BytesIO()
    try:
        figure.savefig(buffer, format="png", dpi=PNG_DPI, bbox_inches="tight")
    finally:
        plt.close(figure)
    if buffer.tell() > MAX_PNG_BYTES:
        raise ValueError(f"the PNG has {buffer.tell()} bytes, more than {MAX_PNG_BYTES}")
    return base64.b64encode(buffer.getvalue()).decode("ascii")
