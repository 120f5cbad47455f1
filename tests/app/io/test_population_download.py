"""Region > Download population grid… in the window, against a loopback WFS: the layer, its credit, the population
source; a fault leaves the layers, the source and the cache as they were, with one message."""

from __future__ import annotations

import pytest

from app.io import population_download
from layers.coverage.population_source import PopulationSource
from tests.layers.io.population_server import PopulationWfs, grid_cells

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture()
def server():
    s = PopulationWfs(grid_cells())
    yield s
    s.stop()


@pytest.fixture()
def window(feature_window, monkeypatch, server):
    from app.io import boundaries_dialog
    from app.layerlist import panel as layer_panel

    monkeypatch.setattr(population_download, "WFS_BASE", server.url)
    return feature_window(layer_panel, boundaries_dialog, population_download, size=(1000, 700))


def click(window) -> None:  # type: ignore[no-untyped-def]
    window.action("download_population").trigger()
    assert window.task_runner.wait_idle(60)


def feature(window) -> population_download.PopulationDownload:  # type: ignore[no-untyped-def]
    return window.features.require(population_download.POPULATION_DOWNLOAD)


def test_the_region_menu_offers_it_after_the_boundaries(window) -> None:
    texts = [a.text() for a in window.menus["region"].actions()]
    assert texts.index("Download &population grid…") == texts.index("Load official &boundaries…") + 1


def test_one_click_adds_the_grid_and_counts_people_with_it(window, server) -> None:
    click(window)
    layer = next(lay for lay in window.document.layers if lay.name == "Population 1 km 2023")
    assert layer.kind.value == "population" and len(layer.data) == 24
    assert layer.attribution == "Population grid 1 km 2023: Statistics Finland, CC BY 4.0"
    assert window.session.coverage.population_source == PopulationSource("Population 1 km 2023", "vaesto")
    text = window.message_bar.texts()[-1]
    assert text.startswith("Added 'Population 1 km 2023': 24 cells, 10,291 people (Population grid 1 km 2023: "
                           "Statistics Finland, CC BY 4.0), downloaded")
    assert window.session.undo_stack.undo_text == "add Population 1 km 2023"
    # again, offline: the cached copy answers, and replaces the layer (no second layer of the same name)
    server.mode = "500"
    click(window)
    same = [lay for lay in window.document.layers if lay.name == "Population 1 km 2023"]
    assert len(same) == 1 and same[0] is not layer and len(same[0].data) == 24
    assert "from the copy cached earlier (no network)" in window.message_bar.texts()[-1]
    assert "HTTP 500" in window.message_bar.texts()[-1]


@pytest.mark.parametrize("mode", ["500", "truncated", "empty", "no-crs"])
def test_a_fault_leaves_layers_source_and_cache_as_they_were(window, server, mode) -> None:
    from layers.userdirs import data_dir

    server.years = (2021,)
    click(window)  # a 2021 grid cached, loaded and chosen...
    cache = data_dir() / "population"
    before_cache = {p.name: p.read_bytes() for p in cache.iterdir()}
    before_layers = list(window.document.layers)
    source = window.session.coverage.population_source
    server.mode, server.years = mode, (2021, 2024)  # ...then 2024 appears, and its download fails
    click(window)
    # the refresh fell back to the 2021 copy: the same layers by name and data, the same source, the same cache
    assert [lay.name for lay in window.document.layers] == [lay.name for lay in before_layers]
    assert window.session.coverage.population_source == source
    assert {p.name: p.read_bytes() for p in cache.iterdir()} == before_cache
    assert "used the population grid 2021 cached earlier" in window.message_bar.texts()[-1]
    # with no copy to fall back on, nothing changes at all, and one message says why
    for path in cache.iterdir():
        path.unlink()
    source = PopulationSource(window.document.settlement_layer.name, "population")
    window.session.coverage.set_population_source(source)
    before_layers = list(window.document.layers)
    errors = len(feature(window).failures)
    click(window)
    assert list(window.document.layers) == before_layers and window.session.coverage.population_source == source
    assert not list(cache.iterdir())
    assert len(feature(window).failures) == errors + 1
    text = feature(window).failures[-1]
    assert text.startswith("The population grid was not downloaded: 127.0.0.1:") and "unchanged" in text
    assert text in window.message_bar.texts()


def test_hsy_grid_is_offered_for_a_capital_region_only(window, qtbot, shared_data, monkeypatch) -> None:
    import geopandas as gpd

    from layers.io.region_boundaries import RegionChoice, region_boundaries
    from tests.layers.io.population_server import HSY_LAYERS, hsy_cells

    hsy = PopulationWfs(hsy_cells(shared_data / "helsinki_population_grid_2020.gpkg"), layers=HSY_LAYERS)
    try:
        monkeypatch.setattr(population_download, "HSY_WFS_BASE", hsy.url)
        action = window.action("download_population_hsy")
        assert action is not None and not action.isEnabled()  # the built-in region: all of Helsinki-Uusimaa
        munis = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson").to_crs(3067)
        got = region_boundaries(munis, RegionChoice.of_codes(["091", "049", "092", "235"]), land=window.document.land)
        window.document.set_boundaries(got.data, "Capital region", "NLS, CC BY 4.0")
        assert action.isEnabled()
        action.trigger()
        assert window.task_runner.wait_idle(60)
        layer = next(lay for lay in window.document.layers if lay.name == "Population 250 m 2022 (HSY)")
        assert layer.attribution == "Population grid 250 m 2022: HSY, CC BY 4.0" and len(layer.data) == 92
        assert window.session.coverage.population_source == PopulationSource(layer.name, "asukkaita")
        assert window.message_bar.texts()[-1].startswith("Added 'Population 250 m 2022 (HSY)': 92 cells, 71,724 "
                                                          "people")
    finally:
        hsy.stop()
