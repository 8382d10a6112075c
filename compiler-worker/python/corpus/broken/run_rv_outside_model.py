# expect: stage=run line=8 type=TypeError
# The likelihood is written after the with block has ended.
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 2, 2)

pm.Bernoulli("flips", p=p, observed=[1, 1, 0, 1])
