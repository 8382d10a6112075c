"""The static API lint: each kind of finding, where it points, and no false alarms."""

from __future__ import annotations

import textwrap

import pytest
from valid_programs import HIERARCHICAL, VALID_PROGRAMS, WRAPPERS

from modelcraft_check.lint import lint_program
from modelcraft_check.parse import parse_source


def lint(program: str):
    source = parse_source(textwrap.dedent(program).lstrip("\n")).source
    assert source is not None
    return lint_program(source)


def only_error(program: str):
    result = lint(program)
    assert result.error is not None, result.warnings
    return result.error


def test_outdated_imports_are_errors_pointing_at_the_import():
    result = lint(
        """
        import numpy as np
        import pymc3 as pm
        from theano import tensor as tt
        import aesara.tensor
        """
    )
    error = result.error
    assert error.type == "OutdatedImport"
    assert (error.line, error.column, error.source_line) == (2, 1, "import pymc3 as pm")
    assert error.traceback == ()
    assert "import pymc as pm" in error.hint
    later = [(w.code, w.line, w.message.split(":")[0]) for w in result.warnings]
    assert later == [("lint", 3, "OutdatedImport"), ("lint", 4, "OutdatedImport")]
    assert "pytensor" in only_error("from theano import tensor as tt\n").hint


@pytest.mark.parametrize(
    ("code", "replacement"),
    [
        ("pm.Bound(pm.Normal, lower=0.0)", "pm.Truncated"),
        ('pm.MutableData("x", [1.0])', "pm.Data"),
        ('pm.ConstantData("x", [1.0])', "pm.Data"),
        ("pm.sample_ppc(None)", "pm.sample_posterior_predictive"),
        ("pm.traceplot(None)", "az.plot_trace"),
        ("pm.plot_posterior(None)", "ArviZ"),
    ],
)
def test_removed_api_names_the_replacement(code, replacement):
    error = only_error(f"import pymc as pm\nwith pm.Model():\n    x = {code}\n")
    assert error.type == "RemovedApi"
    name = code.split("(")[0]
    assert error.message.startswith(f"{name} was removed from PyMC")
    assert (error.line, error.column) == (3, 9)
    assert replacement in error.hint
    if name == "pm.Bound":
        assert "pm.Censored" in error.hint


def test_removed_name_in_a_from_import():
    error = only_error("from pymc import Model, ConstantData\n")
    assert (error.type, error.line, error.column) == ("RemovedApi", 1, 25)
    assert error.message.startswith("pymc.ConstantData was removed")


def test_unknown_names_get_close_matches():
    error = only_error('import pymc as pm\nwith pm.Model():\n    pm.Normall("x", 0, 1)\n')
    assert error.type == "UnknownName"
    assert "pm.Normall does not exist in PyMC" in error.message
    assert (error.line, error.column) == (3, 5)
    assert "pm.Normal" in error.hint

    error = only_error("import pymc.math as pmm\ny = pmm.exxp(1.0)\n")
    assert (error.type, error.line) == ("UnknownName", 2)
    assert error.hint == "did you mean pmm.exp, pmm.expm1?"


def test_a_name_from_the_wrong_namespace_is_found_where_it_lives():
    # Both seen in real benchmark programs (eight-schools, Qwen2.5-Coder-1.5B).
    error = only_error('import pymc as pm\nwith pm.Model():\n    x = pm.Normal("x")\n    y = pm.switch(x > 0, 1, 0)\n')
    assert (error.type, error.line) == ("UnknownName", 4)
    assert error.hint.startswith("did you mean pm.math.switch")

    error = only_error('import pymc as pm\nwith pm.Model():\n    x = pm.Normal("x")\n    y = pm.math.less_equal(x, 0)\n')
    assert error.hint.startswith("did you mean pm.math.le")

    error = only_error('import pymc as pm\nwith pm.Model():\n    x = pm.Normal("x")\n    y = pm.math.isnan(x)\n')
    assert error.hint.startswith("did you mean pt.isnan (with `import pytensor.tensor as pt`)")


def test_old_keywords_are_caught_though_pymc_would_drop_them():
    program = """
        import pymc as pm
        with pm.Model():
            mu = pm.Normal("mu", 0, sd=10)
            s = pm.HalfNormal(
                "s",
                testval=1.0,
            )
        """
    result = lint(program)
    error = result.error
    assert error.type == "UnexpectedKeyword"
    assert error.message == "Normal does not accept the keyword argument 'sd'; its parameters are mu, sigma, tau"
    assert (error.line, error.column, error.source_line) == (3, 29, '    mu = pm.Normal("mu", 0, sd=10)')
    assert error.hint.startswith("did you mean sigma=? pm.Normal(name, mu=0, sigma=None, tau=None, **kwargs)")
    [later] = result.warnings
    assert (later.code, later.line) == ("lint", 6)  # the keyword's own line
    assert "HalfNormal does not accept the keyword argument 'testval'" in later.message


def test_hypergeometric_m_keyword_and_the_dist_form():
    error = only_error(
        "import pymc as pm\n"
        "with pm.Model():\n"
        '    pm.HyperGeometric("k", N=50, M=10, n=5, observed=4)\n'
    )
    assert error.message == "HyperGeometric does not accept the keyword argument 'M'; its parameters are N, k, n"
    assert error.hint.startswith("pm.HyperGeometric(name, N, k, n, **kwargs): N = ")
    assert (error.line, error.column) == (3, 34)

    error = only_error("import pymc as pm\nd = pm.Normal.dist(0, 1, observed=[1.0])\n")
    assert error.message.startswith("Normal.dist() does not accept the keyword argument 'observed'")
    assert error.hint.startswith("pm.Normal.dist(mu=0, sigma=None, tau=None, **kwargs)")


def test_keywords_through_from_imports_and_aliases():
    error = only_error('from pymc import Normal as Gauss, Model\nwith Model():\n    Gauss("a", 0, sd=1)\n')
    assert (error.type, error.line) == ("UnexpectedKeyword", 3)
    assert error.hint.startswith("did you mean sigma=? Gauss(name, mu=0")


def test_generic_and_forwarded_keywords_are_accepted():
    result = lint(
        """
        import numpy as np
        import pymc as pm
        with pm.Model(coords={"a": [1, 2]}) as model:
            x = pm.Normal("x", 0, 1, dims="a", initval=np.zeros(2), transform=None, rng=None)
            y = pm.Normal("y", x, 1, observed=[0.0, 1.0], total_size=10, dtype="float64")
            z = pm.Normal("z", 0, 1, size=2, default_transform=None)
            w = pm.Normal.dist(0, 1, shape=(2,), size=None, rng=None)
            t = pm.MvStudentT("t", nu=3, mu=np.zeros(2), cov=np.eye(2))
        """
    )
    assert result.error is None
    assert result.warnings == ()


def test_first_error_by_line_wins_and_the_rest_are_warnings():
    result = lint(
        """
        import pymc as pm
        with pm.Model():
            a = pm.Normal("a", 0, 1, testval=0.1)
            b = pm.Bound(pm.Normal, lower=0)
        c = pm.sample_ppc(None)
        """
    )
    assert (result.error.type, result.error.line) == ("UnexpectedKeyword", 3)
    assert [(w.code, w.line) for w in result.warnings] == [("lint", 4), ("lint", 5)]


def test_deprecated_names_are_warnings_not_errors():
    result = lint(
        """
        import pymc as pm
        from pymc import logit
        with pm.Model():
            d = pm.DensityDist("d", logp=lambda value: -value**2)
        s = pm.summary
        t = pm.summary
        """
    )
    assert result.error is None
    found = {(w.code, w.line, w.message.split(" is deprecated")[0]) for w in result.warnings}
    assert found == {
        ("deprecated_api", 2, "pymc.logit"),
        ("deprecated_api", 4, "pm.DensityDist"),
        ("deprecated_api", 5, "pm.summary"),  # reported once
    }
    summary = next(w for w in result.warnings if w.message.startswith("pm.summary"))
    assert "pymc.stats.summary" in summary.message


def test_names_not_known_to_refer_to_pymc_are_left_alone():
    result = lint(
        """
        import pymc as pm
        import numpy as np

        def build(pm):
            return pm.Whatever("x", sd=1)

        np.Normall(1)
        pm.sampling.jax.sample_numpyro_nuts
        pm.Model.nonexistent_class_attribute
        """
    )
    assert result.error is None
    assert result.warnings == ()


def test_compatibility_code_is_not_a_finding():
    result = lint(
        """
        import pymc as pm
        try:
            import pymc3
            from pymc import MutableData
        except ImportError:
            MutableData = None
        try:
            sampler = pm.sample_ppc
        except AttributeError:
            sampler = pm.sample_posterior_predictive
        if hasattr(pm, "ConstantData"):
            data = pm.ConstantData("x", [1.0])
        """
    )
    assert result.error is None
    assert result.warnings == ()


def test_catch_alls_and_keywords_are_not_excused_by_try():
    result = lint(
        """
        import pymc as pm
        try:
            with pm.Model():
                pm.Normal("x", 0, sd=1)
        except AttributeError:
            pass
        try:
            pm.traceplot(None)
        except Exception:
            pass
        """
    )
    assert (result.error.type, result.error.line) == ("UnexpectedKeyword", 4)
    assert [(w.code, w.line) for w in result.warnings] == [("lint", 8)]


def test_lint_never_runs_the_program(tmp_path):
    marker = tmp_path / "ran"
    error = only_error(f"open({str(marker)!r}, 'w').close()\nimport pymc3\n")
    assert error.type == "OutdatedImport"
    assert not marker.exists()


@pytest.mark.parametrize("name", sorted(VALID_PROGRAMS))
def test_valid_modern_programs_have_no_findings(name):
    result = lint(VALID_PROGRAMS[name])
    assert result.error is None
    assert result.warnings == ()


@pytest.mark.parametrize("program", [HIERARCHICAL, WRAPPERS], ids=["hierarchical", "wrappers"])
def test_valid_modern_programs_pass_the_whole_ladder(check, program):
    verdict = check(program)
    assert verdict["ok"] is True, verdict["error"]
    assert verdict["stage"] == "complete"
    assert not [w for w in verdict["warnings"] if w["code"] in ("lint", "deprecated_api")]


def test_lint_stops_the_ladder_before_running(check):
    verdict = check('import pymc as pm\nprint("x")\nwith pm.Model():\n    pm.Normal("x", 0, spread=1)\n')
    assert verdict["stage"] == "lint"
    assert verdict["error"]["type"] == "UnexpectedKeyword"
    assert verdict["error"]["line"] == 4
    assert verdict["error"]["traceback"] == []


def test_a_failing_lint_does_not_block_the_check(check, monkeypatch):
    import modelcraft_check.ladder as ladder

    def broken(source):
        raise RuntimeError("bug in the lint")

    monkeypatch.setattr(ladder, "lint_program", broken)
    verdict = check('import pymc as pm\nwith pm.Model():\n    x = pm.Normal("x", 0, 1)\n    pm.Normal("y", x, 1, observed=[0.5])\n')
    assert verdict["ok"] is True
    [warning] = verdict["warnings"]
    assert warning["code"] == "lint"
    assert "bug in the lint" in warning["message"]
