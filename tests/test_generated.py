"""What is committed in generated/ is exactly what the code produces, and every .tex compiles."""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from symms import registry
from symms.locations import committed_root
from symms.pipeline import derive

GENERATED = committed_root()

MANIFEST = json.loads((GENERATED / "MANIFEST.json").read_text())["files"]
SLOW = {"diffusion/hierarchy/levels4-P6-seed2026", "cauchy-born/fcc-lj-rc2.5", "cauchy-born/hcp-lj-rc2.5",
        "kohn-sham/m15-gth-szv-k1"}  # > 5 s to regenerate
# The full closure study takes ~20 CPU-minutes: too long for CI, so its committed tables are checked by
# their manifest sha256 only; the small study regenerates here, and a test shows its output does not
# depend on the worker count.  Regenerate it with `symms derive closure-study --size full`.
ON_DEMAND = {"closure/study/full"}
VARIANTS = [pytest.param(v, marks=pytest.mark.slow) if v in SLOW else v
            for v in sorted({str(Path(name).parent) for name in MANIFEST}) if v not in ON_DEMAND]


def test_manifest_lists_exactly_the_committed_model_files():
    on_disk = {p.relative_to(GENERATED).as_posix() for p in GENERATED.rglob("*")
               if p.is_file() and p.name != "MANIFEST.json" and not p.name.startswith(".") and "__pycache__" not in p.parts}
    assert on_disk == set(MANIFEST)


@pytest.mark.parametrize("variant", VARIANTS)
def test_committed_files_match_regeneration(variant, tmp_path):
    folder = GENERATED / variant
    data = json.loads((folder / "model.json").read_text())
    if data["derivation"] == "kohn-sham" and not os.environ.get("CI"):
        pytest.importorskip("pyscf", reason="the kohn-sham variant regenerates with PySCF: pip install -e '.[dft]'")
    derivation = registry.get(data["derivation"])
    params = dict(data["parameters"])
    report = derive(derivation.name, out=tmp_path, check=False, **params)
    assert report.folder.relative_to(tmp_path).as_posix() == variant
    for name in sorted(n for n in MANIFEST if n.startswith(variant + "/")):
        produced = tmp_path / name
        assert produced.exists(), f"{name} is no longer produced"
        if name.endswith(".png"):  # pixels depend on the matplotlib/freetype build: compare the image size
            assert produced.read_bytes()[16:24] == (GENERATED / name).read_bytes()[16:24], f"{name} changed size"
            continue
        assert produced.read_bytes() == (GENERATED / name).read_bytes(), f"{name} differs: regenerate with `{MANIFEST[name]['command']}`"


@pytest.mark.parametrize("tex", sorted(n for n in MANIFEST if n.endswith(".tex")))
def test_committed_latex_compiles_without_overfull_lines(tex, tmp_path):
    pdflatex = shutil.which("pdflatex")
    if not pdflatex:  # a fresh machine may lack TeX; CI (CI=true) must have it
        assert not os.environ.get("CI"), "CI must compile the LaTeX: install texlive-latex-base texlive-latex-recommended"
        pytest.skip("pdflatex not found: LaTeX compile not tested (apt-get install texlive-latex-base texlive-latex-recommended)")
    shutil.copy(GENERATED / tex, tmp_path / "model.tex")
    for png in (GENERATED / tex).parent.glob("*.png"):  # the figures it includes
        shutil.copy(png, tmp_path / png.name)
    result = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error", "model.tex"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]
    overfull = [float(x) for x in re.findall(r"Overfull \\hbox \(([0-9.]+)pt too wide\)", result.stdout)]
    assert max(overfull, default=0.0) < 20.0, f"lines run off the page by up to {max(overfull)}pt"
