"""The transforms written down in :data:`layers.crs.KNOWN_PAIRS` are PROJ's own choice, to the last bit."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Transformer

from layers.crs import KNOWN_PAIRS, transformer


@pytest.mark.parametrize("pair", sorted(KNOWN_PAIRS))
def test_a_written_down_transform_is_the_one_proj_chooses_bit_for_bit(pair):
    src, dst = pair
    chosen = Transformer.from_crs(src, dst, always_xy=True)
    ours = transformer(src, dst)
    assert ours.definition == chosen.definition and "utm zone=35 ellps=GRS80" in chosen.definition
    rng = np.random.default_rng(7)
    if dst == "EPSG:3067":  # Finland and beyond, in degrees
        a, b = rng.uniform(15.0, 35.0, 200_000), rng.uniform(55.0, 72.0, 200_000)
        bounds = (19.0, 59.0, 32.0, 70.5)
    else:  # TM35FIN metres
        a, b = rng.uniform(-100_000.0, 900_000.0, 200_000), rng.uniform(6_500_000.0, 7_900_000.0, 200_000)
        bounds = (50_000.0, 6_600_000.0, 760_000.0, 7_780_000.0)
    for got, want in zip(ours.transform(a, b), chosen.transform(a, b), strict=True):
        assert np.array_equal(got, want)
    assert ours.transform_bounds(*bounds) == chosen.transform_bounds(*bounds)


def test_other_pairs_are_still_searched_by_proj():
    assert ("EPSG:3857", "EPSG:3067") not in KNOWN_PAIRS
    t = transformer("EPSG:3857", "EPSG:3067")
    assert "webmerc" in t.definition and "utm" in t.definition
