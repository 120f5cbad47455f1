"""Which samples each candidate site would cover: a sparse candidates x samples matrix (CSR), from one KD-tree
query of the samples within the radius of each candidate.

Only the samples with weight left to cover are indexed (the rest add nothing to any candidate), so the matrix
stays small where the existing layers already cover much.  Row ``c`` lists the samples candidate ``c`` covers;
``sets @ weight`` is every candidate's gain at once.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from layers.errors import UserError

MAX_PAIRS = 40_000_000  # candidate-sample pairs (~0.5 GB): beyond this the radius or the candidates are too many
CHUNK = 20_000  # candidates per query


def coverage_sets(cx: np.ndarray, cy: np.ndarray, sx: np.ndarray, sy: np.ndarray, radius: float,
                  workers: int = 2) -> sparse.csr_matrix:
    """Candidates x samples, 1 where the sample lies within ``radius`` (straight line) of the candidate."""
    n_c, n_s = len(cx), len(sx)
    if not n_s or not n_c:
        return sparse.csr_matrix((n_c, n_s), dtype=np.float64)
    tree = cKDTree(np.column_stack([sx, sy]))
    lengths, parts, total = [], [], 0
    for start in range(0, n_c, CHUNK):  # in chunks: the lists of a chunk are short-lived, the limit is kept early
        near = tree.query_ball_point(np.column_stack([cx[start:start + CHUNK], cy[start:start + CHUNK]]), radius,
                                     workers=workers, return_sorted=False)
        n = np.fromiter((len(v) for v in near), dtype=np.int64, count=len(near))
        total += int(n.sum())
        if total > MAX_PAIRS:
            raise UserError(f"siting: {n_c:,} candidates at {radius:g} m would cover more than {MAX_PAIRS:,} sample "
                            "pairs; give fewer candidates (a coarser grid) or a smaller radius")
        lengths.append(n)
        parts.append(np.fromiter((i for v in near for i in v), dtype=np.int32, count=int(n.sum())))
    indptr = np.concatenate([[0], np.cumsum(np.concatenate(lengths))])
    return sparse.csr_matrix((np.ones(total), np.concatenate(parts), indptr), shape=(n_c, n_s))
