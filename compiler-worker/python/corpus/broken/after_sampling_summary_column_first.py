# expect: stage=after_sampling line=15 type=KeyError
# az.summary() has a row per variable and a column per statistic: ["mu"]["mean"] asks for a column
# "mu" that does not exist. The user's run would crash on this line.
import pymc as pm
import arviz as az

heights = [172.1, 168.4, 181.0, 175.2, 169.9, 177.3]
with pm.Model() as model:
    mu = pm.Normal("mu", mu=170, sigma=20)
    sigma = pm.HalfNormal("sigma", sigma=10)
    pm.Normal("height", mu=mu, sigma=sigma, observed=heights)
    idata = pm.sample()

summary = az.summary(idata)
print(f"mean height: {summary['mu']['mean']:.1f}")
