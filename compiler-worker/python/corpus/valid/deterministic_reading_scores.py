# expect: ok
# Think Bayes: reading scores of a treatment and a control class; difference of means.
import arviz as az
import numpy as np
import pymc as pm

treated = np.array([24, 43, 58, 71, 43, 49, 61, 44, 67, 49, 53, 56, 59, 52, 62, 54, 57, 33, 46, 43, 57])
control = np.array([42, 43, 55, 26, 62, 37, 33, 41, 19, 54, 20, 85, 46, 10, 17, 60, 53, 42, 37, 42,
                    55, 28, 48])

with pm.Model(coords={"group": ["treated", "control"]}) as reading:
    mu = pm.Uniform("mu", lower=20, upper=80, dims="group")
    sigma = pm.Uniform("sigma", lower=5, upper=30, dims="group")
    pm.Normal("treated", mu=mu[0], sigma=sigma[0], observed=treated)
    pm.Normal("control", mu=mu[1], sigma=sigma[1], observed=control)
    diff = pm.Deterministic("diff", mu[0] - mu[1])
    effect_size = pm.Deterministic("effect_size", diff / pm.math.sqrt((sigma[0] ** 2 + sigma[1] ** 2) / 2))
    idata = pm.sample(random_seed=4)

print(az.summary(idata, var_names=["diff", "effect_size"], ci_prob=0.9))
print("P(treatment helps) =", float((idata.posterior["diff"] > 0).mean()))
