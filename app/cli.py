"""The ``regionmap`` entry point.

``regionmap [FILE ...]`` opens the window (optionally loading files or a project); ``regionmap --screenshot
OUT.png [--size WxH]`` renders the window headless and exits.  Subcommands run without a window; each lives in
its own module with a ``main(argv) -> int`` and is imported only when used.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from layers.commands.support import exit_now, print_error, run_command
from layers.i18n import QT_TRANSLATE_NOOP, translate

SUBCOMMANDS: dict[str, tuple[str, str]] = {  # the descriptions in English, shown through translate("cli", ...)
    "check": ("layers.commands.check",
             QT_TRANSLATE_NOOP("cli", "print what a geodata file holds and how it would load")),
    "coverage": ("layers.commands.coverage",
                QT_TRANSLATE_NOOP("cli", "coverage of hot spots and in-between areas by service layers")),
    "download": ("layers.commands.download",
                QT_TRANSLATE_NOOP("cli", "download the population grid or the boundaries into the cache")),
    "export": ("app.export.cli",
              QT_TRANSLATE_NOOP("cli", "export a map snapshot (png, pdf, svg, html)")),
    "project": ("layers.commands.project",
               QT_TRANSLATE_NOOP("cli", "write a project file (GeoPackage)")),
    "site": ("layers.commands.site",
            QT_TRANSLATE_NOOP("cli", "propose new sites that cover the most uncovered people, and what each adds")),
    "transit": ("layers.commands.transit",
               QT_TRANSLATE_NOOP("cli", "stops of a GTFS feed by service level, and its route lines")),
}


def _usage() -> str:
    lines = [
        "usage: regionmap [FILE ...] [--screenshot OUT.png [--size WxH]]",
        "       regionmap COMMAND [options]   " + translate("cli", "(COMMAND --help for its options)"),
        "",
        translate("cli", "commands:"),
    ]
    lines += [f"  {name:<10} {translate('cli', desc)}" for name, (_, desc) in SUBCOMMANDS.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(_usage())
        return 0
    if args and args[0] == "--version":
        from layers import __version__

        print(f"regionmap {__version__}")
        return 0
    if args and args[0] in SUBCOMMANDS:
        name = args[0]
        module_name = SUBCOMMANDS[name][0]
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            print_error(translate(
                "cli", "{name}: this command is not available in this build ({exc}); reinstall with 'make run'").format(
                name=name, exc=exc))
            return 2
        return run_command(module.main, args[1:], name)
    from app import gui_main

    return run_command(gui_main.main, args, "regionmap")


def entry() -> None:
    """The console script's and ``python -m app.cli``'s start: a command's process ends as soon as its work is
    done and its output out (:func:`layers.commands.support.exit_now`); the window ends as Qt wants it."""
    args = sys.argv[1:]
    code = main(args)
    if args and args[0] in SUBCOMMANDS:
        exit_now(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
