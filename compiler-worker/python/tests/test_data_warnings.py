"""Warnings about observed data: imputed missing values, data shaped unlike the variable."""

from __future__ import annotations

import pytest
from valid_programs import VALID_PROGRAMS

from modelcraft_check import data_warnings

DATA_CODES = {"missing_observations", "suspicious_broadcast"}


def of_code(verdict, code):
    return [warning for warning in verdict["warnings"] if warning["code"] == code]


def test_nan_in_observed_data_is_one_clear_warning(check):
    verdict = check(
        """
        import numpy as np
        import pymc as pm

        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            pm.Normal("y", mu, 1, observed=np.array([1.0, np.nan, 2.0, np.nan]))
        """
    )
    assert verdict["ok"] is True
    [warning] = of_code(verdict, "missing_observations")
    assert warning["line"] == 6
    assert '"y" has 2 of 4 observed entries missing' in warning["message"]
    assert "parameters to sample" in warning["message"]
    assert '"y_unobserved"' in warning["message"]
    # PyMC's own ImputationWarning is replaced, not repeated.
    assert not [w for w in verdict["warnings"] if "ImputationWarning" in w["message"]]
    assert of_code(verdict, "suspicious_broadcast") == []


def test_masked_entries_are_counted_per_observed_variable(check):
    verdict = check(
        """
        import numpy as np
        import pymc as pm

        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            pm.Normal("a", mu, 1, observed=np.ma.masked_array([1.0, 5.0, 2.0], mask=[0, 1, 0]))
            pm.Normal("b", mu, 1, observed=[np.nan, np.nan, 3.0])
        """
    )
    assert verdict["ok"] is True
    missing = of_code(verdict, "missing_observations")
    assert [(w["line"], w["message"].split(":")[0]) for w in missing] == [
        (6, '"a" has 1 of 3 observed entries missing (NaN or masked)'),
        (7, '"b" has 2 of 3 observed entries missing (NaN or masked)'),
    ]
    assert not [w for w in verdict["warnings"] if "ImputationWarning" in w["message"]]


@pytest.mark.parametrize(
    ("model_lines", "data_shape", "variable_shape", "parameter"),
    [
        # An explicit shape longer than the data: the one value is reused for every draw.
        ('mu = pm.Normal("mu", 0, 1)\n    pm.Normal("y", mu, 1, shape=5, observed=[0.5])',
         "(1,)", "(5,)", "mu ()"),
        # A row of data against a square variable.
        ('mu = pm.Normal("mu", 0, 1, shape=(5, 1))\n'
         '    pm.Normal("y", mu, 1, shape=(5, 5), observed=np.ones((1, 5)))',
         "(1, 5)", "(5, 5)", "mu (5, 1)"),
    ],
)
def test_data_broadcast_against_the_variable_is_flagged(
    check, model_lines, data_shape, variable_shape, parameter
):
    verdict = check(
        "import numpy as np\nimport pymc as pm\n\n"
        'with pm.Model(coords={"i": range(5), "one": ["x"], "four": range(4)}) as model:\n'
        f"    {model_lines}\n"
    )
    assert verdict["ok"] is True
    [warning] = of_code(verdict, "suspicious_broadcast")
    assert warning["line"] == 6
    message = warning["message"]
    assert f'observed data of "y" have shape {data_shape}' in message
    assert f"the variable has shape {variable_shape}" in message
    assert parameter in message
    assert of_code(verdict, "missing_observations") == []


@pytest.mark.parametrize(
    ("model_lines", "coordinates", "data_length"),
    [
        ('mu = pm.Normal("mu", 0, 1, dims="i")\n    pm.Normal("y", mu, 1, dims="i", observed=[0.5])', 5, 1),
        ('mu = pm.Normal("mu", 0, 1)\n    pm.Normal("y", mu, 1, dims="one", observed=np.ones(5))', 1, 5),
        ('mu = pm.Normal("mu", 0, 1)\n    pm.Normal("y", mu, 1, dims="four", observed=np.ones(5))', 4, 5),
    ],
)
def test_data_of_another_length_than_its_dims_fails_at_evaluate(check, model_lines, coordinates, data_length):
    verdict = check(
        "import numpy as np\nimport pymc as pm\n\n"
        'with pm.Model(coords={"i": range(5), "one": ["x"], "four": range(4)}) as model:\n'
        f"    {model_lines}\n"
    )
    assert verdict["stage"] == "evaluate"
    assert verdict["error"]["type"] == "CoordinateMismatch"
    assert verdict["error"]["line"] == 6
    assert f"has {coordinates} coordinate values but the variable has length {data_length}" in verdict["error"]["message"]


ORDINARY_MODELS = """
import numpy as np
import pymc as pm

rng = np.random.default_rng(1)
n = 6
x = np.linspace(0.0, 1.0, n)
X = rng.normal(size=(n, 3))
group = np.array([0, 1, 2, 0, 1, 2])
y = 1.0 + 2.0 * x
Y = rng.normal(size=(n, 3))
square = rng.normal(size=(4, 4))
coords = {"obs": range(n), "group": ["a", "b", "c"], "col": ["u", "v", "w"]}

with pm.Model(coords=coords) as model:
    xd = pm.Data("xd", x, dims="obs")
    a = pm.Normal("a", 0, 1, dims="group")
    b = pm.Normal("b", 0, 1)
    beta = pm.Normal("beta", 0, 1, shape=3)
    sigma = pm.HalfNormal("sigma", 1)
    sigmas = pm.HalfNormal("sigmas", 1, shape=n)
    pm.Normal("scalar_params", b, sigma, observed=y)
    pm.Normal("same_shape", a[group] + b * xd, sigmas, observed=y, dims="obs")
    pm.Normal("regression", X @ beta, sigma, observed=y)
    pm.Normal("per_column", beta, sigma, observed=Y, dims=("obs", "col"))
    row = pm.Normal("row", 0, 1, shape=(4, 1))
    pm.Normal("per_row", row, 1, observed=square)
    pm.MvNormal("mv", mu=beta, cov=np.eye(3), observed=Y)
    pm.Bernoulli("flips", logit_p=a[group], observed=(y > 2).astype(int))
    pm.Binomial("counts", n=np.array([5, 6, 7]), p=pm.math.sigmoid(a), observed=[1, 2, 3])
    pm.Poisson("one", mu=pm.math.exp(b), observed=3)
    pm.Normal("minibatch", b, 1, observed=pm.Minibatch(y, batch_size=2), total_size=n)
"""


def test_ordinary_models_get_no_data_warning(check):
    verdict = check(ORDINARY_MODELS)
    assert verdict["ok"] is True, verdict["error"]
    assert not DATA_CODES & {warning["code"] for warning in verdict["warnings"]}


@pytest.mark.parametrize("name", sorted(VALID_PROGRAMS))
def test_valid_programs_get_no_data_warning(check, name):
    verdict = check(VALID_PROGRAMS[name])
    assert verdict["ok"] is True
    assert not DATA_CODES & {warning["code"] for warning in verdict["warnings"]}


def test_a_failure_inside_the_data_warnings_does_not_fail_the_check(check, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(data_warnings, "evaluated_shapes", broken)
    verdict = check(
        """
        import numpy as np
        import pymc as pm

        with pm.Model() as model:
            pm.Normal("y", 0, 1, observed=[1.0, np.nan])
        """
    )
    assert verdict["ok"] is True
    assert not DATA_CODES & {warning["code"] for warning in verdict["warnings"]}
    # With no clearer warning to replace it, PyMC's own ImputationWarning stays.
    assert [w for w in of_code(verdict, "runtime_warning") if "ImputationWarning" in w["message"]]
