"""Where symms reads and writes: the committed models, the default output tree, the cache.

- In a checkout (an editable install: ``pyproject.toml`` and ``generated/`` beside the package),
  the committed models are the checkout's ``generated/`` and ``symms derive`` writes there.
- In an installed wheel the committed models ship as package data (``symms/generated/``, read
  only) and ``symms derive`` writes to ``./symms-out`` unless ``--out`` says otherwise; nothing
  is ever written into site-packages.
- Compiled kernels and models derived on demand go to ``$SYMMS_CACHE`` or the user cache folder
  (``platformdirs``: ``~/.cache/symms`` on Linux).
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PACKAGE = Path(__file__).resolve().parent
OUTSIDE_CHECKOUT_OUT = "symms-out"


def checkout_root() -> Path | None:
    """The source checkout this package runs from, or None for an installed wheel."""
    root = PACKAGE.parent
    pyproject = root / "pyproject.toml"
    if (root / "generated").is_dir() and pyproject.is_file() and 'name = "symms"' in pyproject.read_text():
        return root
    return None


def committed_root() -> Path:
    """The committed low-order models: the checkout's ``generated/`` or the wheel's package data."""
    root = checkout_root()
    return root / "generated" if root is not None else PACKAGE / "generated"


def default_out() -> Path:
    """Where ``symms derive`` writes without ``--out``: ``generated/`` in a checkout, else ``./symms-out``."""
    root = checkout_root()
    return root / "generated" if root is not None else Path.cwd() / OUTSIDE_CHECKOUT_OUT


def cache_dir() -> Path:
    """Compiled kernels and models derived on demand: ``$SYMMS_CACHE`` or the user cache folder."""
    path = Path(os.environ.get("SYMMS_CACHE") or platformdirs.user_cache_dir("symms", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
