"""The boundaries dialog's task: the areas clipped to land and their derived layers, as the document derives them;
the document applies a precomputed result only when it was made from its current inputs (issue 17)."""

from __future__ import annotations

import dataclasses

import pytest

from layers.errors import Cancelled

pytestmark = pytest.mark.shared_data

MUNIS = "fi_municipalities_2023_nls.geojson"


@pytest.fixture(scope="module")
def nls(shared_data):
    from layers.io.read import read_layer

    return read_layer(shared_data / MUNIS).data


def _inputs(document, nls):
    from layers.io.boundaries_preview import PreviewInputs
    from layers.io.region_boundaries import RegionChoice

    return PreviewInputs(nls, RegionChoice.uusimaa(), document.land, "NLS", document.derivation())


def test_the_task_prepares_what_the_command_line_and_the_document_would(document, nls):
    from layers.io import boundaries_preview
    from layers.io.region_boundaries import RegionChoice, region_boundaries

    got = boundaries_preview.run(_inputs(document, nls))
    expected = region_boundaries(nls, RegionChoice.uusimaa(), land=document.land).data
    assert len(got.municipalities) == 26 and got.municipalities.geometry.geom_equals(expected.geometry).all()
    assert got.derived is not None and got.derived.basis.municipalities is got.municipalities
    # the document's own rule, run here on the GUI's behalf: the same layers as deriving after set_boundaries
    document.set_boundaries(got.municipalities, "Municipalities", "NLS")  # derives itself (no result given)
    hot, between = document.hotspot_layer.data, document.in_between_layer.data
    assert len(hot) > 0 and list(hot.columns) == list(got.derived.hotspots.columns)
    assert hot.drop(columns="geometry").equals(got.derived.hotspots.drop(columns="geometry"))
    assert hot.geometry.geom_equals_exact(got.derived.hotspots.geometry, 1e-6).all()
    assert between.geometry.geom_equals_exact(got.derived.in_between.geometry, 1e-6).all()


def test_set_boundaries_takes_a_fresh_result_as_it_is_and_derives_a_stale_one_again(document, nls):
    from layers.hotspots import HotspotParams
    from layers.io import boundaries_preview

    inputs = _inputs(document, nls)
    fresh = boundaries_preview.run(inputs)
    document.set_boundaries(fresh.municipalities, "M", "NLS", derived=fresh.derived)
    assert fresh.derived is not None
    assert document.hotspot_layer.data is fresh.derived.hotspots  # applied, not derived again
    assert document.in_between_layer.data is fresh.derived.in_between

    # made with other hot spot parameters than the document has now: never applied
    stale_inputs = dataclasses.replace(inputs, derivation=dataclasses.replace(
        inputs.derivation, params=HotspotParams(min_population=50_000)))
    stale = boundaries_preview.run(stale_inputs)
    assert stale.derived is not None
    document.set_boundaries(stale.municipalities, "M", "NLS", derived=stale.derived)
    assert document.hotspot_layer.data is not stale.derived.hotspots
    assert len(document.hotspot_layer.data) > len(stale.derived.hotspots)  # 5,000 inhabitants keep more places


def test_a_cancelled_preview_stops_before_deriving(document, nls, monkeypatch):
    from layers import document as document_module
    from layers.io import boundaries_preview

    derived = []
    real = document_module.Derivation.derive
    monkeypatch.setattr(document_module.Derivation, "derive", lambda self: derived.append(1) or real(self))
    with pytest.raises(Cancelled):
        boundaries_preview.run(_inputs(document, nls), cancelled=lambda: True)
    assert derived == []
    boundaries_preview.run(_inputs(document, nls))
    assert derived == [1]
