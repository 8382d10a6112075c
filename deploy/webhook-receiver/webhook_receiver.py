"""A local webhook receiver for the demo and the tests: verifies each Standard Webhooks signature with the
secret registered for the request's path in --secrets (a JSON object, path -> whsec_ secret, read on every
request so that secrets can be added while it runs) and appends every delivery (path, headers, body, whether
the signature was valid, the status answered) as one JSON line to --log. An unverifiable delivery is answered
401. POST /control/failing with {"status": 500, "seconds": 60} answers every delivery with that status for a
while (the fault suite's failing receiver); such deliveries are logged too, with "refused": true."""
from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def expected_signature(secret: str, msg_id: str, timestamp: str, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def signature_valid(secret: str | None, headers: Any, body: bytes, tolerance_s: int = 300) -> bool:
    msg_id, timestamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not secret or not msg_id or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > tolerance_s:
        return False
    want = expected_signature(secret, msg_id, timestamp, body)
    return any(hmac.compare_digest(want, sig) for sig in headers.get("webhook-signature", "").split())


def secret_for(secrets_path: Path, path: str) -> str | None:
    try:
        return json.loads(secrets_path.read_text(encoding="utf-8")).get(path)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def add_secret(secrets_path: Path, path: str, secret: str) -> None:
    """Registers `secret` for `path` (atomically, so that the receiver never reads half a file)."""
    try:
        secrets = json.loads(secrets_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        secrets = {}
    secrets[path] = secret
    partial = secrets_path.with_suffix(".tmp")
    partial.write_text(json.dumps(secrets), encoding="utf-8")
    partial.replace(secrets_path)


def make_handler(secrets_path: Path, log_path: Path, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    failing: dict[str, float] = {"status": 0, "until": 0.0}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            if self.path.rstrip("/") == "/control/failing":
                order = json.loads(body or b"{}")
                with lock:
                    failing.update(status=int(order["status"]), until=time.monotonic() + float(order["seconds"]))
                self.send_response(204)
                self.end_headers()
                return
            valid = signature_valid(secret_for(secrets_path, self.path), self.headers, body)
            with lock:
                refused = int(failing["status"]) if time.monotonic() < failing["until"] else 0
            entry = {"time": time.time(), "path": self.path, "webhook_id": self.headers.get("webhook-id"),
                     "signature_valid": valid, "refused": bool(refused), "body": json.loads(body or b"null")}
            with lock, log_path.open("a", encoding="utf-8") as log:
                log.write(json.dumps(entry) + "\n")
            self.send_response(refused or (204 if valid else 401))
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Verifying webhook receiver")
    parser.add_argument("--secrets", type=Path, required=True)
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.secrets, args.log, threading.Lock()))
    print(f"webhook receiver on http://127.0.0.1:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
