# expect: ok
# Star ratings (0..4) against price with an ordered-logistic likelihood.
import numpy as np
import pymc as pm

rng = np.random.default_rng(44)
n = 250
price = rng.normal(0, 1, size=n)
latent = -0.8 * price + rng.logistic(size=n)
ratings = np.digitize(latent, [-1.5, -0.5, 0.5, 1.5])

with pm.Model() as ordinal:
    beta = pm.Normal("beta", 0, 1)
    cutpoints = pm.Normal(
        "cutpoints",
        mu=np.array([-1.5, -0.5, 0.5, 1.5]),
        sigma=2,
        shape=4,
        transform=pm.distributions.transforms.ordered,
    )
    pm.OrderedLogistic("ratings", eta=beta * price, cutpoints=cutpoints, observed=ratings)
    idata = pm.sample(random_seed=44)
