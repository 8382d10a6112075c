# expect: ok
# Poisson's rate is mu=, not lam=. The check renames the keyword (its verdict carries the rewrite).
import pymc as pm

with pm.Model() as model:
    lam = pm.Gamma("lam", alpha=1.4, beta=1.0)
    pm.Poisson("goals", lam=lam, observed=4)
