# expect: stage=lint line=4 type=RemovedApi
# The removed name imported directly.
import numpy as np
from pymc import Model, MutableData, Normal

with Model() as model:
    x = MutableData("x", np.arange(5.0))
    beta = Normal("beta", 0, 1)
    Normal("y", beta * x, 1, observed=np.arange(5.0) * 0.5)
