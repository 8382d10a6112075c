# expect: ok
# Think Bayes: A is taller than B; condition on that with a Potential.
import pymc as pm

with pm.Model() as heights:
    height_a = pm.Normal("height_a", mu=178, sigma=7.7, initval=182.0)
    height_b = pm.Normal("height_b", mu=178, sigma=7.7, initval=174.0)
    # a soft but very steep constraint keeps the gradient finite
    pm.Potential("a_taller", pm.math.log(pm.math.sigmoid(5 * (height_a - height_b))))
    idata = pm.sample(random_seed=178)

print("posterior mean height of A:", idata.posterior["height_a"].mean().item())
