# expect: ok
# Think Bayes: coal-mining disasters with a rate that switches at an unknown year.
import numpy as np
import pymc as pm

early_counts = [4, 5, 4, 1, 0, 4, 3, 4, 0, 6, 3, 3, 4, 0, 2, 6, 3, 3, 5, 4, 5, 3, 1, 4, 4, 1, 5, 5, 3, 4]
late_counts = [2, 5, 2, 2, 3, 4, 2, 1, 3, 2, 2, 1, 1, 1, 1, 3, 0, 0, 1, 0]
disasters = np.array(early_counts + late_counts)
years = np.arange(1851, 1851 + len(disasters))

with pm.Model(coords={"year": years}) as disaster_model:
    switchpoint = pm.DiscreteUniform("switchpoint", lower=years.min(), upper=years.max())
    early_rate = pm.Exponential("early_rate", 1.0)
    late_rate = pm.Exponential("late_rate", 1.0)
    rate = pm.math.switch(switchpoint >= years, early_rate, late_rate)
    pm.Poisson("disasters", rate, observed=disasters, dims="year")
    idata = pm.sample(2000, random_seed=1851)

switch_mode = np.bincount(idata.posterior["switchpoint"].values.ravel()).argmax()
print("most probable switch year:", switch_mode)
