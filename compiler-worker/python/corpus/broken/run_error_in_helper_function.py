# expect: stage=run line=8 type=KeyError
# A helper looks up a column that the data does not have.
import numpy as np
import pymc as pm


def column(table, name):
    return np.asarray(table[name], dtype=float)


table = {"temperature": [66, 70, 69, 68], "damage": [0, 1, 0, 0]}
with pm.Model() as model:
    a = pm.Normal("a", 0, 2)
    b = pm.Normal("b", 0, 1)
    temp = column(table, "temp")
    pm.Bernoulli("damage", logit_p=a + b * temp, observed=column(table, "damage"))
