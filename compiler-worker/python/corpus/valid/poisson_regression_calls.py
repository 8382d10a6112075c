# expect: ok
# Think Bayes: calls per hour against staff on shift, log link, prediction for 8 staff.
import numpy as np
import pymc as pm

staff = np.array([2, 3, 4, 5, 6, 2, 3, 4, 5, 6])
calls = np.array([12, 15, 21, 24, 30, 10, 17, 19, 27, 28])

with pm.Model() as call_model:
    staff_data = pm.Data("staff", staff)
    a = pm.Normal("a", 0, 2)
    b = pm.Normal("b", 0, 1)
    rate = pm.math.exp(a + b * staff_data)
    pm.Poisson("calls", mu=rate, observed=calls, shape=staff_data.shape)
    idata = pm.sample(random_seed=8)

with call_model:
    pm.set_data({"staff": np.array([8])})
    prediction = pm.sample_posterior_predictive(idata, predictions=True, random_seed=8)

print("expected calls with 8 staff:", float(prediction.predictions["calls"].mean()))
