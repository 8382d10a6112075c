# expect: ok
# Correlated bivariate data: MvNormal with an LKJ prior on the Cholesky factor.
import numpy as np
import pymc as pm

rng = np.random.default_rng(23)
true_cov = np.array([[1.0, 0.6], [0.6, 2.0]])
data = rng.multivariate_normal([1.0, -1.0], true_cov, size=200)

coords = {"axis": ["x", "y"], "axis_bis": ["x", "y"], "row": np.arange(200)}
with pm.Model(coords=coords) as mv_model:
    chol, corr, stds = pm.LKJCholeskyCov(
        "chol_cov", n=2, eta=2.0, sd_dist=pm.Exponential.dist(1.0, shape=2), compute_corr=True
    )
    pm.Deterministic("corr", corr, dims=("axis", "axis_bis"))
    mu = pm.Normal("mu", 0.0, 5.0, dims="axis")
    pm.MvNormal("obs", mu=mu, chol=chol, observed=data, dims=("row", "axis"))
