# expect: ok
# testval= was renamed initval=. The check renames the keyword (its verdict carries the rewrite).
import pymc as pm

with pm.Model() as model:
    rate = pm.Exponential("rate", 1.0, testval=0.5)
    pm.Poisson("count", mu=rate, observed=[1, 0, 2, 1])
    idata = pm.sample()
