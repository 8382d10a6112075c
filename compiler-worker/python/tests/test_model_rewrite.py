"""The check moves statements that build model parts outside the model into it, on programs Qwen2.5-Coder-1.5B
wrote in the quality benchmark, and leaves alone what it cannot move safely."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from modelcraft_check import check_source
from modelcraft_check.model_rewrite import move_into_model

BIRTHDAYS = ("In a lecture hall, 2 students say their birthday is May 11, 1 says May 23 and none say August 1. "
             "Treating each birthday as equally likely among 365 days, estimate how many students are in the hall "
             "using PyMC.")

# prompts v4, birthday-crowd, attempt 4: pm.sample() under the block, not indented; told so, the model resent it.
SAMPLE_AFTER_THE_BLOCK = '''
import numpy as np
import pymc as pm
import arviz as az

# Data of the problem
N = 365
observed = [1, 2]

# Define the model
with pm.Model() as model:
    p = pm.Beta("p", alpha=1, beta=1)  # Prior for the probability of May 11
    count = pm.Binomial("count", n=N, p=p, observed=observed)  # Likelihood with observed data

# Sample the posterior distribution
idata = pm.sample(10000, tune=500)

# Print the summary of the posterior distribution
print(az.summary(idata))
'''

# prompts v6, lions-tigers-bears, attempt 1: no model block at all.
NO_BLOCK = '''
import numpy as np
import pymc as pm
import arviz as az

# observed data
lions = 3
tigers = 2
bears = 1

# prior for the proportions of lions, tigers, and bears
p = pm.Dirichlet("p", a=np.ones(3))

# likelihood: each animal equally likely to be seen
obs_lions = pm.Bernoulli("obs_lions", p[0], observed=lions)
obs_tigers = pm.Bernoulli("obs_tigers", p[1], observed=tigers)
obs_bears = pm.Bernoulli("obs_bears", p[2], observed=bears)

idata = pm.sample()

print(az.summary(idata))
'''

PRIOR_ABOVE_THE_BLOCK = '''
import pymc as pm

heads = 140
p = pm.Uniform("p", lower=0, upper=1)
with pm.Model() as model:
    y = pm.Binomial("y", n=250, p=p, observed=heads)
idata = pm.sample()
'''


def program(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def verdict(text: str, problem: str | None = None) -> dict[str, Any]:
    return json.loads(check_source(program(text), problem=problem).to_json())


def test_sampling_after_the_block_is_moved_into_it_and_the_program_passes() -> None:
    result = verdict(SAMPLE_AFTER_THE_BLOCK, BIRTHDAYS)
    assert result["ok"] and result["stage"] == "complete"
    rewrite = result["rewrite"]
    assert rewrite["changes"] == ["line 15 built model parts outside the `with pm.Model()` block opened at line 10: "
                                  "the check moved it into that block"]
    lines = rewrite["code"].splitlines()
    assert "    # Sample the posterior distribution" in lines
    assert "    idata = pm.sample(10000, tune=500)" in lines
    assert lines[-1] == "print(az.summary(idata))", "what only reads the result stays outside"


def test_a_program_without_a_block_gets_one_and_its_next_error_points_into_the_rewritten_program() -> None:
    result = verdict(NO_BLOCK)
    assert result["rewrite"]["changes"] == ["lines 11 to 18 built model parts with no model: the check put them "
                                            "under a new `with pm.Model() as model:` block"]
    code = result["rewrite"]["code"].splitlines()
    assert code[10] == "with pm.Model() as model:" and code[11] == '    p = pm.Dirichlet("p", a=np.ones(3))'
    assert result["stage"] == "evaluate" and result["error"]["type"] == "NonFiniteLogp"
    assert "obs_lions" in result["error"]["message"]


def test_a_prior_above_the_block_moves_the_block_up_to_it() -> None:
    rewrite = move_into_model(program(PRIOR_ABOVE_THE_BLOCK))
    assert rewrite is not None
    assert rewrite.code == ('import pymc as pm\n\nheads = 140\nwith pm.Model() as model:\n'
                            '    p = pm.Uniform("p", lower=0, upper=1)\n'
                            '    y = pm.Binomial("y", n=250, p=p, observed=heads)\n    idata = pm.sample()\n')
    assert verdict(PRIOR_ABOVE_THE_BLOCK)["ok"]


def test_a_model_split_over_two_blocks_is_left_to_the_hint() -> None:
    split = ("import pymc as pm\nwith pm.Model() as model:\n    mu = pm.Normal('mu', 0, 1)\n"
             "with pm.Model() as other:\n    pass\ny = pm.Normal('y', mu, 1, observed=[0.1])\n")
    assert move_into_model(split) is None
    result = verdict(split)
    assert result["stage"] == "run" and result["rewrite"] is None
    assert "split over several" in result["error"]["hint"]


def test_a_statement_with_a_multiline_string_is_not_indented() -> None:
    text = ('import pymc as pm\nwith pm.Model() as model:\n    mu = pm.Normal("mu", 0, 1)\n'
            'y = pm.Normal("y", mu, 1, observed=[0.1])\nnote = pm.Deterministic("d", mu) if """a\nb""" else None\n')
    assert move_into_model(text) is None


def test_a_program_that_passes_as_written_carries_no_rewrite() -> None:
    result = verdict(SAMPLE_AFTER_THE_BLOCK.replace("\nidata = pm.sample", "\nwith model:\n    idata = pm.sample"))
    assert result["ok"] and result["rewrite"] is None
