# expect: stage=run line=7 type=TypeError
# Binomial needs the number of trials n.
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", p=p, observed=140)
