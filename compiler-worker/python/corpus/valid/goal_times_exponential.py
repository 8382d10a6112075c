# expect: ok
# Think Bayes: goals after 11 and then 12 more minutes; predict goals in the remaining 67.
import numpy as np
import pymc as pm

gaps_in_games = np.array([11, 12]) / 90

with pm.Model() as goals:
    lam = pm.Gamma("lam", alpha=1.4, beta=1.0)
    pm.Exponential("gaps", lam=lam, observed=gaps_in_games)
    more_goals = pm.Poisson("more_goals", mu=lam * 67 / 90)
    idata = pm.sample(random_seed=90)

print("expected further goals:", idata.posterior["more_goals"].mean().item())
