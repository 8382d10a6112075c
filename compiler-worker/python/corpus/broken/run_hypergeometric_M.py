# expect: stage=run line=10 type=TypeError
# Grizzly bears with SciPy's parameter name M= (PyMC calls it k=). PyMC rejects it itself, so the verdict is its own TypeError with the lint's diagnosis as the hint.
import pymc as pm

tagged = 23
second = 19
recaptured = 4
with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    pm.HyperGeometric("k", N=N, M=tagged, n=second, observed=recaptured)
    idata = pm.sample(1000)
