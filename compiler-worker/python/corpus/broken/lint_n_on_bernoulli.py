# expect: stage=lint line=7 type=UnexpectedKeyword
# Bernoulli has no n=; that would be a Binomial.
import pymc as pm

with pm.Model() as model:
    p = pm.Uniform("p", 0, 1)
    pm.Bernoulli("success", n=10, p=p, observed=[1, 0, 1])
