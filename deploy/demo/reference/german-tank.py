import pymc as pm

serials = [30, 60, 90]

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=max(serials), upper=1000)
    pm.DiscreteUniform("serials", lower=1, upper=N, observed=serials)
