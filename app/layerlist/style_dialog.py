"""The style dialog: fill and stroke colours, width, point size, opacities, "categorised by field" and "graduated by
a numeric field" (quantiles, equal interval or natural breaks, a class count and a colour ramp, from
:mod:`layers.classify`), with a live preview; OK sets ``layer.style`` (a frozen :class:`~layers.model.Style`,
changed with ``with_``) as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.widgets.swatches import (
    OTHER_COLOUR,
    OTHER_LABEL,
    QUALITATIVE_PALETTE,
    colour_button_icon,
    layer_family,
    paint_symbol,
    swatch_icon,
)
from layers.classify import METHODS, RAMPS, class_label, style_classes
from layers.model import Layer, Style

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_MAX_CATEGORIES = 12
NO_FIELD = str(QT_TRANSLATE_NOOP("StyleDialog", "— single colour —"))  # English; shown translated
DEFAULT_CLASSES = 5
# English names of the classifications and ramps of layers.classify; shown translated
METHOD_LABELS = {"quantile": QT_TRANSLATE_NOOP("StyleDialog", "Quantiles (equal count)"),
                 "equal_interval": QT_TRANSLATE_NOOP("StyleDialog", "Equal interval"),
                 "jenks": QT_TRANSLATE_NOOP("StyleDialog", "Natural breaks (Jenks)")}
RAMP_LABELS = {"yellow-red": QT_TRANSLATE_NOOP("StyleDialog", "Yellow – orange – red"),
               "blues": QT_TRANSLATE_NOOP("StyleDialog", "Blues"),
               "greens": QT_TRANSLATE_NOOP("StyleDialog", "Greens"),
               "purples": QT_TRANSLATE_NOOP("StyleDialog", "Purples"),
               "greys": QT_TRANSLATE_NOOP("StyleDialog", "Greys")}


def categorise(values: pd.Series, max_categories: int = DEFAULT_MAX_CATEGORIES,
               palette: tuple[str, ...] = QUALITATIVE_PALETTE) -> tuple[tuple[str, str], ...]:
    """(value, colour) pairs for the most frequent distinct values of ``values`` (sorted by value, as QGIS lists
    them); when there are more than ``max_categories``, the rest share one "other" entry (grey)."""
    counts = values.dropna().astype(str).value_counts(sort=True)
    if len(counts) <= max_categories:
        kept = sorted(counts.index.tolist(), key=_natural_key)
        other = False
    else:
        kept = sorted(counts.index[: max_categories].tolist(), key=_natural_key)
        other = True
    pairs = [(value, palette[i % len(palette)]) for i, value in enumerate(kept)]
    if other:
        pairs.append((OTHER_LABEL, OTHER_COLOUR))
    return tuple(pairs)


def _natural_key(text: str) -> tuple[int, float, str]:
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text.lower())


def categorised_style(style: Style, field: str | None, categories: tuple[tuple[str, str], ...]) -> Style:
    """``style`` coloured by ``field``; values outside the categories take the "other" colour (the fill)."""
    if not field or not categories:
        return style.with_(category_field=None, categories=())
    other = dict(categories).get(OTHER_LABEL)
    changes: dict[str, Any] = {"category_field": field, "categories": categories}
    if other is not None:
        changes["fill"] = other
    return style.with_(**changes)


def numeric_fields(data: pd.DataFrame) -> list[str]:
    """The columns a graduated style can classify: numbers (not yes/no) with at least one finite value."""
    import pandas as pd

    out = []
    for column in data.columns:  # the geometry column is not numeric
        series = data[column]
        if pd.api.types.is_bool_dtype(series.dtype) or not pd.api.types.is_numeric_dtype(series.dtype):
            continue
        if series.notna().any():
            out.append(str(column))
    return out


def graduated_style(style: Style, field: str | None, classes: tuple[tuple[float, float, str], ...],
                    method: str = "quantile", ramp_name: str = "yellow-red") -> Style:
    """``style`` coloured by ``field``'s classes (categories cleared); a plain style without a field."""
    if not field or not classes:
        return style.with_(graduated_field=None, classes=())
    return style.with_(graduated_field=field, classes=classes, graduated_method=method, graduated_ramp=ramp_name,
                       category_field=None, categories=())


class ColourButton(QPushButton):
    """A button showing a colour; clicking opens a colour picker.  ``colour_changed(hex)``."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.clicked.connect(self.pick)
        self._refresh()

    @property
    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        colour = QColor(colour).name()
        if colour != self._colour:
            self._colour = colour
            self._refresh()
            self.colour_changed.emit(colour)

    def _refresh(self) -> None:
        self.setIcon(colour_button_icon(self._colour, 16))
        self.setText(self._colour)

    def pick(self) -> None:
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(QColor(self._colour), self,
                                       QCoreApplication.translate("StyleDialog", "Choose a colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())


class StylePreview(QWidget):
    """Draws the symbol of the style being edited (each category for categorised styles)."""

    def __init__(self, family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family = family
        self.style_: Style = Style()
        self.setMinimumSize(220, 64)

    def set_style(self, style: Style) -> None:
        self.style_ = style
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f1ea"))
        style = self.style_
        colours: list[str | None] = [c for _v, c in style.legend_classes()] or [None]
        n = min(len(colours), 10)
        size = min(self.height() - 12.0, (self.width() - 12.0) / max(n, 1) - 6)
        for i, colour in enumerate(colours[:n]):
            rect = QRectF(8 + i * (size + 6), (self.height() - size) / 2, size, size)
            paint_symbol(painter, rect, style, self.family, fill=colour)
        painter.end()


class StyleDialog(QDialog):
    """Edit a layer's style; ``result_style()`` is what OK applies.  Changes preview live on the map too and
    are undone on Cancel."""

    def __init__(self, layer: Layer, parent: QWidget | None = None, live: bool = True, undo: Any = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.undo = undo  # a layers.undo.UndoStack: the live preview is not recorded, OK is one step
        self.original = layer.style
        self.live = live
        self.family = layer_family(layer)
        self.setWindowTitle(QCoreApplication.translate("StyleDialog", "Style — {layer}").format(layer=layer.name))
        style = layer.style

        self.fill = ColourButton(style.fill, self)
        self.stroke = ColourButton(style.stroke, self)
        self.line_width = QDoubleSpinBox(self)
        self.line_width.setRange(0.0, 20.0)
        self.line_width.setSingleStep(0.5)
        self.line_width.setSuffix(" px")
        self.line_width.setValue(style.width)
        self.point_size = QDoubleSpinBox(self)
        self.point_size.setRange(1.0, 60.0)
        self.point_size.setSingleStep(1.0)
        self.point_size.setSuffix(" px")
        self.point_size.setValue(style.point_size)
        self.opacity = QSpinBox(self)
        self.opacity.setRange(0, 100)
        self.opacity.setSuffix(" %")
        self.opacity.setValue(round(style.opacity * 100))
        self.fill_opacity = QSpinBox(self)
        self.fill_opacity.setRange(0, 100)
        self.fill_opacity.setSuffix(" %")
        self.fill_opacity.setValue(round(style.fill_opacity * 100))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StyleDialog", "Fill colour"), self.fill)
        form.addRow(QCoreApplication.translate("StyleDialog", "Outline / line colour"), self.stroke)
        form.addRow(QCoreApplication.translate("StyleDialog", "Line width"), self.line_width)
        form.addRow(QCoreApplication.translate("StyleDialog", "Point size"), self.point_size)
        form.addRow(QCoreApplication.translate("StyleDialog", "Layer opacity"), self.opacity)
        form.addRow(QCoreApplication.translate("StyleDialog", "Fill opacity"), self.fill_opacity)
        self.point_size.setEnabled(self.family in ("point", "mixed"))
        self.fill_opacity.setEnabled(self.family in ("polygon", "mixed"))

        # categorised
        self.field = QComboBox(self)
        self.field.addItem(QCoreApplication.translate("StyleDialog", NO_FIELD), None)
        for column in layer.data.columns:
            if column != layer.data.geometry.name:
                self.field.addItem(str(column), str(column))
        self.max_categories = QSpinBox(self)
        self.max_categories.setRange(1, len(QUALITATIVE_PALETTE))
        self.max_categories.setValue(max(DEFAULT_MAX_CATEGORIES, len(style.categories) - 1)
                                     if style.categories else DEFAULT_MAX_CATEGORIES)
        self.max_categories.setToolTip(QCoreApplication.translate(
            "StyleDialog", "Most frequent values get their own colour; the rest are 'other values'"))
        self.categories = QListWidget(self)
        self.categories.setToolTip(
            QCoreApplication.translate("StyleDialog", "Double-click a category to change its colour"))
        self.categories.itemDoubleClicked.connect(self._recolour_category)
        self._categories: tuple[tuple[str, str], ...] = style.categories if style.category_field else ()
        cat_box = QGroupBox(QCoreApplication.translate("StyleDialog", "Categorised by field"), self)
        cat_form = QFormLayout(cat_box)
        cat_form.addRow(QCoreApplication.translate("StyleDialog", "Field"), self.field)
        cat_form.addRow(QCoreApplication.translate("StyleDialog", "Max. categories"), self.max_categories)
        cat_form.addRow(self.categories)
        if style.category_field:
            i = self.field.findData(style.category_field)
            self.field.setCurrentIndex(max(i, 0))

        grad_box = self._graduated_box(style)

        self.preview = StylePreview(self.family, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(QCoreApplication.translate("StyleDialog", "Preview"), self))
        left.addWidget(self.preview)
        left.addStretch(1)
        top.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(cat_box, 1)
        right.addWidget(grad_box, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

        for signal in (self.fill.colour_changed, self.stroke.colour_changed, self.line_width.valueChanged,
                       self.point_size.valueChanged, self.opacity.valueChanged, self.fill_opacity.valueChanged):
            signal.connect(self._changed)
        self.field.currentIndexChanged.connect(self._recategorise)
        self.max_categories.valueChanged.connect(self._recategorise)
        for box in (self.grad_field, self.grad_method, self.grad_ramp):
            box.currentIndexChanged.connect(self._reclassify)
        self.grad_count.valueChanged.connect(self._reclassify)
        self._fill_category_list()
        self._fill_class_list()
        self._changed()

    def _graduated_box(self, style: Style) -> QGroupBox:
        """Graduated by a numeric field: the field, the classification, the class count and the ramp."""
        self.grad_field = QComboBox(self)
        self.grad_field.addItem(QCoreApplication.translate("StyleDialog", NO_FIELD), None)
        for column in numeric_fields(self.layer.data):
            self.grad_field.addItem(column, column)
        self.grad_method = QComboBox(self)
        for method in METHODS:
            self.grad_method.addItem(QCoreApplication.translate("StyleDialog", str(METHOD_LABELS[method])), method)
        self.grad_count = QSpinBox(self)
        self.grad_count.setRange(2, 9)
        self.grad_count.setValue(len(style.classes) if style.graduated and len(style.classes) >= 2 else
                                 DEFAULT_CLASSES)
        self.grad_ramp = QComboBox(self)
        for name in RAMPS:
            self.grad_ramp.addItem(QCoreApplication.translate("StyleDialog", str(RAMP_LABELS[name])), name)
        self.grad_classes = QListWidget(self)
        self.grad_classes.setToolTip(QCoreApplication.translate(
            "StyleDialog", "A value equal to a class bound belongs to the lower class"))
        self._classes: tuple[tuple[float, float, str], ...] = style.classes if style.graduated else ()
        box = QGroupBox(QCoreApplication.translate("StyleDialog", "Graduated by numeric field"), self)
        form = QFormLayout(box)
        form.addRow(QCoreApplication.translate("StyleDialog", "Numeric field"), self.grad_field)
        form.addRow(QCoreApplication.translate("StyleDialog", "Classes by"), self.grad_method)
        form.addRow(QCoreApplication.translate("StyleDialog", "Number of classes"), self.grad_count)
        form.addRow(QCoreApplication.translate("StyleDialog", "Colour ramp"), self.grad_ramp)
        form.addRow(self.grad_classes)
        if style.graduated:
            self.grad_field.setCurrentIndex(max(self.grad_field.findData(style.graduated_field), 0))
            self.grad_method.setCurrentIndex(max(self.grad_method.findData(style.graduated_method), 0))
            self.grad_ramp.setCurrentIndex(max(self.grad_ramp.findData(style.graduated_ramp), 0))
        return box

    # ---- state ----------------------------------------------------------------------------------------------
    def selected_field(self) -> str | None:
        return self.field.currentData()

    def set_field(self, name: str | None) -> None:
        i = self.field.findData(name) if name else 0
        if i < 0:
            raise ValueError(f"no field {name!r} in layer {self.layer.name!r}")
        self.field.setCurrentIndex(i)

    def graduated_field(self) -> str | None:
        return self.grad_field.currentData()

    def set_graduated(self, name: str | None, method: str | None = None, count: int | None = None,
                      ramp_name: str | None = None) -> None:
        """Choose the graduated field (None: none) and, where given, the classification, count and ramp."""
        i = self.grad_field.findData(name) if name else 0
        if i < 0:
            raise ValueError(f"no numeric field {name!r} in layer {self.layer.name!r}")
        for box, value in ((self.grad_method, method), (self.grad_ramp, ramp_name)):
            if value is not None:
                box.setCurrentIndex(box.findData(value))
        if count is not None:
            self.grad_count.setValue(count)
        self.grad_field.setCurrentIndex(i)

    def result_style(self) -> Style:
        base = self.original.with_(
            fill=self.fill.colour, stroke=self.stroke.colour, width=self.line_width.value(),
            point_size=self.point_size.value(), opacity=self.opacity.value() / 100.0,
            fill_opacity=self.fill_opacity.value() / 100.0,
        )
        if self.graduated_field() and self._classes:
            return graduated_style(base, self.graduated_field(), self._classes, self.grad_method.currentData(),
                                   self.grad_ramp.currentData())
        return graduated_style(categorised_style(base, self.selected_field(), self._categories), None, ())

    def _recategorise(self) -> None:
        field = self.selected_field()
        if field is None:
            self._categories = ()
        else:
            self._categories = categorise(self.layer.data[field], self.max_categories.value())
            if self.graduated_field() is not None:  # one or the other: categorised clears graduated
                self.grad_field.blockSignals(True)
                self.grad_field.setCurrentIndex(0)
                self.grad_field.blockSignals(False)
                self._classes = ()
                self._fill_class_list()
        self._fill_category_list()
        self._changed()

    def _reclassify(self, *args: object) -> None:
        field = self.graduated_field()
        if field is None:
            self._classes = ()
        else:
            self._classes = style_classes(self.layer.data[field], self.grad_count.value(),
                                          self.grad_method.currentData(), self.grad_ramp.currentData())
            if self.selected_field() is not None:  # graduated clears categorised
                self.field.blockSignals(True)
                self.field.setCurrentIndex(0)
                self.field.blockSignals(False)
                self._categories = ()
                self._fill_category_list()
        self._fill_class_list()
        self._changed()

    def _fill_class_list(self) -> None:
        self.grad_classes.clear()
        for lower, upper, colour in self._classes:
            self.grad_classes.addItem(QListWidgetItem(swatch_icon(self.original, self.family, fill=colour),
                                                      class_label(lower, upper)))
        on = self.graduated_field() is not None
        for widget in (self.grad_method, self.grad_count, self.grad_ramp, self.grad_classes):
            widget.setEnabled(on)

    def _fill_category_list(self) -> None:
        self.categories.clear()
        style = self.original
        for value, colour in self._categories:
            shown = QCoreApplication.translate("swatches", OTHER_LABEL) if value == OTHER_LABEL else value
            item = QListWidgetItem(swatch_icon(style, self.family, fill=colour), shown)
            item.setData(Qt.ItemDataRole.UserRole, colour)
            self.categories.addItem(item)
        self.categories.setEnabled(bool(self._categories))
        self.max_categories.setEnabled(self.selected_field() is not None)

    def _recolour_category(self, item: QListWidgetItem) -> None:
        from PySide6.QtWidgets import QColorDialog

        row = self.categories.row(item)
        chosen = QColorDialog.getColor(QColor(self._categories[row][1]), self,
                                      QCoreApplication.translate("StyleDialog", "Colour for {category}").format(
                                          category=item.text()))
        if chosen.isValid():
            self.set_category_colour(row, chosen.name())

    def set_category_colour(self, row: int, colour: str) -> None:
        cats = list(self._categories)
        cats[row] = (cats[row][0], colour)
        self._categories = tuple(cats)
        self._fill_category_list()
        self._changed()

    def _set_unrecorded(self, style: Style) -> None:
        if self.undo is not None:
            with self.undo.paused():
                self.layer.style = style
        else:
            self.layer.style = style

    def _changed(self, *args: object) -> None:
        style = self.result_style()
        self.preview.set_style(style)
        if self.live:
            self._set_unrecorded(style)

    def accept(self) -> None:
        final = self.result_style()
        self._set_unrecorded(self.original)
        if self.undo is not None:
            self.undo.seal()  # its own undo step, not merged with an earlier style change
        self.layer.style = final
        super().accept()

    def reject(self) -> None:
        self._set_unrecorded(self.original)
        super().reject()


ASK = True  # tests set False: edit_style then applies nothing and returns the dialog unopened


def edit_style(layer: Layer, parent: QWidget | None = None, undo: Any = None) -> StyleDialog:
    dialog = StyleDialog(layer, parent, undo=undo)
    if ASK:
        dialog.exec()
    return dialog
