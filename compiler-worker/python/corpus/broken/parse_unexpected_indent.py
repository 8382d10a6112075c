# expect: stage=parse line=7 type=IndentationError
# A stray indent in the middle of the model block.
import pymc as pm

with pm.Model() as model:
    lam = pm.Exponential("lam", 1.0)
        pm.Poisson("goals", mu=lam, observed=[4, 2, 3])
