"""Valid modern PyMC programs the lint must pass without a finding."""

HIERARCHICAL = '''
import numpy as np
import pymc as pm

groups = np.array([0, 0, 1, 1, 2, 2])
x_obs = np.linspace(0.0, 1.0, 6)
y_obs = 2.0 * x_obs + np.array([0.1, -0.2, 0.3, 0.0, -0.1, 0.2])
coords = {"group": ["a", "b", "c"], "obs": np.arange(6)}

with pm.Model(coords=coords) as model:
    x = pm.Data("x", x_obs, dims="obs")
    g = pm.Data("g", groups, dims="obs")
    mu_a = pm.Normal("mu_a", mu=0.0, sigma=5.0)
    sigma_a = pm.HalfNormal("sigma_a", sigma=2.0)
    a_offset = pm.Normal("a_offset", 0.0, 1.0, dims="group")
    a = pm.Deterministic("a", mu_a + sigma_a * a_offset, dims="group")
    b = pm.Normal("b", 0.0, 2.0, initval=0.5)
    sigma = pm.Exponential("sigma", lam=1.0)
    mean = a[g] + b * x
    pm.Potential("keep_b_small", -0.5 * pm.math.sqr(b))
    pm.Normal("y", mu=mean, sigma=sigma, observed=y_obs, dims="obs", total_size=6)
    pm.Deterministic("rate", pm.math.exp(pm.math.clip(b, -5, 5)))
    idata = pm.sample(500, tune=500, chains=2, target_accept=0.9)
    pm.set_data({"x": np.linspace(0.0, 1.0, 6)})
    ppc = pm.sample_posterior_predictive(idata)
'''

MULTIVARIATE_AND_GP = '''
import numpy as np
import pymc as pm

X = np.linspace(0, 1, 5)[:, None]
with pm.Model() as model:
    chol, corr, stds = pm.LKJCholeskyCov(
        "chol", n=2, eta=2.0, sd_dist=pm.Exponential.dist(1.0, shape=2), compute_corr=True
    )
    pm.MvNormal("theta", mu=np.zeros(2), chol=chol)
    pm.MvNormal("v", mu=np.zeros(2), cov=np.eye(2), shape=(3, 2))
    pm.GaussianRandomWalk("walk", sigma=0.5, init_dist=pm.Normal.dist(0, 1), steps=10)
    ell = pm.Gamma("ell", alpha=2.0, beta=1.0)
    eta = pm.HalfNormal("eta", sigma=1.0)
    cov = eta**2 * pm.gp.cov.ExpQuad(1, ls=ell)
    gp = pm.gp.Latent(mean_func=pm.gp.mean.Zero(), cov_func=cov)
    f = gp.prior("f", X=X)
    pm.Poisson("counts", mu=pm.math.exp(f), observed=np.array([1, 0, 2, 1, 3]))
    pm.StudentT("t", nu=4, mu=0, sigma=1, dtype="float64")
'''

WRAPPERS = '''
import numpy as np
import pymc as pm
from pymc import HalfNormal, Model, Normal
import pymc.math as pmm


def logp(value, mu):
    return -0.5 * (value - mu) ** 2


def random(mu, rng=None, size=None):
    return rng.normal(mu, 1.0, size=size)


with Model() as model:
    mu = Normal("mu", 0, 1)
    scale = HalfNormal("scale", 1)
    pm.Censored("c", pm.Normal.dist(mu, scale), lower=-1.0, upper=1.0, observed=[0.2, 1.0])
    pm.Truncated("t", pm.Normal.dist(mu=0, sigma=1), lower=0, upper=None)
    w = pm.Dirichlet("w", a=np.ones(2))
    pm.Mixture(
        "mix", w=w, comp_dists=[pm.Normal.dist(-1, 1), pm.Normal.dist(1, 1)], observed=[0.1, 0.3]
    )
    pm.NormalMixture("nm", w=w, mu=np.array([-1.0, 1.0]), sigma=np.ones(2), observed=[0.0])
    pm.CustomDist("custom", mu, logp=logp, random=random, observed=[0.5, 0.1])
    pm.Deterministic("odds", pmm.invlogit(mu))
    pm.ZeroInflatedPoisson("zip", psi=0.8, mu=2.0, observed=[0, 1, 0])
    pm.Bernoulli("flip", logit_p=mu, observed=[1, 0])
    pm.Binomial("bin", n=10, p=pmm.sigmoid(mu), observed=4)
    pm.HyperGeometric("hg", N=50, k=10, n=20, observed=4)
    idata = pm.sample(draws=200)
'''

PLAIN_IMPORT = '''
import pymc

with pymc.Model() as model:
    x = pymc.Uniform("x", lower=0, upper=1, size=3)
    pymc.Beta("p", alpha=1, beta=1, shape=3, rng=None)
    pymc.Deterministic("s", pymc.math.sum(x))
    prior = pymc.sample_prior_predictive(draws=10)
'''

VALID_PROGRAMS = {
    "hierarchical": HIERARCHICAL,
    "multivariate_and_gp": MULTIVARIATE_AND_GP,
    "wrappers": WRAPPERS,
    "plain_import": PLAIN_IMPORT,
}
