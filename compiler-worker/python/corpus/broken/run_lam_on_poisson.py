# expect: stage=run line=7 type=TypeError
# Poisson's rate is mu=, not lam=. PyMC rejects it itself, so the verdict is its own TypeError with the lint's diagnosis as the hint.
import pymc as pm

with pm.Model() as model:
    lam = pm.Gamma("lam", alpha=1.4, beta=1.0)
    pm.Poisson("goals", lam=lam, observed=4)
