# expect: ok
# Graded responses (0..3) against a dose with an ordered-probit likelihood and a known noise scale.
import numpy as np
import pymc as pm

rng = np.random.default_rng(31)
n = 200
dose = rng.normal(0, 1, size=n)
grades = np.digitize(1.2 * dose + rng.normal(0, 1.5, size=n), [-2.0, 0.0, 2.0])

with pm.Model(coords={"cut": ["0|1", "1|2", "2|3"], "patient": np.arange(n)}) as ordinal:
    effect = pm.Normal("effect", 0, 2)
    cutpoints = pm.Normal(
        "cutpoints",
        mu=[-2.0, 0.0, 2.0],
        sigma=1,
        transform=pm.distributions.transforms.ordered,
        dims="cut",
    )
    pm.OrderedProbit(
        "grades",
        eta=effect * dose,
        cutpoints=cutpoints,
        sigma=1.5,
        compute_p=False,
        observed=grades,
        dims="patient",
    )
