"""A user's linear lattice DAE from a spec file (TOML/JSON), coarsened by the slow-manifold engine.

``symms derive lattice-dae --spec FILE --order P``: the engine, structure facts, LaTeX, kernels
and checks of seed 000's diffusion, with no Python written.  The variant is named by the spec's
name, the first 12 hex digits of the sha256 of the file's bytes, and the order, so an edited
file never reuses an old folder.
"""
from symms.errors import InputError
from symms.registry import Derivation, Param, variant_slug


def load_spec(value):
    """The spec file (imported on first use, so listing derivations stays cheap)."""
    from symms.manifold.spec_file import load_spec

    return load_spec(value)


def _order(value: int):
    return None if value >= 1 else "must be an integer ≥ 1"


def _spec(value: str):
    load_spec(value)  # a malformed spec is refused here, with the field named, before any work
    return None


PARAMS = (Param("spec", str, "seed000-embedding", "spec file (TOML or JSON) or a shipped spec name", validate=_spec, slug=None),
          Param("order", int, 3, "highest power of gamma in the evolution (≥ 1)", validate=_order, slug="order"))


class SpecDerivation(Derivation):
    """A derivation whose variant also names the content of its spec file."""

    def variant(self, params: dict) -> str:
        spec = load_spec(params["spec"])
        return f"{spec.spec.name}-{spec.token}-{variant_slug(self.params, params)}"


def _check(parameters: dict, kernels: dict):
    spec = load_spec(parameters["spec"])
    if "rhs" not in kernels:
        raise InputError("lattice-dae check needs the rhs kernel")
    from symms.models.lattice_dae import spectrum_check

    return spectrum_check(spec.spec, parameters["order"], kernels["rhs"], spec.sample)


def _build(spec, order, progress=False):
    from symms.models.lattice_dae import build_lattice_model

    return build_lattice_model(load_spec(spec), order, progress=progress)


DERIVATION = SpecDerivation(
    name="lattice-dae",
    description="a linear lattice DAE from a spec file (--spec FILE) coarsened by the slow-manifold engine (seed 000 §3)",
    params=PARAMS,
    build=_build,
    checks=_check,
)
