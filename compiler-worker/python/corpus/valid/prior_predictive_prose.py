# expect: ok
# A prior predictive check, explained step by step with prints.
import numpy as np
import pymc as pm

print("Step 1: we choose weakly informative priors for daily sales.")
days = 30

with pm.Model(coords={"day": np.arange(days)}) as sales:
    baseline = pm.LogNormal("baseline", mu=np.log(50), sigma=0.5)
    weekend_boost = pm.Normal("weekend_boost", 0.2, 0.1)
    is_weekend = (np.arange(days) % 7 >= 5).astype(float)
    rate = baseline * pm.math.exp(weekend_boost * is_weekend)
    pm.Poisson("sales", mu=rate, dims="day")
    print("Step 2: we simulate from the prior to see whether the numbers are plausible.")
    prior = pm.sample_prior_predictive(draws=200, random_seed=50)

print("Step 3: the simulated daily sales range over",
      int(prior.prior["sales"].min()), "to", int(prior.prior["sales"].max()))
