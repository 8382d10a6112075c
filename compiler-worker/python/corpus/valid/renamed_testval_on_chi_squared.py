# expect: ok
# PyMC3's testval= is initval= now; ChiSquared passes it on to Gamma, which drops it without a word. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

variances = np.array([0.8, 1.3, 0.6, 1.1, 0.9, 1.6])
with pm.Model() as model:
    dof = pm.Exponential("dof", 0.2)
    scale = pm.ChiSquared("scale", nu=4, testval=4.0)
    pm.Gamma("variances", alpha=dof / 2, beta=dof / (2 * scale), observed=variances)
