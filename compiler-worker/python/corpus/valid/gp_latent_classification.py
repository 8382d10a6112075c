# expect: ok
# A latent GP under a Bernoulli likelihood (GP classification), small n.
import numpy as np
import pymc as pm

rng = np.random.default_rng(4)
x = np.linspace(0, 5, 25)
labels = (np.sin(2 * x) + rng.normal(0, 0.3, size=x.size) > 0).astype(int)

with pm.Model() as gp_class:
    ls = pm.InverseGamma("ls", alpha=3, beta=2)
    eta = pm.HalfNormal("eta", 1.5)
    cov = eta**2 * pm.gp.cov.Matern52(1, ls=ls)
    gp = pm.gp.Latent(cov_func=cov)
    f = gp.prior("f", X=x[:, None])
    pm.Bernoulli("labels", logit_p=f, observed=labels)
