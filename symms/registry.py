"""The derivation registry: derivations are plugins found through the ``symms.derivations``
entry-point group (``importlib.metadata``), as pytest and setuptools find theirs.

symms registers its own derivations (the top-level ``derivations/`` folder, shipped as the
``symms.derivations`` package) in its ``pyproject.toml``; a third-party package adds one by
declaring ``[project.entry-points."symms.derivations"] NAME = "pkg.module:DERIVATION"``.  For
development, ``$SYMMS_DERIVATIONS`` may also list directories of ``*.py`` files (``os.pathsep``
separated), each defining ``DERIVATION``.

A :class:`Derivation` is data: a name, a description, typed parameters (the CLI turns them into
options), a builder (a callable or ``"module:function"``, imported only when used) and the
rule that names each variant (:func:`variant_slug`).
"""
from __future__ import annotations

import importlib
import importlib.util
import math
import os
import warnings
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Callable

from .errors import InputError
from .naming import slug_value

GROUP = "symms.derivations"
DEFAULT_DERIVATION = "diffusion"


@dataclass(frozen=True)
class Param:
    """A parameter of a derivation: ``--name VALUE`` on the command line.

    ``slug`` is the prefix of its token in the variant name (``"rc"`` gives ``rc2.5``; ``""``
    writes the value alone; for a flag, the word written when it is on). ``slug_default``:
    write the token even when the value is the default (False keeps default variants' names
    short when a parameter was added later, e.g. ``mA`` of ``chain-dynamics``).  ``aliases``:
    earlier spellings still accepted (hidden from ``--help``), e.g. ``max_order`` for ``max-order``.
    Options are lower case with hyphens; ``keyword`` keeps a Python keyword the mathematics names
    (``--m-a`` is ``m_A``).
    """

    name: str
    type: Callable[[str], Any]
    default: Any
    help: str
    choices: tuple | None = None
    validate: Callable[[Any], str | None] | None = None
    slug: str | None = None
    slug_default: bool = True
    aliases: tuple[str, ...] = ()
    keyword: str | None = None  # the Python keyword when it is not the name's (``m-a`` → ``m_A``)

    @property
    def key(self) -> str:
        """The Python keyword of the parameter (``cutoff-mode`` → ``cutoff_mode``)."""
        return self.keyword or self.name.replace("-", "_")

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
        except (TypeError, ValueError, OverflowError):
            raise InputError(f"--{self.name} must be of type {self.type.__name__}, got {value!r}") from None
        if self.type is int and isinstance(value, float) and value != int(value):
            raise InputError(f"--{self.name} must be an integer, got {value!r}")
        if self.type is float and not math.isfinite(converted):
            raise InputError(f"--{self.name} must be a finite number, got {value!r}")
        if self.choices is not None and converted not in self.choices:
            raise InputError(f"--{self.name} must be one of {', '.join(map(str, self.choices))}; got {value!r}")
        if self.validate is not None:
            problem = self.validate(converted)
            if problem:
                raise InputError(f"--{self.name} {problem}")
        return converted


def variant_slug(params: tuple[Param, ...], values: dict) -> str:
    """The one naming rule: resolved parameter values → the variant's folder name.

    Tokens follow the parameters' declared order: ``order3``, ``fcc-lj-rc2.5``,
    ``hcp-morse-rc3-shifted-relaxed``.  Every parameter that changes the output is written
    (a parameter with ``slug=None`` must not change it), so two parameter sets never share a
    folder.
    """
    tokens = []
    for p in params:
        if p.slug is None:
            continue
        value = values[p.key]
        if p.type is bool:
            if value:
                tokens.append(p.slug or p.key)
        elif p.slug_default or value != p.default:
            tokens.append(f"{p.slug}{slug_value(value)}")
    return "-".join(tokens) or "default"


def _resolve(reference):
    """A callable given directly or as ``"module:attribute"`` (imported on first use)."""
    if not isinstance(reference, str):
        return reference
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


@dataclass(frozen=True)
class Derivation:
    """A named derived model: parameters, a builder, and the slug naming each variant.

    ``build(**params, progress=...)`` returns a :class:`symms.model.DerivedModel`.  ``needs``
    (optional) maps the resolved parameters to the kernels wanted from other derivations,
    ``{key: (derivation, parameters, kernel name or None)}``; the pipeline loads them and passes
    them to the builder as ``kernels={key: callable}``.  ``checks`` (optional) is
    ``checks(parameters, kernels) -> [CheckResult]``: independent computations run on the
    variant's loaded kernels (and the needed ones) after the kernel verification.  ``build``,
    ``checks``, ``needs`` and ``limits`` may each be a ``"module:function"`` string.  A ``parallel``
    derivation (a study of independent runs) is also handed ``executor=``, a
    :class:`concurrent.futures.Executor` to submit its runs to (the pipeline's process pool, or
    any executor the caller passes, e.g. a Dask ``distributed`` client's).  ``limits`` (optional)
    maps resolved parameters to a reason the run will not finish on this machine (memory, size),
    or None; the pipeline refuses such a run before starting it unless forced.  ``build`` and
    ``checks`` may be ``"module:function"`` strings, imported only when called, so listing
    derivations stays cheap.
    """

    name: str
    description: str
    params: tuple[Param, ...]
    build: Callable[..., Any] | str
    checks: Callable[..., list] | str | None = None
    needs: Callable[[dict], dict] | str | None = None
    folder: str | None = None  # output folder under the root (default: the name), e.g. "diffusion/hierarchy"
    parallel: bool = False  # the builder takes executor= (independent runs of a study)
    limits: Callable[[dict], str | None] | str | None = None  # why these parameters will not finish here, or None

    @property
    def output_folder(self) -> str:
        return self.folder or self.name

    def builder(self) -> Callable[..., Any]:
        return _resolve(self.build)

    def checker(self) -> Callable[..., list] | None:
        return None if self.checks is None else _resolve(self.checks)

    def needed(self, params: dict) -> dict:
        """``{key: (derivation, parameters, kernel or None)}`` this variant needs (from ``needs``)."""
        return {} if self.needs is None else _resolve(self.needs)(params)

    def beyond_limits(self, params: dict) -> str | None:
        """Why ``params`` will not finish on this machine (from ``limits``), or None."""
        return None if self.limits is None else _resolve(self.limits)(params)

    def resolve(self, **given) -> dict:
        """Full, validated parameters: defaults filled in, unknown names refused."""
        known = {p.key: p for p in self.params}
        spelled = {a.replace("-", "_"): p.key for p in self.params for a in p.aliases if a.replace("-", "_") != p.key}
        for alias in set(given) & set(spelled):
            if given.get(spelled[alias]) is not None:
                raise InputError(f"{self.name}: {alias} and {spelled[alias]} are one parameter; give it once")
            given = {**{k: v for k, v in given.items() if k != alias}, spelled[alias]: given[alias]}
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

    def variant(self, params: dict) -> str:
        """The variant slug of resolved ``params`` (:func:`variant_slug`)."""
        return variant_slug(self.params, params)


def _from_entry_points() -> list[tuple[str, Derivation]]:
    found = []
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            derivation = ep.load()
        except Exception as exc:  # a broken plugin must not break every other derivation
            warnings.warn(f"symms: derivation plugin {ep.name!r} ({ep.value}) failed to load: {exc}", stacklevel=2)
            continue
        found.append((f"entry point {ep.name} = {ep.value}", derivation))
    return found


def _from_directories() -> list[tuple[str, Derivation]]:
    found = []
    for directory in (Path(d) for d in os.environ.get("SYMMS_DERIVATIONS", "").split(os.pathsep) if d):
        for path in sorted(directory.glob("*.py")):
            if path.name.startswith("_"):
                continue
            spec = importlib.util.spec_from_file_location(f"symms_derivation_{path.stem}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            found.append((str(path), getattr(module, "DERIVATION", None)))
    return found


_CACHE: dict[str, Derivation] | None = None


def all_derivations() -> dict[str, Derivation]:
    """Every registered derivation, by name (sorted)."""
    global _CACHE
    if _CACHE is None:
        table: dict[str, Derivation] = {}
        for origin, derivation in _from_entry_points() + _from_directories():
            if not isinstance(derivation, Derivation):
                raise InputError(f"{origin} is not a symms.registry.Derivation (define DERIVATION = Derivation(...))")
            if derivation.name in table:
                raise InputError(f"two derivations are called {derivation.name!r} (second from {origin})")
            table[derivation.name] = derivation
        _CACHE = dict(sorted(table.items()))
    return _CACHE


def get(name: str | None) -> Derivation:
    """The derivation called ``name`` (the default model when None)."""
    name = name or DEFAULT_DERIVATION
    table = all_derivations()
    if name not in table:
        known = ", ".join(table) or "(none: is symms installed? `pip install .` registers its derivations)"
        raise InputError(f"unknown derivation {name!r}; `symms list` shows the known ones: {known}")
    return table[name]
