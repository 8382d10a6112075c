# expect: ok
# Think Bayes: flipper lengths per species; classify a penguin with a 205 mm flipper.
import numpy as np
import pymc as pm

flippers = {
    "Adelie": [181, 186, 195, 193, 190, 186, 180, 182, 191, 198],
    "Chinstrap": [192, 196, 193, 188, 197, 198, 178, 197, 195, 198],
    "Gentoo": [217, 215, 215, 222, 215, 210, 211, 230, 218, 215],
}
species = list(flippers)
lengths = np.concatenate([flippers[s] for s in species]).astype(float)
species_idx = np.repeat(np.arange(3), 10)

with pm.Model(coords={"species": species}) as penguins:
    mu = pm.Normal("mu", 200, 20, dims="species")
    sigma = pm.HalfNormal("sigma", 10, dims="species")
    pm.Normal("length", mu[species_idx], sigma[species_idx], observed=lengths)
    log_like_205 = pm.Deterministic(
        "log_like_205", pm.logp(pm.Normal.dist(mu, sigma), 205.0), dims="species"
    )
    idata = pm.sample(random_seed=205)

like = np.exp(idata.posterior["log_like_205"]).mean(dim=("chain", "draw")).values
print(dict(zip(species, np.round(like / like.sum(), 3))))
