import pymc as pm

seen = [3, 2, 1]  # lions, tigers, bears

with pm.Model() as model:
    p = pm.Dirichlet("p", a=[1, 1, 1])
    pm.Multinomial("sightings", n=6, p=p, observed=seen)
    next_is_bear = pm.Deterministic("next_is_bear", p[2])
