"""``regionmap project OUT.gpkg [--project IN.gpkg] [--region FILE] [--hotspots FILE] [--layer PATH[:RADIUS_M]]...``

Writes the same project file the GUI saves, headless: the built-in region (or ``--region`` boundaries, or the
layers of ``--project``), hot spots, and every ``--layer`` as a transport service layer with its radius.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from layers.commands.common import add_document_args, document_from_args
from layers.commands.support import ArgumentParser
from layers.errors import UserError
from layers.i18n import translate


def _parser() -> ArgumentParser:
    parser = ArgumentParser(prog="regionmap project", description=__doc__.split("\n\n", 1)[1].strip())
    parser.add_argument("out", metavar="OUT.gpkg", help="the project file to write (replaced atomically)")
    add_document_args(parser, project=True)
    parser.add_argument("--view", metavar="XMIN,YMIN,XMAX,YMAX",
                        help="the map view to store, in EPSG:3067 metres (default: the region's extent)")
    parser.add_argument("--quiet", action="store_true", help="print nothing on success")
    return parser


def _parse_view(text: str) -> tuple[float, float, float, float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in text.split(","))
    except ValueError:
        raise UserError(translate(
            "cli", "--view {text}: give four numbers XMIN,YMIN,XMAX,YMAX in EPSG:3067 metres").format(
            text=text)) from None
    if not (x1 > x0 and y1 > y0):
        raise UserError(translate(
            "cli", "--view {text}: XMAX must be above XMIN and YMAX above YMIN").format(text=text))
    return x0, y0, x1, y1


def main(argv: Sequence[str]) -> int:
    from layers.project import save_project

    args = _parser().parse_args(list(argv))
    out = Path(args.out)
    if out.suffix.lower() != ".gpkg":
        raise UserError(translate(
            "cli", "{out}: a project file must end in .gpkg; use e.g. {name}").format(
            out=out, name=out.with_suffix('.gpkg').name))
    view = _parse_view(args.view) if args.view else None
    document = document_from_args(args)
    if view is not None:
        document.view = view
    elif document.view is None:
        document.view = document.region_extent()
    save_project(document, out)
    if not args.quiet:
        sys.stdout.write(translate("cli", "wrote {path}: {n} layers").format(path=out, n=len(document.layers)) + "\n")
        for layer in document.layers:
            text = (translate("cli", "{name} ({kind}, {n} features, radius {radius} m)") if layer.radius_m else
                    translate("cli", "{name} ({kind}, {n} features)"))
            sys.stdout.write("  " + text.format(name=layer.name, kind=layer.kind.value, n=len(layer.data),
                                                radius=f"{layer.radius_m or 0:g}") + "\n")
    return 0
