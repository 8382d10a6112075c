# expect: ok
# A weekly success rate drifting on the logit scale (GaussianRandomWalk with mu, sigma,
# init_dist and steps), a LogitNormal prior on a baseline share, a ChiSquared scale with an
# initval, and a CustomDist built from other distributions (dist= and class_name=).
import numpy as np
import pymc as pm

rng = np.random.default_rng(3)
weeks = 30
trials = np.full(weeks, 40)
true_logit = np.cumsum(rng.normal(0, 0.15, size=weeks))
successes = rng.binomial(trials, 1 / (1 + np.exp(-true_logit)))
errors = rng.normal(0, 1, size=50) ** 2


def scaled_chi2(scale, size):
    return scale * pm.ChiSquared.dist(nu=1, size=size)


with pm.Model(coords={"week": np.arange(weeks)}) as weekly:
    drift = pm.Normal("drift", 0, 0.05)
    step = pm.HalfNormal("step", 0.3)
    walk = pm.GaussianRandomWalk(
        "walk", mu=drift, sigma=step, init_dist=pm.Normal.dist(0, 1), steps=weeks - 1, dims="week"
    )
    pm.Binomial("successes", n=trials, logit_p=walk, observed=successes, dims="week")
    pm.LogitNormal("baseline_share", mu=0.0, sigma=1.0)
    scale = pm.ChiSquared("scale", nu=3, initval=2.0)
    pm.CustomDist("errors", scale, dist=scaled_chi2, class_name="ScaledChi2", observed=errors)
