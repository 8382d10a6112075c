"""A minimal client of the ModelCraft gateway, used by the demo and the end-to-end test."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any

FINAL = {"SUCCEEDED", "FAILED", "CANCELLED"}


def request(method: str, url: str, body: Any = None, content_type: str = "application/json",
            raw: bytes | None = None) -> tuple[int, Any]:
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method, headers={"content-type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            payload = resp.read()
            return resp.status, json.loads(payload) if payload else None
    except urllib.error.HTTPError as err:
        payload = err.read()
        try:
            return err.code, json.loads(payload) if payload else None
        except json.JSONDecodeError:
            return err.code, payload.decode(errors="replace")


def submit(gateway: str, problem: str, webhook_url: str | None = None, **options: Any) -> dict[str, Any]:
    status, body = request("POST", f"{gateway}/api/v1/jobs", {"problem": problem, "webhookUrl": webhook_url, **options})
    if status != 202:
        raise RuntimeError(f"submit refused: {status} {body}")
    return body


def wait_until_final(gateway: str, job_id: str, timeout_s: float = 300) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        status, job = request("GET", f"{gateway}/api/v1/jobs/{job_id}")
        if status != 200:
            raise RuntimeError(f"poll failed: {status} {job}")
        if job["status"] in FINAL:
            return job
        if time.monotonic() > deadline:
            raise TimeoutError(f"job {job_id} still {job['status']} after {timeout_s} s")
        time.sleep(0.2)


def read_jsonl(path: str) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []
