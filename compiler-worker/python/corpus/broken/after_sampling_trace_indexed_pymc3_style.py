# expect: stage=after_sampling line=14 type=KeyError
# A PyMC 3 habit after sampling: the trace indexed by variable name. PyMC 6 returns a DataTree,
# where the draws are idata.posterior["lam"]; the user's run would crash on this line.
import pymc as pm
import numpy as np

calls = np.array([3, 5, 2, 4, 6, 3, 4])
with pm.Model() as model:
    lam = pm.Gamma("lam", alpha=2, beta=0.5)
    pm.Poisson("calls", mu=lam, observed=calls)
    trace = pm.sample(1000, tune=1000)

print("posterior mean rate:")
print(trace["lam"].mean())
