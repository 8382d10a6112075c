# expect: stage=evaluate line=7 type=NonFiniteLogp
# An initial value outside the support of the prior.
import pymc as pm

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    sigma = pm.HalfNormal("sigma", 1, initval=-2.0)
    pm.Normal("y", mu, sigma, observed=[0.1, 0.4, -0.3])
