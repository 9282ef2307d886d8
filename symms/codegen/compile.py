"""Compile C sources into shared libraries, cached by content (design.md; devito-style).

The cache key is the sha256 of (source, compiler identity, flags); the library lives under
``$SYMMS_CACHE`` (default: the user cache directory) and is built into a temporary file and
renamed, under an exclusive file lock (``filelock``, portable), so two processes never compile
or half-write the same library.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from filelock import FileLock

from ..errors import KernelError
from ..locations import cache_dir

FLAGS = ("-std=c11", "-O2", "-fPIC", "-shared", "-Wall", "-Wno-unused-variable", "-Wno-unused-but-set-variable")


def compiler() -> str:
    """The C compiler to use (``$CC`` or ``cc``), or a KernelError saying how to get one."""
    cc = os.environ.get("CC", "cc")
    if shutil.which(cc) is None:
        raise KernelError(f"no C compiler found ({cc!r} is not on PATH); install gcc (apt-get install gcc) or set CC, "
                          "or use the numpy kernels only (`--backend numpy` on the command line, backend='numpy' in Python)")
    return cc


@lru_cache(maxsize=4)
def _compiler_identity(cc: str) -> str:
    try:
        return subprocess.run([cc, "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise KernelError(f"C compiler {cc!r} does not run ({exc}); install gcc or set CC") from None


def build(source: str, name: str = "kernel", flags: tuple[str, ...] = ()) -> Path:
    """Path of the shared library compiled from ``source`` with ``FLAGS`` plus ``flags`` (built once
    per content and flags)."""
    cc = compiler()
    flags = FLAGS + tuple(flags)
    key = hashlib.sha256("\0".join([source, _compiler_identity(cc), " ".join(flags)]).encode()).hexdigest()[:24]
    root = cache_dir() / "kernels"
    root.mkdir(parents=True, exist_ok=True)
    library = root / f"{name}-{key}.so"
    if library.exists():
        return library
    with FileLock(root / f"{name}-{key}.lock"):
        if library.exists():
            return library
        with tempfile.TemporaryDirectory(dir=root) as tmp:
            c_file = Path(tmp) / f"{name}.c"
            c_file.write_text(source)
            built = Path(tmp) / f"{name}.so"
            result = subprocess.run([cc, *flags, "-o", str(built), str(c_file), "-lm"], capture_output=True, text=True)
            if result.returncode != 0:
                first = (result.stderr.strip().splitlines() or ["(no message)"])[0]
                raise KernelError(f"compiling {name} with {cc} failed: {first}")
            os.replace(built, library)
    return library
