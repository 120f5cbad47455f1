"""Fixtures of the coverage tests: a document of two square municipalities side by side, written here."""

from __future__ import annotations

import pytest

CRS = "EPSG:3067"


@pytest.fixture()
def two_municipalities():
    """``make(x0, y0, size, settlements)``: a document of West and East, squares of ``size`` m from (x0, y0) with
    land over both, and the settlements ``[(x, y, population), ...]`` (West's first), not schematic."""
    from tests.layers.network.network_writer import two_municipalities as make

    return make


@pytest.fixture()
def compute():
    """``compute(live)``: run the live check's Compute in the test (few samples: the tests read rows, not the last
    per cent) and take it in; returns ``live``."""
    from layers.coverage import live as live_mod

    def run(live, samples: int = 4_000):
        inputs = live.inputs()
        inputs.target_samples = samples
        live.apply(live_mod.run(inputs))
        return live

    return run
