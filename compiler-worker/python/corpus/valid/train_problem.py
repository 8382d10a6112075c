# expect: ok
# Think Bayes: the locomotive numbered 60. How many locomotives are there?
import pymc as pm

with pm.Model() as train:
    N = pm.DiscreteUniform("N", lower=60, upper=1000)
    pm.DiscreteUniform("seen", lower=1, upper=N, observed=60)
    idata = pm.sample(draws=3000, random_seed=60)

print("The posterior mean number of locomotives is", round(idata.posterior["N"].mean().item()))
