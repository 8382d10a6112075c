"""Data the model could not have predicted, an error rather than a warning (see :mod:`.prior_fit`):

- every observed value of a likelihood outside the range its prior predictive draws cover;
- the data's mean further from the means the prior predictive draws have than ``CONFLICT_SDS`` of their
  standard deviations.

In the quality benchmark each passed every other stage and gave a wrong posterior: three serial numbers
observed as a Poisson count of 3 with a mean up to 1000, waiting times observed as a Poisson with a tiny rate,
lifetimes near 1,000 hours as a Poisson, test scores near 50 with a Normal(0, 10) prior on their mean.
"""

from __future__ import annotations

import numpy as np

# Under the priors a mean this many standard deviations away has a chance far below one in a thousand.
CONFLICT_SDS = 4.5
CONFLICT_ADVICE = ("Either a prior is on the wrong scale (a precision passed as sigma, a rate where a mean was "
                   "meant, a mean far from the data's), or the likelihood does not describe these data (times or "
                   "serial numbers given to a Poisson, lifetimes as counts): make the model predict values like the "
                   "data before it sees them")


def conflict_finding(data: np.ndarray, predicted: np.ndarray, low: float, high: float) -> str | None:
    """What makes ``data`` impossible to predict from ``predicted`` (one row a prior draw), or ``None``."""
    if np.all((data < low) | (data > high)):
        return "every observed value lies outside what the model predicts before it sees them"
    means = _draw_means(predicted)
    if means.size < 2 or data.size < 2:
        return None
    spread = float(np.std(means))
    distance = abs(float(data.mean()) - float(np.mean(means)))
    if spread == 0.0 or distance <= CONFLICT_SDS * spread:
        return None
    return (f"the data's mean, {data.mean():.4g}, is {distance / spread:.1f} standard deviations from the means "
            f"the model predicts before it sees them (their middle {np.mean(means):.4g}, standard deviation "
            f"{spread:.4g})")


def _draw_means(predicted: np.ndarray) -> np.ndarray:
    rows = predicted.reshape(predicted.shape[0], -1).astype(float) if predicted.ndim else predicted.reshape(1, 1)
    finite = rows[np.all(np.isfinite(rows), axis=1)]
    return finite.mean(axis=1)
