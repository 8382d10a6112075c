# expect: ok
# A logistic GLM with two predictors, written with pm.math.sigmoid and p=.
import numpy as np
import pymc as pm

rng = np.random.default_rng(5)
n = 300
age = rng.normal(40, 10, size=n)
income = rng.normal(50, 15, size=n)
true_logit = -1.0 + 0.05 * (age - 40) + 0.03 * (income - 50)
bought = rng.binomial(1, 1 / (1 + np.exp(-true_logit)))

coords = {"predictor": ["age", "income"], "customer": np.arange(n)}
X = np.column_stack([(age - age.mean()) / age.std(), (income - income.mean()) / income.std()])

with pm.Model(coords=coords) as glm:
    X_data = pm.Data("X", X, dims=("customer", "predictor"))
    b0 = pm.Normal("b0", 0, 1.5)
    b = pm.Normal("b", 0, 1, dims="predictor")
    p = pm.math.sigmoid(b0 + pm.math.dot(X_data, b))
    pm.Bernoulli("bought", p=p, observed=bought, dims="customer")
