# expect: stage=find_model line=none type=NoModelFound
# A model context with nothing in it.
import numpy as np
import pymc as pm

data = np.array([3, 5, 4, 6])
with pm.Model() as model:
    rate = data.mean()

print("estimated rate:", rate)
