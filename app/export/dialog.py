"""File > Export… (Ctrl+E): export the map as PNG, PDF, SVG or an interactive HTML map, with a live preview.

The dialog only collects options and shows a preview; the export itself runs in the background through the
window's task runner (:func:`app.export.page_render.export_page`, :func:`layers.export.html_map.export_html`), with
progress and Cancel in the status bar, and never leaves a half-written file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.widgets.dialog_action import DialogAction
from app.window_api import FeatureKey, WindowApi
from layers import i18n
from layers.export.page_layout import PageOptions
from layers.i18n import format_number

# English sources; shown through QCoreApplication.translate("ExportDialog", label)
FORMAT_LABELS = [("png", str(QT_TRANSLATE_NOOP("ExportDialog", "PNG image"))),
                 ("pdf", str(QT_TRANSLATE_NOOP("ExportDialog", "PDF (vector, print)"))),
                 ("svg", str(QT_TRANSLATE_NOOP("ExportDialog", "SVG (vector, editable)"))),
                 ("html", str(QT_TRANSLATE_NOOP("ExportDialog", "HTML interactive map")))]
PREVIEW_PX = 560


def coverage_result_of(window: WindowApi) -> Any:
    """The session's coverage result at the current radii and targets (what the dock shows), or None."""
    return window.session.coverage.current_result()


def predict_simplified(document: Any) -> list[str]:
    """Names of the visible layers the HTML export will simplify (same rule as the export)."""
    import shapely

    from layers.export.html_map import SIMPLIFY_ABOVE_VERTICES
    from layers.model import geometry_family

    out = []
    for layer in document.layers:
        if layer.visible and len(layer.data) and geometry_family(layer.data) != "point":
            n = int(shapely.get_num_coordinates(layer.data.geometry.values).sum())
            if n > SIMPLIFY_ABOVE_VERTICES:
                out.append(QCoreApplication.translate("ExportDialog", "{name} ({n} vertices)").format(
                    name=layer.name, n=format_number(n)))
    return out


class ExportDialog(QDialog):
    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.qt_window)
        self.window_ = window
        self.document = window.document
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export map"))
        self.setMinimumSize(980, 620)
        self._preview_timer = QTimer(self, singleShot=True, interval=180)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()
        self._restore()
        self._sync_enabled()
        self.schedule_preview()

    # ---- widgets --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.format = QComboBox()
        for key, label in FORMAT_LABELS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.title = QLineEdit("Helsinki-Uusimaa")
        self.subtitle = QLineEdit()
        self.subtitle.setPlaceholderText(
            QCoreApplication.translate("ExportDialog", "optional, e.g. 'Coverage of in-between areas, draft'"))
        self.frame = QComboBox()
        self.frame.addItem(QCoreApplication.translate("ExportDialog", "Current view"), "view")
        self.frame.addItem(QCoreApplication.translate("ExportDialog", "Whole region"), "region")
        self.paper = QComboBox()
        self.paper.addItem("A4", "A4")
        self.paper.addItem("A3", "A3")
        self.paper.addItem(QCoreApplication.translate("ExportDialog", "Custom"), "custom")
        self.orientation = QComboBox()
        self.orientation.addItem(QCoreApplication.translate("ExportDialog", "Landscape"), "landscape")
        self.orientation.addItem(QCoreApplication.translate("ExportDialog", "Portrait"), "portrait")
        self.custom_w = QDoubleSpinBox(minimum=60, maximum=2000, value=297, suffix=" mm", decimals=0)
        self.custom_h = QDoubleSpinBox(minimum=60, maximum=2000, value=210, suffix=" mm", decimals=0)
        self.custom_row = _size_row(self.custom_w, self.custom_h)
        self.use_pixels = QCheckBox(QCoreApplication.translate("ExportDialog", "Set the image size in pixels"))
        self.px_w = QSpinBox(minimum=200, maximum=20000, value=1600, suffix=" px")
        self.px_h = QSpinBox(minimum=200, maximum=20000, value=1000, suffix=" px")
        self.pixel_row = _size_row(self.px_w, self.px_h)
        self.dpi = QSpinBox(minimum=36, maximum=1200, value=150, suffix=" dpi", singleStep=50)
        self.include_coverage = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "Coverage table and pass/fail summary"))
        self.tiles = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "OpenStreetMap basemap (needs internet when viewed)"))
        self.inline = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "Works offline (Leaflet included in the file)"))
        self.inline.setChecked(True)
        self.simplify = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "Simplify large layers for the web (keeps shared borders)"))
        self.simplify.setChecked(True)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "Format"), self.format)
        form.addRow(QCoreApplication.translate("ExportDialog", "Title"), self.title)
        form.addRow(QCoreApplication.translate("ExportDialog", "Subtitle"), self.subtitle)
        form.addRow(QCoreApplication.translate("ExportDialog", "Map shows"), self.frame)
        self.page_box = QGroupBox(QCoreApplication.translate("ExportDialog", "Page"))
        page_form = QFormLayout(self.page_box)
        page_form.addRow(QCoreApplication.translate("ExportDialog", "Paper"), self.paper)
        page_form.addRow(QCoreApplication.translate("ExportDialog", "Orientation"), self.orientation)
        page_form.addRow(QCoreApplication.translate("ExportDialog", "Custom size"), self.custom_row)
        page_form.addRow(self.use_pixels)
        page_form.addRow(QCoreApplication.translate("ExportDialog", "Image size"), self.pixel_row)
        page_form.addRow(QCoreApplication.translate("ExportDialog", "Resolution"), self.dpi)
        self.html_box = QGroupBox(QCoreApplication.translate("ExportDialog", "Interactive map"))
        html_form = QVBoxLayout(self.html_box)
        for w in (self.tiles, self.inline, self.simplify):
            html_form.addWidget(w)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.page_box)
        left.addWidget(self.html_box)
        left.addWidget(self.include_coverage)
        left.addWidget(self.info)
        left.addStretch(1)
        self.report_button = QPushButton(QCoreApplication.translate(
            "ExportDialog", "Export coverage report (CSV + GeoJSON)…"))
        self.report_button.clicked.connect(self.export_report)
        left.addWidget(self.report_button)

        self.preview = QLabel(QCoreApplication.translate("ExportDialog", "Preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_PX, int(PREVIEW_PX * 0.75))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #6b7280; border-radius: 4px;")

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(QCoreApplication.translate(
            "ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        lw = QWidget()
        lw.setLayout(left)
        lw.setFixedWidth(410)  # room for the longest option (Finnish and Swedish ones too) on one line
        top.addWidget(lw)
        top.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addWidget(buttons)

        for combo in (self.format, self.frame, self.paper, self.orientation):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.title, self.subtitle):
            edit.textChanged.connect(self._changed)
        for spin in (self.custom_w, self.custom_h, self.px_w, self.px_h, self.dpi):
            spin.valueChanged.connect(self._changed)
        for box in (self.use_pixels, self.include_coverage, self.tiles, self.inline, self.simplify):
            box.toggled.connect(self._changed)

    # ---- state ----------------------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return str(self.format.currentData())

    def options(self) -> PageOptions:
        size_px = (self.px_w.value(), self.px_h.value()) if self.fmt == "png" and self.use_pixels.isChecked() \
            else None
        return PageOptions(
            title=self.title.text(), subtitle=self.subtitle.text(), paper=str(self.paper.currentData()),
            orientation=str(self.orientation.currentData()), custom_mm=(self.custom_w.value(), self.custom_h.value()),
            dpi=self.dpi.value(), size_px=size_px, frame=str(self.frame.currentData()),
            include_coverage=self.include_coverage.isChecked() and coverage_result_of(self.window_) is not None,
        )

    def html_options(self) -> Any:
        from layers.export.html_map import HtmlOptions

        return HtmlOptions(title=self.title.text() or "Helsinki-Uusimaa", subtitle=self.subtitle.text(),
                           tiles=self.tiles.isChecked(), inline_assets=self.inline.isChecked(),
                           simplify=self.simplify.isChecked())

    def view_extent(self) -> tuple[float, float, float, float] | None:
        try:
            return self.window_.canvas.extent()
        except Exception:
            return None

    def _sync_enabled(self) -> None:
        html = self.fmt == "html"
        pixels = self.fmt == "png" and self.use_pixels.isChecked()
        self.page_box.setVisible(not html)
        self.html_box.setVisible(html)
        self.frame.setEnabled(not html)
        self.use_pixels.setEnabled(self.fmt == "png")
        self.pixel_row.setEnabled(pixels)
        for w in (self.paper, self.orientation):
            w.setEnabled(not pixels)
        self.custom_row.setEnabled(not pixels and self.paper.currentData() == "custom")
        has_cov = coverage_result_of(self.window_) is not None
        self.include_coverage.setEnabled(has_cov)
        self.include_coverage.setToolTip("" if has_cov else QCoreApplication.translate(
            "ExportDialog", "Run the coverage check first"))
        self.report_button.setEnabled(has_cov)
        self._update_info()

    def _update_info(self) -> None:
        if self.fmt == "html":
            lines = [QCoreApplication.translate(
                "ExportDialog", "The preview shows the layers and styles. In the HTML map every visible layer can be "
                "switched on and off, and attribute values show as plain text in popups.")]
            simplified = predict_simplified(self.document) if self.simplify.isChecked() else []
            if simplified:
                lines.append(QCoreApplication.translate("ExportDialog", "Simplified for the web: {layers}.").format(
                    layers="; ".join(simplified)))
            if not self.inline.isChecked():
                lines.append(QCoreApplication.translate(
                    "ExportDialog", "Leaflet will load from the internet (cdn.jsdelivr.net) when the page is opened."))
            if self.tiles.isChecked():
                lines.append(QCoreApplication.translate(
                    "ExportDialog", "The basemap needs internet when the page is viewed."))
        else:
            try:
                o = self.options().validate()
            except Exception as exc:
                self.info.setText(str(exc))
                return
            w, h = o.page_px()
            wm, hm = o.page_mm()
            size = QCoreApplication.translate("ExportDialog", "{w_mm} × {h_mm} mm, {w} × {h} px at {dpi} dpi.")
            lines = [size.format(w_mm=format_number(wm), h_mm=format_number(hm), w=w, h=h, dpi=o.dpi)]
            if self.fmt == "png" and w * h > 60_000_000:
                lines.append(QCoreApplication.translate(
                    "ExportDialog", "This is a very large image; it may take a while and use a lot of memory."))
        self.info.setText("\n".join(lines))

    def _changed(self, *_: Any) -> None:
        self._sync_enabled()
        self.schedule_preview()

    def schedule_preview(self) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        from app.export.page_render import preview_image

        options = self.options()
        if self.fmt == "html":
            options = PageOptions(**{**options.__dict__, "frame": "region", "include_coverage": False,
                                     "size_px": None, "paper": "A4", "orientation": "landscape"})
        try:
            image = preview_image(self.document, options.validate(),
                                  coverage_result_of(self.window_) if options.include_coverage else None,
                                  view=self.view_extent(), max_px=max(self.preview.width(), self.preview.height()))
        except Exception as exc:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(QCoreApplication.translate("ExportDialog", "No preview: {error}").format(error=exc))
            return
        pixmap = QPixmap.fromImage(image).scaled(self.preview.size() * 0.96, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.schedule_preview()

    # ---- settings ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        s = QSettings("regionmap", "regionmap")
        fmt = s.value("export/format", "pdf")
        idx = self.format.findData(fmt)
        if idx >= 0:
            self.format.setCurrentIndex(idx)
        idx = self.paper.findData(s.value("export/paper", "A4"))
        if idx >= 0:
            self.paper.setCurrentIndex(idx)
        try:
            self.dpi.setValue(int(str(s.value("export/dpi", 150))))
        except ValueError:
            self.dpi.setValue(150)
        self.last_dir = str(s.value("export/dir", str(Path.home())))

    def _save(self) -> None:
        s = QSettings("regionmap", "regionmap")
        s.setValue("export/format", self.fmt)
        s.setValue("export/paper", self.paper.currentData())
        s.setValue("export/dpi", self.dpi.value())
        s.setValue("export/dir", self.last_dir)

    # ---- export ---------------------------------------------------------------------------------------------
    def choose_file_and_export(self) -> None:
        suffix = self.fmt
        label = QCoreApplication.translate("ExportDialog", dict(FORMAT_LABELS)[suffix])
        default = Path(self.last_dir) / f"{_slug(self.title.text())}.{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate(
            "ExportDialog", "Export map"), str(default),
                                              f"{label} (*.{suffix})")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        self.export_to(path)

    def export_to(self, path: Path) -> Any:
        """Start the export to ``path`` in the background; returns the task handle."""
        self.last_dir = str(path.parent)
        self._save()
        window = self.window_
        coverage = coverage_result_of(window)
        if self.fmt == "html":
            from layers.export.html_map import export_html

            handle = window.run_task(self._task_title(path), export_html, self.document, path, self.html_options(),
                                     coverage, on_done=self._html_done)
        else:
            from app.export.page_render import export_page

            options = self.options()
            handle = window.run_task(self._task_title(path), export_page, self.document, path, options.validate(),
                                     coverage if options.include_coverage else None, self.view_extent(), self.fmt,
                                     on_done=self._page_done)
        self.accept()
        return handle

    @staticmethod
    def _task_title(path: Path) -> str:
        return QCoreApplication.translate("ExportDialog", "Export {file}").format(file=path.name)

    def _page_done(self, result: Any) -> None:
        w, h = result.size_px
        self.window_.show_message(QCoreApplication.translate(
            "ExportDialog", "Exported {path} ({format}, {w} × {h} px, scale {scale})").format(
                path=result.path, format=result.format.upper(), w=w, h=h, scale=result.scale_label), "success")

    def _html_done(self, result: Any) -> None:
        text = QCoreApplication.translate("ExportDialog", "Exported {path} ({size} MB)").format(
            path=result.path, size=format_number(result.size_bytes / 1e6, 1))
        if result.simplified:
            text += QCoreApplication.translate("ExportDialog", "; simplified for the web: {layers}").format(
                layers="; ".join(result.simplified))
        if result.notes:
            text += "; " + "; ".join(result.notes)
        self.window_.show_message(text, "warning" if any("large" in n for n in result.notes) else "success")

    def export_report(self) -> None:
        from layers.export.report import export_report

        result = coverage_result_of(self.window_)
        if result is None:
            return
        default = Path(self.last_dir) / "coverage.csv"
        title = QCoreApplication.translate("ExportDialog", "Export coverage report")
        filters, chosen = report_csv_filters()
        name, picked = QFileDialog.getSaveFileName(self, title, str(default), ";;".join(filters), chosen)
        if not name:
            return
        path = Path(name) if name.lower().endswith(".csv") else Path(name + ".csv")
        style = "fi" if picked == filters[1] else "plain"
        def done(files: Any) -> None:
            self.window_.show_message(QCoreApplication.translate("ExportDialog", "Exported {csv} and {geojson}").format(
                csv=files.csv, geojson=files.geojson), "success")

        self.window_.run_task(self._task_title(path), export_report, result, path, on_done=done, csv_style=style)


def report_csv_filters() -> tuple[list[str], str]:
    """The coverage report's file types (plain CSV, the Finnish spreadsheet convention) and the one chosen at
    first: the Finnish one under suomi and svenska, whose spreadsheets expect ``;`` and decimal commas."""
    plain = QCoreApplication.translate("ExportDialog", "CSV table (*.csv)")
    finnish = QCoreApplication.translate("ExportDialog", "Finnish spreadsheet (;, decimal comma) (*.csv)")
    return [plain, finnish], finnish if i18n.language() in ("fi", "sv") else plain


def _slug(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip().lower())
    return "-".join(filter(None, keep.split("-")))[:60] or "map"


def open_export_dialog(window: WindowApi) -> ExportDialog:
    dialog = ExportDialog(window)
    dialog.open()
    return dialog


EXPORT: FeatureKey[DialogAction[ExportDialog]] = FeatureKey("export")  # File > Export…


def install(window: WindowApi) -> DialogAction[ExportDialog]:
    feature = window.features.add(EXPORT, DialogAction(lambda: open_export_dialog(window)))
    window.add_action("export", QCoreApplication.translate("ExportDialog", "&Export…"), feature.open_dialog,
                      menu="file", group="data", order=20, shortcut="Ctrl+E",
                      tip=QCoreApplication.translate("ExportDialog",
                                                     "Export the map as PNG, PDF, SVG or an interactive HTML map"))
    return feature


def _size_row(width: QWidget, height: QWidget) -> QWidget:
    """``width × height`` on one row, for the paper and pixel sizes."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(width)
    layout.addWidget(QLabel("×"))
    layout.addWidget(height)
    return row
