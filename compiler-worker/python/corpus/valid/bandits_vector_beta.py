# expect: ok
# Think Bayes: four slot machines; which one should I play next?
import numpy as np
import pymc as pm

machines = ["A", "B", "C", "D"]
plays = np.array([10, 12, 9, 11])
wins = np.array([3, 6, 2, 7])

with pm.Model(coords={"machine": machines}) as bandits:
    p = pm.Beta("p", alpha=1, beta=1, dims="machine")
    pm.Binomial("wins", n=plays, p=p, observed=wins, dims="machine")
    best = pm.Deterministic("best", pm.math.argmax(p), dims=None)
    idata = pm.sample(random_seed=4)

best_counts = np.bincount(idata.posterior["best"].values.ravel().astype(int), minlength=4)
print("play machine", machines[int(best_counts.argmax())])
