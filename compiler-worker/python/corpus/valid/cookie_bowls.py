# expect: ok
# Think Bayes: the cookie problem. A vanilla cookie; which bowl was it from?
import numpy as np
import pymc as pm

p_vanilla = np.array([30 / 40, 20 / 40])  # bowl 1, bowl 2

with pm.Model() as cookies:
    bowl = pm.Bernoulli("bowl", p=0.5)  # 0 = bowl 1, 1 = bowl 2
    pm.Bernoulli("vanilla", p=pm.math.switch(pm.math.eq(bowl, 0), p_vanilla[0], p_vanilla[1]), observed=1)
    idata = pm.sample(5000, random_seed=40)

print("P(bowl 1 | vanilla) =", 1 - idata.posterior["bowl"].mean().item())
