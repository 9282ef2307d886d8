"""Files: atomic writes, the manifest, output-directory errors, deterministic text."""
import json
import os
import subprocess
import sys

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


def test_regeneration_is_byte_identical_across_processes(tmp_path):
    """Two separate processes (no shared in-process cache) with different hash seeds write the same bytes."""
    script = "import sys; from symms.pipeline import derive; derive('diffusion', out=sys.argv[1], order=3, check=False)"
    for name, seed in (("a", "1"), ("b", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / name)], check=True, env=env, timeout=300)
    a, b = tmp_path / "a" / "diffusion" / "order3", tmp_path / "b" / "diffusion" / "order3"
    names = sorted(p.name for p in a.iterdir())
    assert names == ["kernels.c", "kernels.nodes.npy", "kernels.py", "kernels.terms.npy", "model.json", "model.tex",
                     "results.json", "structure.csv"]
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_unverified_variants_are_marked_and_warned_about(tmp_path, monkeypatch):
    """--no-check writes the files but marks them unverified; load_kernel warns; a passing check marks them."""
    import warnings as w

    from symms import pipeline
    from symms.output import is_verified

    derive("diffusion", out=tmp_path, order=2, check=False)
    assert not is_verified(tmp_path, "diffusion/order2")
    monkeypatch.setattr(pipeline, "committed_root", lambda: tmp_path)
    with pytest.warns(UserWarning, match="not marked verified"):
        pipeline.load_kernel("diffusion", order=2)
    assert pipeline.check("diffusion", out=tmp_path, order=2).passed
    assert is_verified(tmp_path, "diffusion/order2")
    with w.catch_warnings():
        w.simplefilter("error")
        pipeline.load_kernel("diffusion", order=2)


def test_csv_headers_are_plain_text():
    """LaTeX column headers become readable CSV headers (formatting commands dropped, angle brackets kept)."""
    from symms.output import _plain

    assert _plain(r"$|D - D_{\rm ref}|$") == "|D - D_ref|"
    assert _plain(r"$t/\mathrm{De}$") == "t/De"
    assert _plain(r"$\langle m_x m_y\rangle$ BD") == "<m_x m_y> BD"
    assert _plain(r"$\|T\|_{\infty}$") == "|T|_infty"
    assert _plain(r"$\rho$") == "rho"  # a Greek name that starts like \rm stays
