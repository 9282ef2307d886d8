"""Command line: ``symms list | derive [NAME] [--PARAM VALUE …] | check [NAME]``.

Exit status: 0 on success, 1 when a check fails, 2 on bad usage or input (one-line error;
``--debug`` shows the traceback), 130 when interrupted (nothing half-written is left).
"""
from __future__ import annotations

import argparse
import difflib
import sys
import time
import traceback
from pathlib import Path

from . import __version__, registry
from .errors import SymmsError


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: ``symms: error: …`` and exit status 2."""

    def error(self, message):
        hint = "; `symms list` shows the derivations" if "invalid choice" in message else f"; see `{self.prog} --help`"
        self.exit(2, f"symms: error: {message}{hint}\n")


def _add_params(parser: argparse.ArgumentParser, derivation: registry.Derivation) -> None:
    group = parser.add_argument_group(f"{derivation.name} parameters")
    for p in derivation.params:
        dest = p.key
        if p.type is bool:
            group.add_argument(f"--{p.name}", dest=dest, action=argparse.BooleanOptionalAction, default=None,
                               help=f"{p.help} [default: {'on' if p.default else 'off'}]")
            for alias in p.aliases:
                group.add_argument(f"--{alias}", dest=dest, action=argparse.BooleanOptionalAction, help=argparse.SUPPRESS)
        else:
            meta = p.type.__name__.upper()
            choices = f" (one of: {', '.join(map(str, p.choices))})" if p.choices else ""
            group.add_argument(f"--{p.name}", dest=dest, default=None, metavar=meta,
                               help=f"{p.help}{choices} [default: {p.default}]")
            for alias in p.aliases:
                group.add_argument(f"--{alias}", dest=dest, default=None, help=argparse.SUPPRESS)


def _add_workers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processes running the study's independent runs [default: every core]")


def _common(for_check: bool) -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--out", type=Path, default=None,
                        help="root directory of the output tree (default: generated/ in a checkout, ./symms-out elsewhere)")
    common.add_argument("--backend", default="numpy,c", help="comma-separated kernel backends: numpy, c [default: numpy,c]")
    if not for_check:
        common.add_argument("--no-check", action="store_true", help="write the files without verifying the kernels")
        common.add_argument("--force", action="store_true",
                            help="start a run even when it is estimated not to finish on this machine (memory, size)")
    common.add_argument("--quiet", action="store_true", help="no progress bars")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="symms",
        description="Derive multiscale models symbolically, write LaTeX and numpy/C kernels, verify them.",
        epilog="`symms derive` with no name derives the default model (diffusion, order 3). "
               "`symms derive NAME --help` lists a derivation's parameters.",
    )
    parser.add_argument("--version", action="version", version=f"symms {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("list", help="list every registered derivation with its parameters")
    for command, help_text in (("derive", "derive a model, write LaTeX/kernels/model.json, verify the kernels"),
                               ("check", "recompile and re-verify what a derivation wrote (all its variants if no parameters)")):
        sub = commands.add_parser(command, help=help_text, description=help_text)
        names = sub.add_subparsers(dest="name", metavar="NAME", parser_class=_Parser)
        for d in registry.all_derivations().values():
            p = names.add_parser(d.name, help=d.description, description=d.description, parents=[_common(command == "check")])
            _add_params(p, d)
            if d.parallel and command == "derive":
                _add_workers(p)
        sub.set_defaults(**{k: v for k, v in vars(_common(command == "check").parse_args([])).items()})
    return parser


def _list() -> int:
    for d in registry.all_derivations().values():
        default = " (default)" if d.name == registry.DEFAULT_DERIVATION else ""
        print(f"{d.name}{default}: {d.description}")
        for p in d.params:
            if p.type is bool:
                print(f"    --{p.name} / --no-{p.name}  {p.help} [default: {'on' if p.default else 'off'}]")
            else:
                choices = f" (one of: {', '.join(map(str, p.choices))})" if p.choices else ""
                print(f"    --{p.name} {p.type.__name__.upper()}  {p.help}{choices} [default: {p.default}]")
        if d.parallel:
            print("    --workers N  processes running the study's independent runs [default: every core]")
    return 0


def _params(args, derivation) -> dict:
    return {p.key: getattr(args, p.key) for p in derivation.params if getattr(args, p.key, None) is not None}


def _report(report, seconds: float) -> int:
    if not report.checks:
        print(f"  not verified (--no-check): marked unverified in the manifest; `symms check` verifies it ({seconds:.1f} s)")
        return 0
    for c in report.checks:
        print("  " + c.line())
    failed = [c for c in report.checks if not c.passed]
    verdict = (f"{len(failed)} of {len(report.checks)} checks FAILED: the files are kept for inspection and marked "
               "unverified in the manifest" if failed else f"all {len(report.checks)} checks passed")
    print(f"  {verdict} ({seconds:.1f} s)")
    return 1 if failed else 0


def _derive(args) -> int:
    from . import pipeline

    derivation = registry.get(args.name)
    params = derivation.resolve(**_params(args, derivation))
    print(pipeline.command_line(derivation, params))
    start = time.perf_counter()
    report = pipeline.derive(derivation.name, out=args.out, backends=args.backend, check=not args.no_check,
                             progress=not args.quiet and sys.stderr.isatty(),
                             workers=getattr(args, "workers", None), force=args.force, **params)
    print(f"  wrote {report.folder}: {' '.join(report.files)}")
    for line in report.summary:
        print(f"  {line}")
    return _report(report, time.perf_counter() - start)


def _check(args) -> int:
    from . import pipeline

    derivation = registry.get(args.name)
    params = _params(args, derivation)
    start = time.perf_counter()
    report = pipeline.check(derivation.name, out=args.out, backends=args.backend,
                            progress=not args.quiet and sys.stderr.isatty(), **params)
    print(f"symms check {derivation.name}")
    return _report(report, time.perf_counter() - start)


def _with_default_name(argv: list[str]) -> list[str]:
    """``derive``/``check`` followed by options only (or nothing) means the default model."""
    for i, token in enumerate(argv):
        if token in ("derive", "check"):
            rest = argv[i + 1:]
            if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help")):
                return argv[: i + 1] + [registry.DEFAULT_DERIVATION] + rest
            return argv
        if not token.startswith("-"):
            return argv
    return argv


def _unrecognized(args, unknown: list[str]) -> int:
    """Exit 2 naming the unknown options, the closest known one, and the help that lists them."""
    name = getattr(args, "name", None)
    where = f"symms {args.command} {name}" if name else "symms"
    hint = ""
    if name:
        options = [f"--{p.name}" for p in registry.get(name).params] + ["--out", "--backend", "--no-check", "--quiet", "--force"]
        close = difflib.get_close_matches(unknown[0].split("=")[0], options, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
    print(f"symms: error: unrecognized arguments: {' '.join(unknown)}{hint}; see `{where} --help`", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = _with_default_name(list(sys.argv[1:] if argv is None else argv))
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            return _unrecognized(args, unknown)
        if args.command is None:
            parser.print_help()
            return 2
        if args.command == "list":
            return _list()
        if args.name is None:
            args.name = registry.DEFAULT_DERIVATION
        return _derive(args) if args.command == "derive" else _check(args)
    except SymmsError as exc:
        if debug:
            traceback.print_exc()
        print(f"symms: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. `head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("symms: interrupted; files are written atomically, so nothing half-written was left", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
