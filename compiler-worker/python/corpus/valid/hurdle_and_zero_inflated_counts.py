# expect: ok
# Site visits (zeros from a separate process: HurdlePoisson) and trap hits out of a known
# number of traps (some sites empty: ZeroInflatedBinomial), written with keyword arguments.
import numpy as np
import pymc as pm

rng = np.random.default_rng(21)
sites = 60
visits = np.where(rng.random(sites) < 0.6, 1 + rng.poisson(2.0, size=sites), 0)
traps = np.full(sites, 8)
hits = np.where(rng.random(sites) < 0.7, rng.binomial(traps, 0.3), 0)

with pm.Model(coords={"site": np.arange(sites)}) as counts:
    visited = pm.Beta("visited", alpha=2, beta=2)
    rate = pm.Gamma("rate", mu=2.0, sigma=1.0)
    pm.HurdlePoisson("visits", psi=visited, mu=rate, max_n_steps=500, observed=visits, dims="site")
    occupied = pm.Beta("occupied", 2, 2)
    catch = pm.Beta("catch", 2, 5)
    pm.ZeroInflatedBinomial(name="hits", psi=occupied, n=traps, p=catch, observed=hits, dims="site")
