"""Lists of numbers copied wrong from the problem are told apart from faithful copies, reordered copies and lists the
problem does not give, and the check writes the problem's values in their place. Programs from the quality benchmark
(Qwen2.5-Coder-1.5B, prompts v10 and v11)."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.data_copies import miscopied_data_error, problem_lists, with_joined_lists, with_problem_lists
from modelcraft_check.parse import parse_source

ORING = ("Here are launch temperatures in degrees Fahrenheit and whether an O-ring was damaged (1) or not (0): 66:0, "
         "70:1, 69:0, 68:0, 67:0, 72:0, 73:0, 70:0, 57:1, 63:1, 70:1, 78:0, 67:0, 53:1, 67:0, 75:0, 70:0, 81:0, 76:0, "
         "79:0, 75:1, 76:0, 58:1. Fit a Bayesian logistic regression of damage on temperature in PyMC and predict the "
         "damage probability at 31 degrees.")
TEMPERATURES = "[66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58]"

MISCOPIED = "[0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1]"

# v10, oring: the final program passed every other stage with 5 of the 23 damage flags wrong.
ORING_MISCOPIED = f'''
import numpy as np
import pymc as pm

temp = np.array({TEMPERATURES})
damaged = np.array({MISCOPIED})

with pm.Model() as model:
    intercept = pm.Normal("intercept", mu=0, sigma=10)
    slope = pm.Normal("slope", mu=0, sigma=10)
    p = pm.math.invlogit(intercept + slope * temp)
    obs = pm.Bernoulli("obs", p=p, observed=damaged)
    p_at_31 = pm.Deterministic("p_at_31", pm.math.invlogit(intercept + slope * 31))
'''
DAMAGE = "[0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1]"

HOSPITALS = ("Twelve hospitals report deaths out of operations: 0/47, 18/148, 8/119, 46/810, 8/211, 13/196, 9/148, "
             "31/215, 14/207, 8/97, 29/256, 24/360. Fit a hierarchical model in PyMC.")


def source(text: str):
    parsed = parse_source(text, "<model>")
    assert parsed.source is not None
    return parsed.source


def test_a_list_copied_with_wrong_values_is_named_with_the_right_list() -> None:
    error = miscopied_data_error(ORING, source(ORING_MISCOPIED))

    assert error is not None and error.type == "MiscopiedData"
    assert error.line == 6
    assert "`damaged` (line 6) is a copy of the problem's data (the second of each pair, 23 values) that differs " \
           "in 5 places (value 6 is 1 where the problem has 0;" in error.message
    assert error.hint == f"Copy the problem's values in its order: {DAMAGE}"


def test_the_check_writes_the_problems_values_in_place_of_a_miscopied_list_and_says_so() -> None:
    verdict = check_source(ORING_MISCOPIED, problem=ORING)

    assert verdict.rewrite is not None
    assert f"damaged = np.array({DAMAGE})" in verdict.rewrite.code
    assert f"temp = np.array({TEMPERATURES})" in verdict.rewrite.code
    assert verdict.rewrite.changes[0].startswith(
        "`damaged` (line 6) copied the problem's data (the second of each pair) wrong, it differs in 5 places (")
    assert verdict.rewrite.changes[0].endswith("the check wrote the problem's 23 values in their order")
    assert verdict.error is None or verdict.error.type != "MiscopiedData"


# v11, hierarchical-hospitals, attempt 1: a 13th death count, so the shapes of deaths and operations differ.
HOSPITALS_ADDED = """
import numpy as np
import pymc as pm
import arviz as az

deaths = np.array([0, 18, 8, 46, 8, 13, 9, 31, 14, 8, 29, 24, 24])
operations = np.array([47, 148, 119, 810, 211, 196, 148, 215, 207, 97, 256, 360])

with pm.Model() as model:
    # the common distribution: its mean and how tightly hospitals gather around it
    mu = pm.Beta("mu", alpha=1, beta=1)
    kappa = pm.Gamma("kappa", alpha=2, beta=0.1)
    # one mortality rate per hospital, drawn from it
    rate = pm.Beta("rate", alpha=mu * kappa, beta=(1 - mu) * kappa, shape=len(deaths))
    obs = pm.Binomial("obs", n=operations, p=rate, observed=deaths)
    idata = pm.sample()

print(az.summary(idata))
"""


def test_a_program_that_failed_on_a_miscopied_list_passes_with_the_problems_list() -> None:
    assert check_source(HOSPITALS_ADDED).stage == "evaluate", "without the problem: the shapes differ"

    verdict = check_source(HOSPITALS_ADDED, problem=HOSPITALS)

    assert verdict.ok, verdict.error
    assert "deaths = np.array([0, 18, 8, 46, 8, 13, 9, 31, 14, 8, 29, 24])\n" in verdict.rewrite.code
    assert verdict.rewrite.changes == ("`deaths` (line 6) copied the problem's data (the first of each pair) wrong, it "
                                       "has 13 values: it adds 24: the check wrote the problem's 12 values in their order",)


def test_a_list_over_several_lines_is_replaced_whole_on_as_many_lines() -> None:
    program = "import numpy as np\ndeaths = np.array([0, 18, 8,\n    46, 8, 13, 9, 31,\n    14, 8, 29, 24, 24])  # deaths\nx = 1\n"

    rewrite = with_problem_lists(HOSPITALS, program)

    assert rewrite is not None
    assert rewrite.code == ("import numpy as np\ndeaths = np.array([0, 18, 8, 46, 8, 13, 9, 31, 14, 8, 29, 24\n\n])  # deaths\n"
                            "x = 1\n"), "x stays on line 5"
    assert with_problem_lists(HOSPITALS, rewrite.code) is None


def test_a_list_as_close_to_two_of_the_problems_lists_is_left_to_the_error() -> None:
    problem = "Flags A were 0 1 0 0 1 0 0 0 and flags B were 0 1 0 0 1 0 1 0."
    program = "b = [0, 1, 0, 0, 1, 0, 1, 1]\n"  # one slip from B, and 6 of 8 places like A: the closest is B

    error = miscopied_data_error(problem, source(program))
    assert error is not None and "value 8 is 1 where the problem has 0" in error.message
    assert with_problem_lists(problem, program).code == "b = [0, 1, 0, 0, 1, 0, 1, 0]\n"

    tied = "b = [0, 1, 0, 0, 1, 0, 1, 1, 1]\n"  # not a copy of either
    assert with_problem_lists(problem, tied) is None
    equally_close = "c = [0, 1, 0, 0, 1, 0, 0.5, 0]\n"  # one place off A, one place off B
    assert miscopied_data_error(problem, source(equally_close)) is not None
    assert with_problem_lists(problem, equally_close) is None


def test_floats_stay_floats_and_odd_line_breaks_in_comments_do_not_move_the_list() -> None:
    program = "# weights\u2028 of apples\nw = [152.0, 160.0, 148.0, 171.0, 155.0, 163.0, 158.0, 151.0]\n"
    problem = "Eight apples weighed 152, 160, 148, 171, 155, 163, 158 and 150 grams."

    rewrite = with_problem_lists(problem, program)

    assert rewrite is not None
    assert rewrite.code == "# weights\u2028 of apples\nw = [152.0, 160.0, 148.0, 171.0, 155.0, 163.0, 158.0, 150.0]\n"


def test_a_repair_that_gets_less_far_than_the_program_as_sent_gives_way_to_the_error() -> None:
    # The length of the miscopied list is written into the model as well: the repaired program fails to build,
    # so the verdict is the one on the program as sent, which names the miscopy.
    program = HOSPITALS_ADDED.replace("shape=len(deaths)", "shape=13").replace("n=operations", "n=np.append(operations, 100)")

    verdict = check_source(program, problem=HOSPITALS)

    assert (verdict.ok, verdict.stage) == (False, "problem")
    assert verdict.error.type == "MiscopiedData"
    assert verdict.rewrite is None


def test_the_same_program_with_the_list_copied_right_has_no_such_error() -> None:
    program = ORING_MISCOPIED.replace(MISCOPIED, DAMAGE)

    assert miscopied_data_error(ORING, source(program)) is None


def test_a_value_added_or_left_out_is_named() -> None:
    added = "deaths = [0, 18, 8, 46, 8, 13, 9, 31, 14, 8, 29, 24, 24]\n"
    left_out = "operations = (47, 148, 119, 810, 211, 196, 215, 207, 97, 256, 360)\n"

    assert "has 13 values: it adds 24" in miscopied_data_error(HOSPITALS, source(added)).message
    assert "has 11 values: it leaves out 148" in miscopied_data_error(HOSPITALS, source(left_out)).message


def test_reordered_lists_negative_numbers_and_lists_the_problem_does_not_give_pass() -> None:
    effects = "Estimated effects were 28, 8, -3, 7, -1, 1, 18, 12 points with standard errors 15, 10, 16, 11, 9, 11, 10, 18."
    programs = [
        "effects = [28, 8, -3, 7, -1, 1, 18, 12]\nse = [15, 10, 16, 11, 9, 11, 10, 18]\n",
        "effects = sorted([-3, -1, 1, 7, 8, 12, 18, 28])\n",
        "grid = [1, 2, 3, 4, 5, 6, 7, 8]\n",
    ]
    for program in programs:
        assert miscopied_data_error(effects, source(program)) is None, program
    assert [len(found.values) for found in problem_lists(effects)] == [8, 8]


def test_lists_end_at_the_end_of_the_sentence() -> None:
    lists = problem_lists("Counts were 4 5 4 1 0 and later 2 5 2 2 3. Weights: 4.9, 5.1, 5.3 and 4.7.")

    assert [found.values for found in lists] == [(4, 5, 4, 1, 0), (2, 5, 2, 2, 3), (4.9, 5.1, 5.3, 4.7)]


DISASTERS = ("Yearly counts of coal mining disasters from 1851 to 1880 were 4 5 4 1 0 4 3 4 0 6 3 3 4 0 2 6 3 3 5 4 5 3 "
             "1 4 4 1 5 5 3 4 and from 1881 to 1900 were 2 5 2 2 3 4 2 1 3 2 2 1 1 1 1 3 0 0 1 0. Model the counts as "
             "Poisson with a rate that switches at an unknown year, and estimate the switch year in PyMC.")
FIRST_PART = "[4, 5, 4, 1, 0, 4, 3, 4, 0, 6, 3, 3, 4, 0, 2, 6, 3, 3, 5, 4, 5, 3, 1, 4, 4, 1, 5, 5, 3, 4]"
SECOND_PART = "[2, 5, 2, 2, 3, 4, 2, 1, 3, 2, 2, 1, 1, 1, 1, 3, 0, 0, 1, 0]"

# prompts v12, changepoint-disasters, attempts 1 to 3: the first 30 counts for the 50 years.
FIRST_PART_ONLY = f'''
import numpy as np
import pymc as pm

disasters = np.array({FIRST_PART})
years = np.arange(1851, 1901)

with pm.Model() as model:
    switch_year = pm.DiscreteUniform("switch_year", lower=1851, upper=1890)
    early_rate = pm.Exponential("early_rate", lam=1 / disasters.mean())
    late_rate = pm.Exponential("late_rate", lam=1 / disasters.mean())
    rate = pm.math.switch(years < switch_year, early_rate, late_rate)
    obs = pm.Poisson("obs", mu=rate, observed=disasters)
'''


def test_data_given_in_parts_and_copied_in_part_is_joined_when_the_shapes_clash() -> None:
    verdict = check_source(FIRST_PART_ONLY, problem=DISASTERS)

    assert verdict.ok, verdict.error
    assert verdict.rewrite is not None
    assert f"disasters = np.array({FIRST_PART[:-1]}, {SECOND_PART[1:]})" in verdict.rewrite.code
    assert verdict.rewrite.changes == (
        "`disasters` (line 5) holds the first 30 values of data the problem gives in 2 lists, and the model needs all "
        "50: the check wrote the 2 lists joined, in their order",)


def test_without_the_problem_or_a_clash_naming_the_joined_length_the_shape_error_stays() -> None:
    without_problem = check_source(FIRST_PART_ONLY)
    other_length = check_source(FIRST_PART_ONLY.replace("np.arange(1851, 1901)", "np.arange(1851, 1891)"),
                                problem=DISASTERS)

    assert without_problem.stage == "evaluate" and "Incompatible" in without_problem.error.message
    assert other_length.stage == "evaluate" and "[(40,), (30,)]" in other_length.error.message
    assert other_length.rewrite is None


def test_parts_the_program_copies_separately_are_not_joined() -> None:
    both = FIRST_PART_ONLY.replace("years = np.arange(1851, 1901)",
                                   f"later = np.array({SECOND_PART})\nyears = np.arange(1851, 1901)")

    verdict = check_source(both, problem=DISASTERS)

    assert verdict.stage == "evaluate" and verdict.rewrite is None


def test_lists_of_two_quantities_are_not_joined_though_their_lengths_add_up() -> None:
    problem = "Four children measured: heights 150, 160, 170, 180 and weights 50, 60, 70, 80. Fit a regression."
    text = textwrap.dedent("""
        import numpy as np
        import pymc as pm

        heights = np.array([150, 160, 170, 180])
        child = np.arange(8)
        with pm.Model() as model:
            mu = pm.Normal("mu", 170, 10)
            obs = pm.Normal("obs", mu + 0 * child, 5, observed=heights)
    """)

    assert with_joined_lists(problem, text, {8, 4}) is None
    assert with_joined_lists(DISASTERS, FIRST_PART_ONLY, {50, 30}) is not None
