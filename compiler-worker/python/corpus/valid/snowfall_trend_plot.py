# expect: ok
# Think Bayes: snowfall over ten winters, a linear trend, and a plot of the fit.
import arviz as az
import matplotlib.pyplot as plt
import numpy as np
import pymc as pm

snow = np.array([41.2, 38.5, 52.1, 45.0, 60.3, 49.8, 55.7, 62.4, 58.1, 66.0])
year = np.arange(len(snow))
centered = year - year.mean()

fig, ax = plt.subplots()
ax.plot(year, snow, "o", label="observed")
ax.set_xlabel("winter")
ax.set_ylabel("snowfall (inches)")

with pm.Model() as trend:
    intercept = pm.Normal("intercept", snow.mean(), 20)
    slope = pm.Normal("slope", 0, 5)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("snow", intercept + slope * centered, sigma, observed=snow)
    idata = pm.sample(random_seed=10)

post = idata.posterior
ax.plot(year, post["intercept"].mean().item() + post["slope"].mean().item() * centered, label="trend")
ax.legend()
fig.savefig("snowfall.png")
az.plot_dist(idata, var_names=["slope"])
plt.show()
print("Snowfall increases by about", round(post["slope"].mean().item(), 2), "inches per year.")
