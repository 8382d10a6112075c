"""Figures of one job of the quality benchmark, from the gateway's job view, and their totals."""
from __future__ import annotations

import io
import statistics
import tokenize
from datetime import datetime
from typing import Any


def normalised(code: str) -> str:
    """The program without comments, blank lines and layout, so that a resent program compares equal."""
    try:
        tokens = tokenize.generate_tokens(io.StringIO(code).readline)
        kept = [t.string for t in tokens if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE,
                                                             tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)]
        return " ".join(kept)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return " ".join(line.split("#")[0].strip() for line in code.splitlines() if line.split("#")[0].strip())


def error_key(check: dict[str, Any] | None) -> tuple[Any, ...] | None:
    error = (check or {}).get("error")
    if not error:
        return None
    return error.get("type"), (error.get("message") or "")[:200], (error.get("source_line") or "").strip()


def job_figures(job: dict[str, Any]) -> dict[str, Any]:
    iterations = job.get("iterations") or []
    seen_code: set[str] = set()
    seen_errors: set[tuple[Any, ...]] = set()
    repeated_programs = repeated_errors = 0
    errors = []
    for it in iterations:
        if it.get("code"):
            key = normalised(it["code"])
            repeated_programs += key in seen_code
            seen_code.add(key)
        err = error_key(it.get("check"))
        if err:
            repeated_errors += err in seen_errors
            seen_errors.add(err)
            errors.append(f"{(it['check'] or {}).get('stage')}: {err[0]}: {err[1][:120]}")
        elif it.get("code") is None:
            errors.append("no code")
    first = iterations[0] if iterations else {}
    created, finished = job.get("createdAt"), job.get("finishedAt")
    seconds = None
    if created and finished:
        seconds = (datetime.fromisoformat(finished.replace("Z", "+00:00"))
                   - datetime.fromisoformat(created.replace("Z", "+00:00"))).total_seconds()
    return {
        "id": job.get("problemKey"), "jobId": job["id"], "status": job["status"],
        "firstTry": bool(first.get("check") and first["check"].get("ok")),
        "passed": job["status"] == "SUCCEEDED", "iterations": len(iterations),
        "repeatedPrograms": repeated_programs, "repeatedErrors": repeated_errors,
        "llmSeconds": sum(it.get("llmMillis") or 0 for it in iterations) / 1000,
        "checkSeconds": sum(it.get("checkMillis") or 0 for it in iterations) / 1000,
        "tokens": sum((it.get("inputTokens") or 0) + (it.get("outputTokens") or 0) for it in iterations),
        "outputTokens": sum(it.get("outputTokens") or 0 for it in iterations),
        "jobSeconds": seconds, "errors": errors, "failureReason": job.get("failureReason"),
        "finalCode": job.get("finalCode"),
        "attempts": [_attempt(it) for it in iterations],
    }


def _attempt(iteration: dict[str, Any]) -> dict[str, Any]:
    """What the model wrote and what the check said, so that the programs of a run can be read later."""
    check = iteration.get("check") or {}
    error = check.get("error") or {}
    return {"asked": iteration.get("asked"), "code": iteration.get("code"), "ok": check.get("ok"), "stage": check.get("stage"),
            "error": f"{error.get('type')}: {error.get('message')}" if error else None,
            "line": error.get("line"), "hint": error.get("hint")}


def posterior_verdict(reference: dict[str, Any] | None, verdict: dict[str, Any] | None) -> dict[str, Any] | None:
    """Whether the sampled posterior holds the reference answer within its tolerance.

    The problems do not name the model's variables, so the reference quantity is looked up by its name
    first; a model that names it otherwise is judged by its vectors of the reference's length (passing if
    one has the reference means) or, for a scalar, by its only scalar variable. The verdict says which
    variable it judged and whether that was by name.
    """
    if not reference:
        return None
    if verdict is None:
        return {"correct": False, "reason": "no passing program"}
    posterior = verdict.get("posterior") or {}
    if posterior.get("error") or not verdict.get("ok"):
        return {"correct": False, "reason": posterior.get("error") or "the program did not pass the check"}
    want = reference.get("posterior_mean", reference.get("value"))
    variables = posterior.get("variables") or {}
    named = variables.get(reference["quantity"])
    if named is not None:
        return _judged(reference["quantity"], named, want, reference["tol"], True, posterior)
    shaped = [(name, stats) for name, stats in variables.items() if _same_shape(stats["mean"], want)]
    if not shaped or (not isinstance(want, list) and len(shaped) > 1):
        # Among several scalars one may match by chance (a sigma near a difference of means): only a
        # vector of the reference's length, or the model's only scalar, stands in for the named quantity.
        return {"correct": False, "reason": f"no variable named {reference['quantity']!r} and "
                f"{'none' if not shaped else 'more than one scalar'} to stand in for it"}
    judged = [_judged(name, stats, want, reference["tol"], False, posterior) for name, stats in shaped]
    return next((j for j in judged if j["correct"]), judged[0])


def _same_shape(mean: Any, want: Any) -> bool:
    if isinstance(want, list):
        return isinstance(mean, list) and len(mean) == len(want)
    return not isinstance(mean, list) and mean is not None


def _judged(name: str, stats: dict[str, Any], want: Any, tol: float, by_name: bool,
            posterior: dict[str, Any]) -> dict[str, Any]:
    mean = stats["mean"]
    if not _same_shape(mean, want):
        return {"correct": False, "variable": name, "byName": by_name, "mean": mean,
                "reason": f"{name!r} has another shape than the reference"}
    pairs = zip(mean, want) if isinstance(want, list) else [(mean, want)]
    correct = all(m is not None and abs(m - w) <= tol for m, w in pairs)
    return {"correct": correct, "variable": name, "byName": by_name, "mean": mean, "rHat": stats.get("r_hat"),
            "seconds": posterior.get("seconds")}


def stopped_at(rows: list[dict[str, Any]], limit: int) -> dict[str, int]:
    """Final passes and correct posteriors had each job stopped after ``limit`` iterations. The loop asks each turn
    from the problem and the turn's number alone (prompts v8), so a shorter run would have made the same first
    ``limit`` attempts."""
    passed = [r for r in rows if r["passed"] and _first_pass(r) <= limit]
    return {"iterations": limit, "finalPass": len(passed),
            "posteriorCorrect": sum(bool((r.get("posterior") or {}).get("correct")) for r in passed)}


def _first_pass(row: dict[str, Any]) -> int:
    attempts = row.get("attempts") or []
    return next((i + 1 for i, a in enumerate(attempts) if a.get("ok")), row["iterations"])


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows) or 1
    checked = [r for r in rows if r.get("posterior") is not None]
    times = [r["jobSeconds"] for r in rows if r["jobSeconds"] is not None]
    return {
        "problems": len(rows),
        "firstTryPass": sum(r["firstTry"] for r in rows) / n,
        "finalPass": sum(r["passed"] for r in rows) / n,
        # Only the loop's feedback acts after a failed first try: the share of those jobs that still passed.
        "repairRate": (sum(r["passed"] for r in rows if not r["firstTry"]) / max(1, sum(not r["firstTry"] for r in rows))),
        "meanIterations": statistics.fmean(r["iterations"] for r in rows) if rows else 0,
        "iterations": sum(r["iterations"] for r in rows),
        "repeatedPrograms": sum(r["repeatedPrograms"] for r in rows),
        "repeatedErrors": sum(r["repeatedErrors"] for r in rows),
        "posteriorChecked": len(checked),
        "posteriorCorrect": sum(bool(r["posterior"]["correct"]) for r in checked),
        "medianJobSeconds": statistics.median(times) if times else None,
        # The job's own LLM and check time: in a batch on one model slot, submit-to-end includes the queue.
        "medianWorkSeconds": statistics.median(r["llmSeconds"] + r["checkSeconds"] for r in rows) if rows else None,
        "llmSeconds": sum(r["llmSeconds"] for r in rows), "checkSeconds": sum(r["checkSeconds"] for r in rows),
        "tokens": sum(r["tokens"] for r in rows),
    }
