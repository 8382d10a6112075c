# expect: ok
# Think Bayes: France 4, Croatia 2. Which team is better?
import pymc as pm

with pm.Model() as final:
    lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1.0)
    lam_croatia = pm.Gamma("lam_croatia", alpha=1.4, beta=1.0)
    pm.Poisson("goals_france", mu=lam_france, observed=4)
    pm.Poisson("goals_croatia", mu=lam_croatia, observed=2)
    pm.Deterministic("france_better", lam_france > lam_croatia)
    idata = pm.sample(4000, random_seed=2018)

print("P(France is the better team):", idata.posterior["france_better"].mean().item())
