# expect: stage=parse line=6 type=SyntaxError
# A string literal that is never closed.
import pymc as pm

with pm.Model() as model:
    rate = pm.Gamma("rate, alpha=2, beta=1)
    pm.Poisson("calls", mu=rate, observed=[3, 5, 4])
