"""The project state as versioned JSON: what a project file holds besides the layer tables.

The state is a plain dict (``to_json``/``from_json``) stored in the GeoPackage table :data:`META_TABLE`.  It is
versioned by :data:`SCHEMA_VERSION`; a file with a higher version was written by a newer regionmap and is refused
with a clear message rather than half-read.  Readers accept any version from 1 up to :data:`SCHEMA_VERSION`.

Extension point: :data:`EXTRA_STATE` maps a key of the ``"extra"`` section to a pair ``(dump(document) -> JSON
value | None, apply(document, value))``.  Parts of regionmap that keep their own state in the document (coverage
targets, say) register here and are saved and restored without changing this module.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from layers.colours import is_colour
from layers.errors import UserError
from layers.i18n import translate
from layers.model import Style
from layers.project.state_check import ROLES as ROLES  # re-exported: save and load use schema.ROLES
from layers.project.state_check import check_state

SCHEMA_VERSION = 1
FORMAT_NAME = "regionmap-project"
META_TABLE = "regionmap_project"
TABLE_PREFIX = "rm_"


Dump = Callable[[Any], Any]
Apply = Callable[[Any, Any], None]
EXTRA_STATE: dict[str, tuple[Dump, Apply]] = {}


def register_extra_state(key: str, dump: Dump, apply: Apply) -> None:
    """Save ``dump(document)`` under ``extra[key]`` and call ``apply(document, value)`` when loading."""
    EXTRA_STATE[key] = (dump, apply)


@dataclass
class LayerState:
    """One layer of the project, in drawing order (bottom first)."""

    table: str  # GeoPackage table holding the features
    name: str
    kind: str
    style: dict[str, Any]
    visible: bool = True
    radius_m: float | None = None
    source: str = ""
    service_threshold: float | None = None  # departures per hour its stops must meet; older files: None (any)
    attribution: str = ""
    note: str = ""
    derived: bool = False  # made by an analysis (Layer.derived); older files lack it: False
    key: str = ""  # what code knows a derived layer by (Layer.key); older files lack it: ""
    role: str | None = None  # one of ROLES for the document's built-in layers
    columns: list[list[str]] = field(default_factory=list)  # [original name, stored name]
    geometry_column: str = "geometry"
    n_features: int | None = 0  # None: unknown (a repaired file), not checked


@dataclass
class ProjectState:
    layers: list[LayerState]
    schematic: bool = True
    region_name: str = ""
    region_attribution: str = ""
    hotspot_method: str = "settlements"  # "settlements" or "layer"
    hotspot_layer_table: str | None = None  # the layer used as hot spots when the method is "layer"
    hotspot_params: dict[str, Any] = field(default_factory=dict)
    view: list[float] | None = None
    targets: dict[str, Any] | None = None  # coverage targets per sector, if the document has them
    population_source: dict[str, str] | None = None  # coverage people: {"layer": name, "field": f}; older: None
    zone_set: dict[str, Any] | None = None  # coverage zones: a ZoneSet.to_dict(); older (hot spots / in-between): None
    coverage_distance: dict[str, Any] | None = None  # coverage along a network: a NetworkChoice.to_dict(); older: None
    extra: dict[str, Any] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    app_version: str = ""
    saved_at: str = ""
    format: str = FORMAT_NAME

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, allow_nan=False)

    @classmethod
    def from_json(cls, text: str, where: str, notes: list[str] | None = None) -> ProjectState:
        """The state in ``text``; repairs (see :mod:`layers.project.state_check`) are appended to ``notes``."""
        try:
            # NaN and Infinity are not JSON (saves never write them): read as null, which the schema then judges.
            raw = json.loads(text, parse_constant=lambda _name: None)
        except RecursionError:
            raise UserError(translate(
                "project", "{where}: the project state is damaged (nested too deeply to be a project); open a "
                "backup copy or the autosaved recovery file").format(where=where)) from None
        except (TypeError, ValueError) as exc:
            raise UserError(translate(
                "project", "{where}: the project state is damaged (not valid JSON: {exc}); open a backup copy or "
                "the autosaved recovery file").format(where=where, exc=exc)) from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
            raise UserError(translate(
                "project", "{where}: is not a regionmap project (its metadata table has no regionmap state)").format(
                where=where))
        version = raw.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise UserError(translate(
                "project", "{where}: the project state has no valid schema version; the file is damaged").format(
                where=where))
        if version > SCHEMA_VERSION:
            from layers import __version__

            app_version = str(raw.get("app_version") or "unknown")[:40]
            raise UserError(translate(
                "project", "{where}: was saved by a newer regionmap ({app_version}, project schema {version}); this "
                "regionmap {version_here} reads schema {schema_here} at most; update regionmap to open "
                "it").format(where=where, app_version=app_version, version=version, version_here=__version__,
                             schema_here=SCHEMA_VERSION))
        checked, repairs = check_state(raw, where)
        try:
            layers = [LayerState(**_known(LayerState, item)) for item in checked["layers"]]
            state = cls(**{**_known(cls, checked), "layers": layers})
        except (TypeError, ValueError) as exc:
            raise UserError(translate(
                "project", "{where}: the project state is damaged ({exc}); open a backup copy").format(
                where=where, exc=exc)) from exc
        if notes is not None:
            notes.extend(repairs)
        return state


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``raw`` that ``cls`` knows (unknown keys from later minor additions are ignored)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in raw.items() if k in names}


def style_to_dict(style: Style) -> dict[str, Any]:
    out = asdict(style)
    out["categories"] = [list(pair) for pair in style.categories]
    out["classes"] = [list(c) for c in style.classes]
    return out


def style_from_dict(raw: dict[str, Any], default: Style, problems: list[str] | None = None) -> Style:
    """A :class:`Style` from saved fields; missing or malformed fields keep ``default``'s value.

    A project is a file anyone can hand you, and its colours end up in CSS and in the HTML export's data, so
    every colour must pass :func:`layers.colours.is_colour` and every number must be finite and in range.  What
    does not is replaced by ``default``'s value and described in ``problems`` (when given), for the caller to
    pass on with the layer's name.
    """
    found: list[str] = problems if problems is not None else []
    changes: dict[str, Any] = {}
    for f in fields(Style):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "categories":
            pairs = _categories(value, default.fill, found)
            if pairs is not None:
                changes[f.name] = pairs
        elif f.name in ("fill", "stroke"):
            if is_colour(value):
                changes[f.name] = value
            else:
                found.append(translate(
                    "project", "{name} {value} is not a colour (used {default})").format(
                    name=f.name, value=_shown(value), default=getattr(default, f.name)))
        elif f.name in ("category_field", "graduated_field"):
            changes[f.name] = None if value is None else str(value)
        elif f.name == "classes":
            classes = _classes(value, default.fill, found)
            if classes is not None:
                changes[f.name] = classes
        elif f.name == "graduated_method":
            from layers.classify import METHODS

            if isinstance(value, str) and value in METHODS:
                changes[f.name] = value
            else:
                found.append(translate(
                    "project", "classification {value} is unknown (used {graduated_method})").format(
                    value=_shown(value), graduated_method=default.graduated_method))
        elif f.name == "graduated_ramp":
            from layers.classify import RAMPS

            if isinstance(value, str) and value in RAMPS:
                changes[f.name] = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            low, high = NUMBER_RANGES.get(f.name, (0.0, math.inf))
            if math.isfinite(value) and low <= value <= high:
                changes[f.name] = float(value)
            else:
                found.append(translate(
                    "project", "{name} {value} is out of range (used {default:g})").format(
                    name=f.name, value=_shown(value), default=getattr(default, f.name)))
    return default.with_(**changes)


# Allowed ranges of the numeric style fields (widths and sizes in screen pixels).
NUMBER_RANGES = {"width": (0.0, 100.0), "point_size": (0.0, 200.0), "opacity": (0.0, 1.0), "fill_opacity": (0.0, 1.0)}


def _categories(value: Any, fallback: str, found: list[str]) -> tuple[tuple[str, str], ...] | None:
    """Saved (value, colour) pairs; a colour that is not one becomes ``fallback``.  None if malformed."""
    try:
        pairs = [(str(v), c) for v, c in value or ()]
    except (TypeError, ValueError):
        return None
    out = []
    for v, colour in pairs:
        if is_colour(colour):
            out.append((v, colour))
        else:
            found.append(translate(
                "project", "category {value} colour {colour} is not a colour (used {fallback})").format(
                value=_shown(v), colour=_shown(colour), fallback=fallback))
            out.append((v, fallback))
    return tuple(out)


def _classes(value: Any, fallback: str, found: list[str]) -> tuple[tuple[float, float, str], ...] | None:
    """Saved graduated classes ``[lower, upper, colour]``, ascending with finite bounds; a colour that is not one
    becomes ``fallback``.  None (the default's classes kept) if malformed."""
    try:
        triples = [(float(lo), float(hi), c) for lo, hi, c in value or ()]
    except (TypeError, ValueError):
        found.append(translate(
            "project", "graduated classes {value} are malformed (ignored)").format(value=_shown(value)))
        return None
    if any(not (math.isfinite(lo) and math.isfinite(hi) and lo <= hi) for lo, hi, _c in triples) or any(
            a[1] > b[0] for a, b in itertools.pairwise(triples)):
        found.append(translate(
            "project", "graduated classes {value} are not ascending finite bounds (ignored)").format(
            value=_shown(value)))
        return None
    out = []
    for lo, hi, colour in triples:
        if not is_colour(colour):
            found.append(translate(
                "project", "class {lo:g}–{hi:g} colour {value} is not a colour (used {fallback})").format(
                lo=lo, hi=hi, value=_shown(colour), fallback=fallback))
            colour = fallback
        out.append((lo, hi, colour))
    return tuple(out)


def _shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message, cut short so a hostile file cannot fill the screen."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


_UNSAFE = re.compile(r"[^a-z0-9_]+")


def table_name(name: str, taken: set[str]) -> str:
    """A safe, unique GeoPackage table name for a layer called ``name`` (lower case ASCII, ``rm_`` prefix)."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    base = TABLE_PREFIX + (_UNSAFE.sub("_", ascii_name).strip("_")[:40] or "layer")
    candidate, i = base, 2
    while candidate in taken or candidate == META_TABLE:
        candidate, i = f"{base}_{i}", i + 1
    taken.add(candidate)
    return candidate


RESERVED_COLUMNS = {"fid", "geom", "geometry"}


def column_names(columns: list[str]) -> list[list[str]]:
    """Map attribute names to names a GeoPackage accepts: unique ignoring case, not the fid or geometry."""
    used: set[str] = set()
    out = []
    for col in columns:
        stored = str(col).strip() or "field"
        if stored.lower() in RESERVED_COLUMNS:
            stored = f"{stored}_"
        base, i = stored, 2
        while stored.lower() in used:
            stored, i = f"{base}_{i}", i + 1
        used.add(stored.lower())
        out.append([str(col), stored])
    return out
