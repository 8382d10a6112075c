"""Keyword checks for PyMC's distribution-like callables that are not Distribution subclasses
(wrapper classes, metaclasses, CustomDist): found by following their **kwargs."""

from __future__ import annotations

import textwrap

import pymc as pm
import pytensor
import pytest

from modelcraft_check.hints import grounded_hint
from modelcraft_check.lint import lint_program
from modelcraft_check.parse import parse_source
from modelcraft_check.wrapper_keywords import call_keywords


def lint(program: str):
    source = parse_source(textwrap.dedent(program).lstrip("\n")).source
    assert source is not None
    return lint_program(source)


# Wrappers called with keywords PyMC really uses, generic ones (dims, initval, ...) included.
VALID_WRAPPER_CALLS = """
import numpy as np
import pymc as pm

def centred(mu, size):
    return pm.Normal.dist(mu, 1, size=size)

with pm.Model(coords={"t": range(10), "s": range(3)}) as model:
    w = pm.GaussianRandomWalk("w", mu=0.0, sigma=1.0, init_dist=pm.Normal.dist(0, 1), steps=9,
                              dims="t", initval=np.zeros(10), rng=None, transform=None)
    v = pm.GaussianRandomWalk.dist(0.0, 1.0, init_dist=pm.Normal.dist(), shape=(10,))
    m = pm.MvGaussianRandomWalk("m", mu=np.zeros(2), chol=np.eye(2), lower=True, steps=4,
                                init_dist=pm.MvNormal.dist(np.zeros(2), np.eye(2)))
    z = pm.ZeroInflatedPoisson(name="z", psi=0.5, mu=2.0, observed=[0, 1], total_size=10)
    zn = pm.ZeroInflatedNegativeBinomial("zn", psi=0.5, mu=2.0, alpha=1.0, dims="s", size=3)
    h = pm.HurdleGamma("h", psi=0.5, mu=1.0, sigma=1.0, max_n_steps=100, default_transform=None)
    n = pm.NormalMixture("n", w=[0.5, 0.5], mu=[0.0, 1.0], tau=[1.0, 1.0], shape=())
    chol, corr, sds = pm.LKJCholeskyCov("c", eta=2.0, n=2, sd_dist=pm.Exponential.dist(1.0, shape=2),
                                        compute_corr=True, store_in_trace=False)
    o = pm.OrderedProbit("o", eta=0.0, cutpoints=[-1.0, 1.0], sigma=2.0, compute_p=False)
    q = pm.OrderedMultinomial("q", eta=0.0, cutpoints=[-1.0, 1.0], n=5, compute_p=False)
    x = pm.ChiSquared("x", nu=3, initval=2.0)
    y = pm.LogitNormal("y", mu=0.0, tau=1.0)
    c = pm.CustomDist("cd", 0.0, dist=centred, class_name="Centred", signature="()->()")
    d = pm.CustomDist.dist(0.0, logp=lambda v, mu: -v, random=None, signature="()->()", dtype="float64",
                           name="d", rng=None)
"""


@pytest.mark.parametrize(
    ("call", "message", "hint_start"),
    [
        (
            'pm.GaussianRandomWalk("w", sd=1.0, init_dist=pm.Normal.dist(0, 1), steps=9)',
            "GaussianRandomWalk does not accept the keyword argument 'sd'; "
            "its parameters are mu, sigma, init_dist, steps",
            "did you mean sigma=? pm.GaussianRandomWalk(name, mu=0.0, sigma=1.0, *, init_dist=None, "
            "steps=None, **kwargs): mu = innovation drift",
        ),
        (
            'pm.ZeroInflatedPoisson("z", psi=0.5, mu=2.0, theta=2.0)',
            "ZeroInflatedPoisson does not accept the keyword argument 'theta'; its parameters are psi, mu",
            "pm.ZeroInflatedPoisson(name, psi, mu, **kwargs): psi = expected proportion of Poisson draws",
        ),
        (
            "pm.HurdlePoisson.dist(0.5, 2.0, lam=2.0)",
            "HurdlePoisson.dist() does not accept the keyword argument 'lam'; its parameters are psi, mu",
            "pm.HurdlePoisson.dist(psi, mu, **kwargs)",
        ),
        (
            'pm.NormalMixture("m", w=[0.5, 0.5], mu=[0.0, 1.0], sd=[1.0, 1.0])',
            "NormalMixture does not accept the keyword argument 'sd'; its parameters are w, mu, sigma, tau",
            "did you mean sigma=? pm.NormalMixture(name, w, mu, sigma=None, tau=None, **kwargs)",
        ),
        (
            "pm.LKJCholeskyCov.dist(eta=2.0, n=2, sd_dist=pm.Exponential.dist(1.0, shape=2), store_in_trace=False)",
            "LKJCholeskyCov.dist() does not accept the keyword argument 'store_in_trace'; "
            "its parameters are eta, n, sd_dist, compute_corr",
            "pm.LKJCholeskyCov.dist(eta, n, sd_dist, *, compute_corr=True, **kwargs)",
        ),
        (
            'pm.CustomDist("c", 0.0, logp=lambda v, mu: -v, moment=lambda rv, size, mu: mu)',
            "CustomDist does not accept the keyword argument 'moment'; its parameters are dist, random, logp",
            "did you mean support_point=? pm.CustomDist(name, *dist_params, dist=None, random=None",
        ),
    ],
)
def test_a_wrong_keyword_is_reported_with_the_valid_names(call, message, hint_start):
    result = lint(f"import pymc as pm\nwith pm.Model():\n    x = {call}\n")
    error = result.error
    assert error is not None, result.warnings
    assert (error.type, error.line) == ("UnexpectedKeyword", 3)
    assert error.message.startswith(message)
    assert error.hint.startswith(hint_start)


def test_every_keyword_pymc_uses_is_accepted(check):
    result = lint(VALID_WRAPPER_CALLS)
    assert result.error is None
    assert result.warnings == ()
    verdict = check(VALID_WRAPPER_CALLS)  # and PyMC itself takes the program as it is
    assert verdict["ok"] is True, verdict["error"]


def _negative(value, mu):
    return -value


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "keyword"),
    [
        ("ChiSquared", (), {"nu": 3}, "testval"),
        ("OrderedProbit", (), {"eta": 0.0, "cutpoints": [-1.0, 1.0]}, "sd"),
        ("CustomDist", (0.0,), {"logp": _negative}, "moment"),
    ],
)
def test_the_silently_dropped_keywords_really_change_nothing(name, args, kwargs, keyword):
    def built(**extra):
        with pm.Model():
            variable = getattr(pm, name)("x", *args, **kwargs, **extra)
        return pytensor.printing.debugprint(variable, file="str", print_type=True)

    assert keyword not in call_keywords(getattr(pm, name), True).accepted
    assert built(**{keyword: 2.0}) == built()


class _Wrapper:
    def __new__(cls, name, loc, **kwargs):
        return pm.Normal(name, loc, **kwargs)


class _Opaque:
    def __new__(cls, name, loc, **kwargs):
        return pm.Normal(name, loc, **dict(kwargs))


def test_keywords_are_followed_only_as_far_as_they_can_be_read():
    wrapped = call_keywords(_Wrapper, True)
    assert {"loc", "sigma", "tau", "dims", "observed"} <= wrapped.accepted
    assert "mu" not in wrapped.accepted  # filled positionally by the wrapper
    assert call_keywords(_Opaque, True) is None  # **dict(kwargs): cannot tell, so no check
    for name in ("Deterministic", "Potential", "Data", "WishartBartlett", "Model"):
        assert call_keywords(getattr(pm, name), True) is None


def test_grounded_hints_for_wrappers():
    assert grounded_hint("GaussianRandomWalk").startswith(
        "pm.GaussianRandomWalk(name, mu=0.0, sigma=1.0, *, init_dist=None, steps=None, **kwargs): "
    )
    assert "steps = number of steps" in grounded_hint("GaussianRandomWalk")
    assert grounded_hint("HurdlePoisson", dist_form=True).startswith("pm.HurdlePoisson.dist(psi, mu, **kwargs): psi = ")


def test_pymcs_own_type_error_gets_the_lints_diagnosis(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model():
            pm.ZeroInflatedPoisson("z", psi=0.5, theta=2.0, observed=[0, 3, 1])
        """
    )
    assert (verdict["stage"], verdict["error"]["type"], verdict["error"]["line"]) == ("run", "TypeError", 3)
    assert verdict["error"]["hint"].startswith(
        "ZeroInflatedPoisson does not accept the keyword argument 'theta'; its parameters are psi, mu."
    )
