"""The Coverage dock after a Compute under suomi and svenska (issue 19): its status line and method note, the
curve's title and legend, the distance choice, the stale banner and the derived layers' names are in the
interface language.  ``REGIONMAP_DOCK_PNG`` (a folder) keeps the rendered docks for looking at."""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

pytestmark = pytest.mark.gui

EXPECTED = {
    "fi": {"status": "Pinta-alan mukaan (väestölähdettä ei ole valittu). Menetelmä: vyöhykkeistä otettu näytteet",
           "title": "Alue: katettu osuus tason Stops säteen mukaan (muut tasot, liikenne, omilla säteillään: Route)",
           "legend": ["keskittymä", "välialue"], "straight": "linnuntie", "gaps": "Katvealueet",
           "stale": "Vanhentunut: taso 'Route' piilotettiin."},
    "sv": {"status": "Efter areal (ingen befolkningskälla vald). Metod: zonerna samplade på stratifierade rutnät",
           "title": "Region: täckt andel efter radien för Stops (övriga lager, trafik, vid sina radier: Route)",
           "legend": ["koncentration", "mellanområde"], "straight": "fågelväg", "gaps": "Luckor i täckningen",
           "stale": "Inaktuellt: lagret 'Route' doldes."},
}


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_the_dock_after_a_compute_speaks_the_language(language, qtbot, document, code):  # type: ignore[no-untyped-def]
    from app.coverage import panel as coverage_panel
    from app.main_window import MainWindow
    from layers.model import Layer, LayerKind

    assert language(code) == code
    window = MainWindow(document, install_features=False)
    qtbot.addWidget(window)
    points = [shapely.Point(385_500 + 1_800 * i, 6_672_000 + 700 * i) for i in range(8)]
    window.document.layers.append(Layer(gpd.GeoDataFrame(geometry=points, crs="EPSG:3067"), "Stops",
                                        kind=LayerKind.TRANSPORT, radius_m=800.0))
    route = shapely.LineString([(380_000, 6_670_000), (400_000, 6_680_000)])
    window.document.layers.append(Layer(gpd.GeoDataFrame(geometry=[route], crs="EPSG:3067"), "Route",
                                        kind=LayerKind.TRANSPORT, radius_m=500.0))
    panel = coverage_panel.install(window)
    window.resize(1500, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.actions["coverage"].trigger()
    want = EXPECTED[code]
    assert panel.distance_row.layer.itemText(0) == want["straight"]
    panel.compute()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=180_000)
    panel.sliders["Stops"].setValue(1_200 // 50)  # the curve is the moved layer's
    assert panel.status.toPlainText().startswith(want["status"])
    assert "Method" not in panel.status.toPlainText() and "samples" not in panel.status.toPlainText()
    assert panel.curve.title == want["title"]
    assert [s.label for s in panel.curve.series] == want["legend"]
    derived = {lyr.key: lyr.name for lyr in window.document.layers if lyr.derived}
    assert derived["Coverage gaps"] == want["gaps"]
    folder = os.environ.get("REGIONMAP_DOCK_PNG")
    if folder:
        panel.parentWidget().grab().save(str(Path(folder) / f"coverage_dock_{code}.png"))
    window.document.layers.by_name("Route").visible = False
    assert panel.stale_banner.text().startswith(want["stale"])
    window.close_guards.clear()


def test_the_zone_mapping_dialog_shows_classes_in_words_and_returns_keys(language, qtbot):  # type: ignore[no-untyped-def]
    from app.coverage.zone_mapping_dialog import ZoneMappingDialog

    language("fi")
    values = ["keskustan jalankulkuvyöhyke", "joukkoliikennevyöhyke", "autovyöhyke"]
    zones = gpd.GeoDataFrame({"vyohselite": values},
                             geometry=[shapely.box(385_000 + 1_000 * i, 6_672_000, 385_900 + 1_000 * i, 6_672_900)
                                       for i in range(3)], crs="EPSG:3067")
    dialog = ZoneMappingDialog("SYKE", zones)
    qtbot.addWidget(dialog)
    assert dialog.preset.currentData() == "syke-urban-zones"
    shown = {v.value: dialog.class_box(i).currentText() for i, v in enumerate(dialog.values)}
    assert shown == {"keskustan jalankulkuvyöhyke": "keskustavyöhyke", "joukkoliikennevyöhyke": "välivyöhyke",
                     "autovyöhyke": "autovyöhyke"}
    assert dialog.target.currentText() == "välivyöhyke" and dialog.target.currentData() == "intermediate"
    zone_set = dialog.zone_set()
    assert zone_set.preset == "syke-urban-zones" and zone_set.target == "intermediate"
    row = next(i for i, v in enumerate(dialog.values) if v.value == "autovyöhyke")
    dialog.class_box(row).setCurrentText("Maaseutu")  # a built-in class typed in Finnish: its key
    dialog.target.setCurrentIndex(dialog.target.findData("rural"))
    edited = dialog.zone_set()
    assert edited.preset is None and edited.mapping["autovyöhyke"] == "rural" and edited.target == "rural"
    dialog.class_box(row).setCurrentText("Kylät")  # the planner's own class, as typed
    assert dialog.zone_set().mapping["autovyöhyke"] == "Kylät"
