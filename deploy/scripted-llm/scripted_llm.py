"""STAND-IN for an LLM provider: an OpenAI-compatible chat-completions server that answers from a script.

It exists for the offline demo and the tests only, so that the agent's real LangChain4j client, its
serialisation and its error paths run without a reachable provider. It never writes or fixes code itself:
every reply is a fixed text from the script file.

Script file (JSON): {"scripts": [{"match": "<text found in the conversation's first user message>",
                                  "replies": ["<reply to turn 1>", "<reply to turn 2>", ...]}]}
The reply for a request is chosen by how many assistant messages the request already holds, so the
server keeps no state between requests and a restarted agent gets the same answers.

Every request is appended as one JSON line to --log, so a test can read what the agent sent.
"""
from __future__ import annotations

import argparse
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Script:
    match: str
    replies: list[str]


def load_scripts(path: Path) -> list[Script]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Script(s["match"], list(s["replies"])) for s in data["scripts"]]


def choose_reply(scripts: list[Script], messages: list[dict[str, Any]]) -> str | None:
    first_user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
    if isinstance(first_user, list):
        first_user = " ".join(part.get("text", "") for part in first_user if isinstance(part, dict))
    turn = sum(1 for m in messages if m.get("role") == "assistant")
    for script in scripts:
        if script.match.lower() in first_user.lower():
            return script.replies[min(turn, len(script.replies) - 1)]
    return None


def completion(model: str, text: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
    prompt_chars = sum(len(str(m.get("content") or "")) for m in messages)
    prompt_tokens, completion_tokens = max(1, prompt_chars // 4), max(1, len(text) // 4)
    return {
        "id": f"chatcmpl-scripted-{time.time_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def make_handler(scripts: list[Script], log_path: Path | None, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self.send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
            messages = body.get("messages", [])
            if log_path is not None:
                with lock, log_path.open("a", encoding="utf-8") as log:
                    log.write(json.dumps({"time": time.time(), "request": body}) + "\n")
            reply = choose_reply(scripts, messages)
            if reply is None:
                self.send_json(400, {"error": {"message": "the scripted stand-in has no script for this problem",
                                               "type": "invalid_request_error"}})
                return
            self.send_json(200, completion(body.get("model", "scripted"), reply, messages))

        def do_GET(self) -> None:  # noqa: N802
            if self.path.rstrip("/").endswith("/models"):
                self.send_json(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})
            else:
                self.send_json(200, {"status": "UP", "stand_in": True})

        def send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Scripted OpenAI-compatible stand-in for an LLM provider")
    parser.add_argument("--script", type=Path, required=True)
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(load_scripts(args.script), args.log, threading.Lock()))
    print(f"scripted LLM stand-in on http://127.0.0.1:{args.port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
