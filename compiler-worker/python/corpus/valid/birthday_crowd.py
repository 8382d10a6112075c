# expect: ok
# Think Bayes: 2 students born on May 11, 1 on May 23, none on August 1. How many students?
import numpy as np
import pymc as pm

counts = np.array([2, 1, 0])

with pm.Model() as hall:
    N = pm.DiscreteUniform("N", lower=3, upper=2000)
    pm.Binomial("birthdays", n=N, p=1 / 365, observed=counts)
    idata = pm.sample(3000, random_seed=365)

print("estimated number of students:", idata.posterior["N"].median().item())
