# expect: ok
# Think Bayes: is the Belgian euro coin biased? 140 heads in 250 spins.
import arviz as az
import pymc as pm

spins = 250
heads = 140

with pm.Model() as coin_model:
    p = pm.Beta("p", alpha=1.0, beta=1.0)
    pm.Binomial("heads", n=spins, p=p, observed=heads)
    idata = pm.sample(draws=1000, tune=1000, chains=2, random_seed=1)

summary = az.summary(idata, var_names=["p"])
print(summary)
prob_biased_heads = float((idata.posterior["p"] > 0.5).mean())
print(f"Posterior probability that heads is favoured: {prob_biased_heads:.3f}")
