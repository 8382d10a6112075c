import pymc as pm
from pymc.distributions.transforms import ordered

with pm.Model() as model:
    # both heights from the population, kept in increasing order: B first, A (the taller) second
    heights = pm.Normal("heights", mu=178, sigma=7.7, shape=2, transform=ordered, initval=[175.0, 181.0])
    A = pm.Deterministic("A", heights[1])
    B = pm.Deterministic("B", heights[0])
