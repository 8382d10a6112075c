import pymc as pm

with pm.Model() as model:
    # Gamma(alpha=1.4, beta=1): mean 1.4 goals per game
    lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1)
    lam_croatia = pm.Gamma("lam_croatia", alpha=1.4, beta=1)
    pm.Poisson("france_goals", mu=lam_france, observed=4)
    pm.Poisson("croatia_goals", mu=lam_croatia, observed=2)
    france_better = pm.Deterministic("france_better", pm.math.switch(lam_france > lam_croatia, 1.0, 0.0))
