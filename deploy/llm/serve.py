"""Runs llama.cpp's OpenAI-compatible HTTP server (from the xllamacpp wheel) on one GGUF file until stopped.

It serves /v1/chat/completions (streaming too), /v1/models and /health on 127.0.0.1.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading

import xllamacpp


def params_for(args: argparse.Namespace) -> xllamacpp.CommonParams:
    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.model_alias = args.alias
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.n_ctx = args.ctx * args.slots
    params.n_parallel = args.slots
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    if args.seed != "random":
        params.sampling.seed = int(args.seed)
    params.use_jinja = True
    params.cache_prompt = True
    params.warmup = True
    return params


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="the GGUF file")
    parser.add_argument("--alias", required=True, help="the model name the API answers to")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ctx", type=int, required=True, help="context tokens per slot")
    parser.add_argument("--slots", type=int, required=True, help="requests decoded in parallel")
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--seed", default="random",
                        help="the sampler's seed where a request names none (an integer), or 'random'")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    server = xllamacpp.Server(params_for(args))
    print(f"serving {args.model} as {args.alias!r} on {server.listening_address}", flush=True)
    stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
