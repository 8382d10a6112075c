# expect: stage=parse line=5 type=SyntaxError
# The with statement lacks its colon.
import pymc as pm

with pm.Model() as model
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", n=250, p=p, observed=140)
