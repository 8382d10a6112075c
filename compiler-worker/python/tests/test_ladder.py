"""The ladder stage by stage, in-process, on tiny models."""

from __future__ import annotations

from programs import (
    GRIZZLY_FIXED,
    GRIZZLY_FIXED_USING_RESULTS,
    GRIZZLY_MESSAGE,
    GRIZZLY_MISSING_K,
    GRIZZLY_WRONG,
)

VERDICT_KEYS = {"ok", "stage", "error", "warnings", "summary", "versions", "duration_ms", "posterior", "rewrite"}
ERROR_KEYS = {"type", "message", "line", "column", "source_line", "traceback", "hint", "debug"}


def codes(verdict):
    return [warning["code"] for warning in verdict["warnings"]]


def test_valid_model_passes_with_summary(check):
    verdict = check(
        """
        import numpy as np
        import pymc as pm

        y = np.array([1.2, 0.4, 2.5])
        with pm.Model(coords={"obs": ["a", "b", "c"]}) as model:
            mu = pm.Normal("mu", 0, 10)
            sigma = pm.HalfNormal("sigma", 2)
            pm.Normal("y", mu, sigma, observed=y, dims="obs")
            pm.Deterministic("twice_mu", 2 * mu)
            pm.Potential("pull", -(mu**2))
        """
    )
    assert set(verdict) == VERDICT_KEYS
    assert verdict["ok"] is True
    assert verdict["stage"] == "complete"
    assert verdict["error"] is None
    assert verdict["warnings"] == []
    assert verdict["versions"]["pymc"] == "6.4.0"
    assert verdict["versions"]["pytensor"] == "3.3.7"
    assert isinstance(verdict["duration_ms"], int)
    variables = {v["name"]: v for v in verdict["summary"]["variables"]}
    assert list(variables) == ["mu", "sigma", "y", "twice_mu", "pull"]
    assert variables["mu"] == {
        "name": "mu", "kind": "free", "distribution": "Normal", "shape": [], "dims": None
    }
    assert variables["sigma"]["distribution"] == "HalfNormal"
    assert variables["y"] == {
        "name": "y", "kind": "observed", "distribution": "Normal", "shape": [3], "dims": ["obs"]
    }
    assert variables["twice_mu"]["kind"] == "deterministic"
    assert variables["twice_mu"]["distribution"] is None
    assert variables["pull"]["kind"] == "potential"
    assert verdict["summary"]["coords"] == {"obs": ["a", "b", "c"]}


def test_syntax_error_fails_at_parse_with_position(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1
        """
    )
    assert verdict["ok"] is False
    assert verdict["stage"] == "parse"
    error = verdict["error"]
    assert set(error) == ERROR_KEYS
    assert error["type"] == "SyntaxError"
    assert error["line"] == 3
    assert error["column"] == 19
    assert error["source_line"] == '    mu = pm.Normal("mu", 0, 1'
    assert "never closed" in error["message"]
    assert verdict["summary"] is None


def test_compile_time_syntax_error_is_a_parse_error(check):
    verdict = check("x = 1\nreturn x\n")
    assert verdict["stage"] == "parse"
    assert verdict["error"]["message"] == "'return' outside function"
    assert verdict["error"]["line"] == 2


def test_grizzly_wrong_keyword_fails_with_pymcs_error_and_the_lints_grounded_hint(check):
    verdict = check(GRIZZLY_WRONG)
    assert verdict["ok"] is False
    assert verdict["stage"] == "run"
    error = verdict["error"]
    assert set(error) == ERROR_KEYS
    assert error["type"] == "TypeError"
    assert error["message"] == GRIZZLY_MESSAGE
    assert error["line"] == 9
    assert error["source_line"].strip().startswith('k = pm.HyperGeometric("k", N=N, M=')
    assert error["hint"].startswith(
        "HyperGeometric does not accept the keyword argument 'M'; its parameters are N, k, n. "
        "pm.HyperGeometric(name, N, k, n, **kwargs): N = total size"
    )
    assert verdict["summary"] is None


def test_a_keyword_pymc_drops_silently_fails_at_lint(check):
    verdict = check("import pymc as pm\nwith pm.Model():\n    x = pm.Normal('x', 0, spread=10)\n    pm.sample()\n")
    assert verdict["stage"] == "lint"
    assert verdict["error"]["type"] == "UnexpectedKeyword"
    assert verdict["error"]["line"] == 3
    assert "sigma" in verdict["error"]["hint"]


def test_grizzly_missing_argument_fails_at_run_with_pymcs_message_and_hint(check):
    verdict = check(GRIZZLY_MISSING_K)
    assert verdict["ok"] is False
    assert verdict["stage"] == "run"
    error = verdict["error"]
    assert error["type"] == "TypeError"
    assert error["message"] == GRIZZLY_MESSAGE
    assert error["line"] == 9
    assert error["traceback"] == [
        'line 9, in <module>: k = pm.HyperGeometric("k", N=N, n=n2, observed=k_observed)'
    ]
    assert error["hint"].startswith("pm.HyperGeometric(name, N, k, n, **kwargs): N = total size")
    assert "k = number of successful individuals" in error["hint"]


def test_grizzly_fixed_passes_with_discrete_warning(check):
    verdict = check(GRIZZLY_FIXED)
    assert verdict["ok"] is True, verdict["error"]
    assert verdict["stage"] == "complete"
    [warning] = verdict["warnings"]
    assert warning["code"] == "discrete_free_variable"
    assert '"N"' in warning["message"]
    assert warning["line"] == 8
    variables = {v["name"]: v for v in verdict["summary"]["variables"]}
    assert variables["N"]["kind"] == "free"
    assert variables["N"]["distribution"] == "DiscreteUniform"
    assert variables["k"]["kind"] == "observed"
    assert variables["k"]["distribution"] == "HyperGeometric"


def test_program_using_its_samples_passes(check):
    verdict = check(GRIZZLY_FIXED_USING_RESULTS)
    assert verdict["ok"] is True, verdict["error"]
    assert codes(verdict) == ["discrete_free_variable"]


def test_sampling_stop_survives_except_exception(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            try:
                idata = pm.sample(draws=200, chains=2)
            except Exception:
                idata = None
            post = pm.sample_posterior_predictive(idata)
        """
    )
    assert verdict["ok"] is True, verdict["error"]


def test_sampling_stop_survives_bare_except(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            try:
                idata = pm.sample()
            except:
                print("sampling failed")
        print(idata.posterior["mu"].mean())
        """
    )
    assert verdict["ok"] is True, verdict["error"]


def test_model_given_to_sampler_is_the_one_checked(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as big:
            a = pm.Normal("a", 0, 1)
            b = pm.Normal("b", 0, 1)
        with pm.Model() as small:
            c = pm.Normal("c", 0, 1)
        idata = pm.sample(model=small)
        """
    )
    assert verdict["ok"] is True
    assert [v["name"] for v in verdict["summary"]["variables"]] == ["c"]


def test_sampling_after_the_model_block_is_moved_into_it(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
        idata = pm.sample()
        """
    )
    assert verdict["ok"] is True, verdict["error"]
    assert verdict["rewrite"]["code"].endswith("    mu = pm.Normal(\"mu\", 0, 1)\n    idata = pm.sample()\n")
    [change] = verdict["rewrite"]["changes"]
    assert change.startswith("line 4 built model parts outside the `with pm.Model()` block opened at line 2"), change


def test_run_error_points_at_deepest_frame_of_submitted_code(check):
    verdict = check(
        """
        import pymc as pm

        def build(scale):
            with pm.Model() as model:
                pm.Normal("mu", 0, scale)
                pm.Normal("mu", 0, 1)
            return model

        model = build(1.0)
        """
    )
    error = verdict["error"]
    assert verdict["stage"] == "run"
    assert error["type"] == "ValueError"
    assert error["hint"].startswith('line 5 and line 6 both create a model variable named "mu"'), error["hint"]
    assert "mu" in error["message"]
    assert error["line"] == 6
    assert error["traceback"] == [
        "line 9, in <module>: model = build(1.0)",
        'line 6, in build: pm.Normal("mu", 0, 1)',
    ]


def test_no_model_fails_at_find_model(check):
    verdict = check("import pymc as pm\nx = 1 + 1\n")
    assert verdict["stage"] == "find_model"
    assert verdict["error"]["type"] == "NoModelFound"
    assert verdict["error"]["line"] is None


def test_model_built_inside_a_function_is_found(check):
    verdict = check(
        """
        import pymc as pm

        def main():
            with pm.Model():
                pm.Normal("x", 0, 1)

        main()
        """
    )
    assert verdict["ok"] is True
    assert [v["name"] for v in verdict["summary"]["variables"]] == ["x"]


def test_non_finite_logp_fails_at_evaluate_naming_the_term(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            rate = pm.HalfNormal("rate", 1)
            counts = pm.Poisson("counts", rate, observed=[2, -1, 3])
        """
    )
    assert verdict["ok"] is False
    assert verdict["stage"] == "evaluate"
    error = verdict["error"]
    assert error["type"] == "NonFiniteLogp"
    assert "counts = -inf" in error["message"]
    assert "rate" not in error["message"]
    assert error["line"] == 4
    assert error["source_line"].strip().startswith('counts = pm.Poisson("counts"')
    assert "associated with a non-finite logp" in error["debug"]


def test_non_finite_potential_is_reported_despite_debug_trouble(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            x = pm.Normal("x", 0, 1)
            pm.Potential("wall", pm.math.log(x))
        """
    )
    error = verdict["error"]
    assert error["type"] == "NonFiniteLogp"
    assert "wall = -inf" in error["message"]
    assert error["line"] == 4
    assert error["debug"]


def test_non_finite_gradient_fails_at_evaluate(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            x = pm.Normal("x", 0, 1)
            pm.Potential("kink", pm.math.sqrt(x))
        """
    )
    assert verdict["stage"] == "evaluate"
    assert verdict["error"]["type"] == "NonFiniteGradient"
    assert verdict["error"]["message"].endswith("with respect to: x")


def test_prior_predictive_failure_fails_at_evaluate(check):
    verdict = check(
        """
        import pymc as pm

        def logp(value, mu):
            return -((value - mu) ** 2)

        def random(mu, rng=None, size=None):
            raise ValueError("cannot draw")

        with pm.Model() as model:
            pm.CustomDist("x", 0.0, logp=logp, random=random)
        """
    )
    assert verdict["stage"] == "evaluate"
    assert verdict["error"]["type"] == "ValueError"
    assert verdict["error"]["message"].startswith("cannot draw")
    assert verdict["error"]["line"] == 7


def test_user_output_does_not_leak(check, capsys):
    verdict = check(
        """
        import sys
        import pymc as pm
        print('{"ok": true, "stage": "complete"}')
        print("noise", file=sys.stderr)
        answer = input("name? ")
        with pm.Model() as model:
            pm.Normal("mu", 0, 1)
        print("answer was", repr(answer))
        """
    )
    assert verdict["ok"] is True
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "noise" not in captured.err


def test_discrete_free_variable_warning(check):
    verdict = check(
        """
        import pymc as pm
        with pm.Model() as model:
            n = pm.Poisson("n", 4)
            flag = pm.Bernoulli("flag", 0.3)
            mu = pm.Normal("mu", 0, 1)
        """
    )
    assert verdict["ok"] is True
    discrete = [w for w in verdict["warnings"] if w["code"] == "discrete_free_variable"]
    assert [(w["line"], w["message"].split()[0]) for w in discrete] == [
        (3, '"n"'),
        (4, '"flag"'),
    ]


def test_runtime_warnings_are_reported_with_their_line(check):
    verdict = check(
        """
        import warnings
        import numpy as np
        import pymc as pm
        warnings.warn("check the priors")
        with pm.Model() as model:
            pm.Normal("mu", 0, 1)
        np.log(np.zeros(1))
        """
    )
    assert verdict["ok"] is True
    runtime = [w for w in verdict["warnings"] if w["code"] == "runtime_warning"]
    assert {"code": "runtime_warning", "message": "UserWarning: check the priors", "line": 4} in runtime
    assert any(w["message"].startswith("RuntimeWarning: divide by zero") and w["line"] == 7
               for w in runtime)


def test_sys_exit_ends_the_run(check):
    verdict = check(
        """
        import sys
        import pymc as pm
        with pm.Model() as model:
            pm.Normal("mu", 0, 1)
        sys.exit(2)
        raise RuntimeError("never reached")
        """
    )
    assert verdict["ok"] is True


def test_os_exit_ends_the_run_without_ending_the_checker(check):
    import os

    hard_exit = os._exit
    verdict = check(
        """
        import os
        import pymc as pm
        with pm.Model() as model:
            pm.Normal("mu", 0, 1)
        os._exit(0)
        """
    )
    assert verdict["ok"] is True
    assert os._exit is hard_exit


def test_checker_state_is_restored_after_a_check(check):
    import builtins
    import sys

    import pymc as pm
    from pymc.model.core import MODEL_MANAGER

    sample, fit, find_map, read = pm.sample, pm.fit, pm.find_MAP, builtins.input
    stdout, argv = sys.stdout, list(sys.argv)
    check(
        """
        import pymc as pm
        m = pm.Model()
        m.__enter__()
        pm.Normal("x", 0, 1)
        pm.sample()
        """
    )
    assert (pm.sample, pm.fit, pm.find_MAP, builtins.input) == (sample, fit, find_map, read)
    assert pm.sampling.mcmc.sample is sample
    assert sys.stdout is stdout
    assert sys.argv == argv
    assert MODEL_MANAGER.active_contexts == []


def test_internal_failure_still_gives_a_verdict(check, monkeypatch):
    import modelcraft_check.ladder as ladder

    def broken(*args, **kwargs):
        raise RuntimeError("bug in the checker")

    monkeypatch.setattr(ladder, "find_model", broken)
    verdict = check("import pymc as pm\nwith pm.Model():\n    pm.Normal('x', 0, 1)\n")
    assert verdict["ok"] is False
    assert verdict["stage"] == "internal"
    assert verdict["error"]["type"] == "RuntimeError"
    assert "bug in the checker" in verdict["error"]["debug"]
