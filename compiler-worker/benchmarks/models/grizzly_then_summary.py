import arviz as az
import matplotlib.pyplot as plt
import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    k = pm.HyperGeometric("k", N=N, k=23, n=19, observed=4)
    idata = pm.sample()

print(az.summary(idata))
az.plot_dist(idata)
plt.close("all")
