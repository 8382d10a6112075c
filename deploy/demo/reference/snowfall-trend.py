import numpy as np
import pymc as pm

snowfall = np.array([41.2, 38.5, 52.1, 45.0, 60.3, 49.8, 55.7, 62.4, 58.1, 66.0])
year = np.arange(len(snowfall))
centred_year = year - year.mean()

with pm.Model() as model:
    intercept = pm.Normal("intercept", mu=50, sigma=20)
    slope = pm.Normal("slope", mu=0, sigma=10)
    sigma = pm.HalfNormal("sigma", sigma=20)
    pm.Normal("snow", mu=intercept + slope * centred_year, sigma=sigma, observed=snowfall)
