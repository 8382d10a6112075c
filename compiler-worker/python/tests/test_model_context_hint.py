"""The hint for "No model on context stack", on programs Qwen2.5-Coder-1.5B wrote in the quality benchmark.

The check moves such statements into the model itself (test_model_rewrite.py); the hint is what the model is told
where it cannot, and it is read here from the program directly."""

from __future__ import annotations

import ast

from modelcraft_check.model_context import outside_model_hint

# deploy/bench/quality.py, prompts v2, euro-coin, iteration 1: pm.sample() after the model block.
SAMPLE_AFTER_THE_BLOCK = '''
import pymc as pm
import arviz as az

# Data
n = 250  # number of trials
h = 140  # number of heads

# Model
with pm.Model() as model:
    # Uniform prior on the probability of heads
    p = pm.Uniform('p', lower=0, upper=1)

    # Binomial likelihood
    likelihood = pm.Binomial('likelihood', n=n, p=p, observed=h)

# Sampling
idata = pm.sample(1000, tune=1000)

# Summary
az.summary(idata)
'''

# The same run, grizzly-bears, iteration 1: a prior and a likelihood above the model block.
PRIOR_ABOVE_THE_BLOCK = '''
import pymc as pm
import arviz as az

# Data
tagged_bears_first_session = 23
tagged_bears_second_session = 19
tagged_bears_second_session_new = 4

# Prior distribution for the total number of bears
total_bears_priors = pm.Uniform('total_bears', lower=50, upper=500)

# Likelihood of new tagged bears
likelihood_new_tagged = pm.Binomial('likelihood_new_tagged', n=total_bears_priors, p=0.2, observed=tagged_bears_second_session_new)

# Model
with pm.Model() as model:
    total_bears = pm.Deterministic('total_bears', total_bears_priors)
    idata = pm.sample(1000, tune=1000, return_inferencedata=True)
'''


def hint(program: str, failing_line: int | None) -> str:
    return outside_model_hint(ast.parse(program.lstrip("\n")), failing_line)


def test_sampling_after_the_block_points_at_the_sample_line():
    text = hint(SAMPLE_AFTER_THE_BLOCK, 17)
    assert text.startswith("line 17 runs outside the `with pm.Model()` block (opened at line 9)")
    assert "indented under that block" in text


def test_a_prior_above_the_block_names_its_lines():
    assert hint(PRIOR_ABOVE_THE_BLOCK, 10).startswith(
        "lines 10, 13 run outside the `with pm.Model()` block (opened at line 16)")


def test_no_model_block_at_all_says_so():
    assert hint("import pymc as pm\nx = pm.Normal('x', 0, 1)\n", 2).startswith(
        "there is no `with pm.Model() as model:` block: line 2 creates")


def test_a_model_split_over_two_blocks_is_named(check):
    program = (
        "import pymc as pm\n"
        "with pm.Model() as model:\n"
        "    mu = pm.Normal('mu', 0, 1)\n"
        "with pm.Model() as other:\n"
        "    pass\n"
        "y = pm.Normal('y', mu, 1, observed=[0.1])\n"
    )
    error = check(program)["error"]
    assert "line 6 runs outside" in error["hint"]
    assert "split over several `with pm.Model()` blocks" in error["hint"]


# The same run, goal-times, iteration 1: the sampling line indented by three spaces.
THREE_SPACE_INDENT = '''
import pymc as pm
import arviz as az

# Data
goal_times = [11, 12]  # minutes

# Model
with pm.Model() as model:
    # Gamma prior with mean 1.4 goals per 90 minutes
    alpha = pm.Gamma('alpha', 1.4, 1)
    beta = pm.Gamma('beta', 1.4, 1)

    # Rate parameter of Poisson process
    lambda_ = alpha / beta

    # Poisson likelihood
    goals = pm.Poisson('goals', lambda_, observed=goal_times)

    # Sampling
   idata = pm.sample(1000, tune=1000)

# Summary
az.summary(idata)
'''


def test_an_odd_indentation_says_which_indentations_the_block_uses(check):
    verdict = check(THREE_SPACE_INDENT)
    assert verdict["stage"] == "parse" and verdict["error"]["type"] == "IndentationError"
    assert verdict["error"]["line"] == 20
    assert verdict["error"]["hint"] == ("line 20 is indented by 3 spaces, but the lines above use 0, 4: "
                                        "indent it exactly like the other lines of its block.")
