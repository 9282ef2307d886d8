"""symms' own derivations, one module each, shipped as the ``symms.derivations`` package and
registered as ``symms.derivations`` entry points in ``pyproject.toml``."""
