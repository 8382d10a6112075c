"""Load on the gateway through a private stack (real PostgreSQL, Kafka, agent, worker; the scripted LLM):
(1) submits from many keep-alive connections for a while, with one client polling job status meanwhile:
    submits per second, p50/p99 submit latency, p99 status-poll latency;
(2) a batch of N problems with a batch webhook: time until every job ended, and the webhook's arrival.

Run from the repository root, with PostgreSQL and Kafka started and the services built:
    .local/venv/bin/python deploy/bench/gateway_load.py [--seconds 20] [--connections 16] [--batch 1000]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "demo"))

from private_stack import ROOT, private_stack  # noqa: E402

PROBLEM = "[bench: first try] coin: 140 heads in 250 spins; is it biased?"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def submitter(port: int, deadline: float, latencies: list[float], ids: list[str]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    body = json.dumps({"problem": PROBLEM, "maxIterations": 1})
    while time.monotonic() < deadline:
        started = time.perf_counter()
        connection.request("POST", "/api/v1/jobs", body, {"content-type": "application/json"})
        response = connection.getresponse()
        answer = response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status == 202:
            ids.append(json.loads(answer)["id"])


def poller(port: int, deadline: float, ids: list[str], latencies: list[float]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    while time.monotonic() < deadline:
        if not ids:
            time.sleep(0.01)
            continue
        started = time.perf_counter()
        connection.request("GET", f"/api/v1/jobs/{ids[-1]}")
        connection.getresponse().read()
        latencies.append((time.perf_counter() - started) * 1000)


def submit_load(port: int, seconds: float, connections: int) -> None:
    deadline = time.monotonic() + seconds
    latencies: list[list[float]] = [[] for _ in range(connections)]
    ids: list[str] = []
    polls: list[float] = []
    threads = [threading.Thread(target=submitter, args=(port, deadline, latencies[i], ids)) for i in range(connections)]
    threads.append(threading.Thread(target=poller, args=(port, deadline, ids, polls)))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    all_latencies = [x for per in latencies for x in per]
    print(f"submits: {len(ids)} accepted of {len(all_latencies)} in {elapsed:.1f} s = {len(ids) / elapsed:.0f}/s "
          f"from {connections} connections; latency p50 {percentile(all_latencies, .5):.1f} ms, "
          f"p99 {percentile(all_latencies, .99):.1f} ms")
    print(f"status polls under that load: {len(polls)}, p50 {percentile(polls, .5):.1f} ms, p99 {percentile(polls, .99):.1f} ms")


class Receiver(BaseHTTPRequestHandler):
    arrived: list[float] = []

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("content-length", "0")))
        Receiver.arrived.append(time.monotonic())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


def batch_drain(port: int, size: int) -> None:
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{receiver.server_address[1]}/batch"
    body = json.dumps({"problems": [{"id": str(i), "problem": f"{PROBLEM} #{i}"} for i in range(size)],
                       "maxIterations": 1, "webhookUrl": hook})
    connection = http.client.HTTPConnection("127.0.0.1", port)
    started = time.monotonic()
    connection.request("POST", "/api/v1/batches", body, {"content-type": "application/json"})
    response = connection.getresponse()
    batch = json.loads(response.read())
    accepted = time.monotonic() - started
    while True:
        connection.request("GET", f"/api/v1/batches/{batch['id']}")
        stats = json.loads(connection.getresponse().read())["stats"]
        if stats["finished"] == size:
            break
        time.sleep(1)
    drained = time.monotonic() - started
    while not Receiver.arrived and time.monotonic() - started < drained + 30:
        time.sleep(0.2)
    print(f"batch of {size}: accepted in {accepted * 1000:.0f} ms; all ended after {drained:.1f} s "
          f"({stats['counts']}); batch webhook {'arrived' if Receiver.arrived else 'MISSING'}"
          + (f" {Receiver.arrived[0] - started - drained:+.1f} s after" if Receiver.arrived else ""))
    receiver.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--gateway-only", action="store_true",
                        help="hold the gateway's outbox (MODELCRAFT_OUTBOX_PUBLISHING=false): measures accepting and"
                             " committing jobs without the agent and the worker competing for the cores; no batch")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; gateway only: {args.gateway_only}")
    scripts = [ROOT / "deploy/scripted-llm/grizzly.json", HERE / "first-try.json"]
    extra = {"MODELCRAFT_OUTBOX_PUBLISHING": "false"} if args.gateway_only else {}
    with private_stack("load", 18480, scripts, extra) as stack:
        port = int(stack.gateway.rsplit(":", 1)[1])
        submit_load(port, 3, 4)  # warm-up
        submit_load(port, args.seconds, args.connections)
        if args.batch and not args.gateway_only:
            batch_drain(port, args.batch)


if __name__ == "__main__":
    main()
