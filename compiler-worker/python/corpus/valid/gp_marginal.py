# expect: ok
# A small Gaussian process regression with pm.gp.Marginal.
import numpy as np
import pymc as pm

rng = np.random.default_rng(8)
n = 30
X = np.sort(rng.uniform(0, 10, size=n))[:, None]
y = np.sin(X[:, 0]) + rng.normal(0, 0.2, size=n)

with pm.Model() as gp_model:
    length_scale = pm.Gamma("length_scale", alpha=2, beta=1)
    amplitude = pm.HalfNormal("amplitude", 1.0)
    cov = amplitude**2 * pm.gp.cov.ExpQuad(1, ls=length_scale)
    gp = pm.gp.Marginal(cov_func=cov)
    noise = pm.HalfNormal("noise", 0.5)
    gp.marginal_likelihood("y", X=X, y=y, sigma=noise)
    idata = pm.sample(500, tune=500, chains=2, random_seed=8)

X_new = np.linspace(0, 12, 40)[:, None]
with gp_model:
    f_pred = gp.conditional("f_pred", X_new)
    pred = pm.sample_posterior_predictive(idata, var_names=["f_pred"], random_seed=8)
