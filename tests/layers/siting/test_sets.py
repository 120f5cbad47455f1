"""Which samples each candidate covers: the sparse matrix against every distance computed, and its limit."""

from __future__ import annotations

import numpy as np
import pytest

from layers.errors import UserError
from layers.siting import sets
from layers.siting.sets import coverage_sets


def test_the_matrix_holds_exactly_the_pairs_within_the_radius(monkeypatch):
    rng = np.random.default_rng(7)
    s, c = rng.uniform(0, 2_000, (400, 2)), rng.uniform(0, 2_000, (50, 2))
    monkeypatch.setattr(sets, "CHUNK", 16)  # several chunks, offsets added right
    got = coverage_sets(c[:, 0], c[:, 1], s[:, 0], s[:, 1], 250.0).toarray()
    within = np.hypot(c[:, None, 0] - s[None, :, 0], c[:, None, 1] - s[None, :, 1]) <= 250.0
    assert got.shape == (50, 400) and (got.astype(bool) == within).all() and within.sum() > 100


def test_no_samples_or_no_candidates_give_an_empty_matrix():
    assert coverage_sets(np.zeros(3), np.zeros(3), np.zeros(0), np.zeros(0), 10.0).shape == (3, 0)


def test_too_many_pairs_are_refused_with_what_to_do(monkeypatch):
    monkeypatch.setattr(sets, "MAX_PAIRS", 10)
    xy = np.zeros(20)
    with pytest.raises(UserError, match="a coarser grid"):
        coverage_sets(xy, xy, xy, xy, 1.0)
