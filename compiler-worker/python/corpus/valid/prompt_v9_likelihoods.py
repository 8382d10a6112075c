# expect: ok
# The likelihoods prompts v9 teach the model (agent-service prompts/v9/system.txt), each as written there.
import numpy as np
import pymc as pm
import arviz as az
times = np.array([1100, 1320, 980, 1450, 1210, 1050, 1500, 1500, 1500, 1500])
x = np.array([66.0, 70, 69, 68]); y = np.array([0, 1, 0, 0])
with pm.Model() as model:
    alpha = pm.Gamma("alpha", 2, 1)
    beta = pm.Gamma("beta", 2, 1 / 1000)
    obs = pm.Censored("obs", pm.Weibull.dist(alpha=alpha, beta=beta), lower=None, upper=1500, observed=times)
    N = pm.DiscreteUniform("N", lower=90, upper=1000)
    serials = pm.DiscreteUniform("serials", lower=1, upper=N, observed=np.array([30, 60, 90]))
    a = pm.Normal("a", 0, 10); b = pm.Normal("b", 0, 1)
    damage = pm.Bernoulli("damage", p=pm.math.invlogit(a + b * (x - 70)), observed=y)
    A = pm.Normal("A", 178, 7.7, initval=182.0); B = pm.Normal("B", 178, 7.7, initval=174.0)
    fact = pm.Potential("fact", pm.math.switch(A > B, 0.0, -np.inf))
    idata = pm.sample()
print(az.summary(idata))
