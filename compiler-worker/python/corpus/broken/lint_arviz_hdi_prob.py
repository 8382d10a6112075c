# expect: stage=lint line=12 type=UnexpectedKeyword
# An ArviZ 0.x keyword after sampling: ArviZ 1 calls it prob, and the user's run would crash there.
import pymc as pm
import arviz as az

heads = 140
with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", n=250, p=p, observed=heads)
    idata = pm.sample()

print(az.hdi(idata, hdi_prob=0.9))
