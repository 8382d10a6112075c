import numpy as np
import pymc as pm

treatment = np.array([24, 43, 58, 71, 43, 49, 61, 44, 67, 49, 53, 56, 59, 52, 62, 54, 57, 33, 46, 43, 57])
control = np.array([42, 43, 55, 26, 62, 37, 33, 41, 19, 54, 20, 85, 46, 10, 17, 60, 53, 42, 37, 42, 55, 28, 48])

with pm.Model() as model:
    mu_treatment = pm.Normal("mu_treatment", mu=50, sigma=30)
    mu_control = pm.Normal("mu_control", mu=50, sigma=30)
    sigma_treatment = pm.HalfNormal("sigma_treatment", sigma=30)
    sigma_control = pm.HalfNormal("sigma_control", sigma=30)
    pm.Normal("treatment_scores", mu=mu_treatment, sigma=sigma_treatment, observed=treatment)
    pm.Normal("control_scores", mu=mu_control, sigma=sigma_control, observed=control)
    diff = pm.Deterministic("diff", mu_treatment - mu_control)
