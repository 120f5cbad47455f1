"""Graduated classes: quantiles, equal interval, Jenks natural breaks; legend labels; QML graduatedSymbol."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from layers.classify import METHODS, class_of, classify, graduated_classes, jenks_bounds, ramp
from layers.model import Style
from layers.project.qml import layer_qml

CLUSTERS = [1, 2, 3, 10, 11, 12, 50, 51, 52, 100]


def test_the_three_methods_on_clustered_values():
    assert classify(CLUSTERS, 3, "equal_interval") == [1.0, 34.0, 67.0, 100.0]
    assert classify(CLUSTERS, 3, "quantile") == [1.0, 10.0, 50.0, 100.0]
    assert classify(CLUSTERS, 4, "jenks") == [1.0, 3.0, 12.0, 52.0, 100.0]  # the gaps between the clusters


def test_jenks_minimises_the_within_class_deviation():
    values = np.sort(np.random.default_rng(7).lognormal(5, 1, 400))
    bounds = jenks_bounds(values, 4)

    def within(b):
        classes = np.searchsorted(b[1:-1], values, side="left")
        return sum(((values[classes == c] - values[classes == c].mean()) ** 2).sum() for c in range(4))

    quantiles = list(np.quantile(values, np.linspace(0, 1, 5)))
    assert within(bounds) <= within(quantiles)


def test_bad_values_and_repeats_are_handled():
    assert classify([None, "x", float("nan"), True], 5) == []
    assert classify([7, 7, 7], 5, "jenks") == [7.0, 7.0]
    assert len(classify([1, 2, 2, 2], 5, "quantile")) <= 3  # never more classes than distinct values
    with pytest.raises(ValueError, match="unknown classification"):
        classify(CLUSTERS, 3, "random")
    assert all(2 <= len(classify(CLUSTERS, 5, m)) <= 6 for m in METHODS)
    assert len(classify(CLUSTERS, 5, "equal_interval")) == 6


def test_classes_have_a_light_to_dark_legend_and_a_value_finds_its_class():
    classes = graduated_classes([0, 250, 1000, 25_000])
    assert [c[3] for c in classes] == ["0 – 250", "250 – 1\u202f000", "1\u202f000 – 25\u202f000"]
    assert [c[2] for c in classes] == ramp(3) and ramp(3)[0] == "#ffffb2" and ramp(3)[-1] == "#bd0026"
    assert class_of(250, [0, 250, 1000]) == 0 and class_of(251, [0, 250, 1000]) == 1
    assert class_of(-1, [0, 250]) is None and class_of(float("nan"), [0, 250]) is None


def test_graduated_styles_export_to_qml_as_qgis_reads_them():
    classes = graduated_classes(classify(CLUSTERS, 3, "jenks"))
    qml = layer_qml(Style(), "polygon", graduated=("väestö <2024>", classes))
    renderer = ET.fromstring(qml.split("\n", 1)[1]).find("renderer-v2")
    assert renderer is not None and renderer.get("type") == "graduatedSymbol"
    assert renderer.get("attr") == "väestö <2024>"
    ranges = [(float(r.get("lower")), float(r.get("upper")), r.get("label")) for r in renderer.iter("range")]
    assert ranges == [(lo, hi, label) for lo, hi, _colour, label in classes]
