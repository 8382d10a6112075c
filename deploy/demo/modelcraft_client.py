"""A minimal client of the ModelCraft gateway, used by the demo, the end-to-end tests and the benchmarks.
Every /api call carries a tenant's API key; /admin calls carry the operator's admin token."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any

FINAL = {"SUCCEEDED", "FAILED", "CANCELLED"}


def request(method: str, url: str, body: Any = None, content_type: str = "application/json",
            raw: bytes | None = None, key: str | None = None) -> tuple[int, Any]:
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    headers = {"content-type": content_type}
    if key is not None:
        headers["authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
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


def tenant_key(gateway: str, admin_token: str, name: str, **limits: int) -> str:
    """A new API key for the tenant `name`, creating the tenant (with `limits`) if it does not exist."""
    status, body = request("POST", f"{gateway}/admin/v1/tenants", {"name": name, **limits}, key=admin_token)
    if status == 201:
        return body["apiKey"]["apiKey"]
    if status != 409:
        raise RuntimeError(f"creating tenant {name} refused: {status} {body}")
    _, found = request("GET", f"{gateway}/admin/v1/tenants?name={name}", key=admin_token)
    status, issued = request("POST", f"{gateway}/admin/v1/tenants/{found[0]['id']}/api-keys", key=admin_token)
    if status != 201:
        raise RuntimeError(f"issuing a key for {name} refused: {status} {issued}")
    return issued["apiKey"]


def endpoint_secret(gateway: str, key: str, url: str) -> str:
    """The signing secret of the tenant's webhook endpoint for `url`: registered now, or rotated if it was."""
    status, body = request("POST", f"{gateway}/api/v1/webhook-endpoints", {"url": url}, key=key)
    if status == 201:
        return body["secret"]
    _, endpoints = request("GET", f"{gateway}/api/v1/webhook-endpoints", key=key)
    endpoint = next(e for e in endpoints if e["url"] == url)
    status, body = request("POST", f"{gateway}/api/v1/webhook-endpoints/{endpoint['id']}/rotate-secret", key=key)
    if status != 200:
        raise RuntimeError(f"rotating the secret of {url} refused: {status} {body}")
    return body["secret"]


def submit(gateway: str, key: str, problem: str, webhook_url: str | None = None, **options: Any) -> dict[str, Any]:
    status, body = request("POST", f"{gateway}/api/v1/jobs", {"problem": problem, "webhookUrl": webhook_url, **options},
                           key=key)
    if status != 202:
        raise RuntimeError(f"submit refused: {status} {body}")
    return body


def wait_until_final(gateway: str, key: str, job_id: str, timeout_s: float = 300) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while True:
        status, job = request("GET", f"{gateway}/api/v1/jobs/{job_id}", key=key)
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
