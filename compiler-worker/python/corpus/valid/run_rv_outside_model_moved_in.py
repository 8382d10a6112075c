# expect: ok
# The likelihood is written after the with block has ended. The check moves it into the block (its verdict carries the rewrite).
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 2, 2)

pm.Bernoulli("flips", p=p, observed=[1, 1, 0, 1])
