"""The hint for a NameError, on the shapes of two real programs of the quality benchmark (prompts v4)."""

from __future__ import annotations

# german-tank, iteration 2: the model kept, the data it used dropped.
DATA_DROPPED = """
import pymc as pm

with pm.Model() as model:
    N = pm.Uniform('N', lower=1, upper=1000)
    p = pm.Bernoulli('p', p=N / observed.size, observed=observed)
"""

# dice, iteration 3: each die's variable given as its own parameter.
OWN_PARAMETER = """
import pymc as pm

observed = [1, 3, 5]
with pm.Model() as model:
    die_6 = pm.Binomial("die_6", n=1, p=die_6, observed=observed[0])
"""

DEFINED_TOO_LATE = """
import numpy as np
import pymc as pm

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    pm.Normal("y", mu, 1, observed=heights)
heights = np.array([170.0, 180.0])
"""


def test_a_name_never_defined_is_said_so(check):
    error = check(DATA_DROPPED)["error"]
    assert (error["type"], error["line"]) == ("NameError", 5), error
    assert error["hint"].startswith("`observed` is used at line 5 but the program never defines it"), error


def test_a_variable_in_its_own_definition_is_said_so(check):
    error = check(OWN_PARAMETER)["error"]
    assert error["hint"].startswith("`die_6` is used in its own definition at line 5"), error


def test_a_name_defined_after_its_use_is_pointed_at(check):
    error = check(DEFINED_TOO_LATE)["error"]
    assert error["hint"] == "`heights` is only defined at line 7, after its use at line 6: define it above its first use.", error


def test_a_misspelt_name_gets_the_close_one(check):
    error = check("""
        import numpy as np
        import pymc as pm

        heights = np.array([170.0, 180.0])
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 10)
            pm.Normal("y", mu, 1, observed=height)
        """)["error"]
    assert error["hint"].endswith("Did you mean `heights`?"), error
