# expect: stage=lint line=11 type=RemovedApi
# Plotting moved to ArviZ.
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", n=250, p=p, observed=140)
    trace = pm.sample(2000)

print("sampling finished")
pm.traceplot(trace)
