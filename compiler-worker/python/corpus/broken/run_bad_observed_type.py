# expect: stage=run line=8 type=TypeError
# Observed data given as a dict instead of an array.
import pymc as pm

counts = {"monday": 12, "tuesday": 15, "wednesday": 9}
with pm.Model() as model:
    rate = pm.Gamma("rate", alpha=2, beta=0.1)
    pm.Poisson("calls", mu=rate, observed=counts)
