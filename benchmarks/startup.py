"""Start-up and frame-time benchmark for the map window (issue 2).

Prints, on this machine, in one run:
1. time from process start to the first painted frame of the window with the default region (a subprocess with
   ``REGIONMAP_FIRST_FRAME_EXIT=1`` prints the time of its first canvas paint and quits);
2. full-redraw frame time and 3. pan frame time of the canvas at 1600x1000 with the default region plus 100,000
   random points in a transport layer (median and p95 of 30 frames);
4. a baseline in the same run: a naive render that converts the shapely geometries to QPainterPaths on every
   paint (no cache, no simplification, one ellipse per point).

Targets: start-up <= 1.5 s, pan frame <= 16 ms, full redraw <= 100 ms.
Usage: ``.venv/bin/python benchmarks/startup.py [--frames 30] [--points 100000] [--runs 5]``
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1600, 1000
TARGETS = {"start-up": 1.5, "full redraw": 0.100, "pan frame": 0.016}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure_startup(runs: int, cache: bool = True) -> tuple[list[float], dict[str, list[float]]]:
    """Seconds from spawning the process to its first painted frame, and the phases in between."""
    env = dict(os.environ, REGIONMAP_FIRST_FRAME_EXIT="1")
    if not cache:
        env["REGIONMAP_NO_STARTUP_CACHE"] = "1"
    times: list[float] = []
    phases: dict[str, list[float]] = {}
    for _ in range(runs):
        t0 = time.time()
        res = subprocess.run([sys.executable, "-m", "app.cli"], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=120)
        lines = res.stdout.splitlines()
        line = next((ln for ln in lines if ln.startswith("first-frame ")), None)
        if res.returncode != 0 or line is None:
            raise SystemExit(f"start-up run failed (exit {res.returncode}): {res.stderr.strip()[-500:]}")
        end = float(line.split()[1])
        times.append(end - t0)
        marks = next((ln.split() for ln in lines if ln.startswith("main ")), [])
        stamps = [("spawn", t0)] + [(marks[i], float(marks[i + 1])) for i in range(0, len(marks), 2)]
        stamps.append(("first paint", end))
        for (_, a), (name, b) in itertools.pairwise(stamps):
            phases.setdefault(name, []).append(b - a)
    return times, phases


PHASE_LABELS = {"main": "  python + imports to main()", "qt": "  QApplication + window modules",
                "document": "  default document", "window": "  main window + features",
                "first paint": "  show + first frame"}


def build_document(n_points: int):  # type: ignore[no-untyped-def]
    import geopandas as gpd
    import numpy as np
    import shapely

    from layers.document import MapDocument
    from layers.model import Layer, LayerKind

    doc = MapDocument.default()
    region = doc.region.outline
    x0, y0, x1, y1 = region.bounds
    rng = np.random.default_rng(2026)
    xs, ys = [], []
    need = n_points
    while need > 0:  # random points inside the region (rejection sampling)
        cx, cy = rng.uniform(x0, x1, need * 2), rng.uniform(y0, y1, need * 2)
        inside = shapely.contains_xy(region, cx, cy)
        xs.append(cx[inside][:need])
        ys.append(cy[inside][:need])
        need -= int(inside[: need * 2].sum()) if inside.sum() < need else need
    x, y = np.concatenate(xs)[:n_points], np.concatenate(ys)[:n_points]
    pts = gpd.GeoDataFrame({"id": np.arange(len(x))}, geometry=gpd.points_from_xy(x, y), crs="EPSG:3067")
    doc.layers.append(Layer(pts, f"{len(x):,} random stops (benchmark data)", kind=LayerKind.TRANSPORT,
                            note="generated random points for the benchmark"))
    return doc


def naive_render(painter, doc, extent, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """The baseline: shapely -> QPainterPath on every paint, full detail, one call per point."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

    from app.render.painter import LAND_COLOUR, SEA_COLOUR, ViewTransform

    view = ViewTransform.fit(extent, _rect(width, height))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(0, 0, width, height, QColor(SEA_COLOUR))

    def ring(coords) -> QPolygonF:  # type: ignore[no-untyped-def]
        return QPolygonF([QPointF(*view.to_target(x, y)) for x, y in coords])

    def draw(geom, pen: QPen, brush: QBrush) -> None:  # type: ignore[no-untyped-def]
        if geom.geom_type.startswith("Multi") or geom.geom_type == "GeometryCollection":
            for part in geom.geoms:
                draw(part, pen, brush)
            return
        painter.setPen(pen)
        painter.setBrush(brush)
        if geom.geom_type == "Polygon":
            path = QPainterPath()
            path.addPolygon(ring(geom.exterior.coords))
            for hole in geom.interiors:
                path.addPolygon(ring(hole.coords))
            painter.drawPath(path)
        elif geom.geom_type == "Point":
            painter.drawEllipse(QPointF(*view.to_target(geom.x, geom.y)), 3, 3)

    for geom in doc.land.geometry:
        draw(geom, QPen(QColor("#94b6cf")), QBrush(QColor(LAND_COLOUR)))
    for layer in doc.layers:
        if not layer.visible:
            continue
        fill = QColor(layer.style.fill)
        fill.setAlphaF(layer.style.fill_opacity)
        pen = QPen(QColor(layer.style.stroke), layer.style.width) if layer.style.width else QPen(QColor(0, 0, 0, 0))
        for geom in layer.data.geometry:
            draw(geom, pen, QBrush(fill))


def _rect(w: int, h: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF

    return QRectF(0, 0, w, h)


def measure_frames(frames: int, n_points: int) -> dict[str, list[float]]:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.map.canvas import MapCanvas

    doc = build_document(n_points)
    canvas = MapCanvas(doc)
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    app.processEvents()
    canvas.zoom_to_region()
    canvas._render_now()  # warm the caches (first simplification of this zoom level)
    out: dict[str, list[float]] = {"full redraw": [], "pan frame": [], "zoomed-in redraw": [], "first render": []}

    for _ in range(frames):
        t0 = time.perf_counter()
        canvas._render_now()
        canvas.repaint()
        out["full redraw"].append(time.perf_counter() - t0)
    for i in range(frames):
        canvas.pan_pixels(7 if i % 2 else -5, 3, render="none")
        t0 = time.perf_counter()
        canvas.repaint()
        out["pan frame"].append(time.perf_counter() - t0)
    canvas.zoom_to_region()
    canvas._render_now()
    cx, cy = canvas.centre()
    canvas.set_extent((cx - 8000, cy - 5000, cx + 8000, cy + 5000))
    canvas._render_now()
    for _ in range(frames):
        t0 = time.perf_counter()
        canvas._render_now()
        canvas.repaint()
        out["zoomed-in redraw"].append(time.perf_counter() - t0)
    for _ in range(3):  # cold caches: what the first frame after loading data costs
        canvas.map_painter.invalidate()
        t0 = time.perf_counter()
        canvas._render_now()
        out["first render"].append(time.perf_counter() - t0)

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.zoom_to_region()
    extent = canvas.extent()
    out["naive full redraw (baseline)"] = []
    for _ in range(max(3, frames // 10)):
        painter = QPainter(image)
        t0 = time.perf_counter()
        naive_render(painter, doc, extent, WIDTH, HEIGHT)
        painter.end()
        out["naive full redraw (baseline)"].append(time.perf_counter() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs")
    args = parser.parse_args()

    measure_startup(1)  # fills the start-up cache (as any first start does)
    startup, phases = measure_startup(args.runs)
    cold, _ = measure_startup(max(2, args.runs // 2), cache=False)
    frames = measure_frames(args.frames, args.points)
    print(f"regionmap window benchmark — {WIDTH}x{HEIGHT}, default region + {args.points:,} points, "
          f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    print(f"{'measure':<30} {'n':>3} {'median':>10} {'p95':>10} {'target':>9}  ok")
    rows = [("start-up (to first frame)", startup, TARGETS["start-up"])]
    rows += [(PHASE_LABELS.get(name, name), values, None) for name, values in phases.items()]
    rows += [("start-up without region cache", cold, None)]
    rows += [(name, values, TARGETS.get(name)) for name, values in frames.items()]
    for name, values, target in rows:
        med, hi = statistics.median(values), p95(values)
        tgt = f"{target * 1000:.0f} ms" if target else "-"
        ok = "" if target is None else ("yes" if hi <= target else ("median" if med <= target else "NO"))
        print(f"{name:<30} {len(values):>3} {med * 1000:>8.1f}ms {hi * 1000:>8.1f}ms {tgt:>9}  {ok}")
    base = statistics.median(frames["naive full redraw (baseline)"])
    full = statistics.median(frames["full redraw"])
    print(f"speed-up of the cached full redraw over the naive baseline: {base / full:.0f}x")


if __name__ == "__main__":
    main()
