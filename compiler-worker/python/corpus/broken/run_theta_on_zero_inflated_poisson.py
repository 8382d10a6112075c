# expect: stage=run line=12 type=TypeError
# PyMC3 called the Poisson rate of ZeroInflatedPoisson theta=; it is mu= now. PyMC only says a positional argument is missing, the lint's hint names the keyword.
import numpy as np
import pymc as pm

rng = np.random.default_rng(8)
visits = np.where(rng.random(200) < 0.7, rng.poisson(2.5, size=200), 0)

with pm.Model() as clinic:
    psi = pm.Beta("psi", 2, 2)
    rate = pm.Gamma("rate", mu=2, sigma=1)
    pm.ZeroInflatedPoisson("visits", psi=psi, theta=rate, observed=visits)
