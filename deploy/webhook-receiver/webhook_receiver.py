"""A local webhook receiver for the demo and the tests: verifies each Standard Webhooks signature and
appends every delivery (headers, body, whether the signature was valid) as one JSON line to --log."""
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


def signature_valid(secret: str, headers: Any, body: bytes, tolerance_s: int = 300) -> bool:
    msg_id, timestamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not msg_id or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > tolerance_s:
        return False
    want = expected_signature(secret, msg_id, timestamp, body)
    return any(hmac.compare_digest(want, sig) for sig in headers.get("webhook-signature", "").split())


def make_handler(secret: str, log_path: Path, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            valid = signature_valid(secret, self.headers, body)
            entry = {"time": time.time(), "path": self.path, "webhook_id": self.headers.get("webhook-id"),
                     "signature_valid": valid, "body": json.loads(body or b"null")}
            with lock, log_path.open("a", encoding="utf-8") as log:
                log.write(json.dumps(entry) + "\n")
            self.send_response(204 if valid else 401)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Verifying webhook receiver")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.secret, args.log, threading.Lock()))
    print(f"webhook receiver on http://127.0.0.1:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
