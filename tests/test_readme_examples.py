"""The README's own-lattice example runs as written: a user-defined lattice through build, emit, verify."""
import sympy as sp


def test_own_lattice_and_potential_example(tmp_path):
    from symms.models.cauchy_born import build
    from symms.models.lattices import Lattice, a
    from symms.output import write_files
    from symms.pipeline import emit, verify_folder

    square = Lattice("square", sp.Matrix([[a, 0], [0, a]]), description="2D square lattice")
    model = build(square, potential="4*(r**-12 - r**-6)", cutoff=1.8)
    # by hand: 4 neighbours at a0 and 4 at sqrt(2) a0 inside rc = 1.8; zero stress where
    # d/da [4 V(a) + 4 V(sqrt2 a)] = 0, i.e. a^6 = 2 (1 + 2^-6) / (1 + 2^-3)
    a0 = (2 * (1 + 2 ** -6) / (1 + 2 ** -3)) ** (1 / 6)
    assert model.data["summary"][0] == f"zero-stress reference: a0 = {a0:.10g}"
    folder = write_files(tmp_path / "out", "cauchy-born", "square", emit(model, "custom square lattice"), "custom")
    checks = verify_folder(folder)
    assert checks and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
