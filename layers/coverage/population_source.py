"""Where the coverage check's people come from: a layer and its count field, chosen by the planner, or none.

Without a choice the check is by area and nothing claims people.  The GeoNames settlement points are a choice
like any other, never a default: a town's whole population sits on one point there, so a check that uses them
says "people: approximate (GeoNames settlement points)" wherever it shows people.  The choice names the layer (layer
names are what a project keeps) and is resolved against the document's layers at each Compute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from layers.coverage.population_fields import numeric_fields, population_guess
from layers.i18n import translate
from layers.model import LayerKind, geometry_family

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.document import MapDocument
    from layers.model import Layer

BY_AREA = "by area"
GEONAMES_BASIS = "people: approximate (GeoNames settlement points)"


PEOPLE = "people: "  # how a basis of a chosen layer starts ("people: Grid (vaesto)")


def basis_text(basis: str) -> str:
    """The basis (a key: English in JSON and CSV, compared with :data:`BY_AREA` and :data:`GEONAMES_BASIS`) in the
    interface language: "people: approximate (GeoNames settlement points)" -> "asukkaat: likimääräinen (…)"."""
    if basis == BY_AREA:
        return translate("coverage", "by area")
    if basis == GEONAMES_BASIS:
        return translate("coverage", "people: approximate (GeoNames settlement points)")
    if basis.startswith(PEOPLE):
        return translate("coverage", "people: {source}").format(source=basis[len(PEOPLE):])
    return basis


def basis_sentence(basis: str) -> str:
    """The basis as the start of a sentence: "By area (no population source chosen)" or "People: …"."""
    if basis == BY_AREA:
        return translate("coverage", "By area (no population source chosen)")
    text = basis_text(basis)
    return f"{text[:1].upper()}{text[1:]}"


@dataclass(frozen=True)
class PopulationSource:
    """The layer (by name) whose field ``field`` counts people."""

    layer: str
    field: str

    def to_dict(self) -> dict[str, str]:
        return {"layer": self.layer, "field": self.field}

    @classmethod
    def from_dict(cls, raw: object) -> PopulationSource | None:
        """The choice a project kept; None for none or anything malformed (an old project: by area)."""
        if not isinstance(raw, dict):
            return None
        layer, field = raw.get("layer"), raw.get("field")
        return cls(layer, field) if isinstance(layer, str) and isinstance(field, str) and layer and field else None


@dataclass(frozen=True)
class ResolvedPopulation:
    """What Compute uses: the features and field (None: by area), and how the tables name the basis."""

    data: gpd.GeoDataFrame | None
    field: str | None
    basis: str  # "by area", "people: <layer> (<field>)" or GEONAMES_BASIS
    missing: str = ""  # why a chosen source is not used (its layer or field has gone), as the warning says it

    @property
    def has_people(self) -> bool:
        return self.data is not None


def candidate_layers(document: MapDocument) -> list[tuple[Layer, tuple[str, ...]]]:
    """The layers a planner may count people with: any point or polygon layer with a numeric field (the
    analysis layers and the derived hot spots and in-between areas excepted), population layers first, each
    with its numeric fields, head-count names first."""
    skip = {id(document.hotspot_layer), id(document.in_between_layer)}
    out = []
    for layer in document.layers:
        if layer.derived or id(layer) in skip or not len(layer.data):
            continue
        if geometry_family(layer.data) not in ("point", "polygon"):
            continue
        fields = population_guess(layer.data, "point").fields
        if fields:
            out.append((layer, fields))
    out.sort(key=lambda pair: pair[0].kind is not LayerKind.POPULATION)
    return out


def resolve(document: MapDocument, source: PopulationSource | None) -> ResolvedPopulation:
    """The features and field of ``source`` in ``document`` (by area when none, or when it has gone)."""
    if source is None:
        return ResolvedPopulation(None, None, BY_AREA)
    layer = next((lay for lay in document.layers if lay.name == source.layer and not lay.derived), None)
    if layer is None:
        return ResolvedPopulation(None, None, BY_AREA, translate(
            "coverage", "population layer {layer!r} is not loaded; counted by area").format(layer=source.layer))
    if source.field not in numeric_fields(layer.data):
        return ResolvedPopulation(None, None, BY_AREA, translate(
            "coverage", "population layer {layer!r} has no numeric field {field!r}; counted by area").format(
            layer=source.layer, field=source.field))
    basis = GEONAMES_BASIS if layer is document.settlement_layer else f"{PEOPLE}{layer.name} ({source.field})"
    return ResolvedPopulation(layer.data, source.field, basis)
