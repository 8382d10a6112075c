# expect: stage=lint line=9 type=UnexpectedKeyword
# A typo in the keyword: lamda= for lam=.
import numpy as np
import pymc as pm

gaps = np.array([11, 12]) / 90
with pm.Model() as model:
    rate = pm.Gamma("rate", alpha=1.4, beta=1.0)
    pm.Exponential("gaps", lamda=rate, observed=gaps)
