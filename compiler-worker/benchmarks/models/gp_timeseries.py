import numpy as np
import pymc as pm

rng = np.random.default_rng(3)
x = np.linspace(0, 10, 60)
y = np.sin(x) + rng.normal(0, 0.3, x.size)

with pm.Model() as model:
    ell = pm.Gamma("ell", alpha=2, beta=1)
    eta = pm.HalfNormal("eta", 1)
    cov = eta**2 * pm.gp.cov.ExpQuad(1, ls=ell)
    gp = pm.gp.Marginal(cov_func=cov)
    sigma = pm.HalfNormal("sigma", 0.5)
    gp.marginal_likelihood("y", X=x[:, None], y=y, sigma=sigma)
    idata = pm.sample()
