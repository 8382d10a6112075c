"""A model that is possible, but not where sampling starts, is started from a prior draw where it is; a model that
no draw makes possible keeps its error. Programs from the quality benchmark (Qwen2.5-Coder-1.5B)."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.start_values import StartValues, with_start_values

# prompts v8, height-comparison: model parts outside any block, and A = B = 178 at the initial point, where the
# observed "A taller than B" has probability 0.
TALLER_WITHOUT_A_BLOCK = '''
import numpy as np
import pymc as pm
import arviz as az

A = pm.Normal("A", mu=178, sigma=7.7)
B = pm.Normal("B", mu=178, sigma=7.7)
taller = pm.Deterministic("taller", A > B)
observed_taller = pm.Bernoulli("observed_taller", p=taller, observed=1)
idata = pm.sample()
'''

# prompts v8, bandits: win counts given to a Bernoulli, impossible under every win probability.
COUNTS_AS_BERNOULLI = '''
import numpy as np
import pymc as pm

with pm.Model() as model:
    p = pm.Uniform("p", lower=0, upper=1, shape=4)
    obs_A = pm.Bernoulli("obs_A", p[0], observed=3)
    obs_B = pm.Bernoulli("obs_B", p[1], observed=6)
    idata = pm.sample()
'''

# prompts v6, poisson-regression-counts: a Normal as a Poisson mean. Some draws make the data possible, but in others
# PyMC refuses the negative mean: the model is wrong where the sampler would go, and the hint says to use exp.
NORMAL_AS_POISSON_MEAN = '''
import numpy as np
import pymc as pm

with pm.Model() as model:
    calls_log = pm.Normal("calls_log", 0, 1, shape=3)
    calls = pm.Poisson("calls", mu=calls_log, observed=np.array([12, 15, 21]))
'''

SERIALS = '''
import numpy as np
import pymc as pm

serials = np.array([30, 60, 90])
with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=1, upper=120, initval=10)
    obs = pm.DiscreteUniform("obs", lower=1, upper=N, observed=serials)
    idata = pm.sample()
'''


def test_a_model_possible_elsewhere_starts_from_a_prior_draw_where_it_is() -> None:
    verdict = check_source(TALLER_WITHOUT_A_BLOCK)

    assert verdict.ok, verdict.error
    assert verdict.rewrite is not None
    changes = " ".join(verdict.rewrite.changes)
    assert "put them under a new `with pm.Model() as model:` block" in changes
    assert "observed_taller" in changes and "initval=" in changes
    a_line = next(line for line in verdict.rewrite.code.splitlines() if '"A"' in line)
    b_line = next(line for line in verdict.rewrite.code.splitlines() if '"B"' in line)
    a_start = float(a_line.split("initval=")[1].rstrip(")"))
    b_start = float(b_line.split("initval=")[1].rstrip(")"))
    assert a_start > b_start


def test_a_start_value_the_program_set_is_replaced() -> None:
    verdict = check_source(SERIALS)

    assert verdict.ok, verdict.error
    assert verdict.rewrite is not None
    line = next(line for line in verdict.rewrite.code.splitlines() if '"N"' in line)
    assert line.count("initval=") == 1
    assert int(line.split("initval=")[1].rstrip(")")) >= 90


def test_data_no_draw_makes_possible_keep_their_error() -> None:
    verdict = check_source(COUNTS_AS_BERNOULLI)

    assert not verdict.ok
    assert verdict.stage == "evaluate" and verdict.error is not None
    assert verdict.error.type == "NonFiniteLogp"
    assert verdict.rewrite is None


def test_parameters_pymc_refuses_in_some_draws_keep_the_error() -> None:
    verdict = check_source(NORMAL_AS_POISSON_MEAN)

    assert (verdict.stage, verdict.error.type if verdict.error else None) == ("evaluate", "NonFiniteLogp")
    assert verdict.rewrite is None
    assert "pm.math.exp" in (verdict.error.hint or "")


def test_start_values_go_before_the_closing_parenthesis_of_multiline_calls() -> None:
    program = textwrap.dedent('''
        import pymc as pm
        with pm.Model():
            rate = pm.Gamma(
                "rate",
                alpha=2,
                beta=1,
            )
            weights = pm.Dirichlet("weights", a=[1, 1])
    ''')
    start = StartValues({"rate": 1.5, "weights": [0.25, 0.75]}, ("obs",))

    rewrite = with_start_values(program, start)

    assert rewrite is not None
    assert "        beta=1, initval=1.5,\n    )" in rewrite.code
    assert 'pm.Dirichlet("weights", a=[1, 1], initval=[0.25, 0.75])' in rewrite.code
    assert "rate = 1.5 (line 4)" in rewrite.changes[0]
