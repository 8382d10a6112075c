# expect: ok
# OrderedProbit's noise scale is sigma=; an sd= is passed on to Categorical and dropped without a word, so the model would silently use sigma=1. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

rng = np.random.default_rng(31)
n = 200
dose = rng.normal(0, 1, size=n)
grades = np.digitize(1.2 * dose + rng.normal(0, 2, size=n), [-2.0, 0.0, 2.0])

with pm.Model() as ordinal:
    effect = pm.Normal("effect", 0, 2)
    cutpoints = pm.Normal(
        "cutpoints", mu=[-2.0, 0.0, 2.0], sigma=1, transform=pm.distributions.transforms.ordered
    )
    pm.OrderedProbit("grades", eta=effect * dose, cutpoints=cutpoints, sd=2.0, observed=grades)
