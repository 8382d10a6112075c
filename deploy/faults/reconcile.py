"""The reconciliation table: what must hold of the whole history once a faulted batch has drained. Each line reads
the stores themselves (PostgreSQL, the Kafka topics, the webhook receiver's log, the process table), not the
services' own account of what they did."""
from __future__ import annotations

import json
import os
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass

from modelcraft_client import read_jsonl
from private_stack import ROOT, Stack

FINAL = ("SUCCEEDED", "FAILED", "CANCELLED")
CHECKER = "modelcraft_check"
WORKER = "compiler-worker/target/quarkus-app"


@dataclass(frozen=True)
class Line:
    check: str
    passed: bool
    detail: str


def sql(stack: Stack, query: str) -> list[list[str]]:
    port = os.environ.get("MC_PG_PORT", "55432")
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "modelcraft", "-d", stack.database, "-AtF", "\t",
                          "-c", query], env={**os.environ, "PGPASSWORD": "modelcraft"}, check=True,
                         capture_output=True, text=True)
    return [row.split("\t") for row in out.stdout.splitlines() if row]


def id_list(job_ids: list[str]) -> str:
    return ",".join(f"'{job_id}'" for job_id in job_ids) or "null"


def outcomes(stack: Stack, job_ids: list[str]) -> Line:
    rows = sql(stack, f"select status, coalesce(failure_reason, '') from gateway.job where id in ({id_list(job_ids)})")
    counts = Counter(status for status, _ in rows)
    unexplained = sum(1 for status, reason in rows if status == "FAILED" and not reason.strip())
    # No job of the script runs near its deadline: one that reached it was stuck, whatever its reason says.
    stuck = sum(1 for status, reason in rows if status == "FAILED" and "deadline" in reason)
    ended = counts["SUCCEEDED"] + counts["FAILED"] - unexplained + counts["CANCELLED"]
    detail = (f"{len(job_ids)} submitted = {counts['SUCCEEDED']} succeeded + {counts['FAILED'] - unexplained} failed "
              f"with a reason + {counts['CANCELLED']} cancelled" + (f"; {unexplained} failed with no reason"
                                                                    if unexplained else "")
              + ("" if len(rows) == len(job_ids) else f"; {len(rows)} stored"))
    reasons = Counter(reason.split(";")[0][:70] for status, reason in rows if status == "FAILED")
    detail += "".join(f"\n        failed {count}x: {reason}" for reason, count in reasons.most_common(4))
    if stuck:
        detail += f"\n        {stuck} of the failures are jobs stuck until their deadline"
    return Line("submitted = succeeded + failed-with-a-reason + cancelled",
                ended == len(job_ids) == len(rows) and not stuck, detail)


def no_duplicate_jobs(stack: Stack, tenant_jobs: int, job_ids: list[str]) -> Line:
    return Line("every retried submit stored once", tenant_jobs == len(job_ids),
                f"{tenant_jobs} jobs stored for the suite's tenant, {len(job_ids)} submitted")


def agent_agrees(stack: Stack, job_ids: list[str]) -> Line:
    rows = sql(stack, f"select g.id, g.status, a.status from gateway.job g left join agent.authoring_job a on a.id = g.id "
                      f"where g.id in ({id_list(job_ids)}) and a.status is distinct from g.status")
    return Line("gateway and agent agree on every job's status", not rows,
                "all agree" if not rows else f"{len(rows)} differ, e.g. {rows[0]}")


def past_deadline(stack: Stack) -> Line:
    rows = sql(stack, "select count(*) from agent.authoring_job where status not in ('SUCCEEDED','FAILED','CANCELLED') "
                      "and (deadline_at < now() or deadline_at is null and created_at < now() - interval '10 minutes')")
    stuck = int(rows[0][0])
    return Line("0 jobs non-terminal past their deadline", stuck == 0, f"{stuck}")


def outbox_empty(stack: Stack) -> Line:
    gateway = int(sql(stack, "select count(*) from gateway.outbox_message")[0][0])
    agent = int(sql(stack, "select count(*) from agent.outbox_message")[0][0])
    return Line("0 outbox rows unpublished", gateway + agent == 0, f"gateway {gateway}, agent {agent}")


def gap_free(numbers_by_job: dict[str, list[int]]) -> list[str]:
    return [job for job, numbers in numbers_by_job.items() if sorted(numbers) != list(range(1, len(numbers) + 1))]


def iterations(stack: Stack, job_ids: list[str]) -> Line:
    found = []
    copies = {}
    for table in ("agent.iteration", "gateway.job_iteration"):
        numbers: dict[str, list[int]] = defaultdict(list)
        for job, number in sql(stack, f"select job_id, number from {table} where job_id in ({id_list(job_ids)})"):
            numbers[job].append(int(number))
        copies[table] = {job: sorted(n) for job, n in numbers.items()}
        found += [f"{table} {job}: {sorted(numbers[job])}" for job in gap_free(numbers)]
    differ = [job for job in job_ids if copies["agent.iteration"].get(job) != copies["gateway.job_iteration"].get(job)]
    found += [f"gateway and agent differ on {job}" for job in differ]
    total = sum(len(n) for n in copies["agent.iteration"].values())
    return Line("iteration numbers gap-free and never duplicated", not found,
                f"{total} iterations, the gateway's copy the same" if not found else "; ".join(found[:3]))


def webhooks(stack: Stack, job_ids: list[str]) -> Line:
    accepted: dict[str, set[str]] = defaultdict(set)
    invalid = 0
    for hook in read_jsonl(str(stack.webhook_log)):
        if not hook.get("signature_valid"):
            invalid += 1
        elif not hook.get("refused"):
            accepted[hook["body"]["data"]["id"]].add(hook["webhook_id"])
    logged = {job for job, in sql(stack, f"select d.job_id from gateway.webhook_delivery d where d.status = 'DELIVERED' "
                                         f"and d.job_id in ({id_list(job_ids)}) and exists (select 1 from "
                                         f"gateway.webhook_attempt a where a.delivery_id = d.id and a.status_code < 300)")}
    missing = [job for job in job_ids if not accepted.get(job)]
    unlogged = [job for job in job_ids if job not in logged]
    two_events = [job for job, ids in accepted.items() if len(ids) > 1]
    passed = not missing and not unlogged and not two_events and invalid == 0
    return Line("every job's webhook delivered, validly signed, in the delivery log", passed,
                f"{len(job_ids) - len(missing)} of {len(job_ids)} received and accepted, {len(logged)} logged as "
                f"delivered, {invalid} with a bad signature, {len(two_events)} jobs with two different events")


def webhooks_once(stack: Stack, job_ids: list[str], cut_sends: int) -> Line:
    """A webhook goes out twice only when its sending was cut between the send and its record: a gateway killed, the
    receiver killed after it logged a delivery and before it answered, or PostgreSQL stopped before the outcome was
    stored. Each gateway sends one delivery at a time, so each such fault can leave at most one per gateway."""
    accepted = Counter(hook["body"]["data"]["id"] for hook in read_jsonl(str(stack.webhook_log))
                       if hook.get("signature_valid") and not hook.get("refused"))
    again = sum(count - 1 for job, count in accepted.items() if job in set(job_ids))
    return Line("each webhook accepted once, but for a send cut by a fault", again <= cut_sends,
                f"{again} accepted a second time, {cut_sends} allowed by the faults")


def dead_letters(stack: Stack, malformed_keys: list[str]) -> Line:
    out = subprocess.run([str(ROOT / "deploy/kafka.sh"), "records", "dead-letters", stack.env["MODELCRAFT_TOPIC_PREFIX"]],
                         env=stack.env, check=True, capture_output=True, text=True)
    records = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    reasonless = [r for r in records if not r["headers"].get("dead-letter-reason")]
    kept = {r["key"] for r in records}
    lost = [key for key in malformed_keys if key not in kept]
    others = Counter(f"{r['topic'].removeprefix(stack.env['MODELCRAFT_TOPIC_PREFIX'])}: "
                     f"{(r['headers'].get('dead-letter-reason') or '')[:120]}" for r in records if r["key"] not in malformed_keys)
    return Line("every dead-lettered message kept with its reason, and only the malformed ones",
                not reasonless and not lost and not others,
                f"{len(records)} dead letters, {len(reasonless)} without a reason; {len(malformed_keys) - len(lost)} of "
                f"{len(malformed_keys)} malformed messages among them"
                + "".join(f"\n        also {count}x {what}" for what, count in others.most_common(3)))


def consumer_lag(stack: Stack) -> Line:
    out = subprocess.run([str(ROOT / "deploy/kafka.sh"), "records", "lag", stack.env["MODELCRAFT_TOPIC_PREFIX"]],
                         env=stack.env, check=True, capture_output=True, text=True)
    lag = json.loads(out.stdout.strip().splitlines()[-1])
    behind = {group.removeprefix(stack.env["MODELCRAFT_TOPIC_PREFIX"]): n for group, n in lag.items() if n}
    return Line("consumer lag 0 once drained", not behind and bool(lag),
                f"{len(lag)} groups" + (f", behind: {behind}" if behind else ", all at the end"))


def process_tree() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process."""
    out = subprocess.run(["ps", "-eo", "pid=,ppid=,args="], capture_output=True, text=True, check=True)
    table = {}
    for row in out.stdout.splitlines():
        pid, ppid, args = row.strip().split(None, 2) + [""] * (3 - len(row.strip().split(None, 2)))
        table[int(pid)] = (int(ppid), args)
    return table


def orphaned_sandboxes() -> list[int]:
    """Sandbox processes (a checker, or the bubblewrap around it) with no live worker among their ancestors: any
    worker's, since another stack on the machine keeps sandboxes of its own."""
    table = process_tree()
    orphans = []
    for pid, (_, args) in table.items():
        if CHECKER not in args and "bwrap" not in args:
            continue
        ancestor = table[pid][0]
        while ancestor in table and WORKER not in table[ancestor][1] and ancestor > 1:
            ancestor = table[ancestor][0]
        if ancestor not in table or WORKER not in table[ancestor][1]:
            orphans.append(pid)
    return orphans


def sandboxes(stack: Stack) -> Line:
    orphans = orphaned_sandboxes()
    return Line("no sandbox process left behind", not orphans,
                "none" if not orphans else f"{len(orphans)} with no live worker above them: pids {orphans[:5]}")


def table(stack: Stack, job_ids: list[str], tenant_jobs: int, malformed_keys: list[str], cut_sends: int) -> list[Line]:
    return [outcomes(stack, job_ids), no_duplicate_jobs(stack, tenant_jobs, job_ids), agent_agrees(stack, job_ids),
            past_deadline(stack), outbox_empty(stack), iterations(stack, job_ids), webhooks(stack, job_ids),
            webhooks_once(stack, job_ids, cut_sends), dead_letters(stack, malformed_keys), consumer_lag(stack),
            sandboxes(stack)]


def render(lines: list[Line]) -> str:
    width = max(len(line.check) for line in lines)
    return "\n".join(f"{'PASS' if line.passed else 'FAIL'}  {line.check.ljust(width)}  {line.detail}" for line in lines)
