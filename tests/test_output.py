"""Files: atomic writes, the manifest, output-directory errors, deterministic text."""
import json
import os

import pytest

from symms.errors import InputError
from symms.output import atomic_write, check_out_dir, to_json, write_files
from symms.pipeline import derive


def test_atomic_write_leaves_old_file_on_interrupt(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    atomic_write(target, "old\n")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_out_dir_that_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(InputError, match="is a file"):
        check_out_dir(f)
    with pytest.raises(InputError, match="is a file"):
        derive("diffusion", out=f, order=2, check=False)


def test_manifest_records_sha_and_command(tmp_path):
    write_files(tmp_path, "demo", "v1", {"b.txt": "b\n", "a.txt": "a\n"}, "symms derive demo")
    manifest = json.loads((tmp_path / "MANIFEST.json").read_text())
    assert sorted(manifest["files"]) == ["demo/v1/a.txt", "demo/v1/b.txt"]
    assert manifest["files"]["demo/v1/a.txt"]["command"] == "symms derive demo"
    assert to_json({"b": 1, "a": 2}) == '{\n  "a": 2,\n  "b": 1\n}\n'


def test_regeneration_is_byte_identical(tmp_path):
    a = derive("diffusion", out=tmp_path / "a", order=3, check=False).folder
    b = derive("diffusion", out=tmp_path / "b", order=3, check=False).folder
    for name in ("model.json", "model.tex", "kernels.py", "kernels.c", "results.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
