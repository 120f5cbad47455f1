"""Region > Download urban-rural classification… against a loopback WFS: the layer, its credit, the zone set;
a fault leaves the layers, the zones and the cache as they were, with one message."""

from __future__ import annotations

import pytest

from app.io import urban_rural_download
from tests.layers.io.population_server import PopulationWfs
from tests.layers.io.test_urban_rural_download import SYKE_LAYERS, classes

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture()
def server():
    s = PopulationWfs(classes(), layers=SYKE_LAYERS, fmt="gml32")
    yield s
    s.stop()


@pytest.fixture()
def window(feature_window, monkeypatch, server):
    from app.io import boundaries_dialog, population_download
    from app.layerlist import panel as layer_panel

    monkeypatch.setattr(urban_rural_download, "WFS_BASE", server.url)
    return feature_window(layer_panel, boundaries_dialog, population_download, urban_rural_download,
                          size=(1000, 700))


def click(window) -> None:  # type: ignore[no-untyped-def]
    window.action("download_urban_rural").trigger()
    assert window.task_runner.wait_idle(60)


def test_the_region_menu_offers_it_after_the_population_grids(window) -> None:
    texts = [a.text() for a in window.menus["region"].actions()]
    assert texts.index("Download &urban-rural classification…") == texts.index(
        "Download population grid (&HSY 250 m, capital region)…") + 1


def test_one_click_adds_the_classes_and_makes_them_the_zones(window, server) -> None:
    from layers.coverage.zone_sets import INTERMEDIATE, RURAL, URBAN_CORE

    click(window)
    layer = next(lay for lay in window.document.layers if lay.name == "Urban-rural classification 2018")
    assert len(layer.data) == 32 and layer.attribution == "Urban-rural classification 2018: SYKE, CC BY 4.0"
    zone_set = window.session.coverage.zone_set
    assert zone_set is not None and zone_set.source == layer.name and zone_set.preset == "syke-urban-rural"
    assert zone_set.field == "Luokka" and zone_set.classes == (URBAN_CORE, INTERMEDIATE, RURAL)
    assert window.message_bar.texts()[-1].startswith(
        "Added 'Urban-rural classification 2018': 32 areas (Urban-rural classification 2018: SYKE, CC BY 4.0), "
        "downloaded; the coverage check's zones are now its classes (urban core, intermediate, rural)")
    assert window.session.undo_stack.undo_text == "add Urban-rural classification 2018"


def test_a_fault_without_a_cache_changes_nothing(window, server) -> None:
    from layers.userdirs import data_dir

    server.mode = "truncated"
    before = [lay.name for lay in window.document.layers]
    click(window)
    assert [lay.name for lay in window.document.layers] == before and window.session.coverage.zone_set is None
    assert not (data_dir() / "urban_rural").exists() or not list((data_dir() / "urban_rural").iterdir())
    text = feature(window).failures[-1]
    assert "not complete GML (cut off or damaged" in text and text.endswith("the zones are unchanged.")


def feature(window) -> urban_rural_download.UrbanRuralDownload:  # type: ignore[no-untyped-def]
    return window.features.require(urban_rural_download.URBAN_RURAL_DOWNLOAD)
