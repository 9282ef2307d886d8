"""Documents print mathematics, not code names (issue 10, "Readable documents").

Internal names are what the code calls things: lattice quantities at an offset (``r_p1``,
``kappa_m2``, ``U_p1``, ``u_m1``, ``K_p1`` — :mod:`symms.naming`), which SymPy prints as
``r_{p1}``, ``\\kappa_{m2}``, ``U_{p1}``; the code names of the seed-000 coarse models
(``dUdt``, ``dU_p2``, ``cU_p1``, ``g3_m1``, ``v_0``-style ``v_{0}`` without the element index); and bare
Greek words (``gamma``, ``kappa``, ``rho``, ``theta``) outside a LaTeX command.  Every committed
``.tex`` under ``generated/`` is scanned, and so is what the diffusion builder typesets now.
"""
import json
import re
from functools import lru_cache

import pytest

from symms.latex import render_document
from symms.locations import committed_root

INTERNAL = {
    "offset name": re.compile(r"(?<![\\A-Za-z])[A-Za-z]+_\{?[mp][0-9]+\}?"),  # r_{p1}, kappa_m2, U_{p1}, u_m1
    "offset name after a command": re.compile(r"\\[A-Za-z]+_\{?[mp][0-9]+\}?"),  # \kappa_{m2}, \rho_{p1}
    "bare Greek word": re.compile(r"(?<![\\A-Za-z])(gamma|kappa|rho|theta|Gamma)(?![A-Za-z])"),
    "code name": re.compile(r"\b(dUdt|c?dU_\{?[mp]?[0-9]|cU_\{?[mp]?[0-9]|g[0-9]+_\{?[mp0-9])"),
    "element-less fine variable": re.compile(r"(?<![\\A-Za-z])v_\{[0-9]+\}"),
}

GENERATED = committed_root()
TEX = sorted(n for n in json.loads((GENERATED / "MANIFEST.json").read_text())["files"] if n.endswith(".tex"))


@lru_cache(maxsize=None)
def diffusion_document(order: int) -> str:
    """What the diffusion builder typesets now at ``order`` (built once per test run)."""
    from symms.models.diffusion import build_model

    return render_document(build_model(order), "symms derive diffusion")


def internal_names(tex: str) -> list[str]:
    """``kind: match (line n)`` for every internal name in ``tex`` (the header comment excluded:
    it holds the regenerating command, which is code by design)."""
    found = []
    for n, line in enumerate(tex.splitlines(), 1):
        if line.startswith("%"):
            continue
        for kind, pattern in INTERNAL.items():
            found += [f"{kind}: {m.group()} (line {n})" for m in pattern.finditer(line)]
    return found


def test_the_scan_finds_what_it_is_meant_to_find():
    sample = r"$\frac{K_{j} \left(\rho_{2j} + 2 r_{p1}\right)}{8}$, \kappa_{m2}, gamma = 1, $\frac{dUdt}{1}$, $v_{0}$"
    kinds = {f.split(":")[0] for f in internal_names(sample)}
    assert kinds == set(INTERNAL)
    assert internal_names(r"$\rho_{2j+1} \gamma K_{j-1} U_{j+2} v_{j,0}$ $dU_j/dt$ \kappa_i a_0 \int_0") == []


@pytest.mark.parametrize("tex", TEX)
def test_committed_documents_print_no_internal_names(tex):
    found = internal_names((GENERATED / tex).read_text())
    assert not found, f"{tex} prints internal names: {'; '.join(found[:5])} (regenerate it with the command in its first line)"


@pytest.mark.parametrize("order", [2, 3])
def test_diffusion_document_prints_no_internal_names(order):
    tex = diffusion_document(order)
    assert internal_names(tex) == []
    assert r"\rho_{2j+1}" in tex  # the resistivity that printed as r_{p1} (order 2) and r_{p3} (order 3) before


def test_diffusion_order2_evolution_is_eq8_in_difference_form():
    """Seed 000 eq (8): dU_j/dt = γ² (1/16)[K_{j-1} U_{j-2} − (K_{j-1} + K_{j+1}) U_j + K_{j+1} U_{j+2}],
    i.e. K_{j-1}/16 (U_{j-2} − U_j) + K_{j+1}/16 (U_{j+2} − U_j): one term per shift, no γ² U factor."""
    tex = diffusion_document(2)
    line = next(ln for ln in tex.splitlines() if ln.startswith(r"[\gamma^{2}]"))
    assert line == (r"[\gamma^{2}]\,\frac{dU_j}{dt} &= \frac{K_{j-1}}{16} \left(U_{j-2} - U_{j}\right) "
                    r"+ \frac{K_{j+1}}{16} \left(U_{j+2} - U_{j}\right)")


def test_no_order_repeats_its_power_of_gamma_on_every_term():
    tex = diffusion_document(3)
    assert not re.search(r"U_\{j[^}]*\} \\gamma\^\{3\}", tex)
    # the shifts of γ³ each appear once, as a named coefficient times a difference
    assert all(rf"g^{{(3)}}_{{{k}}}(j) \left(U_{{j{k:+d}}} - U_{{j}}\right)" in tex for k in (-3, -2, -1, 1, 2, 3))


def test_diffusion_fine_structure_is_eq6_in_centred_differences():
    """Seed 000 eq (6): v_j = U_j + γ (1/8) K_j (…)(U_{j+1} − U_{j−1}); the last component's bracket
    is κ⁻¹_{2j} + 2κ⁻¹_{2j+1} + 2κ⁻¹_{2j+2}, the first's −κ⁻¹_{2j} − 2κ⁻¹_{2j−1} − 2κ⁻¹_{2j−2}."""
    lines = {ln.split(" &=")[0]: ln.split("&= ")[1] for ln in diffusion_document(2).splitlines() if ln.startswith("v_{j,")}
    assert lines["v_{j,7}"] == (r"U_{j} + \frac{K_{j} \left(\rho_{2j} + 2 \rho_{2j+1} + 2 \rho_{2j+2}\right)}{8} "
                                r"\left(U_{j+1} - U_{j-1}\right) \gamma")
    assert lines["v_{j,0}"] == (r"U_{j} - \frac{K_{j} \left(\rho_{2j} + 2 \rho_{2j-1} + 2 \rho_{2j-2}\right)}{8} "
                                r"\left(U_{j+1} - U_{j-1}\right) \gamma")
