# expect: stage=run line=6 type=TypeError
# A prior outside two model blocks: which model it belongs to cannot be told, so the check moves nothing.
import pymc as pm

data = [1.2, 0.8, 1.1]
mu = pm.Normal("mu", 0, 1)
with pm.Model() as first:
    pm.Normal("y", mu=mu, sigma=1, observed=data)
with pm.Model() as second:
    pm.Normal("z", mu=mu, sigma=2, observed=data)
