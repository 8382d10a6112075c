"""Small pieces on their own."""

from __future__ import annotations

import json
import math

import numpy as np

from modelcraft_check.errors import definition_line
from modelcraft_check.parse import parse_source
from modelcraft_check.run import BoundedText
from modelcraft_check.verdict import CheckError, Verdict, json_scalar


def test_definition_line_finds_the_naming_call():
    source = parse_source(
        'import pymc as pm\n'
        'with pm.Model():\n'
        '    a = pm.Normal(\n'
        '        "a", 0, 1)\n'
        '    b = pm.Deterministic(name="b", var=a)\n'
        'label = "a"\n'
    ).source
    assert definition_line(source, "a") == 3
    assert definition_line(source, "b") == 5
    assert definition_line(source, "inner::a") == 3
    assert definition_line(source, "missing") is None


def test_bounded_text_keeps_a_prefix():
    sink = BoundedText(5)
    assert sink.write("abc") == 3
    assert sink.write("defgh") == 5
    assert sink.getvalue() == "abcde"
    assert sink.dropped == 3


def test_json_scalar_handles_numpy_and_odd_values():
    assert json_scalar(np.int64(3)) == 3 and isinstance(json_scalar(np.int64(3)), int)
    assert json_scalar(np.float32(0.5)) == 0.5
    assert json_scalar(np.str_("x")) == "x"
    assert json_scalar(np.bool_(True)) is True
    assert json_scalar(math.nan) == "nan"
    assert json_scalar(np.datetime64("2024-01-02")) == "2024-01-02"
    assert json_scalar(None) is None


def test_verdict_json_is_one_strict_line():
    verdict = Verdict(
        ok=False,
        stage="run",
        error=CheckError(type="ValueError", message="two\nlines " + "x" * 20_000, line=1),
        warnings=(),
        summary=None,
        versions={"python": "3.12.1"},
        duration_ms=5,
    )
    line = verdict.to_json()
    assert "\n" not in line
    data = json.loads(line)
    assert data["error"]["message"].startswith("two\nlines")
    assert len(data["error"]["message"]) < 9_000


def test_coords_become_plain_lists(check):
    verdict = check(
        """
        import numpy as np
        import pandas as pd
        import pymc as pm

        coords = {"year": np.arange(2020, 2023), "day": pd.date_range("2024-01-01", periods=2)}
        with pm.Model(coords=coords) as model:
            x = pm.Data("x", np.ones((3, 2)), dims=("year", "day"))
            beta = pm.Normal("beta", 0, 1, dims="year")
            pm.Normal("y", beta[:, None] * x, 1, observed=np.zeros((3, 2)), dims=("year", "day"))
        """
    )
    assert verdict["ok"] is True, verdict["error"]
    coords = verdict["summary"]["coords"]
    assert coords["year"] == [2020, 2021, 2022]
    assert len(coords["day"]) == 2 and all(isinstance(d, str) for d in coords["day"])
    variables = {v["name"]: v for v in verdict["summary"]["variables"]}
    assert "x" not in variables  # data containers are not model variables
    assert variables["beta"]["shape"] == [3]
    assert variables["y"]["shape"] == [3, 2]
    assert variables["y"]["dims"] == ["year", "day"]


def test_environment_defaults_never_override_the_caller():
    from modelcraft_check.environment import apply_defaults

    env = {"TMPDIR": "/tmp/check-1", "PYTENSOR_FLAGS": "mode=FAST_COMPILE,compiledir=/x"}
    apply_defaults(env)
    assert env["PYTENSOR_FLAGS"] == "mode=FAST_COMPILE,compiledir=/x"
    assert env["MPLBACKEND"] == "Agg"
    assert env["HOME"] == "/tmp/check-1"

    bare = {"TMPDIR": "/tmp/check-2"}
    apply_defaults(bare)
    assert bare["PYTENSOR_FLAGS"].startswith("mode=FAST_COMPILE,")
    assert "compiledir=/tmp/check-2/pytensor_compiledir" in bare["PYTENSOR_FLAGS"]
