# expect: ok
# Think Bayes: two overlapping groups; ordered means keep the labels from switching.
import numpy as np
import pymc as pm

values = np.array([4.9, 5.1, 5.3, 4.7, 5.0, 5.2, 4.8, 7.9, 8.2, 8.0, 7.7, 8.4, 8.1, 5.05, 7.95])

with pm.Model(coords={"group": ["small", "large"]}) as model:
    weights = pm.Dirichlet("weights", a=np.array([1.0, 1.0]), dims="group")
    means = pm.Normal(
        "means",
        mu=np.array([5.0, 8.0]),
        sigma=3.0,
        dims="group",
        transform=pm.distributions.transforms.ordered,
    )
    spread = pm.HalfNormal("spread", sigma=1.0, dims="group")
    pm.NormalMixture("y", w=weights, mu=means, sigma=spread, observed=values)
    trace = pm.sample(1000, tune=1000, random_seed=21)

print("means:", trace.posterior["means"].mean(dim=("chain", "draw")).values)
