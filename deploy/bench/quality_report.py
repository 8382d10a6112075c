"""Prints a quality run as a table, and two runs side by side."""
from __future__ import annotations

from typing import Any

from quality_metrics import stopped_at, summarise


def _posterior(row: dict[str, Any]) -> str:
    verdict = row.get("posterior")
    if verdict is None:
        return "-"
    if "mean" not in verdict:
        return "NO"
    mean = verdict["mean"]
    shown = ", ".join(f"{m:.3g}" for m in mean) if isinstance(mean, list) else f"{mean:.4g}"
    where = "" if verdict.get("byName", True) else f" as {verdict['variable']}"
    return f"{'yes' if verdict['correct'] else 'NO'} ({shown}{where})"


def print_table(result: dict[str, Any]) -> None:
    run, overall = result["run"], result["overall"]
    print(f"\n{run['label']}: model {run['model']}, prompts {run['promptVersion']}, batch {run['batch']}, {run['date']}")
    print("| problem | status | 1st try | iters | repeats | LLM s | check s | tokens | job s | posterior |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in result["problems"]:
        print(f"| {r['id']} | {r['status']} | {'yes' if r['firstTry'] else 'no'} | {r['iterations']} | "
              f"{r['repeatedPrograms']} | {r['llmSeconds']:.0f} | {r['checkSeconds']:.1f} | {r['tokens']} | "
              f"{r['jobSeconds'] or 0:.0f} | {_posterior(r)} |")
    print(f"\nfinal pass {overall['finalPass']:.0%}, first-try pass {overall['firstTryPass']:.0%}, "
          f"repaired after a failed first try {overall.get('repairRate', 0):.0%}, "
          f"mean iterations {overall['meanIterations']:.2f}, repeated programs {overall['repeatedPrograms']} "
          f"of {overall['iterations']} iterations (same error again: {overall['repeatedErrors']}), posterior correct "
          f"{overall['posteriorCorrect']}/{overall['posteriorChecked']}, median job {overall['medianJobSeconds'] or 0:.0f} s "
          f"from submit (its own LLM and check time: {overall['medianWorkSeconds'] or 0:.0f} s), "
          f"LLM {overall['llmSeconds']:.0f} s, checks {overall['checkSeconds']:.0f} s, tokens {overall['tokens']}")
    most = max((r["iterations"] for r in result["problems"]), default=0)
    for limit in range(1, most):
        shorter = stopped_at(result["problems"], limit)
        print(f"stopped at {limit} iterations: final pass {shorter['finalPass']}/{len(result['problems'])}, "
              f"posterior correct {shorter['posteriorCorrect']}/{overall['posteriorChecked']}")


def print_comparison(before: dict[str, Any], after: dict[str, Any]) -> None:
    b_rows = {r["id"]: r for r in before["problems"]}
    a_rows = {r["id"]: r for r in after["problems"]}
    print(f"| problem | {before['run']['label']} | {after['run']['label']} | change |")
    print("|---|---|---|---|")
    for pid in sorted(set(b_rows) | set(a_rows)):
        b, a = b_rows.get(pid), a_rows.get(pid)
        cell = lambda r: "-" if r is None else f"{r['status']} in {r['iterations']}, posterior {_posterior(r)}"
        change = "added" if b is None else "removed" if a is None else (
            "fixed" if a["passed"] and not b["passed"] else "broke" if b["passed"] and not a["passed"]
            else "still passes" if a["passed"] else "still fails")
        print(f"| {pid} | {cell(b)} | {cell(a)} | {change} |")
    keys = ["finalPass", "firstTryPass", "repairRate", "meanIterations", "repeatedPrograms", "repeatedErrors", "posteriorCorrect",
            "posteriorChecked", "medianJobSeconds", "medianWorkSeconds", "tokens"]
    print("\n| overall | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    for result in (before, after):
        o = summarise(result["problems"])  # saved runs from before a figure existed get it too
        print(f"| {result['run']['label']} | " + " | ".join(
            f"{o[k]:.2f}" if isinstance(o[k], float) else str(o[k]) for k in keys) + " |")
