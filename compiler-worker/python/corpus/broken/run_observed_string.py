# expect: stage=run line=7 type=ValueError
# The data was left as the text it was read from.
import pymc as pm

with pm.Model() as model:
    lam = pm.Exponential("lam", 1.0)
    pm.Poisson("goals", mu=lam, observed="4, 2, 3, 1")
