"""The ``provenance`` command line.

Each subcommand lives in its own ``cmd_<name>.py`` module in this package and
exposes ``register(subparsers)``; the parser discovers them, so commands can
be added without touching this file.  Exit codes: 0 success, 1 problems
found (invalid records, failed checks, unverified quotes), 2 unusable input
or usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from provenance.errors import ProvenanceError

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_UNUSABLE", "build_parser", "main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("provenance")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every discovered subcommand."""
    parser = argparse.ArgumentParser(
        prog="provenance",
        description="Quotations, attributed claims and their relay chains, anchored to the source text.",
    )
    parser.add_argument("--version", action="version", version=f"provenance {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = sys.modules[__name__]
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("cmd_"))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_UNUSABLE
    try:
        code: int = args.run(args)
    except ProvenanceError as exc:
        print(f"provenance {args.command}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print(f"provenance {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
