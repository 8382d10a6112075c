# expect: ok
# Think Bayes: lions, tigers and bears. Probability the next animal is a bear.
import numpy as np
import pymc as pm

species = ["lion", "tiger", "bear"]
seen = np.array([3, 2, 1])

with pm.Model(coords={"species": species}) as safari:
    proportions = pm.Dirichlet("proportions", a=np.ones(3), dims="species")
    pm.Multinomial("seen", n=seen.sum(), p=proportions, observed=seen, dims="species")
    idata = pm.sample(2000, random_seed=6)

bear_share = idata.posterior["proportions"].sel(species="bear").mean().item()
print(f"The probability that the next animal is a bear is about {bear_share:.2f}.")
