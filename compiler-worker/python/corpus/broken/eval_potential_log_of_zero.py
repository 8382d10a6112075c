# expect: stage=evaluate line=8 type=NonFiniteLogp
# log of a quantity that is exactly zero at the initial point.
import pymc as pm

with pm.Model() as model:
    a = pm.Normal("a", 0, 1)
    b = pm.Normal("b", 0, 1)
    pm.Potential("a_above_b", pm.math.log(a - b))
