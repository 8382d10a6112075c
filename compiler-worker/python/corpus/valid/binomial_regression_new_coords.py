# expect: ok
# Germination trials with pm.Data and dims; predictions for new seed batches via set_data coords.
import numpy as np
import pymc as pm

rng = np.random.default_rng(5)
temperature = np.array([12.0, 15.0, 18.0, 21.0, 24.0, 27.0])
trials = np.full(6, 40)
germinated = rng.binomial(trials, 1 / (1 + np.exp(-(-4 + 0.2 * temperature))))

with pm.Model(coords={"batch": [f"b{i}" for i in range(6)]}) as seeds:
    temp = pm.Data("temp", temperature, dims="batch")
    n_trials = pm.Data("n_trials", trials, dims="batch")
    alpha = pm.Normal("alpha", 0, 5)
    beta = pm.Normal("beta", 0, 1)
    pm.Binomial("germinated", n=n_trials, logit_p=alpha + beta * temp, observed=germinated, dims="batch")
    idata = pm.sample(random_seed=6)

with seeds:
    pm.set_data({"temp": [20.0, 30.0], "n_trials": [100, 100]}, coords={"batch": ["new1", "new2"]})
    pred = pm.sample_posterior_predictive(idata, predictions=True, random_seed=6)

print(pred.predictions["germinated"].mean(dim=("chain", "draw")))
