# expect: stage=lint line=11 type=UnknownName
# ArviZ 0.x's plot_posterior, gone in ArviZ 1 (plot_dist).
import pymc as pm
import arviz as az

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", n=250, p=p, observed=140)
    idata = pm.sample()

az.plot_posterior(idata)
