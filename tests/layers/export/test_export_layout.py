"""Page layout maths (pure Python), legend and sources, atomic writing."""

from __future__ import annotations

import os
import stat

import pytest

from layers.errors import UserError
from layers.export.atomic import atomic_path, write_text
from layers.export.legend import collect_notes, collect_sources, legend_entries
from layers.export.page_layout import (
    PageOptions,
    fit_extent,
    layout_page,
    paper_size_mm,
    parse_size,
)


def test_paper_sizes_and_orientation() -> None:
    assert paper_size_mm("A4", "landscape") == (297, 210)
    assert paper_size_mm("a3", "portrait") == (297, 420)
    assert paper_size_mm("custom", "landscape", (500, 300)) == (500, 300)
    with pytest.raises(UserError):
        paper_size_mm("Letter")
    opts = PageOptions(paper="A4", orientation="portrait", dpi=300)
    assert opts.page_px() == (2480, 3508)
    png = PageOptions(size_px=(1600, 1000), dpi=200)
    assert png.page_px() == (1600, 1000)
    assert png.page_mm() == pytest.approx((203.2, 127.0))
    assert parse_size("1600x1000") == (1600, 1000)
    with pytest.raises(UserError, match="WIDTHxHEIGHT"):
        parse_size("big")
    with pytest.raises(UserError, match="dpi"):
        PageOptions(dpi=5).validate()


@pytest.mark.parametrize(("w", "h"), [(297, 210), (210, 297), (420, 297), (100, 80)])
def test_layout_boxes_fit_on_page_without_overlap(w: float, h: float) -> None:
    lay = layout_page(w, h)
    boxes = [lay.title, lay.map, lay.panel, lay.footer]
    for b in boxes:
        assert b.x >= 0 and b.y >= 0 and b.right <= w + 1e-6 and b.bottom <= h + 1e-6 and b.w > 0 and b.h > 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = min(a.right, b.right) > max(a.x, b.x) and min(a.bottom, b.bottom) > max(a.y, b.y)
            assert not overlap, (a, b)
    assert lay.side == (w > h)


def test_fit_extent_keeps_centre_and_matches_aspect() -> None:
    x0, y0, x1, y1 = fit_extent((0, 0, 100, 10), 50, 50, pad=0)
    assert (x1 - x0) == pytest.approx(y1 - y0)
    assert ((x0 + x1) / 2, (y0 + y1) / 2) == pytest.approx((50, 5))
    assert x0 <= 0 and x1 >= 100


def test_legend_lists_exactly_the_visible_layers_top_first(document) -> None:
    names = [e.layer_name for e in legend_entries(document.layers)]
    visible = [lyr.name for lyr in reversed(list(document.layers)) if lyr.visible]
    assert names == visible
    document.hotspot_layer.visible = False
    assert "Hot spots" not in [e.layer_name for e in legend_entries(document.layers)]
    assert "Settlements (GeoNames)" not in [e.layer_name for e in legend_entries(document.layers)]


def test_categorised_style_lists_each_category(document) -> None:
    layer = document.region_layer
    layer.style = layer.style.with_(category_field="name", categories=(("Espoo", "#ff0000"), ("Vantaa", "#00ff00")))
    entry = next(e for e in legend_entries(document.layers) if e.layer_name == layer.name)
    assert entry.categorised
    assert [(i.label, i.fill) for i in entry.items] == [("Espoo", "#ff0000"), ("Vantaa", "#00ff00")]


def test_sources_collected_once_and_notes_for_schematic_data(document) -> None:
    document.hotspot_layer.attribution = ("Contains data from HSL, CC BY 4.0; "
                                          "Settlements: GeoNames (geonames.org), CC BY 4.0")
    sources = collect_sources(document)
    assert "Contains data from HSL, CC BY 4.0" in sources
    assert sum("GeoNames" in s for s in sources) == 1
    notes = collect_notes(document.layers)
    assert any("Schematic" in n for n in notes)
    document.region_layer.visible = False
    assert not any("Schematic" in n for n in collect_notes(document.layers))


def test_atomic_write_leaves_nothing_on_failure(tmp_path) -> None:
    dest = tmp_path / "out.txt"
    with pytest.raises(RuntimeError), atomic_path(dest) as tmp:
        tmp.write_text("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    write_text(dest, "done")
    assert dest.read_text() == "done"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_clear_errors(tmp_path) -> None:
    with pytest.raises(UserError, match="folder does not exist"):
        write_text(tmp_path / "missing" / "x.txt", "x")
    with pytest.raises(UserError, match="is a folder"):
        write_text(tmp_path, "x")
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            with pytest.raises(UserError, match="no permission"):
                write_text(locked / "x.txt", "x")
        finally:
            locked.chmod(stat.S_IRWXU)


def test_disk_full_is_a_clear_error_and_leaves_nothing(tmp_path, monkeypatch) -> None:
    import errno

    def full(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="the disk is full"):
        write_text(tmp_path / "x.txt", "data")
    assert list(tmp_path.iterdir()) == []


def test_attribution_splits_on_semicolons_and_lines() -> None:
    from layers.export.legend import split_attribution

    assert split_attribution("HSL, CC BY 4.0;  GeoNames\n\nOSM ; ") == ["HSL, CC BY 4.0", "GeoNames", "OSM"]
    assert split_attribution("") == []


def test_service_layers_show_their_radius_in_the_legend(document) -> None:
    import geopandas as gpd
    import shapely

    from layers.model import Layer, LayerKind

    stops = Layer(gpd.GeoDataFrame(geometry=[shapely.Point(385_000, 6_672_000)], crs=3067), "Stops",
                  kind=LayerKind.TRANSPORT, radius_m=1500)
    document.layers.append(stops)
    entry = next(e for e in legend_entries(document.layers) if e.layer_name == "Stops")
    assert entry.extra == "service radius 1.5 km" and entry.family == "point"
    assert next(e for e in legend_entries(document.layers) if e.layer_name != "Stops").extra == ""
