import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    k = pm.HyperGeometric("k", N=N, k=23, n=19, observed=4)
    idata = pm.sample()
