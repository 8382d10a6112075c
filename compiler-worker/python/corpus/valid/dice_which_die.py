# expect: ok
# Think Bayes: a 6-, 8- or 12-sided die rolled three times: 1, 3, 5.
import numpy as np
import pymc as pm

sides = np.array([6, 8, 12])
rolls = np.array([1, 3, 5])

with pm.Model() as dice:
    die = pm.Categorical("die", p=np.ones(3) / 3)
    pm.DiscreteUniform("rolls", lower=1, upper=pm.math.constant(sides)[die], observed=rolls)
    idata = pm.sample(4000, random_seed=3)

counts = np.bincount(idata.posterior["die"].values.ravel(), minlength=3)
for n_sides, share in zip(sides, counts / counts.sum()):
    print(f"P({n_sides}-sided die) = {share:.3f}")
