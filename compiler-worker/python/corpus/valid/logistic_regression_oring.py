# expect: ok
# Think Bayes: O-ring damage against launch temperature (logistic regression).
import numpy as np
import pymc as pm

temperature = np.array([66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75,
                        70, 81, 76, 79, 75, 76, 58], dtype=float)
damaged = np.array([0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1])
centered = temperature - temperature.mean()

with pm.Model() as oring:
    alpha = pm.Normal("alpha", 0, 2.5)
    beta = pm.Normal("beta", 0, 1)
    logit_p = alpha + beta * centered
    pm.Bernoulli("damage", logit_p=logit_p, observed=damaged)
    p_at_31 = pm.Deterministic("p_at_31", pm.math.invlogit(alpha + beta * (31 - temperature.mean())))
    idata = pm.sample(1000, random_seed=11)

print("P(damage at 31F):", idata.posterior["p_at_31"].mean().values)
