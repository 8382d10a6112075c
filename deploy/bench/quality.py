"""The quality benchmark: the problem set through the whole stack with a real model, as one batch.

It starts a private stack on the embedded model (deploy/llm.sh; or LLM_BASE_URL/LLM_MODEL for another),
submits the problems as a batch, waits for it, then reads every job's iterations and prints, per problem
and overall: first-try and final pass, iterations, repeated programs, LLM and check time, tokens, job time
and, for problems with a reference answer, whether a short real sampling run of the final program
(check-model --sample, in the worker's sandbox) puts the posterior mean within the stated tolerance.
The figures are saved as JSON; --compare puts two saved runs side by side, problem by problem.

    .local/venv/bin/python deploy/bench/quality.py --label v2 [--prompt-version v2] [--only euro-coin,...]
    .local/venv/bin/python deploy/bench/quality.py --compare before.json after.json
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "demo"))
sys.path.insert(0, str(ROOT / "deploy" / "bench"))

from modelcraft_client import request  # noqa: E402
from private_stack import private_stack  # noqa: E402
from quality_metrics import job_figures, posterior_verdict, summarise  # noqa: E402
from quality_report import print_comparison, print_table  # noqa: E402


def run_batch(gateway: str, key: str, problems: list[dict[str, Any]], max_iterations: int,
              timeout_s: float) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = "\n".join(json.dumps({"id": p["id"], "problem": p["problem"]}) for p in problems)
    status, batch = request("POST", f"{gateway}/api/v1/batches?maxIterations={max_iterations}", raw=lines.encode(),
                            content_type="application/x-ndjson", key=key)
    if status != 202:
        raise RuntimeError(f"batch refused: {status} {batch}")
    deadline = time.monotonic() + timeout_s
    while True:
        status, view = request("GET", f"{gateway}/api/v1/batches/{batch['id']}", key=key)
        if status != 200:  # a dependency out of reach for a while (503): the batch goes on, read it again
            time.sleep(5)
            continue
        done = view["stats"]["finished"]
        print(f"\r{datetime.now():%H:%M:%S} batch {batch['id']}: {done}/{len(problems)} ended", end="", flush=True)
        if done >= len(problems):
            print()
            break
        if time.monotonic() > deadline:
            print()
            raise TimeoutError(f"batch not done after {timeout_s} s: {view}")
        time.sleep(5)
    jobs, cursor = [], None
    while True:
        query = f"batch={batch['id']}&limit=100" + (f"&cursor={cursor}" if cursor else "")
        _, page = request("GET", f"{gateway}/api/v1/jobs?{query}", key=key)
        for item in page["items"]:
            _, job = request("GET", f"{gateway}/api/v1/jobs/{item['id']}", key=key)
            job["problemKey"] = item.get("problemKey")
            jobs.append(job)
        cursor = page.get("nextCursor")
        if not cursor:
            return view, jobs


def sample_final(code: str, draws: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(code)
    out = subprocess.run([str(ROOT / "compiler-worker/bin/check-model"), f.name, "--sample", "--draws", str(draws)],
                         capture_output=True, text=True, timeout=600)
    Path(f.name).unlink()
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {"ok": False, "posterior": {"error": out.stderr[-500:]}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=Path, default=ROOT / "deploy/demo/thinkbayes.jsonl")
    parser.add_argument("--only", help="comma-separated problem ids")
    parser.add_argument("--label", default="run")
    parser.add_argument("--prompt-version", help="the agent's prompt set for this run (default: the agent's)")
    parser.add_argument("--max-iterations", type=int, default=5)
    parser.add_argument("--timeout-minutes", type=float, default=150)
    parser.add_argument("--draws", type=int, default=4000, help="draws per chain of the posterior check")
    parser.add_argument("--out", type=Path, help="where to save the figures (default deploy/bench/results/)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--resample", type=Path, help="run only the posterior check again on a saved run")
    args = parser.parse_args()
    if args.compare:
        print_comparison(*(json.loads(p.read_text()) for p in args.compare))
        return 0
    problems = [json.loads(line) for line in args.problems.read_text().splitlines() if line.strip()]
    if args.only:
        wanted = args.only.split(",")
        problems = [p for p in problems if p["id"] in wanted]
    references = {p["id"]: p.get("check") for p in problems}
    if args.resample:
        saved = json.loads(args.resample.read_text())
        rows = saved["problems"]
        meta = saved["run"]
    else:
        extra = {"MODELCRAFT_AGENT_PROMPT_VERSION": args.prompt_version} if args.prompt_version else {}
        started = time.time()
        with private_stack("quality", 19080, [], extra) as stack:
            batch, jobs = run_batch(stack.gateway, stack.api_key, problems, args.max_iterations,
                                    args.timeout_minutes * 60)
        rows = [job_figures(job) for job in sorted(jobs, key=lambda j: j["problemKey"])]
        first = jobs[0] if jobs else {}
        meta = {"label": args.label, "batch": batch["id"], "model": first.get("model"),
                "promptVersion": first.get("promptVersion"), "promptHash": first.get("promptHash"),
                "maxIterations": args.max_iterations, "wallSeconds": round(time.time() - started),
                "date": datetime.now().isoformat(timespec="seconds")}
    for row in rows:
        reference = references.get(row["id"])
        row["reference"] = reference
        row["posterior"] = posterior_verdict(reference, sample_final(row["finalCode"], args.draws)
                                             if reference and row["finalCode"] else None)
    result = {"run": meta, "overall": summarise(rows), "problems": rows}
    out = args.out or ROOT / "deploy/bench/results" / f"quality-{meta['label']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    print_table(result)
    print(f"saved {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
