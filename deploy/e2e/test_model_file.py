"""The embedded model's file is used only when its size and SHA-256 are the recorded ones."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "deploy" / "llm"))

from fetch_model import ModelError, ModelSpec, cached, load_spec, main  # noqa: E402

CONTENT = b"GGUF" + bytes(range(256)) * 4


def spec_for(content: bytes) -> ModelSpec:
    return ModelSpec("tiny", "tiny-part{n}", "1.0", 1, len(content), hashlib.sha256(content).hexdigest())


def test_a_verified_file_is_used_and_a_changed_one_refused(tmp_path: Path) -> None:
    spec = spec_for(CONTENT)
    model = tmp_path / spec.file_name()
    model.write_bytes(CONTENT)
    assert cached(spec, tmp_path) == model
    model.write_bytes(CONTENT[:-1] + b"x")
    with pytest.raises(ModelError, match="is corrupt .* delete it and run deploy/llm.sh install"):
        cached(spec, tmp_path)


def test_a_missing_file_says_what_to_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--model", "qwen2.5-coder-1.5b", "--cache", str(tmp_path), "--check-only"]) == 1
    assert "is missing; run deploy/llm.sh install" in capsys.readouterr().err


def test_every_catalogued_model_has_a_recorded_size_and_hash(tmp_path: Path) -> None:
    catalogue = ROOT / "deploy/llm/models.json"
    for name in json.loads(catalogue.read_text()):
        spec = load_spec(catalogue, name)
        assert spec.size > 0 and len(spec.sha256) == 64
    unverified = tmp_path / "models.json"
    unverified.write_text(json.dumps({"x": {"package": "x{n}", "version": "1", "parts": 1, "bytes": None, "sha256": None}}))
    with pytest.raises(ModelError, match="refusing unverified weights"):
        load_spec(unverified, "x")
