"""Greedy maximal covering: choose N candidate sites that together cover the most weight not yet covered.

Choosing the N sites that cover the most is NP-hard (maximal covering, Church and ReVelle 1974), but the weight
covered is a monotone submodular function of the chosen set: a site adds at most as much to a larger set as to a
smaller one.  Picking, N times, the site that adds the most therefore covers at least (1 - 1/e) ~ 63.2 % of the
best possible N sites' weight (Nemhauser, Wolsey and Fisher 1978), and in practice much closer to it.

Lazy evaluation (Minoux 1978) keeps the same choice at a fraction of the work: the gain a site had when it was
last computed is an upper bound of its gain now (submodularity), so the sites sit in a max-heap of those bounds
and only the top is recomputed; once the top's fresh gain still tops the heap, no other site can beat it.  Most
sites are never recomputed after the first steps.  :func:`plain_greedy` recomputes every site at every step: the
reference that :func:`lazy_greedy` must match choice for choice (ties go to the lower candidate index in both).

A per-municipality minimum first gives every municipality that wants a site (has uncovered weight) ``minimum``
sites of its own, greedily among its candidates, then continues over all.  The (1 - 1/e) guarantee is of the
unconstrained choice; with a minimum the first phase is a constraint the planner asks for, not the optimum.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from layers.tasks import CancelledFn, check_cancelled, never_cancelled


@dataclass(frozen=True)
class Choice:
    """The candidates chosen in order, the weight each added when chosen, how many gains were computed, and the
    groups (municipalities) that wanted a minimum but did not get it (no candidate of theirs adds anything)."""

    order: list[int]
    gains: list[float]
    evaluations: int
    unmet: list[int] = field(default_factory=list)


def gain(sets: sparse.csr_matrix, remaining: np.ndarray, c: int) -> float:
    """What candidate ``c`` adds: the remaining weight of the samples it covers."""
    return float(remaining[sets.indices[sets.indptr[c]:sets.indptr[c + 1]]].sum())


def take(sets: sparse.csr_matrix, remaining: np.ndarray, c: int) -> None:
    remaining[sets.indices[sets.indptr[c]:sets.indptr[c + 1]]] = 0.0


class _Quota:
    """Which groups still want sites in the first phase of a per-municipality minimum."""

    def __init__(self, groups: np.ndarray | None, minimum: int, wanting: Collection[int]) -> None:
        self.groups = groups
        self.minimum = minimum if groups is not None else 0
        self.count = {int(g): 0 for g in wanting} if self.minimum > 0 else {}

    def open(self, c: int) -> bool:
        """Whether candidate ``c`` belongs to a group that still wants sites."""
        return self.groups is not None and self.count.get(int(self.groups[c]), self.minimum) < self.minimum

    def chosen(self, c: int) -> None:
        if self.groups is not None and int(self.groups[c]) in self.count:
            self.count[int(self.groups[c])] += 1

    def unmet(self) -> list[int]:
        return sorted(g for g, n in self.count.items() if n < self.minimum)


def lazy_greedy(sets: sparse.csr_matrix, weight: np.ndarray, n: int, groups: np.ndarray | None = None,
                minimum: int = 0, wanting: Collection[int] = (),
                cancelled: CancelledFn = never_cancelled) -> Choice:
    """Greedy maximal covering with lazy evaluation (a max-heap of upper bounds).

    ``sets``: candidates x samples (which samples each candidate covers); ``weight``: each sample's weight not yet
    covered.  ``groups``: each candidate's group (municipality), ``minimum`` sites first for each group in
    ``wanting``.  Stops early when no candidate adds anything."""
    remaining = np.array(weight, dtype=np.float64)
    # every gain once: the first bounds (a hair above, so that a sum in another order cannot fall below a gain)
    bound = np.asarray(sets @ remaining, dtype=np.float64) * (1 + 1e-9)
    evaluations = len(bound)
    quota = _Quota(groups, minimum, wanting)
    order: list[int] = []
    gains: list[float] = []
    for phase_one in (True, False):
        if phase_one and not quota.count:
            continue
        # (-bound, candidate, step the bound was computed at): ties go to the lower candidate index
        taken = set(order)
        heap = [(-bound[c], c, -1) for c in np.flatnonzero(bound > 0).tolist()
                if c not in taken and (not phase_one or quota.open(c))]
        heapq.heapify(heap)
        while heap and len(order) < n and (not phase_one or quota.unmet()):
            check_cancelled(cancelled)
            neg, c, step = heapq.heappop(heap)
            if phase_one and not quota.open(c):
                continue  # its group has its minimum: it waits for the second phase
            if step != len(order):  # stale: recompute, and put it back where its fresh gain ranks
                bound[c] = gain(sets, remaining, c)
                evaluations += 1
                if bound[c] > 0:
                    heapq.heappush(heap, (-bound[c], c, len(order)))
                continue
            order.append(c)
            gains.append(-neg)
            quota.chosen(c)
            take(sets, remaining, c)
    return Choice(order, gains, evaluations, quota.unmet())


def plain_greedy(sets: sparse.csr_matrix, weight: np.ndarray, n: int, groups: np.ndarray | None = None,
                 minimum: int = 0, wanting: Collection[int] = (),
                 cancelled: CancelledFn = never_cancelled) -> Choice:
    """The same choice as :func:`lazy_greedy` by the definition: at every step every candidate's gain is
    recomputed and the best is taken (among the groups that still want their minimum, while any of their
    candidates adds something).  The reference for tests and the benchmark, not for use."""
    remaining = np.array(weight, dtype=np.float64)
    quota = _Quota(groups, minimum, wanting)
    order: list[int] = []
    gains: list[float] = []
    evaluations = 0
    n_cand = sets.shape[0]
    while len(order) < n:
        check_cancelled(cancelled)
        g = np.array([gain(sets, remaining, c) for c in range(n_cand)])
        evaluations += n_cand
        g[order] = 0.0
        first = np.array([quota.open(c) for c in range(n_cand)], dtype=bool) & (g > 0) if quota.unmet() else None
        pick = g if first is None or not first.any() else np.where(first, g, 0.0)
        c = int(np.argmax(pick))
        if pick[c] <= 0:
            break
        order.append(c)
        gains.append(float(pick[c]))
        quota.chosen(c)
        take(sets, remaining, c)
    return Choice(order, gains, evaluations, quota.unmet())
