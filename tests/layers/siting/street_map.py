"""A small map on a 100 m street grid, for siting along a network (the window's tasks and the command line).

West and East are 1 km squares; "Streets" (a lattice of residential streets) covers West only; "Stops" are two
stops 400 m apart in West at 300 m, "More" one stop high in West (hidden at first); "People" a GENERATED
population grid (a point every 50 m, more people to the west), the document's population source.  Along the
streets a stop reaches a diamond inside its straight-line disc, so the unique and compared numbers along the
network differ from the straight-line ones."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from tests.layers.network.network_writer import CRS, SQUARES, X0, Y0, lattice, two_municipalities


def street_document():  # type: ignore[no-untyped-def]
    from layers.coverage.population_source import PopulationSource
    from layers.model import Layer, LayerKind

    doc = two_municipalities(*SQUARES)
    streets = lattice(11, 100.0)
    streets["highway"] = "residential"
    doc.layers.append(Layer(gpd.GeoDataFrame(streets, crs=CRS), "Streets", kind=LayerKind.OTHER))
    stops = gpd.GeoDataFrame({"name": ["pair0", "pair1"]},
                             geometry=[shapely.Point(X0 + 300, Y0 + 500), shapely.Point(X0 + 700, Y0 + 500)], crs=CRS)
    doc.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=300.0))
    more = gpd.GeoDataFrame({"name": ["high"]}, geometry=[shapely.Point(X0 + 500, Y0 + 800)], crs=CRS)
    doc.layers.append(Layer(more, "More", kind=LayerKind.TRANSPORT, radius_m=300.0, visible=False))
    xs, ys = np.meshgrid(np.arange(25.0, 2000.0, 50.0), np.arange(25.0, 1000.0, 50.0))
    people = gpd.GeoDataFrame({"population": np.round(20 - xs.ravel() / 200.0)},
                              geometry=gpd.points_from_xy(X0 + xs.ravel(), Y0 + ys.ravel()), crs=CRS)
    doc.layers.append(Layer(people, "People", kind=LayerKind.POPULATION))
    doc.population_source = PopulationSource("People", "population")
    return doc
