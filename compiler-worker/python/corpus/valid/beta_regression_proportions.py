# expect: ok
# Proportions in (0, 1): a Beta likelihood with the mean/precision parameterisation.
import numpy as np
import pymc as pm

rng = np.random.default_rng(64)
n = 80
dose = rng.uniform(0, 1, size=n)
mean = 1 / (1 + np.exp(-(-1 + 2 * dose)))
kappa_true = 30
share = rng.beta(mean * kappa_true, (1 - mean) * kappa_true)

with pm.Model() as beta_reg:
    a = pm.Normal("a", 0, 1.5)
    b = pm.Normal("b", 0, 1.5)
    kappa = pm.Gamma("kappa", alpha=2, beta=0.1)
    mu = pm.math.invlogit(a + b * dose)
    pm.Beta("share", alpha=mu * kappa, beta=(1 - mu) * kappa, observed=share)
    pm.Beta("prior_only", mu=0.3, sigma=0.1)
