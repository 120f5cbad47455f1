"""Export speed and size: A4 300 dpi PNG and PDF with 100,000 points and the HSL route lines; HTML of the region
with the real HSL stops and routes.

Targets: PNG and PDF <= 2 s; HTML <= 5 MB and <= 3 s.  Each row is compared in the same run with a baseline: the
same page without the heavy layers (pages), and the HTML map without simplification (size).
The 100,000 points are SYNTHETIC (uniform random points on the region's land, fixed seed), labelled as such.

Run: .venv/bin/python benchmarks/export.py [--shared-data DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def synthetic_points(document, n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    import geopandas as gpd
    import numpy as np
    import shapely

    rng = np.random.default_rng(seed)
    area = document.region.municipalities.union_all()
    x0, y0, x1, y1 = area.bounds
    shapely.prepare(area)
    xs, ys = np.empty(0), np.empty(0)
    while len(xs) < n:
        x = rng.uniform(x0, x1, n)
        y = rng.uniform(y0, y1, n)
        inside = shapely.contains_xy(area, x, y)
        xs, ys = np.r_[xs, x[inside]], np.r_[ys, y[inside]]
    return gpd.GeoDataFrame({"id": np.arange(n)}, geometry=gpd.points_from_xy(xs[:n], ys[:n]), crs=3067)


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    default = os.environ.get("REGIONMAP_SHARED_DATA", str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--shared-data", default=default)
    args = parser.parse_args()
    data = Path(args.shared_data)
    if not (data / "hsl_routes_2022.geojson").exists():
        print(f"real data not found in {data}; give --shared-data", file=sys.stderr)
        return 2

    from app.export.page_render import ensure_gui_app, export_page
    from layers.document import MapDocument
    from layers.export.html_map import HtmlOptions, export_html
    from layers.export.page_layout import PageOptions
    from layers.io import read_layer
    from layers.model import Layer, LayerKind, Style

    ensure_gui_app()
    routes = read_layer(data / "hsl_routes_2022.geojson").data
    stops = read_layer(data / "hsl_stops_2022_central_helsinki.geojson").data
    a4 = PageOptions(title="Benchmark", paper="A4", dpi=300)
    rows: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        base = MapDocument.default()
        heavy = MapDocument.default()
        heavy.layers.append(Layer(routes, "HSL routes", kind=LayerKind.TRANSPORT))
        heavy.layers.append(Layer(synthetic_points(heavy, 100_000), "100,000 synthetic points",
                                  kind=LayerKind.PROJECT, style=Style(fill="#ae3ec9", stroke="#862e9c",
                                                                      point_size=3.0, width=0.5)))
        for fmt in ("png", "pdf"):
            t_base = timed(lambda fmt=fmt: export_page(base, out / f"base.{fmt}", a4))
            t_heavy = timed(lambda fmt=fmt: export_page(heavy, out / f"heavy.{fmt}", a4))
            size = (out / f"heavy.{fmt}").stat().st_size
            rows.append((f"A4 300 dpi {fmt.upper()}: region + routes + 100k points", f"{t_heavy:.2f} s",
                         f"{t_base:.2f} s (region only)", f"{size / 1e6:.1f} MB", "<= 2 s: " +
                         ("ok" if t_heavy <= 2 else "MISSED")))
        html_doc = MapDocument.default()
        html_doc.layers.append(Layer(routes, "HSL routes", kind=LayerKind.TRANSPORT))
        html_doc.layers.append(Layer(stops, "HSL stops", kind=LayerKind.TRANSPORT))
        t_html = timed(lambda: export_html(html_doc, out / "map.html", HtmlOptions(title="Benchmark")))
        size = (out / "map.html").stat().st_size
        t_full = timed(lambda: export_html(html_doc, out / "full.html", HtmlOptions(simplify=False)), repeat=1)
        full = (out / "full.html").stat().st_size
        ok = size <= 5e6 and t_html <= 3
        rows.append(("HTML: region + real HSL stops and routes", f"{t_html:.2f} s",
                     f"{t_full:.2f} s, {full / 1e6:.1f} MB (not simplified)", f"{size / 1e6:.2f} MB",
                     "<= 3 s, <= 5 MB: " + ("ok" if ok else "MISSED")))
    header = ("case", "time", "baseline", "size", "target")
    widths = [max(len(r[i]) for r in [*rows, header]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    print(f"({os.cpu_count()} CPUs; best of 3 runs; points are synthetic, routes and stops are HSL open data)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
