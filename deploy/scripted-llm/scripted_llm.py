"""STAND-IN for an LLM provider: an OpenAI-compatible chat-completions server that answers from a script.

It exists for the offline demo and the tests only, so that the agent's real LangChain4j client, its
serialisation and its error paths run without a reachable provider. It never writes or fixes code itself:
every reply is a fixed text from the script file.

Script file (JSON): {"scripts": [{"match": "<text found in the conversation's first user message>",
                                  "replies": ["<reply to turn 1>", "<reply to turn 2>", ...],
                                  "faults": [<fault>, ...], "faults_repeat": false}]}
The reply for a request is chosen by how many assistant messages the request already holds, plus its seed
less one when it names a seed (a turn that asks the first question again with a seed of its own gets a
later reply), so a restarted agent gets the same answers. Faults make the provider misbehave: the first requests for a
script get them in order (all requests, if "faults_repeat"), the later ones the replies. A fault is one of
  {"status": 429, "retry_after": "2"}   an HTTP error (with a Retry-After header when given)
  {"delay": 30}                         answer only after that many seconds
  {"stall": 30}                         send the headers and half the body, then stall that many seconds
  {"malformed": true}                   200 with a body that is not JSON
  {"empty": true}                       200 with an empty assistant message
  {"oversize_chars": 3000000}           200 with an assistant message of that many characters
  {"cut_off": true}                     200 with the first half of the reply and finish_reason "length"
  {"write_seconds": 4}                  a streamed reply written piece by piece over that many seconds
An outage makes every request misbehave for a while, whatever its script: POST /control/outage with
{"fault": <fault>, "seconds": 20} (the fault suite's "the LLM returns 429, 5xx or times out for a while").
The fault counters and the outage are the server's only state.

A request with "stream": true is answered as the providers stream (OpenAI's chat.completion.chunk events,
Anthropic's message events), the reply in pieces of a few characters; the faults apply to streams too: a stall
sends half the pieces, malformed a piece that is not JSON, oversize its characters in pieces.

Every request is appended as one JSON line to --log, so a test can read what the agent sent.
"""
from __future__ import annotations

import argparse
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Script:
    match: str
    replies: list[str]
    faults: list[dict[str, Any]] = field(default_factory=list)
    faults_repeat: bool = False


def load_scripts(path: Path) -> list[Script]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Script(s["match"], list(s["replies"]), list(s.get("faults", [])), bool(s.get("faults_repeat")))
            for s in data["scripts"]]


def find_script(scripts: list[Script], messages: list[dict[str, Any]]) -> Script | None:
    first_user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
    if isinstance(first_user, list):
        first_user = " ".join(part.get("text", "") for part in first_user if isinstance(part, dict))
    return next((s for s in scripts if s.match.lower() in first_user.lower()), None)


def choose_reply(script: Script, messages: list[dict[str, Any]], seed: int | None = None) -> str:
    turn = sum(1 for m in messages if m.get("role") == "assistant") + (max(seed, 1) - 1 if seed else 0)
    return script.replies[min(turn, len(script.replies) - 1)]


def text_of(content: Any) -> str:
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content or "")


class FaultPlan:
    """Which fault, if any, the next request for a script gets."""

    def __init__(self) -> None:
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()

    def next_fault(self, script: Script) -> dict[str, Any] | None:
        if not script.faults:
            return None
        with self._lock:
            count = self._served.get(script.match, 0)
            self._served[script.match] = count + 1
        if script.faults_repeat:
            return script.faults[count % len(script.faults)]
        return script.faults[count] if count < len(script.faults) else None


class Outage:
    """A fault every request gets until a moment (``POST /control/outage``)."""

    def __init__(self) -> None:
        self._fault: dict[str, Any] | None = None
        self._until = 0.0
        self._lock = threading.Lock()

    def start(self, fault: dict[str, Any], seconds: float) -> None:
        with self._lock:
            self._fault, self._until = fault, time.monotonic() + seconds

    def current(self) -> dict[str, Any] | None:
        with self._lock:
            return self._fault if time.monotonic() < self._until else None


def completion(model: str, text: str, messages: list[dict[str, Any]], finish_reason: str = "stop") -> dict[str, Any]:
    prompt_chars = sum(len(str(m.get("content") or "")) for m in messages)
    prompt_tokens, completion_tokens = max(1, prompt_chars // 4), max(1, len(text) // 4)
    return {
        "id": f"chatcmpl-scripted-{time.time_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def chunk(model: str, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}


def pieces(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def make_handler(scripts: list[Script], log_path: Path | None, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    faults = FaultPlan()
    outage = Outage()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path.rstrip("/") == "/control/outage":
                order = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
                outage.start(dict(order["fault"]), float(order["seconds"]))
                self.send_json(200, {"outage": order})
                return
            if self.path.rstrip("/").endswith("/messages"):
                self.answer_anthropic()
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self.send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
            messages = body.get("messages", [])
            if log_path is not None:
                with lock, log_path.open("a", encoding="utf-8") as log:
                    log.write(json.dumps({"time": time.time(), "request": body}) + "\n")
            script = find_script(scripts, messages)
            if script is None:
                self.send_json(400, {"error": {"message": "the scripted stand-in has no script for this problem",
                                               "type": "invalid_request_error"}})
                return
            model = body.get("model", "scripted")
            fault = outage.current() or faults.next_fault(script)
            reply = choose_reply(script, messages, body.get("seed"))
            if body.get("stream"):
                self.stream_openai(fault or {}, model, reply, messages)
            elif fault is None:
                self.send_json(200, completion(model, reply, messages))
            else:
                self.misbehave(fault, model, reply, messages)

        def stream_openai(self, fault: dict[str, Any], model: str, reply: str, messages: list[dict[str, Any]]) -> None:
            if "status" in fault:
                self.misbehave(fault, model, reply, messages)
                return
            time.sleep(float(fault.get("delay", 0)))
            finish, text = "stop", reply
            if fault.get("empty"):
                text = ""
            elif fault.get("cut_off"):
                finish, text = "length", reply[: len(reply) // 2]
            elif "oversize_chars" in fault:
                text = "x" * int(fault["oversize_chars"])
            usage = completion(model, text, messages)["usage"]
            events = [chunk(model, {"role": "assistant", "content": ""})]
            events += [chunk(model, {"content": piece}) for piece in pieces(text, 2000 if "oversize_chars" in fault else 12)]
            events += [chunk(model, {}, finish), {**chunk(model, {}), "choices": [], "usage": usage}]
            lines = [f"data: {json.dumps(event)}\n\n".encode("utf-8") for event in events] + [b"data: [DONE]\n\n"]
            if fault.get("malformed"):
                lines = lines[:2] + [b'data: {"id": "chatcmpl-broken", "choices": [{"delta": \n\n']
            self.send_stream(lines, fault)

        def answer_anthropic(self) -> None:
            """Anthropic's Messages API: the system prompt apart, content as text blocks."""
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
            messages = [{"role": m.get("role"), "content": text_of(m.get("content"))} for m in body.get("messages", [])]
            if log_path is not None:
                with lock, log_path.open("a", encoding="utf-8") as log:
                    log.write(json.dumps({"time": time.time(), "api": "anthropic", "request": body}) + "\n")
            script = find_script(scripts, messages)
            if script is None:
                self.send_json(400, {"type": "error", "error": {"type": "invalid_request_error",
                                                                "message": "no script for this problem"}})
                return
            text = choose_reply(script, messages)
            if body.get("stream"):
                self.stream_anthropic(body.get("model", "scripted"), text, messages)
                return
            self.send_json(200, {"id": f"msg_scripted_{time.time_ns()}", "type": "message", "role": "assistant",
                                 "model": body.get("model", "scripted"), "content": [{"type": "text", "text": text}],
                                 "stop_reason": "end_turn", "stop_sequence": None,
                                 "usage": {"input_tokens": max(1, len(json.dumps(messages)) // 4),
                                           "output_tokens": max(1, len(text) // 4)}})

        def stream_anthropic(self, model: str, text: str, messages: list[dict[str, Any]]) -> None:
            start = {"id": f"msg_scripted_{time.time_ns()}", "type": "message", "role": "assistant", "model": model,
                     "content": [], "stop_reason": None, "stop_sequence": None,
                     "usage": {"input_tokens": max(1, len(json.dumps(messages)) // 4), "output_tokens": 1}}
            events = [("message_start", {"type": "message_start", "message": start}),
                      ("content_block_start", {"type": "content_block_start", "index": 0,
                                               "content_block": {"type": "text", "text": ""}})]
            events += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                "delta": {"type": "text_delta", "text": piece}}) for piece in pieces(text, 12)]
            events += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                       ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                          "usage": {"output_tokens": max(1, len(text) // 4)}}),
                       ("message_stop", {"type": "message_stop"})]
            self.send_stream([f"event: {name}\ndata: {json.dumps(data)}\n\n".encode("utf-8") for name, data in events], {})

        def send_stream(self, lines: list[bytes], fault: dict[str, Any]) -> None:
            """Server-sent events, the connection closed at the end; a stall stops halfway, then waits."""
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.end_headers()
            if "stall" in fault:
                lines = lines[: len(lines) // 2]
            pause = float(fault.get("write_seconds", 0)) / max(1, len(lines))
            try:
                for line in lines:
                    self.wfile.write(line)
                    self.wfile.flush()
                    time.sleep(pause)
                time.sleep(float(fault.get("stall", 0)))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a reply over its size limit, a timeout): nothing more to say

        def misbehave(self, fault: dict[str, Any], model: str, reply: str, messages: list[dict[str, Any]]) -> None:
            if "status" in fault:
                headers = {"retry-after": str(fault["retry_after"])} if "retry_after" in fault else {}
                self.send_json(int(fault["status"]), {"error": {"message": f"scripted fault {fault['status']}",
                                                                "type": "server_error"}}, headers)
            elif "delay" in fault:
                time.sleep(float(fault["delay"]))
                self.send_json(200, completion(model, reply, messages))
            elif "stall" in fault:
                data = json.dumps(completion(model, reply, messages)).encode("utf-8")
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                time.sleep(float(fault["stall"]))
            elif fault.get("malformed"):
                self.send_raw(200, b'{"id": "chatcmpl-broken", "choices": [{"message": ')
            elif fault.get("empty"):
                self.send_json(200, completion(model, "", messages))
            elif fault.get("cut_off"):
                self.send_json(200, completion(model, reply[: len(reply) // 2], messages, finish_reason="length"))
            elif "oversize_chars" in fault:
                self.send_json(200, completion(model, "x" * int(fault["oversize_chars"]), messages))

        def do_GET(self) -> None:  # noqa: N802
            if self.path.rstrip("/").endswith("/models"):
                self.send_json(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})
            else:
                self.send_json(200, {"status": "UP", "stand_in": True})

        def send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self.send_raw(status, json.dumps(payload).encode("utf-8"), headers)

        def send_raw(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Scripted OpenAI-compatible stand-in for an LLM provider")
    parser.add_argument("--script", type=Path, action="append", required=True, help="may be given more than once")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler([s for path in args.script for s in load_scripts(path)], args.log, threading.Lock()))
    print(f"scripted LLM stand-in on http://127.0.0.1:{args.port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
