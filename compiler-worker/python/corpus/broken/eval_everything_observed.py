# expect: stage=evaluate line=9 type=SamplingError
# prompts v8, grizzly-two-param: the population size and the sighting probability both given observed=, so the
# model has nothing to infer; pm.sample() refuses it.
import numpy as np
import pymc as pm

tagged, seen, seen_tagged = 23, 19, 4
with pm.Model() as model:
    pop_size = pm.Poisson("pop_size", mu=23, observed=tagged)
    prob_observed = pm.Beta("prob_observed", alpha=1, beta=1, observed=seen_tagged / seen)
    difference = pm.Deterministic("difference", pop_size - seen_tagged)
    idata = pm.sample()
