import pymc as pm

seen = 60

with pm.Model() as model:
    # uniform on 1..1000; below the number seen the likelihood is zero, so the prior starts there
    N = pm.DiscreteUniform("N", lower=seen, upper=1000)
    pm.DiscreteUniform("locomotive", lower=1, upper=N, observed=seen)
