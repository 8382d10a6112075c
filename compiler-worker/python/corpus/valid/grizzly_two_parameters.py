# expect: ok
# Think Bayes: bears with an unknown detection probability; multinomial capture histories.
import numpy as np
import pymc as pm

seen_first_only = 23 - 4
seen_second_only = 19 - 4
seen_both = 4
seen_any = seen_first_only + seen_second_only + seen_both  # 34 distinct bears

with pm.Model() as bears:
    N = pm.DiscreteUniform("N", lower=seen_any, upper=500)
    p = pm.Beta("p", alpha=1, beta=1)
    cell = pm.math.stack([p * (1 - p), (1 - p) * p, p * p])
    # bears seen at least once, conditioned on N: Binomial on the total...
    pm.Binomial("seen_any", n=N, p=1 - (1 - p) ** 2, observed=seen_any)
    # ...and how the seen bears split between the three histories
    pm.Multinomial(
        "histories",
        n=seen_any,
        p=cell / cell.sum(),
        observed=np.array([seen_first_only, seen_second_only, seen_both]),
    )
    idata = pm.sample(random_seed=5)

print("N:", idata.posterior["N"].mean().item(), "p:", idata.posterior["p"].mean().item())
