import pymc as pm

plays = [10, 12, 9, 11]  # machines A, B, C, D
wins = [3, 6, 2, 7]

with pm.Model() as model:
    p = pm.Beta("p", alpha=1, beta=1, shape=4)
    pm.Binomial("wins", n=plays, p=p, observed=wins)
