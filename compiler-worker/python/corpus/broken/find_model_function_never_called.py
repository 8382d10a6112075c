# expect: stage=find_model line=none type=NoModelFound
# The model is built in a function that is never called.
import numpy as np
import pymc as pm


def build(values):
    with pm.Model() as model:
        mu = pm.Normal("mu", 0, 10)
        pm.Normal("obs", mu, 1, observed=values)
    return model


data = np.array([1.0, 2.0, 3.0])
print("data ready:", data)
