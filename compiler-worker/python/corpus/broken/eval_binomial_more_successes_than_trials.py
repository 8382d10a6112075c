# expect: stage=evaluate line=10 type=NonFiniteLogp
# The numbers of wins and plays were swapped for one machine.
import numpy as np
import pymc as pm

plays = np.array([10, 12, 9, 11])
wins = np.array([3, 6, 12, 7])
with pm.Model() as model:
    p = pm.Beta("p", 1, 1, shape=4)
    pm.Binomial("wins", n=plays, p=p, observed=wins)
