# expect: ok
# Think Bayes: two testers find 20 and 15 bugs, 3 in common. How many bugs in total?
import pymc as pm
import pytensor.tensor as pt

k_both, k_first_only, k_second_only = 3, 17, 12
found = k_both + k_first_only + k_second_only  # 32

with pm.Model() as lincoln:
    N = pm.DiscreteUniform("N", lower=found, upper=350)
    p0 = pm.Beta("p0", 2, 2)
    p1 = pm.Beta("p1", 2, 2)
    cells = pt.stack([p0 * p1, p0 * (1 - p1), (1 - p0) * p1, (1 - p0) * (1 - p1)])
    # Multinomial log-probability of all four cells, with the unseen count N - 32 computed
    # from N instead of being passed as (N-dependent) observed data.
    counts = pt.stack([k_both, k_first_only, k_second_only, N - found])
    logp = pm.logp(pm.Multinomial.dist(n=N, p=cells), counts)
    pm.Potential("captures", logp)
    idata = pm.sample(4000, random_seed=32)

print("estimated bugs:", idata.posterior["N"].mean().item())
