# expect: stage=find_model line=none type=NoModelFound
# The answer computed with a grid by hand: no PyMC model at all.
import numpy as np
import pymc as pm

grid = np.linspace(0, 1, 101)
prior = np.ones_like(grid)
likelihood = grid**140 * (1 - grid) ** 110
posterior = prior * likelihood
posterior /= posterior.sum()
print("posterior mean:", (grid * posterior).sum())
