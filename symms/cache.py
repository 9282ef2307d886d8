"""A small on-disk cache for expensive, deterministic JSON-able results.

Entries live under ``$SYMMS_CACHE/results/`` and are keyed by a name and the sha256 of the
source files that compute them, so editing the code invalidates them.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable

from .locations import cache_dir
from .output import atomic_write, to_json


def _path(name: str, sources: list[Path]) -> Path:
    digest = hashlib.sha256(b"".join(Path(s).read_bytes() for s in sources)).hexdigest()[:16]
    return cache_dir() / "results" / f"{name}-{digest}.json"


def is_cached(name: str, sources: list[Path]) -> bool:
    return _path(name, sources).exists()


def cached_json(name: str, sources: list[Path], compute: Callable[[], dict]) -> dict:
    """``compute()``, remembered on disk per ``name`` and the content of ``sources``."""
    path = _path(name, sources)
    if path.exists():
        return json.loads(path.read_text())
    value = json.loads(to_json(compute()))
    atomic_write(path, to_json(value))
    return value
