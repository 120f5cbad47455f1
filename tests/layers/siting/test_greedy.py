"""Greedy maximal covering on small written cases: the choice followed step by step, bounded by a brute-force
optimum (greedy >= (1 - 1/e) of it), lazy and plain greedy choosing alike, the per-municipality minimum."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import sparse

from layers.siting.greedy import lazy_greedy, plain_greedy


def sets_of(rows, n_samples):
    """Candidates x samples from lists of covered samples."""
    indptr = np.cumsum([0, *map(len, rows)])
    indices = np.array([i for r in rows for i in r], dtype=np.int32)
    return sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), n_samples))


def covered(rows, weight, chosen):
    return float(sum(weight[i] for i in set().union(*(rows[c] for c in chosen))))


def optimum(rows, weight, n):
    return max(covered(rows, weight, combo) for combo in itertools.combinations(range(len(rows)), n))


def test_the_choice_step_by_step_where_greedy_misses_the_optimum():
    """C0 covers the most (8.5) and is taken first; then C1 and C2 each add 3 and the tie goes to C1: 11.5,
    where C1 + C2 would cover 12 (greedy is not optimal, but within its bound)."""
    rows = [[0, 1, 4], [0, 2], [1, 3]]
    weight = np.array([3.0, 3.0, 3.0, 3.0, 2.5])
    choice = lazy_greedy(sets_of(rows, 5), weight, 2)
    assert choice.order == [0, 1]
    assert choice.gains == [8.5, 3.0]
    best = optimum(rows, weight, 2)
    assert best == 12.0 > sum(choice.gains) >= (1 - 1 / math.e) * best


@pytest.mark.parametrize("seed", range(40))
def test_random_cases_lazy_equals_plain_and_the_bound_holds(seed):
    rng = np.random.default_rng(seed)
    n_cand, n_samples, n = 9, 16, 3
    rows = [sorted(rng.choice(n_samples, size=rng.integers(1, 7), replace=False).tolist()) for _ in range(n_cand)]
    weight = rng.integers(0, 10, n_samples).astype(float)  # whole numbers: sums exact, ties real
    sets = sets_of(rows, n_samples)
    lazy, plain = lazy_greedy(sets, weight, n), plain_greedy(sets, weight, n)
    assert lazy.order == plain.order and lazy.gains == plain.gains
    # each step adds the most any candidate would add then (the definition)
    for step, c in enumerate(lazy.order):
        before = lazy.order[:step]
        assert lazy.gains[step] == max(covered(rows, weight, [*before, d]) - covered(rows, weight, before)
                                       for d in range(n_cand) if d not in before)
        assert lazy.gains[step] == covered(rows, weight, [*before, c]) - covered(rows, weight, before)
    assert sum(lazy.gains) >= (1 - 1 / math.e) * optimum(rows, weight, len(lazy.order)) - 1e-9
    assert lazy.evaluations <= plain.evaluations


def test_lazy_evaluation_recomputes_few_candidates():
    """Disjoint candidates: no gain ever falls, so after the first bounds only the top is recomputed."""
    rows = [[i] for i in range(200)]
    weight = np.arange(200, dtype=float)
    lazy, plain = lazy_greedy(sets_of(rows, 200), weight, 10), plain_greedy(sets_of(rows, 200), weight, 10)
    assert lazy.order == plain.order == list(range(199, 189, -1))
    assert lazy.evaluations == 200 + 10 and plain.evaluations == 2000


def test_it_stops_when_nothing_is_left_to_add():
    """Candidates 0 and 1 cover the same sample (the tie goes to 0); candidate 2 covers nothing uncovered."""
    choice = lazy_greedy(sets_of([[0], [0], [1]], 2), np.array([1.0, 0.0]), 3)
    assert choice.order == [0] and choice.gains == [1.0]


def test_the_per_municipality_minimum_comes_first():
    """Municipality 1's candidates (2, 3) cover little; without a minimum both sites go to municipality 0."""
    rows = [[0, 1], [2, 3], [4], [5], [6]]
    weight = np.array([5.0, 5.0, 4.0, 4.0, 1.0, 2.0, 0.0])
    groups = np.array([0, 0, 1, 1, 2])
    sets = sets_of(rows, 7)
    free = lazy_greedy(sets, weight, 2, groups)
    assert free.order == [0, 1]
    first = lazy_greedy(sets, weight, 3, groups, minimum=1, wanting=[0, 1, 2])
    assert first.order[:2] == [0, 3] and sorted(groups[first.order]) == [0, 0, 1]
    assert first.unmet == [2]  # its only candidate covers nothing uncovered
    assert first.order == plain_greedy(sets, weight, 3, groups, minimum=1, wanting=[0, 1, 2]).order


@pytest.mark.parametrize("seed", range(10))
def test_random_minimum_lazy_equals_plain(seed):
    rng = np.random.default_rng(100 + seed)
    rows = [sorted(rng.choice(20, size=rng.integers(1, 6), replace=False).tolist()) for _ in range(12)]
    weight = rng.integers(0, 10, 20).astype(float)
    groups = rng.integers(0, 4, 12)
    args = (sets_of(rows, 20), weight, 6, groups, 1, [0, 1, 2, 3])
    lazy, plain = lazy_greedy(*args), plain_greedy(*args)
    assert lazy.order == plain.order and lazy.unmet == plain.unmet
    served = set(groups[lazy.order].tolist())
    assert all(g in served or g in lazy.unmet for g in range(4))
