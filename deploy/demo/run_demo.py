"""The demo: the grizzly-bear problem through the running stack, shown iteration by iteration."""
from __future__ import annotations

import argparse
import json
import time

from modelcraft_client import read_jsonl, submit, wait_until_final


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--problems", required=True)
    parser.add_argument("--webhook-url", default="http://127.0.0.1:8090/demo")
    parser.add_argument("--webhook-log", required=True)
    args = parser.parse_args()

    with open(args.problems, encoding="utf-8") as f:
        problem = json.loads(f.readline())
    started = time.monotonic()
    submitted = submit(args.gateway, problem["problem"], args.webhook_url)
    print(f"submitted {problem['id']}: job {submitted['id']}\n  status URL: {submitted['statusUrl']}")
    job = wait_until_final(args.gateway, submitted["id"])
    elapsed = time.monotonic() - started
    for it in job["iterations"]:
        check = it["check"] or {}
        verdict = "passed" if check.get("ok") else f"failed at stage {check.get('stage')}"
        print(f"\niteration {it['number']}: check {verdict} "
              f"(LLM {it['llmMillis']} ms, check {it['checkMillis']} ms)")
        error = check.get("error")
        if error:
            print(f"  {error['type']}: {error['message']}")
            if error.get("line"):
                print(f"  at line {error['line']}: {(error.get('source_line') or '').strip()}")
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
    if job["status"] != "SUCCEEDED" or len(hooks) != 1:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
