# expect: stage=lint line=5 type=OutdatedImport
# Aesara was replaced by PyTensor.
import numpy as np
import pymc as pm
from aesara import tensor as at

y = np.array([0, 1, 1, 0, 1])
with pm.Model() as model:
    logit = pm.Normal("logit", 0, 1.5)
    pm.Bernoulli("y", p=at.sigmoid(logit), observed=y)
