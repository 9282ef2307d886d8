"""The derivation registry: finds ``derivations/*.py`` and exposes them by name.

Each module in ``derivations/`` defines ``DERIVATION = Derivation(...)``: its name, a one-line
description, its parameters (with types, defaults and help text that the CLI turns into
options) and the builder that returns a :class:`symms.model.DerivedModel`.  More directories
can be listed, separated by ``os.pathsep``, in ``$SYMMS_DERIVATIONS``.
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .errors import InputError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DERIVATION = "diffusion"


@dataclass(frozen=True)
class Param:
    """A parameter of a derivation: ``--name VALUE`` on the command line."""

    name: str
    type: Callable[[str], Any]
    default: Any
    help: str
    choices: tuple | None = None
    validate: Callable[[Any], str | None] | None = None

    def _boolean(self, value) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise InputError(f"--{self.name} is a flag: pass true or false, got {value!r}")

    def convert(self, value):
        """The value as this parameter's type, or an InputError naming the fix."""
        if value is None:
            return None
        if self.type is bool:
            return self._boolean(value)
        try:
            converted = value if isinstance(value, self.type) and not isinstance(value, bool) else self.type(value)
        except (TypeError, ValueError):
            raise InputError(f"--{self.name} must be of type {self.type.__name__}, got {value!r}") from None
        if self.type is int and isinstance(value, float) and value != int(value):
            raise InputError(f"--{self.name} must be an integer, got {value!r}")
        if self.choices is not None and converted not in self.choices:
            raise InputError(f"--{self.name} must be one of {', '.join(map(str, self.choices))}; got {value!r}")
        if self.validate is not None:
            problem = self.validate(converted)
            if problem:
                raise InputError(f"--{self.name} {problem}")
        return converted


@dataclass(frozen=True)
class Derivation:
    """A named derived model: parameters, a builder, and the slug naming each variant."""

    name: str
    description: str
    params: tuple[Param, ...]
    build: Callable[..., Any]
    variant: Callable[[dict], str]
    checks: Callable[..., list] | None = None
    folder: str | None = None  # output folder under the root (default: the name), e.g. "diffusion/hierarchy"

    @property
    def output_folder(self) -> str:
        return self.folder or self.name

    def resolve(self, **given) -> dict:
        """Full, validated parameters: defaults filled in, unknown names refused."""
        known = {p.name.replace("-", "_"): p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise InputError(
                f"{self.name} has no parameter {', '.join(unknown)}; its parameters are "
                f"{', '.join(sorted(known)) or '(none)'}"
            )
        out = {}
        for key, p in known.items():
            value = given.get(key)
            out[key] = p.convert(p.default if value is None else value)
        return out


def _search_dirs() -> list[Path]:
    dirs = [ROOT / "derivations"]
    extra = os.environ.get("SYMMS_DERIVATIONS", "")
    dirs += [Path(d) for d in extra.split(os.pathsep) if d]
    return dirs


def _load(path: Path) -> Derivation:
    spec = importlib.util.spec_from_file_location(f"symms_derivation_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    derivation = getattr(module, "DERIVATION", None)
    if not isinstance(derivation, Derivation):
        raise InputError(f"{path} defines no DERIVATION = Derivation(...)")
    return derivation


_CACHE: dict[str, Derivation] | None = None


def all_derivations() -> dict[str, Derivation]:
    """Every registered derivation, by name (sorted)."""
    global _CACHE
    if _CACHE is None:
        found: dict[str, Derivation] = {}
        for directory in _search_dirs():
            for path in sorted(directory.glob("*.py")):
                if path.name.startswith("_"):
                    continue
                d = _load(path)
                if d.name in found:
                    raise InputError(f"two derivations are called {d.name!r} (second in {path})")
                found[d.name] = d
        _CACHE = dict(sorted(found.items()))
    return _CACHE


def get(name: str | None) -> Derivation:
    """The derivation called ``name`` (the default model when None)."""
    name = name or DEFAULT_DERIVATION
    table = all_derivations()
    if name not in table:
        raise InputError(f"unknown derivation {name!r}; `symms list` shows the known ones: {', '.join(table)}")
    return table[name]
