# expect: stage=run line=7 type=TypeError
# A call spread over several lines lacks the required k= (Python reports the first line of the call).
import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    pm.HyperGeometric(
        "recaptured",
        N=N,
        n=19,
        observed=4,
    )
