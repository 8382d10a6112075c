# expect: stage=lint line=6 type=UnexpectedKeyword
# testval= was renamed initval=.
import pymc as pm

with pm.Model() as model:
    rate = pm.Exponential("rate", 1.0, testval=0.5)
    pm.Poisson("count", mu=rate, observed=[1, 0, 2, 1])
    idata = pm.sample()
