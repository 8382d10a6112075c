import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", alpha=1, beta=1)  # uniform prior on the probability of heads
    heads = pm.Binomial("heads", n=250, p=p, observed=140)
    biased = pm.Deterministic("biased", pm.math.switch(abs(p - 0.5) > 0.05, 1.0, 0.0))
