"""Exact area of a disc inside an axis-parallel square, vectorised (no geometry objects, no sampling).

Used for the cells one service point's circle cuts and no other circle reaches: their covered share is then
known in closed form instead of from sub-samples.
"""

from __future__ import annotations

import numpy as np


def _quadrant(a: np.ndarray, b: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Area of the disc of radius ``r`` at the origin inside the rectangle [0, a] x [0, b] (a, b >= 0)."""
    a = np.minimum(a, r)
    b = np.minimum(b, r)
    inside = a * a + b * b <= r * r
    xc = np.sqrt(np.maximum(r * r - b * b, 0.0))  # where the circle crosses y = b

    def primitive(t: np.ndarray) -> np.ndarray:  # integral of sqrt(r² - x²) from 0 to t
        return 0.5 * (t * np.sqrt(np.maximum(r * r - t * t, 0.0)) + r * r * np.arcsin(np.clip(t / r, -1.0, 1.0)))

    return np.where(inside, a * b, b * xc + primitive(a) - primitive(xc))


def _signed(x: np.ndarray, y: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Signed area of the disc inside the rectangle spanned by the origin and (x, y)."""
    return np.sign(x) * np.sign(y) * _quadrant(np.abs(x), np.abs(y), r)


def disc_square_area(cx: np.ndarray, cy: np.ndarray, side: np.ndarray, px: np.ndarray, py: np.ndarray,
                     r: float | np.ndarray) -> np.ndarray:
    """Area of disc((px, py), r) ∩ the square of side ``side`` centred at (cx, cy), element-wise."""
    side = np.asarray(side, dtype=np.float64)
    rr = np.broadcast_to(np.asarray(r, dtype=np.float64), np.shape(side))
    x0 = np.asarray(cx, dtype=np.float64) - side / 2 - px
    y0 = np.asarray(cy, dtype=np.float64) - side / 2 - py
    x1, y1 = x0 + side, y0 + side
    area = _signed(x1, y1, rr) - _signed(x0, y1, rr) - _signed(x1, y0, rr) + _signed(x0, y0, rr)
    return np.clip(area, 0.0, side * side)
