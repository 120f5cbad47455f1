"""``regionmap export``: write a map snapshot (PNG, PDF, SVG or HTML) without a window.

Same output as File > Export… in the app: the page is drawn by :mod:`app.export.page_render`, the HTML map by
:mod:`layers.export.html_map`.  Errors follow the command-line convention (exit 2, one line, no half-written file).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from layers.commands.common import add_document_args, check_region_options, document_from_args
from layers.commands.support import ArgumentParser, print_warning
from layers.errors import UserError
from layers.export.atomic import check_writable
from layers.export.page_layout import FORMATS, PageOptions, parse_size
from layers.i18n import format_number, translate

DESCRIPTION = """Export the map as a print-ready page (PNG, PDF, SVG) or a shareable HTML map.

The format is taken from the --out file's extension.  Pages have a legend of the visible layers, a scale bar,
a north arrow, the date, the coordinate system and the data sources.  HTML maps work offline (Leaflet is
inlined); --tiles adds an OpenStreetMap basemap that needs internet when the page is viewed."""


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="regionmap export", description=DESCRIPTION)
    parser.add_argument("--out", metavar="FILE", required=True, help="output file: .png, .pdf, .svg or .html")
    add_document_args(parser)
    parser.add_argument("--attribution", metavar="TEXT", action="append", default=[],
                        help="source and licence of each --layer, in the same order, e.g. 'Contains data from "
                             "Helsinki Region Transport (HSL), CC BY 4.0' (shown on the page and in the HTML map)")
    parser.add_argument("--title", default=None, help="title on the page (default: Helsinki-Uusimaa, in Swedish "
                                                      "Helsingfors-Nyland)")
    parser.add_argument("--subtitle", default="", help="subtitle on the page")
    parser.add_argument("--size", metavar="WxH", type=parse_size, help="PNG size in pixels, e.g. 1600x1000")
    parser.add_argument("--paper", type=str.upper, choices=["A4", "A3"], default=None, help="paper size (default A4)")
    parser.add_argument("--orientation", choices=["landscape", "portrait"], default="landscape")
    parser.add_argument("--dpi", type=int, default=None, help="resolution in dots per inch (default 150)")
    parser.add_argument("--frame", choices=["region", "view"], default="region",
                        help="what the map shows: the whole region or the project's saved view")
    parser.add_argument("--coverage", action="store_true",
                        help="run the coverage check and add its table and pass/fail summary")
    parser.add_argument("--target", type=float, metavar="SHARE",
                        help="with --coverage: the covered share (0-1) each municipality must reach")
    parser.add_argument("--report", metavar="FILE.csv",
                        help="with --coverage: also write the coverage table (CSV, or an Excel workbook where FILE "
                             "ends in .xlsx) and zones + gaps (GeoJSON)")
    parser.add_argument("--tiles", action="store_true", help="HTML: add OpenStreetMap tiles (need internet)")
    parser.add_argument("--cdn", action="store_true", help="HTML: load Leaflet from its CDN instead of inlining it")
    parser.add_argument("--no-simplify", action="store_true", help="HTML: keep full geometry detail")
    return parser


def _load_document(args: Any) -> Any:
    if args.project:
        if args.region or args.hotspots or args.layer:
            raise UserError(translate(
                "cli", "--project cannot be combined with --region, --hotspots or --layer; add layers to the project "
                "in the app instead"))
        check_region_options(args)  # --codes, --all ... would be ignored: the project keeps its own region
        try:
            from layers.project.load import load_project
        except ImportError as exc:
            raise UserError(translate(
                "cli", "--project: reading projects is not available in this build ({exc})").format(exc=exc)) from exc
        path = Path(args.project)
        if not path.exists():
            raise UserError(translate("cli", "--project {path}: no such file; check the path").format(path=path))
        return load_project(path)
    return document_from_args(args)


def _coverage(document: Any, target: float | None) -> Any:
    """Run the coverage check on the document's service layers (same inputs as ``regionmap coverage``)."""
    try:
        from layers.commands.common import project_people
        from layers.coverage import CoverageInputs, ServiceSpec, run
        from layers.coverage.zone_sets import document_zones
        from layers.model import service_radius_m
    except ImportError as exc:
        raise UserError(translate(
            "cli", "--coverage: the coverage check is not available in this build ({exc})").format(exc=exc)) from exc
    layers = document.service_layers()
    if not layers:
        raise UserError(translate(
            "cli", "--coverage: there is no service layer to check; add one with --layer PATH[:RADIUS_M]"))
    services = [ServiceSpec(lyr.name, lyr.data, service_radius_m(lyr), lyr.kind.value) for lyr in layers]
    names = [s.name for s in services]
    for i, s in enumerate(services):
        if names.count(s.name) > 1:
            s.name = f"{s.name} ({i + 1})"
    zones = document_zones(document)  # a project's zone set, as the window's Compute uses it
    people, people_label = project_people(document)  # a project's people, as its Coverage dock counts them
    if people.missing:
        zones.warnings.append(people.missing)
    inputs = CoverageInputs(zones=zones, services=services, population=people.data, population_field=people.field,
                            targets={"all": target} if target is not None else {}, curve=False)
    request = _network_request(document)
    if request is None:
        result = run(inputs)
    else:  # the project's dock measures along a network: so do its pages (the window's Compute task)
        from layers.coverage.network_compute import run_along

        result = run_along(inputs, request).result
        print_warning(translate("cli", "measured along the project's network {layer!r} ({mode}, snap {snap} m), as "
                                       "its Coverage dock does").format(
            layer=request.choice.layer, mode=request.choice.mode, snap=f"{request.choice.snap_m:g}"))
    if people_label:
        result.population_basis = people.basis
        result.population_source = people_label
    for w in result.warnings:
        print_warning(w)
    return result


def _network_request(document: Any) -> Any:
    """What measuring along the document's chosen network needs (a project's Distance choice), or None for a
    straight line; refuses a choice whose line layer the project does not hold."""
    from layers.coverage.network_choice import NetworkChoice, NetworkRequest, chosen_network_layer

    choice = getattr(document, "coverage_distance", None)
    if not isinstance(choice, NetworkChoice):
        return None
    layer = chosen_network_layer(document.layers, choice)
    if layer is None:
        raise UserError(translate(
            "cli", "--project: its Coverage dock measures along the network layer {layer!r}, which the project does "
                   "not hold; open the project in regionmap and choose a straight line or another network").format(
            layer=choice.layer))
    return NetworkRequest(layer.data.copy(), choice)


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError(translate(
            "cli", "--out {out}: unknown format {suffix!r}; use .png, .pdf, .svg or .html").format(
            out=out, suffix=out.suffix or '(no extension)'))
    if args.size is not None and fmt != "png":
        raise UserError(translate(
            "cli", "--size is for PNG only; for .{fmt} give --paper A4|A3 and --dpi").format(fmt=fmt))
    if args.size is not None and args.paper is not None:
        raise UserError(translate("cli", "give either --size (pixels) or --paper (A4/A3), not both"))
    if (args.target is not None or args.report) and not args.coverage:
        raise UserError(translate("cli", "--target and --report need --coverage"))
    if args.target is not None and not (0.0 < args.target <= 1.0):
        raise UserError(translate(
            "cli", "--target {target:g}: give the share as a number above 0 and at most 1, e.g. 0.8").format(
            target=args.target))
    check_writable(out)
    if args.report:
        check_writable(args.report)
    if args.attribution and len(args.attribution) != len(args.layer):
        raise UserError(translate(
            "cli", "give one --attribution per --layer, in the same order ({layers} layers, {credits} "
            "attributions)").format(layers=len(args.layer), credits=len(args.attribution)))
    document = _load_document(args)
    for layer, text in zip(document.service_layers()[-len(args.layer):] if args.layer else [], args.attribution,
                           strict=False):
        layer.attribution = text.strip()
    coverage = _coverage(document, args.target) if args.coverage else None
    if coverage is not None and args.report:
        from layers.export.report import export_report

        files = export_report(coverage, args.report)
        print(translate("cli", "wrote {csv} and {geojson}").format(csv=files.csv, geojson=files.geojson))
    if fmt == "html":
        from layers.export.html_map import HtmlOptions, export_html

        result = export_html(document, out, HtmlOptions(title=_title(args.title), subtitle=args.subtitle,
                                                        tiles=args.tiles, inline_assets=not args.cdn,
                                                        simplify=not args.no_simplify),
                             coverage=coverage)
        print(_describe_html(result))
        return 0
    from app.export.page_render import export_page

    dpi = args.dpi or (96 if args.size else 150)
    options = PageOptions(title=_title(args.title), subtitle=args.subtitle, paper=args.paper or "A4",
                          orientation=args.orientation, dpi=dpi, size_px=args.size, frame=args.frame,
                          include_coverage=coverage is not None)
    res = export_page(document, out, options.validate(), coverage=coverage, view=getattr(document, "view", None))
    w, h = res.size_px
    print(translate("cli", "wrote {path} ({format}, {w}x{h} px at {dpi} dpi, {width} x {height} mm, scale {scale}; "
                    "legend: {legend})").format(
        path=res.path, format=fmt.upper(), w=w, h=h, dpi=res.dpi, width=f"{res.size_mm[0]:.0f}",
        height=f"{res.size_mm[1]:.0f}", scale=res.scale_label, legend=", ".join(res.legend)))
    return 0


def _describe_html(result: Any) -> str:
    """What ``export`` prints after an HTML map: the file, its size and layers, what was simplified, the notes."""
    lines = [translate("cli", "wrote {path} ({size} MB, {n} layers)").format(
        path=result.path, size=format_number(result.size_bytes / 1e6, 2), n=len(result.layers))]
    lines += [translate("cli", "simplified for the web: {what}").format(what=s) for s in result.simplified]
    lines += [translate("cli", "note: {note}").format(note=n) for n in result.notes]
    return "\n".join(lines)


if __name__ == "__main__":
    from layers.commands.support import run_command

    sys.exit(run_command(main, sys.argv[1:], "export"))


def _title(given: str | None) -> str:
    """The page's title: the one given, else the region's name in the interface language."""
    return translate("export", "Helsinki-Uusimaa") if given is None else given
