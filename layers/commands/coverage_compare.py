"""``regionmap coverage ... --compare OTHER``, ``--compare-map FILE`` and ``--unique FILE``: this run's coverage
against another project's (or a scenario saved in one), where it is gained or lost, and what each feature adds.

OTHER is a project (``P.gpkg``: its shown service layers) or ``P.gpkg#SCENARIO`` (the layers as that scenario
left them, with its proposed sites).  Both are measured on this run's zones and population, on one prepared
engine (the other's layers are added to it), so each row of municipality x zone gains ``<share>_other`` and
``<share>_diff`` (other minus this run) for every share it has; the rows are paired by the code the window's
scenario comparison uses (:func:`layers.siting.scenarios.paired_rows`).  A project of another region is refused:
its shares would belong to other zones.  ``--compare-map`` writes the gained and lost areas of the judged class (the
in-between areas, or a zone set's target class)
(:mod:`layers.siting.change`); ``--unique`` the features of each sector with what only each covers
(:mod:`layers.siting.unique`, written as ``regionmap site --unique`` writes it).

With ``--network`` all three are along the network: the other state's layers are measured along the same network,
mode and snap limit as this run's, the map's gained and lost cells are those the network layers reach, and a
feature's unique people are those only it reaches along the network.  The rows then compare the network shares;
the straight-line shares beside them (``<sector>_straight_share``) are this run's only and get no ``_other``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from layers.commands.support import ArgumentParser
from layers.errors import UserError
from layers.i18n import format_number, translate

OTHER_PREFIX = "other: "


def add_args(parser: ArgumentParser) -> None:
    """The three options, on ``regionmap coverage``'s parser."""
    parser.add_argument("--compare", metavar="PROJECT.gpkg[#SCENARIO]",
                        help="also measure another project's shown layers (or a scenario saved in it) on these "
                             "zones: each row gains <share>_other and <share>_diff (other minus this run)")
    parser.add_argument("--compare-map", metavar="FILE",
                        help="with --compare: write the in-between areas gained and lost (.geojson, .gpkg, .fgb)")
    parser.add_argument("--unique", metavar="FILE",
                        help="write every service feature with the people and area only it covers among its "
                             "sector's layers (.gpkg, .geojson, .fgb)")


def wanted(args: Any) -> bool:
    return bool(args.compare or args.compare_map or args.unique)


def check_args(args: Any) -> None:
    """What can be said wrong before the region is read."""
    from layers.commands.transit import _driver
    from layers.export.atomic import check_writable

    if not wanted(args):
        return
    if args.compare_map and not args.compare:
        raise UserError(translate(
            "cli", "--compare-map {compare_map}: needs the other state; give --compare PROJECT.gpkg").format(
            compare_map=args.compare_map))
    if args.compare:
        _split(args.compare)
    for option, path in (("compare-map", args.compare_map), ("unique", args.unique)):
        if path:
            _driver(Path(path), option)
            check_writable(Path(path))


def _split(text: str) -> tuple[Path, str | None]:
    """``P.gpkg`` or ``P.gpkg#SCENARIO`` (a file whose own name holds ``#`` is taken whole)."""
    if Path(text).is_file():
        return Path(text), None
    path, hash_, scenario = text.rpartition("#")
    if not hash_:
        path = text
    if not Path(path).is_file():
        raise UserError(translate(
            "cli", "--compare {path}: no such project; give a regionmap project (.gpkg) or "
            "PROJECT.gpkg#SCENARIO").format(path=path))
    if hash_ and not scenario.strip():
        raise UserError(translate(
            "cli", "--compare {text}: name the scenario after #, or leave the # out for the project itself").format(
            text=text))
    return Path(path), scenario.strip() if hash_ else None


def other_specs(text: str, zones: Any, along: Any = None, choice: Any = None, inputs: Any = None) -> list[Any]:
    """The other state's service specs (named apart by :data:`OTHER_PREFIX`), refused for another region;
    ``along``: a network layer spec of this run, whose network, mode and snap limit the other's layers take;
    ``choice``: a ``--project``'s distance choice this run measures along, whose minutes they take too (the rule
    of the window's Compare scenarios, :func:`layers.siting.along.along_specs`, on this run's ``inputs``)."""
    import layers.siting.scenarios as scenarios  # registers the scenarios' project key before the load
    from layers.coverage.service_layers import service_specs
    from layers.project import load_project

    path, name = _split(text)
    doc = load_project(path)
    mine = set(zones.frame["code"].astype(str))
    theirs = set(doc.region.municipalities["code"].astype(str)) if "code" in doc.region.municipalities else set()
    if mine != theirs:
        odd = sorted(theirs ^ mine)
        raise UserError(translate(
            "cli", "--compare {path}: its region is different ({theirs} municipalities against this run's {mine}; "
            "e.g. code {code} is in one only); compare a project of the same region, or give this run that "
            "project's --project or --region").format(
            path=path, theirs=len(theirs), mine=len(mine), code=odd[0] if odd else '?'))
    if name is None:
        specs = [spec for _, spec in service_specs(lyr for lyr in doc.service_layers() if lyr.visible)]
        for spec in specs:
            spec.name = OTHER_PREFIX + spec.name
    else:
        saved = scenarios.scenarios_of(doc)
        if name not in saved:
            have = ", ".join(repr(n) for n in saved) or "none (save one with Analysis > Scenarios in the window)"
            raise UserError(translate(
                "cli", "--compare {text}: {file} has no scenario {name!r}; its scenarios: {have}").format(
                text=text, file=path.name, name=name, have=have))
        specs = scenarios._specs(doc, saved[name], OTHER_PREFIX)
    specs = [s for s in specs if len(s.data)]
    if along is not None and choice is not None and along.network is not None and specs:
        from layers.siting.along import along_specs

        specs = along_specs(inputs, specs, along.network, choice, scenarios.dock_names([s.name for s in specs],
                                                                                       OTHER_PREFIX))
    elif along is not None:
        from layers.coverage.network_distances import NetworkServiceSpec

        specs = [NetworkServiceSpec(s.name, s.data, s.radius_m, s.sector, network=along.network, mode=along.mode,
                                    max_snap_m=along.max_snap_m) for s in specs]
    if not specs:
        raise UserError(translate(
            "cli", "--compare {text}: has no shown service layer with features to compare; show one and save the "
            "project").format(text=text))
    return specs


def extend(args: Any, inputs: Any, result: Any, text: str, engine: Any) -> str:
    """The output ``text`` with the other state's columns (``--compare``), after writing ``--compare-map`` and
    ``--unique``.  ``engine`` is the run's prepared engine, which the other's layers join."""
    if not wanted(args):
        return text
    from layers.commands.transit import _driver, _write
    from layers.coverage.network_distances import NetworkServiceSpec

    along = [s for s in inputs.services if isinstance(s, NetworkServiceSpec)]
    # along a network the judged layers are the network ones (their straight-line copies stand beside them)
    counted = along or list(inputs.services)
    mine = [s.name for s in counted if s.name in engine.services]
    if args.unique:
        write_unique(Path(args.unique), engine, counted, quiet=True)  # stdout holds the rows
    if not args.compare:
        return text
    specs = other_specs(args.compare, inputs.zones, along[0] if along else None,
                        getattr(args, "network_choice", None), inputs)
    engine.add_services(specs)
    theirs = [s.name for s in specs if s.name in engine.services]
    from layers.coverage.verdict import Targets

    other = engine.evaluate(names=theirs, targets=Targets(inputs.targets, inputs.hotspot_targets))
    if args.compare_map:
        from layers.siting.change import coverage_change

        _write(Path(args.compare_map), _driver(Path(args.compare_map), "compare-map"),
               [("coverage_change", coverage_change(engine, mine, theirs, (inputs.zones.target,)))])
    return with_other(text, args.format, other.rows, args.compare)


def with_other(text: str, fmt: str, other_rows: list[dict[str, Any]], other: str = "") -> str:
    """JSON or CSV rows with ``<share>_other`` and ``<share>_diff`` after each share column; the JSON names the
    other state (``compared_with``) so that a file read later still says what ``_other`` was."""
    from layers.siting.scenarios import difference, paired_rows

    known = {k for r in other_rows for k in r}

    def compared(key: str) -> bool:  # a share; a straight-line one (beside the network's) only if the other has it
        return key.endswith("_share") and ("straight" not in key or key in known)

    if fmt == "json":
        data = {**json.loads(text), "compared_with": other}
        for row, theirs in paired_rows(data["rows"], other_rows):
            for key in [k for k in row if compared(k)]:
                value = theirs.get(key)
                row[f"{key}_other"] = None if value is None else round(float(value), 6)
                row[f"{key}_diff"] = difference(row[key], value)
        return json.dumps(data, indent=2, ensure_ascii=False)
    rows = list(csv.DictReader(io.StringIO(text)))
    fields: list[str] = []
    for name in (csv.DictReader(io.StringIO(text)).fieldnames or []):
        fields += [name, f"{name}_other", f"{name}_diff"] if compared(name) else [name]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row, theirs in paired_rows(rows, other_rows):
        for key in [k for k in list(row) if compared(k)]:
            value = theirs.get(key)
            diff = difference(row[key] or None, value)
            row[f"{key}_other"] = "" if value is None else round(float(value), 6)
            row[f"{key}_diff"] = "" if diff is None else diff
        writer.writerow(row)
    return buf.getvalue()


def write_unique(path: Path, engine: Any, specs: list[Any], quiet: bool) -> None:
    """Per sector, its features with what only each covers among that sector's layers, in one file."""
    import sys

    import pandas as pd

    from layers.commands.transit import _driver, _write
    from layers.siting.unique import unique_coverage

    if not specs:
        raise UserError(translate(
            "cli", "--unique {path}: there is no service layer whose features to measure; give one with --layer or "
            "--energy").format(path=path))
    parts = [unique_coverage(engine, [s for s in specs if s.sector == sector])
             for sector in sorted({s.sector for s in specs})]
    features = pd.concat([p.features for p in parts], ignore_index=True) if len(parts) > 1 else parts[0].features
    _write(path, _driver(path, "unique"), [("unique_coverage", features)])
    if not quiet:
        union, shared = sum(p.union_area for p in parts), sum(p.shared_area for p in parts)
        text = (translate("cli", "wrote {path}: {n} features with the people only each covers; {union} km² covered, "
                          "{shared} km² of it by two or more") if parts[0].has_population else
                translate("cli", "wrote {path}: {n} features with the area only each covers; {union} km² covered, "
                          "{shared} km² of it by two or more"))
        sys.stdout.write(text.format(path=path, n=format_number(len(features)), union=format_number(union / 1e6, 1),
                                     shared=format_number(shared / 1e6, 1)) + "\n")
