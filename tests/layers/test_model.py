from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point

from layers.model import Layer, LayerKind, LayerList, Style, geometry_family


def _points(n=3):
    return gpd.GeoDataFrame({"v": range(n)}, geometry=[Point(380000 + i, 6670000) for i in range(n)], crs=3067)


def test_layer_rejects_data_outside_work_crs():
    with pytest.raises(ValueError, match="EPSG:3067"):
        Layer(_points().to_crs(4326), "x")


def test_layer_events_report_old_and_new_values():
    layer = Layer(_points(), "stops", kind=LayerKind.TRANSPORT)
    seen = []
    layer.events.connect(lambda e: seen.append((e.type, e.old, e.value)))
    layer.name = "bus stops"
    layer.visible = False
    layer.visible = False  # no change, no event
    layer.opacity = 0.5
    assert seen[0] == ("name", "stops", "bus stops")
    assert seen[1] == ("visible", True, False)
    assert [s[0] for s in seen] == ["name", "visible", "style"]
    assert layer.style.opacity == 0.5


def test_service_layers_get_a_default_radius_by_geometry():
    assert Layer(_points(), "p", kind="transport").radius_m == 800.0
    lines = gpd.GeoDataFrame(geometry=[LineString([(380000, 6670000), (381000, 6670000)])], crs=3067)
    assert Layer(lines, "l", kind="energy").radius_m == 1000.0
    assert Layer(_points(), "o", kind="other").radius_m is None
    assert geometry_family(lines) == "line"


@pytest.mark.parametrize("bad", [0, -5, 100_001])
def test_radius_out_of_range_is_refused(bad):
    layer = Layer(_points(), "p", kind="transport")
    with pytest.raises(ValueError, match="between 0 and 100 km"):
        layer.radius_m = bad
    assert layer.radius_m == 800.0


def test_layer_list_events_insert_move_remove_and_forwarding():
    a, b, c = (Layer(_points(), n) for n in "abc")
    lst = LayerList([a, b])
    seen = []
    lst.events.connect(lambda e: seen.append(e))
    lst.insert(1, c)
    assert [x.name for x in lst] == ["a", "c", "b"]
    lst.move(0, 2)
    assert [x.name for x in lst] == ["c", "b", "a"]
    b.style = Style(fill="#000000")
    lst.remove(c)
    c.name = "gone"  # no longer forwarded
    types = [e.type for e in seen]
    assert types == ["inserted", "moved", "changed", "removed"]
    assert seen[0].index == 1 and seen[1].src == 0 and seen[1].dst == 2
    assert seen[2].layer is b and seen[2].what == "style"
    with pytest.raises(ValueError):
        lst.append(a)


def test_empty_name_is_refused():
    layer = Layer(_points(), "p")
    with pytest.raises(ValueError):
        layer.name = "  "
    assert layer.name == "p"


def test_setting_the_attribution_emits_one_event_and_the_list_forwards_it():
    layer = Layer(_points(), "stops", attribution="  HSL, CC BY 4.0 ")
    assert layer.attribution == "HSL, CC BY 4.0"  # surrounding blanks are not part of a credit
    lst = LayerList([layer])
    seen, forwarded = [], []
    layer.events.connect(lambda e: seen.append((e.type, e.old, e.value)))
    lst.events.connect(lambda e: forwarded.append((e.type, e.what)))
    layer.attribution = "© City of Helsinki, CC BY 4.0"
    layer.attribution = "© City of Helsinki, CC BY 4.0 "  # the same text: no event
    assert seen == [("attribution", "HSL, CC BY 4.0", "© City of Helsinki, CC BY 4.0")]
    assert forwarded == [("changed", "attribution")]
    assert layer.attribution == "© City of Helsinki, CC BY 4.0"
