"""The warm path of ``regionmap coverage`` (layers/commands/coverage_warm.py): a run again on a prepared region
imports none of pandas, geopandas, pyproj or scipy and writes exactly what the full path writes: the same rows
(JSON, CSV, Finnish CSV, targets), the same warnings, the same errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyarrow as pa
import pytest
import shapely

from layers.commands import coverage_warm
from layers.coverage.tables import GeoTable

ROOT = Path(__file__).resolve().parents[3]
CRS = "EPSG:3067"
HEAVY = ("pandas", "geopandas", "pyproj", "scipy")
RUN = ("import sys\nfrom app.cli import main\nrc = main(sys.argv[1:])\n"
       f"sys.stderr.write('MODULES ' + ','.join(m for m in {HEAVY!r} if m in sys.modules) + '\\n')\nsys.exit(rc)\n")


def cli(cache: Path, *argv: str, full: bool = False) -> tuple[int, str, list[str], set[str]]:
    """(exit code, stdout, stderr lines but the last, heavy modules the process imported) of one run; ``full``:
    the full path (``REGIONMAP_FULL_PATH=1``; it keeps the zones for a warm run all the same)."""
    env = {**os.environ, "REGIONMAP_CACHE_DIR": str(cache), "QT_QPA_PLATFORM": "offscreen",
           "REGIONMAP_FULL_PATH": "1" if full else ""}
    got = subprocess.run([sys.executable, "-c", RUN, "coverage", *argv], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600)
    lines = got.stderr.splitlines()
    assert lines and lines[-1].startswith("MODULES "), got.stderr[-3000:]
    modules = {m for m in lines[-1][len("MODULES "):].split(",") if m}
    return got.returncode, got.stdout, lines[:-1], modules


def random_points(outline, n: int, seed: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = outline.bounds
    xy = rng.random((n * 20, 2)) * [x1 - x0, y1 - y0] + [x0, y0]
    return xy[shapely.contains_xy(outline, xy[:, 0], xy[:, 1])][:n]


@pytest.fixture(scope="module")
def official(shared_data, tmp_path_factory):
    """The NLS boundaries, points inside Uusimaa (1, 300 and 20,000, GeoParquet in EPSG:3067) and the same 300
    points in WGS84 (which the light reader leaves to the full one)."""
    work = tmp_path_factory.mktemp("warm")
    region = shared_data / "fi_municipalities_2023_nls.geojson"
    muni = gpd.read_file(region).to_crs(CRS)
    uusimaa = shapely.union_all(muni[muni["NATCODE"].isin(["091", "049", "092", "235"])].geometry.values)
    xy = random_points(uusimaa, 300, 7)
    xy[0] = (385_800.0, 6_672_300.0)  # central Helsinki, on land: the one-point layer covers 0.5 km2
    files = {"region": region}
    dense = random_points(uusimaa, 20_000, 8)  # many stations near every hot spot
    for name, pts in (("one", xy[:1]), ("many", xy), ("dense", dense)):
        files[name] = work / f"{name}.parquet"
        gpd.GeoDataFrame(geometry=gpd.points_from_xy(pts[:, 0], pts[:, 1]), crs=CRS).to_parquet(files[name])
    files["wgs84"] = work / "wgs84.parquet"
    gpd.read_parquet(files["many"]).to_crs("EPSG:4326").to_parquet(files["wgs84"])
    return files


CASES = {
    "json, one point": ["--layer", "{one}:400"],
    "json, hot spots the points link": ["--layer", "{many}:1500"],
    "json, 20,000 points as coordinates": ["--layer", "{dense}:250", "--layer", "{many}:900"],
    "csv, targets, two sectors": ["--layer", "{many}:600", "--energy", "{one}:3000", "--target", "transport=20%",
                                  "--hotspot-target", "10%", "--format", "csv"],
    "finnish csv to a file": ["--layer", "{many}:400", "--target", "15%", "--format", "csv", "--csv-style", "fi",
                              "--out", "{out}"],
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_warm_run_on_official_boundaries_writes_what_the_full_path_writes(official, tmp_path, case):
    argv = ["--region", str(official["region"])] + [a.format(**official, out=tmp_path / "rows.csv")
                                                    for a in CASES[case]]
    full = cli(tmp_path / "cache", *argv, full=True)  # a cold cache: the full path, which keeps the zones
    written = (tmp_path / "rows.csv").read_bytes() if "--out" in argv else b""
    warm = cli(tmp_path / "cache", *argv)
    assert full[0] == warm[0] == 0
    assert {"pandas", "geopandas", "pyproj"} <= full[3]
    assert not warm[3] & {"pandas", "geopandas", "pyproj"}, "the warm run imported what it does not need"
    assert "scipy" not in warm[3]  # the k-d trees are pykdtree's, the hot spots' spanning tree ours
    assert warm[1] == full[1] and warm[2] == full[2]
    if "--out" in argv:
        assert (tmp_path / "rows.csv").read_bytes() == written
        assert written.startswith("\ufeff".encode()) and b";" in written
    elif case == "json, one point":
        rows = json.loads(warm[1])["rows"]
        assert len(rows) == 52 and sum(r["covered_km2"] for r in rows) > 0.4  # one 400 m disc: 0.5 km2 on land
    elif "20,000" in case:
        links = json.loads(warm[1])["connections"]
        assert any(e["lines"] == 2 for e in links["edges"])  # both point layers link some pair of hot spots
    elif "json" in case:
        links = json.loads(warm[1])["connections"]
        assert links["edges"] and links["isolated"]  # the stations' rule linked some hot spots, not all
    else:
        assert "target_pass" in warm[1].splitlines()[0] and "energy_share" in warm[1].splitlines()[0]


def test_the_built_in_region_goes_the_warm_way_too(official, tmp_path):
    argv = ["--layer", f"{official['many']}:800", "--target", "30%"]
    full, warm = cli(tmp_path / "cache", *argv, full=True), cli(tmp_path / "cache", *argv)
    assert "pandas" in full[3] and not warm[3] & {"pandas", "geopandas", "pyproj"}
    assert warm[:3] == full[:3]
    assert any("schematic areas" in line for line in warm[2])  # the built-in region's warning, as before


def test_what_the_light_reader_does_not_take_goes_the_full_way_with_the_same_figures(official, tmp_path):
    cache = tmp_path / "cache"
    base = ["--region", str(official["region"])]
    cli(cache, *base, "--layer", f"{official['one']}:400")  # the region's zones kept
    wgs = cli(cache, *base, "--layer", f"{official['wgs84']}:400")
    assert "pyproj" in wgs[3]  # reprojected by the full reader
    same = cli(cache, *base, "--layer", f"{official['many']}:400")
    assert not same[3] & {"pandas", "geopandas"}
    assert json.loads(wgs[1])["rows"] == json.loads(same[1].replace('"many"', '"wgs84"'))["rows"]


def test_bad_input_on_a_warm_cache_says_what_the_full_path_says(official, tmp_path):
    cache = tmp_path / "cache"
    base = ["--region", str(official["region"])]
    cli(cache, *base, "--layer", f"{official['one']}:400")
    missing = cli(cache, *base, "--layer", f"{tmp_path / 'nowhere.parquet'}:400")
    cold = cli(tmp_path / "cold", *base, "--layer", f"{tmp_path / 'nowhere.parquet'}:400")
    assert missing[0] == cold[0] == 2 and missing[2] == cold[2]
    assert missing[2][-1].startswith("regionmap: ") and "nowhere.parquet" in missing[2][-1]
    bad_target = cli(cache, *base, "--layer", f"{official['one']}:400", "--target", "energy=50%")
    cold_target = cli(tmp_path / "cold2", *base, "--layer", f"{official['one']}:400", "--target", "energy=50%")
    assert bad_target[0] == cold_target[0] == 2 and bad_target[2] == cold_target[2]
    assert "no energy layer" in bad_target[2][-1]


def test_a_damaged_kept_zones_file_is_made_again(official, tmp_path):
    cache = tmp_path / "cache"
    argv = ["--region", str(official["region"]), "--layer", f"{official['one']}:400"]
    first = cli(cache, *argv, full=True)
    kept = list((cache / "zones").glob(f"*{coverage_warm.SUFFIX}"))
    assert len(kept) == 1
    kept[0].write_bytes(kept[0].read_bytes()[:500])
    again = cli(cache, *argv)  # the file is treated as absent: made again (by the light cold path)
    assert again[1] == first[1]
    assert any("warm zones" in line and "not usable" in line for line in again[2]) or again[2] == first[2]
    assert not cli(cache, *argv)[3] & {"pandas", "geopandas"}  # kept anew by that run



# ---- by people: --population ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def people(official, tmp_path_factory):
    """Population layers over central Helsinki: a 250 m grid (GeoParquet in EPSG:3067, part of it at sea), the
    same grid in WGS84 GeoJSON, points with an ``asukkaita`` count (one far out at sea), a grid whose counts are
    hidden (NaN) or negative in places, and the grid as a GeoPackage (which the light reader leaves alone)."""
    work = tmp_path_factory.mktemp("people")
    rng = np.random.default_rng(11)
    iy, ix = np.divmod(np.arange(30 * 36), 36)
    x0, y0 = 381_000.0, 6_667_000.0
    cells = shapely.box(x0 + ix * 250, y0 + iy * 250, x0 + ix * 250 + 250, y0 + iy * 250 + 250)
    counts = rng.integers(0, 400, len(cells))
    grid = gpd.GeoDataFrame({"name": [f"c{i}" for i in range(len(cells))], "population": counts},
                            geometry=cells, crs=CRS)
    files = {"grid": work / "grid.parquet", "grid_wgs84": work / "grid.geojson", "points": work / "points.parquet",
             "hidden": work / "hidden.parquet", "gpkg": work / "grid.gpkg"}
    grid.to_parquet(files["grid"])
    grid.to_crs("EPSG:4326").to_file(files["grid_wgs84"], driver="GeoJSON")
    grid.to_file(files["gpkg"])
    hidden = grid.assign(population=counts.astype(float))
    hidden.loc[[3, 40, 41], "population"] = np.nan
    hidden.loc[[100], "population"] = -5.0
    hidden.to_parquet(files["hidden"])
    stations = gpd.read_parquet(official["many"]).geometry
    xy = np.vstack([np.c_[stations.x, stations.y][:200], [[360_000.0, 6_600_000.0]]])  # the last one at sea
    gpd.GeoDataFrame({"asukkaita": rng.integers(1, 5_000, len(xy)).astype(np.int64)},
                     geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=CRS).to_parquet(files["points"])
    return files


PEOPLE_CASES = {
    "a grid of polygons": ["--population", "{grid}", "--population-field", "population"],
    "a grid, the field found by its name, csv": ["--population", "{grid}", "--format", "csv", "--target", "40%"],
    "points counted where they stand": ["--population", "{points}"],
    "counts hidden or negative": ["--population", "{hidden}", "--population-field", "population"],
    "a field the file lacks": ["--population", "{grid}", "--population-field", "asukkaat"],
    "a grid in WGS84 GeoJSON": ["--population", "{grid_wgs84}"],
}


@pytest.mark.parametrize("case", list(PEOPLE_CASES))
def test_a_run_by_people_writes_what_the_full_path_writes_cold_and_warm(official, people, tmp_path, case):
    argv = ["--region", str(official["region"]), "--layer", f"{official['many']}:900",
            *[a.format(**people) for a in PEOPLE_CASES[case]]]
    full = cli(tmp_path / "full", *argv, full=True)  # keeps the zones and the people for the next runs
    assert full[0] == 0, full[2]
    light = cli(tmp_path / "light", *argv)  # the light cold path: the region prepared and the people spread
    warm = cli(tmp_path / "light", *argv)  # the warm path: zones, samples and people from the caches
    after_full = cli(tmp_path / "full", *argv)  # the warm path on the full path's caches
    for run in (light, warm, after_full):
        assert run[:3] == full[:3]
        assert not run[3] & {"pandas", "geopandas"}, "a light run by people imported pandas"
    if "GeoJSON" not in case:
        assert "pyproj" not in warm[3]  # GeoParquet in EPSG:3067: nothing to reproject, nothing parsed
    warnings = "\n".join(full[2])
    if "hidden" in case:
        assert "4 feature(s) without a count" in warnings
    elif "lacks" in case:
        assert "no field 'asukkaat' (fields: name, population)" in warnings
    elif "points" in case:
        assert "population point(s) lie outside every zone" in warnings  # at sea
    if "csv" in case:
        assert "population_covered" in full[1].splitlines()[0]
    elif "lacks" not in case:
        totals = json.loads(full[1])["totals"]
        people_in = sum(t["population"] for t in totals)
        assert people_in > 0 and 0 < sum(t["population_covered"] for t in totals) <= people_in


def test_a_population_file_the_light_reader_declines_goes_the_full_way(official, people, tmp_path):
    argv = ["--region", str(official["region"]), "--layer", f"{official['many']}:900", "--population",
            str(people["gpkg"])]
    full = cli(tmp_path / "full", *argv, full=True)
    other = cli(tmp_path / "other", *argv)
    assert "pandas" in other[3] and other[:3] == full[:3] and full[0] == 0
    missing = ["--region", str(official["region"]), "--layer", f"{official['many']}:900", "--population",
               str(tmp_path / "nobody.parquet")]
    cold, warm = cli(tmp_path / "full", *missing, full=True), cli(tmp_path / "full", *missing)
    assert cold[0] == warm[0] == 2 and cold[2] == warm[2]
    assert warm[2][-1].startswith("regionmap: ") and "nobody.parquet" in warm[2][-1]

# ---- the pieces ----------------------------------------------------------------------------------------------
def test_point_coordinates_reads_2d_little_endian_points_and_nothing_else():
    pts = shapely.points([[1.5, 2.5], [-3.0, 4e6]])
    got = coverage_warm.point_coordinates(pa.array(list(shapely.to_wkb(pts)), type=pa.binary()))
    assert got is not None and np.array_equal(got, [[1.5, 2.5], [-3.0, 4e6]])
    for other in ([shapely.Point(1, 2, 3)], [shapely.LineString([(0, 0), (1, 1)])], [shapely.Point()],
                  [shapely.Point(np.nan, 1)]):
        assert coverage_warm.point_coordinates(pa.array(list(shapely.to_wkb(other)), type=pa.binary())) is None
    big_endian = pa.array([shapely.to_wkb(shapely.Point(1, 2), byte_order=0)], type=pa.binary())
    assert coverage_warm.point_coordinates(big_endian) is None
    assert coverage_warm.point_coordinates(pa.array([None], type=pa.binary())) is None


def test_a_geo_table_answers_the_table_operations_the_engine_uses():
    t = GeoTable({"name": np.array(["a", "b", "c"], dtype=object)},
                 [shapely.box(0, 0, 2, 2), shapely.Point(1, 1), shapely.Polygon()])
    assert len(t) == 3 and not t.empty and t.columns == ["name", "geometry"]
    assert t.geom_type.tolist() == ["Polygon", "Point", "Polygon"]
    assert t.geometry.area.to_numpy().tolist() == [4.0, 0.0, 0.0]
    assert t.geometry.is_empty.tolist() == [False, False, True] and t.geometry.notna().all()
    kept = t[t.geom_type.isin(["Point"])]
    assert len(kept) == 1 and kept["name"].tolist() == ["b"] and kept.geometry.values[0].equals(shapely.Point(1, 1))
    assert [type(v) for v in t["name"]] == [str, str, str]
    with pytest.raises(ValueError):
        GeoTable({"name": ["a"]}, [])


def test_every_option_of_the_command_is_served_by_the_warm_path_or_sends_the_run_the_full_way():
    """A new option of ``regionmap coverage`` must be named here: served (it changes nothing the warm path does
    not do the full path's way) or sending the run the full way; else the warm path would ignore it."""
    from layers.commands.coverage import build_parser

    served = {"region", "layer", "energy", "population", "population_field", "target", "hotspot_target", "format",
              "out", "csv_style", "snap_m"}
    dests = {a.dest for a in build_parser()._actions if a.dest != "help"}
    assert dests == served | set(coverage_warm._OTHER_OPTIONS) | set(coverage_warm._REGION_OPTIONS)


@pytest.mark.parametrize("kind", ["every geometry empty", "WKB that does not parse"])
def test_a_population_file_without_usable_features_fails_as_on_the_full_path(official, tmp_path, kind):
    import pyarrow.parquet as pq

    path = tmp_path / "people.parquet"
    gpd.GeoDataFrame({"population": [1, 2, 3]}, geometry=[shapely.Polygon()] * 3, crs=CRS).to_parquet(path)
    if "WKB" in kind:  # the same file, its geometries cut short
        table = pq.read_table(path)
        broken = table.set_column(1, "geometry", pa.array([b"\x01\x03\x00\x00", b"junk", b"x"], type=pa.binary()))
        pq.write_table(broken.replace_schema_metadata(table.schema.metadata), path)
    argv = ["--region", str(official["region"]), "--codes", "091", "--layer", f"{official['one']}:400",
            "--population", str(path)]
    full = cli(tmp_path / "full", *argv, full=True)
    light = cli(tmp_path / "light", *argv)
    warm = cli(tmp_path / "light", *argv)  # the zones kept: the warm path, which reads the file only then
    assert full[0] == light[0] == warm[0] == 2
    assert light[2] == full[2] == warm[2] and full[2][-1].startswith("regionmap: ")
    assert str(path) in full[2][-1]
