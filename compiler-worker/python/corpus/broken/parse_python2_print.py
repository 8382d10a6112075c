# expect: stage=parse line=10 type=SyntaxError
# Python 2 print statement.
import pymc as pm

with pm.Model() as model:
    theta = pm.Beta("theta", 2, 2)
    pm.Bernoulli("flips", p=theta, observed=[1, 0, 1, 1, 0])
    idata = pm.sample()

print "posterior mean", idata.posterior["theta"].mean()
