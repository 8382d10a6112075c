# expect: stage=run line=12 type=ValueError
# prompts v12, dice, attempts 1 and 4: the chosen die's probability of a face, one number, given as a Multinomial's p.
import numpy as np
import pymc as pm

rolls = [1, 3, 5]

with pm.Model() as model:
    die = pm.Categorical("die", p=np.ones(3) / 3)
    # the probability of each face of the chosen die
    p = pm.math.stack([1 / 6, 1 / 8, 1 / 12])[die]
    obs = pm.Multinomial("obs", n=3, p=p, observed=rolls)
