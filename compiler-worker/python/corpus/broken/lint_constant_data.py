# expect: stage=lint line=8 type=RemovedApi
# pm.ConstantData is gone; use pm.Data.
import numpy as np
import pymc as pm

counts = np.array([4, 5, 4, 1, 0, 4, 3])
with pm.Model(coords={"year": np.arange(7)}) as model:
    data = pm.ConstantData("counts", counts, dims="year")
    rate = pm.Exponential("rate", 1.0)
    pm.Poisson("obs", rate, observed=data, dims="year")
