"""The problem stage, on programs Qwen2.5-Coder-1.5B wrote in the quality benchmark that passed every other stage
and gave a wrong posterior, and on correct programs that must still pass."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from modelcraft_check import check_source

EURO_COIN = ("A Belgian one-euro coin was spun on its edge 250 times and landed heads 140 times. Using a uniform "
             "prior on the probability of heads, write a PyMC model for that probability and tell me whether the "
             "data suggest the coin is biased. Name the probability of heads `p`.")
TRAIN = ("A railroad numbers its locomotives 1 through N. You see a locomotive with the number 60. Assuming N is "
         "somewhere between 1 and 1000, all equally likely, write a PyMC model for N and give its posterior mean. "
         "Name the number of locomotives `N`.")
WORLD_CUP = ("In a football final France beat Croatia 4 to 2. Assume each team scores goals as a Poisson process with "
             "its own rate per game, and that a priori a team's goal rate follows a gamma distribution with mean 1.4 "
             "goals per game. Write a PyMC model for the two scoring rates and estimate the probability that France "
             "is the better team. Name France's rate `lam_france`.")
COOKIE = ("Bowl 1 holds 30 vanilla and 10 chocolate cookies; bowl 2 holds 20 of each. Someone picks a bowl at random "
          "and draws a vanilla cookie. Write a PyMC model for the probability that it came from bowl 1. Name the "
          "outcome `bowl1`, 1 if the cookie came from bowl 1 and 0 if from bowl 2.")
BIRTHDAYS = ("In a lecture hall, 2 students say their birthday is May 11, 1 says May 23 and none say August 1. "
             "Treating each birthday as equally likely among 365 days, estimate how many students are in the hall "
             "using PyMC.")


def verdict(program: str, problem: str | None) -> dict[str, Any]:
    return json.loads(check_source(textwrap.dedent(program).lstrip("\n"), problem=problem).to_json())


# prompts v5, euro-coin: 140 heads in a row, the 250 spins left out; the posterior mean of p came out 0.99.
HEADS_ONLY = '''
import numpy as np
import pymc as pm

with pm.Model() as model:
    p = pm.Uniform('p', lower=0, upper=1)
    observed = pm.Bernoulli('observed', p=p, observed=np.ones(140))
'''

EURO_COIN_RIGHT = '''
import pymc as pm

observed_heads = 140
observed_total = 250
with pm.Model() as model:
    p = pm.Uniform("p", lower=0, upper=1)
    observed = pm.Binomial("observed", n=observed_total, p=p, observed=observed_heads)
'''


def test_a_model_that_leaves_out_a_number_of_the_problem_fails_at_the_problem_stage() -> None:
    result = verdict(HEADS_ONLY, EURO_COIN)
    assert not result["ok"] and result["stage"] == "problem"
    assert result["error"]["type"] == "UnusedProblemNumbers"
    assert "250" in result["error"]["message"] and "140" not in result["error"]["message"]
    assert "observed=" in result["error"]["hint"]


def test_the_same_program_without_a_problem_passes_as_before() -> None:
    assert verdict(HEADS_ONLY, None)["ok"]


def test_a_model_that_uses_what_the_problem_states_passes() -> None:
    result = verdict(EURO_COIN_RIGHT, EURO_COIN)
    assert result["ok"], result["error"]
    assert result["stage"] == "complete"


# prompts v5, train-problem: the locomotive that was seen never enters the model.
TRAIN_WITHOUT_SIGHTING = '''
import numpy as np
import pymc as pm

with pm.Model() as model:
    N = pm.Uniform('N', lower=1, upper=1000)
    observed = pm.Bernoulli('observed', p=N / 1000, observed=np.array([1]))
'''


def test_the_train_problem_without_the_number_seen_fails() -> None:
    result = verdict(TRAIN_WITHOUT_SIGHTING, TRAIN)
    assert result["error"]["type"] == "UnusedProblemNumbers"
    assert "60" in result["error"]["message"]


# prompts v4-hints, world-cup: the goals written down, the likelihoods without observed=.
GOALS_NOT_OBSERVED = '''
import pymc as pm

goals = {"france": 4, "croatia": 2}
with pm.Model() as model:
    lam_france_p = pm.Gamma('lam_france_p', alpha=1.4, beta=1)
    lam_croatia_p = pm.Gamma('lam_croatia_p', alpha=1.4, beta=1)
    France_goals = pm.Poisson('France_goals', mu=lam_france_p)
    Croatia_goals = pm.Poisson('Croatia_goals', mu=lam_croatia_p)
'''

# prompts v4, world-cup: the rate bound to the Python name asked for, PyMC knowing it by another.
RATE_NAMED_OTHERWISE = '''
import pymc as pm

with pm.Model() as model:
    lam_france = pm.Gamma('france_rate', alpha=1.4, beta=1)
    lam_croatia = pm.Gamma('croatia_rate', alpha=1.4, beta=1)
    pm.Poisson('france_goals', mu=lam_france, observed=4)
    pm.Poisson('croatia_goals', mu=lam_croatia, observed=2)
'''


def test_a_model_that_conditions_on_nothing_fails_when_the_problem_is_known() -> None:
    result = verdict(GOALS_NOT_OBSERVED, WORLD_CUP)
    assert result["stage"] == "problem" and result["error"]["type"] == "NoLikelihood"
    assert "pm.Potential" in result["error"]["hint"]
    assert any(w["code"] == "no_observed_data" for w in verdict(GOALS_NOT_OBSERVED, None)["warnings"])


HEIGHTS = ("Adult male heights in a population are roughly normal with mean 178 cm and standard deviation 7.7 cm. We "
           "pick two men, A and B, and learn only that A is taller than B. Build a PyMC model for both heights that "
           "conditions on this fact and report the posterior mean height of A. Name A's height `A`.")

# The reference answer to the height problem (deploy/demo/reference/): an ordered transform conditions on A > B.
ORDERED_HEIGHTS = '''
import pymc as pm
from pymc.distributions.transforms import ordered

with pm.Model() as model:
    heights = pm.Normal("heights", mu=178, sigma=7.7, shape=2, transform=ordered, initval=[175.0, 181.0])
    A = pm.Deterministic("A", heights[1])
'''


def test_an_ordered_transform_is_a_condition_on_the_order() -> None:
    result = verdict(ORDERED_HEIGHTS, HEIGHTS)
    assert result["ok"] is True, result["error"]
    assert not any(w["code"] == "no_observed_data" for w in result["warnings"])
    unordered = verdict(ORDERED_HEIGHTS.replace("transform=ordered, ", ""), HEIGHTS)
    assert unordered["error"]["type"] == "NoLikelihood"


def test_a_variable_the_problem_names_must_exist_by_its_pymc_name() -> None:
    result = verdict(RATE_NAMED_OTHERWISE, WORLD_CUP)
    assert result["error"]["type"] == "MissingName"
    assert "`lam_france`" in result["error"]["message"] and "france_rate" in result["error"]["message"]
    assert result["error"]["line"] == 4
    assert 'write "lam_france" there' in result["error"]["hint"]
    renamed = RATE_NAMED_OTHERWISE.replace("'france_rate'", "'lam_france'")
    assert verdict(renamed, WORLD_CUP)["ok"]


# A correct cookie model: the cookies enter as the ratios 30/40 and 20/40; "bowl 2" only names a bowl.
COOKIE_BY_RATIOS = '''
import pymc as pm

with pm.Model() as model:
    bowl1 = pm.Bernoulli("bowl1", p=0.5)
    vanilla = pm.Bernoulli("vanilla", p=pm.math.switch(bowl1, 3 / 4, 0.5), observed=1)
'''


def test_numbers_used_as_ratios_and_numbers_that_label_things_count_as_used() -> None:
    result = verdict(COOKIE_BY_RATIOS, COOKIE)
    assert result["ok"], result["error"]
    wrong_ratio = COOKIE_BY_RATIOS.replace("3 / 4", "0.7")
    result = verdict(wrong_ratio, COOKIE)
    assert result["error"]["type"] == "UnusedProblemNumbers" and "30" in result["error"]["message"]


BANDITS = ("Four slot machines have unknown win rates. After playing, machine A won 3 of 10 plays, B 6 of 12, C 2 of 9 "
           "and D 7 of 11. Model each machine's win probability with a uniform prior in PyMC and tell me which machine "
           "I should play next.")

# prompts v4 with the problem stage, bandits: the wins observed, the plays replaced by the sum of the wins.
WINS_WITHOUT_PLAYS = '''
import numpy as np
import pymc as pm

data = np.array([3, 6, 2, 7])
with pm.Model() as model:
    p = pm.Dirichlet('p', a=[1, 1, 1, 1], shape=4)
    n = np.sum(data)
    p_observed = pm.Binomial('p_observed', n=n, p=p, observed=data)
'''


def test_whole_number_ratios_of_the_counts_do_not_count_as_using_them() -> None:
    result = verdict(WINS_WITHOUT_PLAYS, BANDITS)
    assert result["error"]["type"] == "UnusedProblemNumbers"
    assert all(n in result["error"]["message"] for n in ("10", "12", "9", "11")), result["error"]["message"]


BIRTHDAY_COUNTS = '''
import pymc as pm

with pm.Model() as model:
    students = pm.DiscreteUniform("students", lower=3, upper=2000)
    pm.Binomial("shared", n=students, p=1 / 365, observed=[2, 1, 0])
'''


def test_dates_name_days_rather_than_state_quantities() -> None:
    result = verdict(BIRTHDAY_COUNTS, BIRTHDAYS)
    assert result["ok"], result["error"]


def test_an_identifier_in_the_problem_states_no_numbers() -> None:
    tagged = EURO_COIN + " (request 5d7d7878-4694-4694-8a5e-517e48c6d422)"
    assert verdict(EURO_COIN_RIGHT, tagged)["ok"]
    assert verdict(EURO_COIN_RIGHT, tagged + " Use 3 chains.")["error"]["type"] == "UnusedProblemNumbers"


def test_a_number_written_in_a_comment_or_a_range_counts_as_used() -> None:
    commented = HEADS_ONLY.replace("with pm.Model()", "# 250 spins, of which 140 heads\nwith pm.Model()")
    assert verdict(commented, EURO_COIN)["ok"]
    years = "Counts from 1851 to 1900 were 4 5 4 1."
    spanned = '''
    import numpy as np
    import pymc as pm

    years = np.arange(1851, 1855)
    with pm.Model() as model:
        rate = pm.Exponential("rate", 1.0)
        pm.Poisson("counts", mu=rate, observed=[4, 5, 4, 1])
    '''
    result = verdict(spanned, years)
    assert result["error"]["type"] == "UnusedProblemNumbers" and "1900" in result["error"]["message"]
    assert verdict(spanned.replace("1855", "1901"), years)["ok"]


# prompts v8, cookie: the vanilla cookie observed with a fixed chance, so nothing seen depends on the bowl; the
# posterior mean of bowl1 came out 0.50 (the answer is 0.6).
BOWL_APART_FROM_COOKIE = '''
import pymc as pm

prob_vanilla_given_bowl1 = 30 / 40
with pm.Model() as model:
    bowl1 = pm.Bernoulli("bowl1", p=1 / 2)
    vanilla = pm.Bernoulli("vanilla", p=prob_vanilla_given_bowl1, observed=True)
'''


def test_a_named_variable_nothing_observed_depends_on_fails() -> None:
    result = verdict(BOWL_APART_FROM_COOKIE, COOKIE)
    assert result["stage"] == "problem" and result["error"]["type"] == "UninformedVariable"
    assert result["error"]["message"].startswith("`bowl1`, which the problem asks about, does not reach the data")
    assert "(yours: vanilla)" in result["error"]["message"] and result["error"]["line"] == 5
    assert "pm.math.switch(bowl1" in result["error"]["hint"]


# A named prediction is informed through the rate it is drawn from, though nothing observed depends on it.
GOALS_PREDICTED = '''
import pymc as pm

with pm.Model() as model:
    lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1.0)
    pm.Poisson("france_goals", mu=lam_france, observed=4)
    pm.Poisson("croatia_goals", mu=pm.Gamma("lam_croatia", alpha=1.4, beta=1.0), observed=2)
    next_game = pm.Poisson("next_game", mu=lam_france)
'''


def test_a_named_prediction_drawn_from_an_informed_variable_passes() -> None:
    problem = WORLD_CUP + " Call France's goals in a next game `next_game`."
    result = verdict(GOALS_PREDICTED, problem)
    assert result["ok"], result["error"]
    apart = GOALS_PREDICTED.replace('pm.Poisson("next_game", mu=lam_france)', 'pm.Poisson("next_game", mu=1.4)')
    assert verdict(apart, problem)["error"]["type"] == "UninformedVariable"
