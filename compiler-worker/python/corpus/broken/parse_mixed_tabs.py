# expect: stage=parse line=7 type=TabError
# Indentation mixes a tab and spaces inconsistently.
import pymc as pm

with pm.Model() as model:
        mu = pm.Normal("mu", 0, 1)
	pm.Normal("y", mu, 1, observed=[0.5, 0.7])
