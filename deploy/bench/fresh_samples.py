"""How often a fresh first answer passes: each problem asked k times afresh (the first turn's prompt, no
feedback) at one temperature with k seeds, straight to an OpenAI-compatible server, every program checked
in-process with the worker's checker and the problem, no stack. It measures what the loop's later turns
could get from new samples instead of repairs, to set against a quality run's repair rate.

    .local/venv/bin/python deploy/bench/fresh_samples.py --samples 4 --temperature 0.8 \
        --only bandits,dice --out deploy/bench/results/fresh-v6-t08.json
    .local/venv/bin/python deploy/bench/fresh_samples.py --prompt-version v12 --example "1% of the people" \
        --temperature 0.7 --samples 6 --problems deploy/demo/thinkbayes.jsonl deploy/bench/heldout.jsonl \
        --only cookie,factory-defect,loaded-die --out deploy/bench/results/fresh-v12-indicator-medical.json

The model server must be up (deploy/llm.sh start); the prompts are the agent's, read from its resources.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("PYTENSOR_FLAGS", "mode=FAST_COMPILE,cxx=")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(ROOT / "compiler-worker/python"))

from modelcraft_check import check_source  # noqa: E402

PROMPTS = ROOT / "agent-service/src/main/resources/prompts"
FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)```", re.DOTALL)


def say(text: str) -> None:
    print(text, file=sys.__stdout__, flush=True)  # a check redirects sys.stdout while a program runs


def program_of(reply: str) -> str | None:
    """The agent's rule (CodeExtractor) for closed fences: the last Python block that builds a model."""
    blocks = [code for language, code in FENCE.findall(reply) if not language or language.lower().startswith("py")]
    building = [code for code in blocks if "pm.Model(" in code or "pymc.Model(" in code]
    chosen = (building or [code for code in blocks if "import pymc" in code or "from pymc" in code] or [None])[-1]
    return chosen


def ask(base_url: str, model: str, messages: list[dict[str, str]], temperature: float, seed: int,
        max_tokens: int) -> dict[str, Any]:
    body = {"model": model, "messages": messages, "temperature": temperature, "seed": seed, "max_tokens": max_tokens}
    request = urllib.request.Request(base_url.rstrip("/") + "/chat/completions", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def sample_problem(problem: dict[str, Any], messages: list[dict[str, str]], args: argparse.Namespace) -> dict[str, Any]:
    attempts = []
    for index in range(args.samples):
        seed = args.first_seed + index
        started = time.monotonic()
        reply = ask(args.base_url, args.model, messages, args.temperature, seed, args.max_tokens)
        seconds = time.monotonic() - started
        code = program_of(reply["choices"][0]["message"]["content"] or "")
        verdict = check_source(code, problem=problem["problem"]) if code else None
        attempts.append({"seed": seed, "llmSeconds": round(seconds, 1), "code": code,
                         "ok": bool(verdict and verdict.ok),
                         "stage": verdict.stage if verdict else "no-code",
                         "error": (f"{verdict.error.type}: {verdict.error.message}"[:300]
                                   if verdict and verdict.error else None)})
        say(f"  {problem['id']} seed {seed}: {'passed' if attempts[-1]['ok'] else attempts[-1]['stage']} "
            f"({seconds:.0f} s)")
    return {"id": problem["id"], "passed": sum(a["ok"] for a in attempts), "samples": len(attempts),
            "attempts": attempts}


def shown(path: Path) -> str:
    """A path as a run records it: from the repository's root where it lies inside it."""
    full = path.resolve()
    return str(full.relative_to(ROOT)) if full.is_relative_to(ROOT) else str(path)


def with_example(task: str, args: argparse.Namespace) -> str:
    """The task with the worked example --example names filled in, for a version whose task shows one."""
    if "{example-code}" not in task:
        if args.example:
            raise SystemExit(f"prompts {args.prompt_version} show no worked example: leave out --example")
        return task
    if not args.example:
        raise SystemExit(f"prompts {args.prompt_version} show a worked example: name it with --example")
    text = (PROMPTS / args.prompt_version / "examples.md").read_text()
    for problem, code in re.findall(r"^## (.+?)\n.*?```python\n(.*?)```", text, re.MULTILINE | re.DOTALL):
        if problem.startswith(args.example):
            return task.replace("{example-problem}", problem.strip()).replace("{example-code}", code)
    raise SystemExit(f"no worked example of prompts {args.prompt_version} starts with {args.example!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=Path, nargs="+", default=[ROOT / "deploy/demo/thinkbayes.jsonl"],
                        help="one or more JSONL files of problems")
    parser.add_argument("--only", help="comma-separated problem ids")
    parser.add_argument("--prompt-version", default="v6")
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--max-tokens", type=int, default=1500)
    parser.add_argument("--base-url", default=os.environ.get("LLM_BASE_URL", "http://127.0.0.1:8088/v1/"))
    parser.add_argument("--model", default=os.environ.get("LLM_MODEL", "qwen2.5-coder-1.5b"))
    parser.add_argument("--example", help="the worked example to show, by the start of its problem (versions whose "
                        "task shows one, v10 on; the agent picks it as the version's loop.properties says)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    problems = [json.loads(line) for path in args.problems for line in path.read_text().splitlines() if line.strip()]
    if args.only:
        problems = [p for p in problems if p["id"] in args.only.split(",")]
    system = (PROMPTS / args.prompt_version / "system.txt").read_text()
    task = with_example((PROMPTS / args.prompt_version / "task.txt").read_text(), args)
    rows = []
    for problem in problems:
        messages = [{"role": "system", "content": system},
                    {"role": "user", "content": task.replace("{problem}", problem["problem"].strip())}]
        rows.append(sample_problem(problem, messages, args))
    stages = Counter(a["stage"] for row in rows for a in row["attempts"] if not a["ok"])
    total = sum(row["samples"] for row in rows)
    passed = sum(row["passed"] for row in rows)
    result = {"run": {"promptVersion": args.prompt_version, "example": args.example, "problems": [shown(path) for path in args.problems],
                      "only": args.only, "temperature": args.temperature, "samples": args.samples,
                      "firstSeed": args.first_seed, "model": args.model},
              "overall": {"samples": total, "passed": passed,
                          "problemsWithAPass": sum(1 for row in rows if row["passed"]), "problems": len(rows),
                          "failedAt": dict(stages.most_common())},
              "problems": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    say(f"{passed}/{total} fresh programs passed; {result['overall']['problemsWithAPass']}/{len(rows)} problems "
        f"had at least one; failed at {dict(stages.most_common())}")
    for row in rows:
        say(f"  {row['id']:28s} {row['passed']}/{row['samples']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
