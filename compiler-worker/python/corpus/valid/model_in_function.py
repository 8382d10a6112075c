# expect: ok
# The model is built by a function and sampled by main().
import numpy as np
import pymc as pm


def make_data(seed=0):
    rng = np.random.default_rng(seed)
    return rng.gamma(shape=2.0, scale=1.5, size=90)


def build_model(waiting_times):
    with pm.Model() as model:
        shape = pm.HalfNormal("shape", 5)
        rate = pm.HalfNormal("rate", 5)
        pm.Gamma("waiting", alpha=shape, beta=rate, observed=waiting_times)
    return model


def main():
    model = build_model(make_data())
    with model:
        idata = pm.sample(random_seed=0)
    print("mean waiting time:", (idata.posterior["shape"] / idata.posterior["rate"]).mean().item())


if __name__ == "__main__":
    main()
