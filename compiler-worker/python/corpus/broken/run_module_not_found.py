# expect: stage=run line=4 type=ModuleNotFoundError
# A made-up helper library.
import numpy as np
import bayes_helpers_magic as bh
import pymc as pm

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=bh.load("y"))
