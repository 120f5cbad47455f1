"""The label engine's pure half: priority, collisions, nudges inside an area, the frame, obstacles, the repair
step, and which features are labelled with what text (no Qt: text boxes come from a measuring callback)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from layers.labelling import (
    LabelKind,
    LabelRequest,
    area_labels,
    inside_outline,
    place_labels,
    point_labels,
)

FRAME = (0.0, 0.0, 400.0, 200.0)


def measure(text: str, kind: LabelKind) -> tuple[float, float]:
    """An approximate measure for these tests only: 7 units a character, 12 tall (the app measures real fonts)."""
    return 7.0 * len(text), 12.0


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_a_label_that_would_overlap_is_nudged_inside_its_area_not_dropped() -> None:
    big = shapely.box(0, 0, 400, 200)  # device = map here (to_map is the identity)
    requests = [LabelRequest("Espoo", LabelKind.AREA, 100, 100, weight=2, geometry=big),
                LabelRequest("Kauniainen", LabelKind.AREA, 102, 101, weight=1, geometry=big)]
    placed = place_labels(requests, measure, FRAME, to_map=lambda xy: xy)
    assert [p.text for p in placed] == ["Espoo", "Kauniainen"]
    assert (placed[0].x, placed[0].y) == (100, 100), "the higher priority keeps its anchor"
    assert not _overlap(placed[0].box, placed[1].box)
    assert big.contains(shapely.Point(placed[1].x, placed[1].y))


def test_the_centre_of_a_nudged_area_label_stays_inside_its_area() -> None:
    narrow = shapely.box(50, 90, 150, 110)  # a strip: moving up or down leaves it
    blocker = LabelRequest("Blocker", LabelKind.AREA, 100, 100, weight=9)
    strip = LabelRequest("Strip", LabelKind.AREA, 100, 100, weight=1, geometry=narrow)
    placed = place_labels([blocker, strip], measure, FRAME, to_map=lambda xy: xy)
    other = next(p for p in placed if p.text == "Strip")
    assert narrow.contains(shapely.Point(other.x, other.y)) or abs(other.y - 100) > 6, \
        "inside the strip, or beside the anchor as for an area too small for its name"


def test_priority_decides_who_is_labelled_when_only_one_fits() -> None:
    frame = (0.0, 0.0, 60.0, 14.0)  # room for one label, nowhere to nudge
    requests = [LabelRequest("Small", LabelKind.AREA, 30, 7, weight=1),
                LabelRequest("Large", LabelKind.AREA, 30, 7, weight=5)]
    assert [p.text for p in place_labels(requests, measure, frame)] == ["Large"]
    points_first = [LabelRequest("Stop", LabelKind.POINT, 30, 7, group=1, weight=100, offset=0.0),
                    LabelRequest("Area", LabelKind.AREA, 30, 7, group=0, weight=0)]
    assert [p.text for p in place_labels(points_first, measure, frame)] == ["Area"], "areas come first"


def test_labels_stay_inside_the_frame_and_out_of_obstacles() -> None:
    requests = [LabelRequest("off the edge", LabelKind.AREA, 399, 100),
                LabelRequest("under the bar", LabelKind.AREA, 60, 172)]
    bar = (0.0, 160.0, 150.0, 200.0)
    placed = place_labels(requests, measure, FRAME, obstacles=[bar])
    for p in placed:
        x0, y0, x1, y1 = p.box
        assert x0 >= 0 and x1 <= 400 and y0 >= 0 and y1 <= 200
        assert not _overlap(p.box, bar), p.text
    assert {p.text for p in placed} == {"off the edge", "under the bar"}, "both moved, neither dropped"


def test_point_labels_sit_beside_their_symbol() -> None:
    placed = place_labels([LabelRequest("Kerava", LabelKind.POINT, 100, 100, group=1, offset=5.0)], measure, FRAME)
    (p,) = placed
    assert p.box[0] >= 105 and p.y == 100, "right of the symbol first"
    crowded = place_labels([LabelRequest("A", LabelKind.POINT, 393, 100, offset=5.0)], measure, FRAME)
    assert crowded[0].box[2] <= 393 - 5, "at the right edge: to the left"


def test_the_repair_step_moves_a_placed_label_to_make_room() -> None:
    """A tiny area whose only positions are taken by a big area's label: the big one moves, both are named."""
    big = shapely.box(0, 0, 400, 200)
    tiny = shapely.box(99, 99, 101, 101)
    frame = (40.0, 70.0, 200.0, 130.0)
    requests = [LabelRequest("Largemunicipality", LabelKind.AREA, 100, 100, weight=9, geometry=big),
                LabelRequest("Tiny", LabelKind.AREA, 100, 100, weight=1, geometry=tiny)]
    placed = place_labels(requests, measure, frame, to_map=lambda xy: xy)
    assert sorted(p.text for p in placed) == ["Largemunicipality", "Tiny"]
    assert not _overlap(placed[0].box, placed[1].box)


def test_many_labels_never_overlap() -> None:
    rng = np.random.default_rng(5)
    requests = [LabelRequest(f"Place {i}", LabelKind.POINT if i % 2 else LabelKind.AREA, *rng.uniform(0, 400, 2)
                             * (1, 0.5), group=i % 2, weight=float(rng.uniform()), offset=3.0) for i in range(150)]
    placed = place_labels(requests, measure, FRAME)
    assert 20 < len(placed) < 150
    for i, a in enumerate(placed):
        assert not any(_overlap(a.box, b.box) for b in placed[i + 1:])


def test_area_labels_name_every_municipality_at_its_inner_point(document) -> None:
    region = document.region_layer
    labels = area_labels(region)
    assert labels is not None and sorted(labels.texts) == sorted(region.data["name"])
    geoms = region.data.geometry.values
    by_name = dict(zip(region.data["name"], geoms, strict=True))
    for text, (x, y) in zip(labels.texts, labels.anchors, strict=True):
        assert by_name[text].contains(shapely.Point(x, y)), text
    big = dict(zip(labels.texts, labels.weights, strict=True))
    assert big["Helsinki"] > big["Espoo"] > big["Kauniainen"], "by population where the layer has it"


def test_point_labels_and_the_region_outline(document) -> None:
    import geopandas as gpd

    from layers.model import Layer

    pts = gpd.GeoDataFrame({"name": ["In", "", "Out"], "id": [1, 2, 3]},
                           geometry=gpd.points_from_xy([385_000, 386_000, 100_000], [6_675_000, 6_676_000, 6_000_000]),
                           crs=3067)
    layer = Layer(pts, "stops")
    xy = np.column_stack([pts.geometry.x, pts.geometry.y])
    labels = point_labels(layer, xy, np.arange(3))
    assert labels is not None and labels.texts == ["In", "Out"], "a point without a name has no label"
    outline = document.region.outline
    shapely.prepare(outline)
    assert inside_outline(outline, labels.anchors).tolist() == [True, False]
    unnamed = Layer(pts[["id", "geometry"]], "ids")
    assert point_labels(unnamed, xy, np.arange(3)) is None, "ids are not labels"


@pytest.mark.parametrize("paper_mm", [(277.0, 170.0)])
def test_the_official_municipalities_all_fit_at_a4_region_scale(shared_data, paper_mm) -> None:
    """The 26 official municipalities in an A4 landscape map frame (about 1:1,050,000), with the approximate
    measure: all named, no two overlapping."""
    from layers.crs import fit_extent
    from layers.io.region_boundaries import RegionChoice, read_region_boundaries
    from layers.model import Layer, LayerKind

    data = read_region_boundaries(shared_data / "fi_municipalities_2023_nls.geojson", RegionChoice.uusimaa()).data
    layer = Layer(data, "Municipalities", kind=LayerKind.BOUNDARY)
    labels = area_labels(layer)
    assert labels is not None and len(labels.texts) == 26
    w, h = (v / 25.4 * 96 for v in paper_mm)  # map units: 1/96 inch
    x0, _y0, x1, y1 = fit_extent(tuple(data.total_bounds), w, h)
    s = w / (x1 - x0)
    to_device = np.column_stack([(labels.anchors[:, 0] - x0) * s, (y1 - labels.anchors[:, 1]) * s])

    def to_map(xy: np.ndarray) -> np.ndarray:
        return np.column_stack([x0 + xy[:, 0] / s, y1 - xy[:, 1] / s])

    requests = [LabelRequest(t, LabelKind.AREA, float(x), float(y), weight=float(wt), geometry=g)
                for t, (x, y), wt, g in zip(labels.texts, to_device, labels.weights, labels.geometries, strict=True)]
    placed = place_labels(requests, lambda text, kind: (6.6 * len(text), 15.0), (0.0, 0.0, w, h), to_map=to_map)
    assert sorted(p.text for p in placed) == sorted(labels.texts)
    for i, a in enumerate(placed):
        assert not any(_overlap(a.box, b.box) for b in placed[i + 1:]), a.text


def test_a_point_name_never_covers_another_labelled_point() -> None:
    a = LabelRequest("Alpha", LabelKind.POINT, 100, 100, group=1, weight=2, offset=5.0)
    b = LabelRequest("B", LabelKind.POINT, 120, 100, group=1, weight=1, offset=5.0)  # where Alpha's name would go
    placed = {p.text: p for p in place_labels([a, b], measure, FRAME)}
    assert set(placed) == {"Alpha", "B"}
    x0, y0, x1, y1 = placed["Alpha"].box
    assert not (x0 < 123 and x1 > 117 and y0 < 103 and y1 > 97), "Alpha's name moved off B's symbol"
