"""The dock's "Zones" row and the mapping dialog: the real SYKE urban zones chosen as a zone set, the preset
pre-filled, the table's rows municipality x class, and a cancelled dialog changing nothing."""

from __future__ import annotations

import geopandas as gpd
import pytest

pytestmark = [pytest.mark.gui, pytest.mark.shared_data]

URBAN_ZONES = "syke_urban_zones_2021_capital_region.gpkg"
CAPITAL = ("091", "049", "092", "235")  # Helsinki, Espoo, Vantaa, Kauniainen: where SYKE's file has zones


@pytest.fixture(scope="module")
def capital_region(shared_data, default_region):
    """The four capital-region municipalities of the real boundaries, clipped to land: the zone set's extent, so
    that one Compute samples only what the zones cover."""
    from layers.crs import WORK_CRS
    from layers.region import Region

    muni = gpd.read_file(shared_data / "fi_municipalities_2023_nls.geojson")
    muni = muni[muni["NATCODE"].isin(CAPITAL)].rename(columns={"NATCODE": "code", "NAMEFIN": "name"})
    muni = muni[["code", "name", "geometry"]].to_crs(WORK_CRS).reset_index(drop=True)
    muni["geometry"] = muni.geometry.intersection(default_region.land.union_all())
    muni["name_sv"], muni["population"], muni["land_area_km2"] = muni["name"], 0, muni.geometry.area / 1e6
    settlements = default_region.settlements
    settlements = settlements[settlements.within(muni.union_all())].reset_index(drop=True)
    return Region(muni, default_region.land, settlements, schematic=False, attribution="NLS, CC BY 4.0")


@pytest.fixture()
def document(capital_region):
    from layers.document import MapDocument

    return MapDocument(capital_region)


@pytest.fixture(scope="module")
def urban_zones(shared_data):
    from layers.io import read_layer

    return read_layer(shared_data / URBAN_ZONES).data


@pytest.fixture()
def panel(qtbot, bare_window, urban_zones):
    from app.coverage import panel as coverage_panel
    from app.coverage.panel import CoveragePanel
    from layers.model import Layer, LayerKind

    doc = bare_window.document
    stations = doc.settlement_layer.data.nlargest(6, "population")[["name", "geometry"]].reset_index(drop=True)
    doc.layers.append(Layer(gpd.GeoDataFrame(stations, crs=doc.settlement_layer.data.crs), "Stations",
                            kind=LayerKind.TRANSPORT, radius_m=2_000.0))
    doc.layers.append(Layer(urban_zones.copy(), "SYKE urban zones", kind=LayerKind.OTHER))
    coverage_panel.install(bare_window)
    bare_window.actions["coverage"].trigger()
    return bare_window.findChild(CoveragePanel)


def test_the_dialog_lists_the_values_with_the_preset_and_the_intermediate_target(qtbot, urban_zones):
    from app.coverage.zone_mapping_dialog import ZoneMappingDialog

    dialog = ZoneMappingDialog("SYKE urban zones", urban_zones)
    qtbot.addWidget(dialog)
    assert dialog.field.currentData() == "vyoh"  # both fields fit the preset; the codes come first
    dialog.field.setCurrentIndex(dialog.field.findData("vyohselite"))
    assert dialog.preset.currentData() == "syke-urban-zones" and dialog.table.rowCount() == 10
    assert dialog.classes()["autovyöhyke"] == "car zone" and dialog.target.currentText() == "intermediate"
    assert dialog.zone_set().preset == "syke-urban-zones"
    row = next(i for i, v in enumerate(dialog.values) if v.value == "autovyöhyke")
    dialog.class_box(row).setCurrentText("")  # left out: the planner's own mapping now
    edited = dialog.zone_set()
    assert edited.preset is None and "autovyöhyke" not in edited.mapping
    assert set(edited.classes) == {"core", "intermediate"} and dialog.preset.currentText() == "own mapping"
    dialog.class_box(row).setCurrentText("all")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # the totals' row name


def test_choosing_the_layer_maps_it_and_the_table_has_a_row_per_municipality_and_class(panel, qtbot, monkeypatch):
    from app.coverage import panel as coverage_panel
    from app.coverage.zone_mapping_dialog import ZoneMappingDialog

    asked = []

    def answer(parent, name, data, current=None):
        asked.append(name)
        if len(asked) == 1:
            return None  # cancelled: nothing changes
        dialog = ZoneMappingDialog(name, data, current, parent)
        dialog.field.setCurrentIndex(dialog.field.findData("vyohselite"))
        return dialog.zone_set()

    monkeypatch.setattr(coverage_panel, "ask_zone_set", answer)
    combo, live = panel.zones_row.layer, panel.live
    inputs = live.inputs

    def fewer_samples():  # the rows and their classes are the point here, not the accuracy
        got = inputs()
        got.target_samples = 4_000
        return got

    monkeypatch.setattr(live, "inputs", fewer_samples)
    assert combo.itemText(0) == "Hot spots / in-between" and combo.findData("SYKE urban zones") > 0
    combo.setCurrentIndex(combo.findData("SYKE urban zones"))
    assert live.zone_set is None and combo.currentIndex() == 0  # cancelled
    combo.setCurrentIndex(combo.findData("SYKE urban zones"))
    assert live.zone_set is not None and live.zone_set.preset == "syke-urban-zones"
    assert panel.targets_label.text() == "Targets (intermediate):"
    assert "intermediate zones" in panel.gaps_label.text()
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=120_000)
    model = panel.table.model()
    zones = {model.index(i, 1).data() for i in range(model.rowCount())}
    assert zones == {"core", "intermediate", "car zone"} and model.rowCount() == 4 * 3
    assert [s.label for s in panel.live.curve.series] == ["core", "intermediate", "car zone"]
    helsinki = {model.index(i, 1).data(): float(model.index(i, 3).data().replace(",", ""))
                for i in range(model.rowCount()) if model.index(i, 0).data() == "Helsinki"}
    assert set(helsinki) == {"core", "intermediate", "car zone"} and all(a > 0 for a in helsinki.values())
    assert "Zones: SYKE urban zones: vyohselite (syke-urban-zones" in panel.summary.text()
    combo.setCurrentIndex(0)
    assert live.zone_set is None and live.stale == "the zones are hot spots / in-between again"
    assert panel.stale_banner.isVisibleTo(panel)


def test_the_hot_spot_row_keeps_chosen_categories_and_adds_discs_elsewhere(panel, qtbot):
    row, doc = panel.hotspot_row, panel.live.document
    assert not row.isVisibleTo(panel)  # the hot spots are settlement discs
    layer = next(lay for lay in doc.layers if lay.name == "SYKE urban zones")
    doc.use_hotspot_layer(layer)
    assert row.isVisibleTo(panel) and row.label.text() == "Hot spots of SYKE urban zones: only"
    row.field.setCurrentIndex(row.field.findData("vyoh"))
    row.values.setText("1, 99")
    row.apply()
    assert "no polygon has vyoh in 1, 99" not in row.problem.text()  # 1 exists: kept, 99 simply matches nothing
    row.values.setText("98, 99")
    before = doc.hotspot_params
    row.apply()
    assert row.problem.text().startswith("SYKE urban zones no polygon has vyoh in 98, 99 (values: ")
    row.values.setText("1, 2, 10, 11, 12, 40, 41")
    row.discs.setChecked(True)
    row.apply()
    params = doc.hotspot_params
    assert params != before and params.keep_field == "vyoh" and params.keep_values[-1] == "41"
    assert params.discs_elsewhere and "only vyoh in 1, 2, 10" in doc.hotspot_layer.note
    assert set(doc.hotspot_layer.data["source"]) <= {"layer", "settlement disc"}
    assert "layer" in set(doc.hotspot_layer.data["source"])
