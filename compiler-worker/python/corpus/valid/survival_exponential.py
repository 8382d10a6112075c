# expect: ok
# Exponential survival with right censoring handled through the survival function.
import numpy as np
import pymc as pm

rng = np.random.default_rng(77)
n = 100
times = rng.exponential(scale=12.0, size=n)
censor_at = 15.0
event = times < censor_at
observed_times = np.minimum(times, censor_at)

with pm.Model() as survival:
    hazard = pm.Gamma("hazard", alpha=1.0, beta=10.0)
    pm.Exponential("event_times", lam=hazard, observed=observed_times[event])
    # log S(t) = -hazard * t for the patients still alive at the end of the study
    pm.Potential("censored", -hazard * observed_times[~event].sum())
    mean_survival = pm.Deterministic("mean_survival", 1.0 / hazard)
