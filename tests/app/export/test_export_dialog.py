"""File > Export…: options, live preview, background export with a result message."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture()
def window(bare_window):
    from app.export import dialog as export_dialog

    export_dialog.install(bare_window)
    return bare_window


@pytest.fixture()
def dialog(window, qtbot):
    from app.export.dialog import EXPORT

    window.actions["export"].trigger()
    d = window.features.require(EXPORT).dialog
    qtbot.addWidget(d)
    return d


def test_action_is_in_file_menu_with_ctrl_e(window) -> None:
    action = window.actions["export"]
    assert action in window.menus["file"].actions()
    assert action.shortcut().toString() == "Ctrl+E"


def test_options_follow_the_widgets(dialog) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.use_pixels.setChecked(True)
    dialog.px_w.setValue(1234)
    dialog.px_h.setValue(777)
    dialog.title.setText("My map")
    dialog.frame.setCurrentIndex(dialog.frame.findData("region"))
    o = dialog.options()
    assert o.size_px == (1234, 777) and o.title == "My map" and o.frame == "region"
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.options().size_px is None  # pixel size is for PNG only
    assert not dialog.use_pixels.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.html_box.isVisibleTo(dialog) and not dialog.page_box.isVisibleTo(dialog)


def test_preview_updates_when_options_change(dialog, qtbot) -> None:
    dialog.update_preview()
    first = dialog.preview.pixmap().toImage()
    assert not first.isNull()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage().size() != first.size(), timeout=3000)
    second = dialog.preview.pixmap().toImage()
    assert second.height() > second.width()  # the preview is a portrait page now


def test_export_runs_in_background_and_reports(dialog, window, qtbot, tmp_path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.title.setText("Dialog export")
    out = tmp_path / "dialog.pdf"
    handle = dialog.export_to(out)
    qtbot.waitUntil(lambda: not handle.running, timeout=20000)
    assert handle.status == "done", handle.error
    assert out.read_bytes().startswith(b"%PDF")
    texts = window.message_bar.texts()
    assert any("dialog.pdf" in t for t in texts)


def test_html_export_reports_simplified_layers(dialog, window, qtbot, tmp_path) -> None:
    import shapely

    from layers.model import Layer, LayerKind

    big = window.document.region_layer.data.copy()
    big["geometry"] = shapely.segmentize(big.geometry.values, 50.0)  # many vertices: will be simplified
    window.document.layers.append(Layer(big, "Dense areas", kind=LayerKind.PROJECT))
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert "Dense areas" in dialog.info.text()
    out = tmp_path / "dialog.html"
    handle = dialog.export_to(out)
    qtbot.waitUntil(lambda: not handle.running, timeout=30000)
    assert handle.status == "done", handle.error
    texts = window.message_bar.texts()
    assert any("simplified for the web: Dense areas" in t for t in texts)


def test_coverage_options_enabled_only_with_a_result(window, qtbot, monkeypatch) -> None:
    from app.export.dialog import ExportDialog

    d = ExportDialog(window)
    qtbot.addWidget(d)
    assert not d.include_coverage.isEnabled() and not d.report_button.isEnabled()
    result = SimpleNamespace(rows=[{"name": "Espoo", "share_pct": 50.0}], totals={}, gaps=None)
    monkeypatch.setattr(window.session.coverage, "current_result", lambda: result)
    d2 = ExportDialog(window)
    qtbot.addWidget(d2)
    assert d2.include_coverage.isEnabled() and d2.report_button.isEnabled()


def test_uses_the_session_coverage_result(window, qtbot, monkeypatch) -> None:
    from app.export.dialog import ExportDialog, coverage_result_of
    result = SimpleNamespace(rows=[{"municipality": "Espoo", "zone": "hotspot", "covered_share": 0.5}], totals=[],
                             gaps=None)
    monkeypatch.setattr(window.session.coverage, "current_result", lambda: result)
    assert coverage_result_of(window) is result
    d = ExportDialog(window)
    qtbot.addWidget(d)
    assert d.include_coverage.isEnabled()


@pytest.mark.parametrize(("code", "first_finnish"), [("en", False), ("fi", True), ("sv", True)])
def test_the_report_offers_the_finnish_spreadsheet_csv_first_under_fi_and_sv(code, first_finnish,
                                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.export.dialog import report_csv_filters
    from layers import i18n

    monkeypatch.setenv("REGIONMAP_LANG", code)
    i18n.set_language(None)
    try:
        filters, chosen = report_csv_filters()
        assert len(filters) == 2 and all(f.endswith("(*.csv)") for f in filters)
        assert chosen == filters[1 if first_finnish else 0]
    finally:
        monkeypatch.setenv("REGIONMAP_LANG", "en")
        i18n.set_language(None)
