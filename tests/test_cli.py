"""The command line: list, derive, check, exit statuses and one-line errors."""
import hashlib
import json
import shutil
import subprocess

import numpy as np
import pytest

from symms.cli import main


def run(*args):
    return main(list(args))


def test_list_shows_every_derivation_with_parameters(capsys):
    assert run("list") == 0
    out = capsys.readouterr().out
    assert "diffusion (default)" in out and "--order INT" in out
    assert "cauchy-born" in out and "--lattice STR" in out
    assert "--relaxed / --no-relaxed" in out and "--relaxed BOOL" not in out  # flags are shown as flags


def test_derive_then_check(tmp_path, capsys):
    assert run("derive", "diffusion", "--order", "2", "--out", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "symms derive diffusion --order 2" in out and "checks passed" in out
    assert (tmp_path / "diffusion" / "order2" / "model.tex").exists()
    assert run("check", "diffusion", "--out", str(tmp_path)) == 0
    assert "checks passed" in capsys.readouterr().out


def test_check_without_parameters_covers_every_committed_variant(capsys):
    assert run("check", "chain-dynamics", "--backend", "numpy") == 0
    assert run("check", "cauchy-born", "--backend", "numpy", "--lattice", "chain", "--cutoff", "1.5") == 0
    out = capsys.readouterr().out
    assert out.count("[ok] manifest") == 2  # one variant each: chain-dynamics has one, --lattice picks one
    from symms.cli import build_parser

    args = build_parser().parse_args(["check", "cauchy-born"])
    assert args.relaxed is None  # a flag not given must not pin a variant


def test_check_fails_with_status_1_on_a_perturbed_kernel(tmp_path, capsys):
    """A kernel perturbed by 1e-3 fails verification even when the manifest is made to agree."""
    assert run("derive", "diffusion", "--order", "2", "--out", str(tmp_path), "--no-check") == 0
    path = tmp_path / "diffusion" / "order2" / "kernels.terms.npy"
    terms = np.load(path)
    terms["coef"] *= 1.001
    np.save(path, terms)
    manifest = json.loads((tmp_path / "MANIFEST.json").read_text())
    manifest["files"]["diffusion/order2/kernels.terms.npy"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (tmp_path / "MANIFEST.json").write_text(json.dumps(manifest))
    capsys.readouterr()
    assert run("check", "diffusion", "--order", "2", "--out", str(tmp_path), "--backend", "numpy") == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("[ok] manifest" in line for line in lines)
    assert any("[FAIL] rhs [numpy] vs " in line for line in lines)


@pytest.mark.parametrize("args, message", [
    (("derive", "diffusion", "--order", "1"), "--order must be an integer ≥ 2"),
    (("derive", "diffusion", "--order", "2.5"), "--order must be of type int"),
    (("derive", "diffusion", "--backend", "fortran", "--out", "{tmp}"), "unknown backend fortran"),
    (("check", "diffusion", "--out", "{tmp}"), "nothing derived"),
    (("check", "diffusion", "--order", "5", "--out", "{tmp}"), "run `symms derive diffusion --order 5 --out "),
    (("derive", "diffusion", "--order", "2", "--out", "/proc/symms-cannot-write"), "cannot write to output directory"),
    (("derive", "diffusion", "--ordr", "2"), "see `symms derive diffusion --help`"),
    (("derive", "diffusion", "--order", "12", "--out", "{tmp}"), "GiB and"),  # refused before starting: --force
    (("derive", "cauchy-born", "--cutoff", "4", "--out", "{tmp}"), "pairs in the fcc lattice sum"),
    (("derive", "diffusion-hierarchy", "--workers", "2"), "unrecognized arguments: --workers"),
    (("derive", "cauchy-born", "--relaxed", "--lattice", "nosuch", "--out", "{tmp}"), "nosuch"),
])
def test_bad_usage_is_one_line_and_status_2(tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path / "out")) for a in args]
    assert run(*args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("symms: error:") and message in err and len(err.splitlines()) == 1


def test_unknown_name_and_help_via_the_installed_script(tmp_path):
    exe = shutil.which("symms")
    assert exe, "the console script is installed by pip install -e ."
    result = subprocess.run([exe, "derive", "nosuch"], capture_output=True, text=True)
    assert result.returncode == 2 and "invalid choice: 'nosuch'" in result.stderr and "symms list" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = subprocess.run([exe, "derive", "diffusion", "--ordr", "3"], capture_output=True, text=True)
    assert result.returncode == 2 and "--ordr" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "derive" in result.stdout
    result = subprocess.run([exe, "--debug", "derive", "diffusion", "--order", "1"], capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_the_stored_command_of_a_custom_expression_replays(tmp_path, capsys):
    """model.json's command is shell-quoted: pasted back (here split by shlex) it regenerates the variant."""
    import shlex

    from symms.locations import committed_root

    folder = committed_root() / "quantum-chain" / "A1.5-k2"
    command = json.loads((folder / "model.json").read_text())["command"]
    assert "'u**3 - 8*u**2'" in command
    argv = shlex.split(command)
    assert argv[:2] == ["symms", "derive"]
    assert run(*argv[1:], "--out", str(tmp_path), "--no-check") == 0
    assert (tmp_path / "quantum-chain" / "A1.5-k2" / "model.json").read_bytes() == (folder / "model.json").read_bytes()


def test_a_hostile_potential_is_refused_without_running_anything(tmp_path, capsys):
    """--potential used to go through sympify, which runs Python: now the safe parser refuses it."""
    marker = tmp_path / "PWNED"
    hostile = f"__import__('os').system('touch {marker}')"
    assert run("derive", "cauchy-born", "--lattice", "chain", "--cutoff", "1.5", "--potential", hostile,
               "--out", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert "attribute access is not allowed" in err and len(err.strip().splitlines()) == 1
    assert not marker.exists()
    assert run("derive", "cauchy-born", "--potential", "buckingham", "--out", str(tmp_path / "out")) == 2
    assert "unknown potential 'buckingham'; known: lj, morse; or give an expression in r" in capsys.readouterr().err


def test_renamed_options_keep_their_old_spelling_hidden(capsys):
    from symms.cli import build_parser

    parser = build_parser()
    new = parser.parse_args(["derive", "diffusion-hierarchy", "--max-order", "4"])
    old = parser.parse_args(["derive", "diffusion-hierarchy", "--max_order", "4"])
    assert new.max_order == old.max_order == "4"
    with pytest.raises(SystemExit):
        parser.parse_args(["derive", "diffusion-hierarchy", "--help"])
    text = capsys.readouterr().out
    assert "--max-order" in text and "--max_order" not in text


def test_python_api_accepts_an_alias_once(tmp_path):
    from symms import registry

    d = registry.get("diffusion-hierarchy")
    assert d.resolve(max_order=4)["max_order"] == 4


def test_no_compiler_names_the_flag_and_leaves_the_variant_marked_unverified(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CC", "/nonexistent/cc")
    monkeypatch.setenv("SYMMS_CACHE", str(tmp_path / "cache"))  # no compiled library to reuse
    assert run("derive", "diffusion", "--order", "2", "--out", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "no C compiler" in err and "--backend numpy" in err
    assert json.loads((tmp_path / "MANIFEST.json").read_text())["verified"] == {"diffusion/order2": False}
