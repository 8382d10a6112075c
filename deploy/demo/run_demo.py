"""The demo: the grizzly-bear problem through the running stack, shown iteration by iteration, with the diagnostics
tier on: a passing program is sampled, and its posterior, diagnostics and plots are shown."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from modelcraft_client import FINAL, endpoint_secret, read_jsonl, request, submit, tenant_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "webhook-receiver"))

from webhook_receiver import add_secret  # noqa: E402


def print_iteration(it: dict, gateway: str) -> None:
    check = it["check"] or {}
    verdict = "passed" if check.get("ok") else f"failed at stage {check.get('stage')}"
    print(f"\niteration {it['number']}: check {verdict} (LLM {it['llmMillis']} ms, check {it['checkMillis']} ms)")
    if it.get("asked"):
        print(f"  asked: {it['asked']}")
    for change in (check.get("rewrite") or {}).get("changes", []):
        print(f"  before checking, the check changed the program: {change}")
    error = check.get("error")
    if error:
        print(f"  {error['type']}: {error['message']}")
        if error.get("line"):
            print(f"  at line {error['line']}: {(error.get('source_line') or '').strip()}")
    print_posterior(check, gateway)


def print_posterior(check: dict, gateway: str) -> None:
    """What the diagnostics tier found: the posterior's summary, the diagnostics that fell short, the plots."""
    posterior = check.get("posterior") or {}
    if "error" in posterior:
        print(f"  sampling: {posterior['error']}")
    if "variables" not in posterior:
        return
    print(f"  posterior ({posterior['chains']} chains of {posterior['draws']} draws in {posterior['seconds']} s, "
          f"divergences {shown(posterior['divergences'])}, E-BFMI {shown(posterior.get('bfmi'))}):")
    for name, stats in posterior["variables"].items():
        print(f"    {name}: mean {shown(stats['mean'])}, sd {shown(stats['sd'])}, 89% interval "
              f"{shown(stats.get('eti89_lower'))} to {shown(stats.get('eti89_upper'))}, R-hat {shown(stats['r_hat'])}, "
              f"bulk ESS {shown(stats['ess_bulk'])}")
    for warning in check.get("warnings") or []:
        print(f"  warning {warning['code']}: {warning['message']}")
    for name, path in (posterior.get("plots") or {}).items():
        print(f"  plot ({name}): {gateway}{path}")


def shown(statistic: object) -> str:
    """A statistic as a person reads it: a few significant digits, at most five entries of a vector."""
    if isinstance(statistic, list):
        return "[" + ", ".join(shown(value) for value in statistic[:5]) + (", ...]" if len(statistic) > 5 else "]")
    return "-" if statistic is None else f"{statistic:.4g}"


def follow(gateway: str, key: str, job_id: str, timeout_s: float = 900) -> dict:
    """Polls the job, printing each iteration once its check is back, until the job ends."""
    shown = 0
    deadline = time.monotonic() + timeout_s
    while True:
        status, job = request("GET", f"{gateway}/api/v1/jobs/{job_id}", key=key)
        if status != 200:
            raise RuntimeError(f"poll failed: {status} {job}")
        for it in job["iterations"][shown:]:
            if it["check"] is None:
                break
            print_iteration(it, gateway)
            shown += 1
        if job["status"] in FINAL and shown == len(job["iterations"]):
            return job
        if time.monotonic() > deadline:
            raise TimeoutError(f"job {job_id} still {job['status']} after {timeout_s} s")
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--problems", required=True)
    parser.add_argument("--webhook-url", default="http://127.0.0.1:8090/demo")
    parser.add_argument("--webhook-log", required=True)
    parser.add_argument("--webhook-secrets", required=True, type=Path, help="the local receiver's secrets file")
    parser.add_argument("--admin-token", required=True)
    parser.add_argument("--key-file", required=True, type=Path, help="where the demo tenant's new API key is kept")
    args = parser.parse_args()

    key = tenant_key(args.gateway, args.admin_token, "demo")
    args.key_file.write_text(key + "\n", encoding="utf-8")
    args.key_file.chmod(0o600)
    print(f"demo tenant's API key (also in {args.key_file}):\n  {key}\n"
          f"  try: curl -H 'Authorization: Bearer {key}' {args.gateway}/api/v1/jobs\n")
    webhook_path = "/" + args.webhook_url.split("/", 3)[3]
    add_secret(args.webhook_secrets, webhook_path, endpoint_secret(args.gateway, key, args.webhook_url))

    with open(args.problems, encoding="utf-8") as f:
        problem = json.loads(f.readline())
    started = time.monotonic()
    submitted = submit(args.gateway, key, problem["problem"], args.webhook_url, diagnostics=True)
    print(f"submitted {problem['id']}: job {submitted['id']}\n  status URL: {submitted['statusUrl']}")
    job = follow(args.gateway, key, submitted["id"])
    elapsed = time.monotonic() - started
    print(f"\njob {job['id']} ended {job['status']} after {len(job['iterations'])} iterations in {elapsed:.1f} s")
    if job["finalCode"]:
        print("\nfinal code:\n" + job["finalCode"])
    deadline = time.monotonic() + 30
    hooks: list[dict] = []
    while time.monotonic() < deadline:
        hooks = [h for h in read_jsonl(args.webhook_log) if h["body"]["data"]["id"] == job["id"]]
        if hooks:
            break
        time.sleep(0.2)
    for hook in hooks:
        print(f"webhook received: {hook['body']['type']} id={hook['webhook_id']} signature valid={hook['signature_valid']}")
    if not hooks:
        print("no webhook received within 30 s")
    if job["status"] != "SUCCEEDED" and job["iterations"]:
        print(f"\nThe model ({job['provider']}:{job['model']}) found no passing program within its "
              f"{job['maxIterations']} iterations; every verdict above came from the real PyMC check. The default "
              "model is small: see the README for pointing ModelCraft at a stronger one.")
    if len(hooks) != 1 or not job["iterations"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
