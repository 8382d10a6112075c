"""Programs used by several tests (line numbers matter: keep them as they are)."""

GRIZZLY_WRONG = '''import pymc as pm

N_tagged_first = 23
n2 = 19
k_observed = 4

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=50, upper=500)
    k = pm.HyperGeometric("k", N=N, M=N_tagged_first, n=n2, observed=k_observed)
    idata = pm.sample(1000)
'''

GRIZZLY_FIXED = GRIZZLY_WRONG.replace("M=N_tagged_first", "k=N_tagged_first")

GRIZZLY_FIXED_USING_RESULTS = GRIZZLY_FIXED + '''
import arviz as az
print(az.summary(idata))
print("posterior mean of N:", idata.posterior["N"].mean())
'''

# No bad keyword, but the required k= is missing: the lint passes it, PyMC raises at run time.
GRIZZLY_MISSING_K = GRIZZLY_WRONG.replace("M=N_tagged_first, ", "")

# The message PyMC 6.4.0 raises when k= is missing (for GRIZZLY_WRONG's M= as well, when
# the program gets as far as running: PyMC drops the unknown M= and then misses k).
GRIZZLY_MESSAGE = "HyperGeometric.dist() missing 1 required positional argument: 'k'"
