# expect: stage=run line=7 type=IndexError
# Data preparation indexes past the end of the array.
import numpy as np
import pymc as pm

scores = np.array([61.0, 72.0, 55.0, 68.0])
last_four = [scores[i] for i in range(1, 5)]
with pm.Model() as model:
    mu = pm.Normal("mu", 60, 10)
    pm.Normal("scores", mu, 8, observed=last_four)
