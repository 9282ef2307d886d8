"""Centre-manifold engine for linear lattice DAEs (seed 000 §3): spec, iteration, structure."""
from .spec import LatticeDAE, v
from .engine import SlowManifold, derive_slow_manifold

__all__ = ["LatticeDAE", "v", "SlowManifold", "derive_slow_manifold"]
