# expect: stage=parse line=8 type=SyntaxError
# Trying to "assign" data to a distribution call.
import numpy as np
import pymc as pm

y = np.array([0.3, -0.1, 0.4])
with pm.Model() as model:
    pm.Normal("y", 0, 1) = y
