# expect: ok
# Think Bayes: how many grizzly bears? 23 tagged, then 19 seen of which 4 tagged.
import arviz as az
import pymc as pm

tagged = 23
second_session = 19
recaptured = 4

with pm.Model() as bears:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    pm.HyperGeometric("k", N=N, k=tagged, n=second_session, observed=recaptured)
    idata = pm.sample(draws=2000, tune=1000, random_seed=23)

print(az.summary(idata))
print("posterior mean of N:", idata.posterior["N"].mean().item())
