"""Which samples each candidate site would cover: a sparse candidates x samples matrix (CSR), from a KD-tree
query of the sample pairs within the radius (a tree of the samples against a tree of the candidates).

Only the samples with weight left to cover are indexed (the rest add nothing to any candidate), so the matrix
stays small where the existing layers already cover much.  Row ``c`` lists the samples candidate ``c`` covers;
``sets @ weight`` is every candidate's gain at once.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from layers.errors import UserError
from layers.i18n import format_number, translate

MAX_PAIRS = 40_000_000  # candidate-sample pairs (~0.5 GB): beyond this the radius or the candidates are too many
CHUNK = 20_000  # candidates per query


def coverage_sets(cx: np.ndarray, cy: np.ndarray, sx: np.ndarray, sy: np.ndarray, radius: float,
                  workers: int = 2) -> sparse.csr_matrix:
    """Candidates x samples, 1 where the sample lies within ``radius`` (straight line) of the candidate."""
    n_c, n_s = len(cx), len(sx)
    if not n_s or not n_c:
        return sparse.csr_matrix((n_c, n_s), dtype=np.float64)
    # an unbalanced tree builds in half the time and answers these short-range queries as fast
    tree = cKDTree(np.column_stack([sx, sy]), balanced_tree=False, compact_nodes=False)
    rows, cols, total = [], [], 0
    for start in range(0, n_c, CHUNK):  # in chunks: the limit is kept before memory runs out
        part = cKDTree(np.column_stack([cx[start:start + CHUNK], cy[start:start + CHUNK]]))
        pairs = part.sparse_distance_matrix(tree, radius, output_type="ndarray")
        total += len(pairs)
        if total > MAX_PAIRS:
            raise UserError(translate("siting", "siting: {candidates} candidates at {radius} m would cover more than "
                                                "{most} sample pairs; give fewer candidates (a coarser grid) or a "
                                                "smaller radius").format(candidates=format_number(n_c),
                                                                         radius=f"{radius:g}",
                                                                         most=format_number(MAX_PAIRS)))
        rows.append(pairs["i"].astype(np.int64) + start)
        cols.append(pairs["j"].astype(np.int32))
    row, col = np.concatenate(rows), np.concatenate(cols)
    return sparse.csr_matrix((np.ones(total), (row, col)), shape=(n_c, n_s))
