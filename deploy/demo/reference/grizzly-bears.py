import pymc as pm

tagged_first = 23
seen_second = 19
tagged_seen_again = 4

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    pm.HyperGeometric("recaptured", N=N, k=tagged_first, n=seen_second, observed=tagged_seen_again)
