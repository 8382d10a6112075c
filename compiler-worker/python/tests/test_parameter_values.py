"""A distribution's parameters under PyMC's names, and which values cannot be."""

from __future__ import annotations

import numpy as np
import pymc as pm

from modelcraft_check.parameter_values import Parameter, parameters, problems


def _named(distribution: str, **kwargs: object) -> dict[str, float]:
    rv = getattr(pm, distribution).dist(**kwargs)
    values = [np.asarray(p.eval()) for p in rv.owner.op.dist_params(rv.owner)]
    return {p.name: float(np.asarray(p.value).item()) for p in parameters(distribution, rv, values)}


def test_renamed_and_transformed_parameters_get_pymc_names():
    assert _named("Normal", mu=1.0, sigma=2.0) == {"mu": 1.0, "sigma": 2.0}
    assert _named("Exponential", lam=4.0) == {"lam": 4.0}
    assert _named("Poisson", mu=3.0) == {"mu": 3.0}
    assert _named("Binomial", n=5, p=0.25) == {"n": 5.0, "p": 0.25}


def test_parameters_without_a_certain_name_are_left_out():
    assert _named("Gamma", alpha=2.0, beta=1.0) == {}
    assert _named("HalfNormal", sigma=2.0) == {"sigma": 2.0}


def test_values_that_cannot_be():
    assert Parameter("p", np.array(1.4)).problem().text == "p must be a probability, in [0, 1]"
    assert Parameter("sigma", np.array([1.0, 0.0])).problem().text == "sigma must be positive"
    assert Parameter("mu", np.array(-1.0)).problem() is None
    assert Parameter("mu", np.array(-1.0), count_mean=True).problem().text == "mu must be positive"
    assert Parameter("lam", np.array(np.inf)).problem().text == "lam is not finite"
    assert Parameter("p", np.array([0.2, 0.5])).problem() is None


def test_bounds_in_the_wrong_order_are_a_problem_of_the_pair():
    known = [Parameter("lower", np.array(23.0)), Parameter("upper", np.array(19.0))]
    assert [p.text for p in problems(known)] == ["lower must be below upper"]
    assert problems([Parameter("lower", np.array(1.0)), Parameter("upper", np.array(19.0))]) == []
