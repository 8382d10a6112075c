# expect: ok
# Robust regression: a Student-t likelihood shrugs off the outliers.
import numpy as np
import pymc as pm

rng = np.random.default_rng(21)
x = np.linspace(0, 1, 50)
y = 2.0 + 3.0 * x + rng.normal(0, 0.3, size=50)
y[[5, 17, 33]] += np.array([6.0, -5.0, 8.0])

with pm.Model() as robust:
    intercept = pm.Normal("intercept", 0, 5)
    slope = pm.Normal("slope", 0, 5)
    scale = pm.HalfNormal("scale", 1)
    nu = pm.Gamma("nu", alpha=2, beta=0.1)
    pm.StudentT("y", nu=nu, mu=intercept + slope * x, sigma=scale, observed=y)
