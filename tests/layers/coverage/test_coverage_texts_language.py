"""The coverage check's own texts in the interface language (issue 19): the dock's status line and method note,
the curve's title and legend, the distance choice, the zone classes, the threshold box's headways (read back in
any language), the derived layers' names and notes, the measuring hint and a new map's name; and derived layers
known by their key, so that a project saved under suomi and reopened under svenska recomputes into the same
layers instead of adding a second set."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from layers.model import Layer, LayerKind

CRS = "EPSG:3067"


@pytest.fixture()
def checked(two_municipalities):  # type: ignore[no-untyped-def]
    """A live check of West and East with a stop layer and a route (transport) ready to compute."""
    from layers.coverage.live import LiveCoverage

    settlements = [(4_000.0, 6_704_000.0, 600), (12_000.0, 6_704_000.0, 300)]
    document = two_municipalities(0.0, 6_700_000.0, 8_000.0, settlements)
    centres = gpd.GeoDataFrame(geometry=[shapely.box(3_000, 6_703_000, 5_000, 6_705_000),
                                         shapely.box(11_000, 6_703_000, 13_000, 6_705_000)], crs=CRS)
    hot = Layer(centres, "Centres")
    document.layers.append(hot)
    document.use_hotspot_layer(hot)
    stops = gpd.GeoDataFrame(geometry=[shapely.Point(2_000, 6_702_000), shapely.Point(13_000, 6_705_000)], crs=CRS)
    document.layers.append(Layer(stops, "Stops", kind=LayerKind.TRANSPORT, radius_m=1_200.0))
    route = gpd.GeoDataFrame(geometry=[shapely.LineString([(1_000, 6_704_000), (9_000, 6_704_000)])], crs=CRS)
    document.layers.append(Layer(route, "Route", kind=LayerKind.TRANSPORT, radius_m=400.0))
    live = LiveCoverage(document)
    live.set_target("transport", 0.9)
    return live


@pytest.mark.parametrize(("code", "method", "title", "legend", "gap_layer"), [
    ("en", "Method: zones sampled on stratified grids", "Region: share covered vs radius of Stops (other transport "
     "layers at their radii: Route)", ["hotspot", "in-between"], "Coverage gaps"),
    ("fi", "Menetelmä: vyöhykkeistä otettu näytteet ositetuilla ruudukoilla", "Alue: katettu osuus tason Stops "
     "säteen mukaan (muut tasot, liikenne, omilla säteillään: Route)", ["keskittymä", "välialue"], "Katvealueet"),
    ("sv", "Metod: zonerna samplade på stratifierade rutnät", "Region: täckt andel efter radien för Stops (övriga "
     "lager, trafik, vid sina radier: Route)", ["koncentration", "mellanområde"], "Luckor i täckningen"),
])
def test_the_status_line_and_the_curve_in_each_language(language, checked, compute, code, method, title, legend,
                                                        gap_layer):  # type: ignore[no-untyped-def]
    language(code)
    live = compute(checked)
    assert method in live.note
    assert live.note.startswith({"en": "By area (no population source chosen). ",
                                 "fi": "Pinta-alan mukaan (väestölähdettä ei ole valittu). ",
                                 "sv": "Efter areal (ingen befolkningskälla vald). "}[code])
    live.set_radius("Stops", 1_500.0)  # the curve is the moved layer's
    assert live.curve.title == title
    assert [s.label for s in live.curve.series] == legend
    assert set(live.curve.marker_shares()) == set(legend)
    names = [lyr.name for lyr in live.document.layers if lyr.derived]
    assert gap_layer in names and live.gap_layer() is not None and live.gap_layer().name == gap_layer
    assert {lyr.key for lyr in live.document.layers if lyr.derived} >= {"Coverage gaps", "Coverage pass/fail"}


@pytest.mark.parametrize(("code", "straight", "along", "untitled", "hint"), [
    ("en", "straight line", "along network: Streets (walk)", "Untitled", "Measure: click on the map"),
    ("fi", "linnuntie", "verkkoa pitkin: Streets (kävely)", "Nimetön", "Mittaa: aloita napsauttamalla"),
    ("sv", "fågelväg", "längs nätverket: Streets (gång)", "Namnlös", "Mät: börja genom att klicka"),
])
def test_the_distance_choice_a_new_map_and_the_measuring_hint(language, code, straight, along, untitled,
                                                              hint):  # type: ignore[no-untyped-def]
    from layers.coverage.network_choice import NetworkChoice, distance_label
    from layers.document import MapDocument
    from layers.measure import Measurement, format_distance
    from layers.session import Session

    language(code)
    assert distance_label(None) == straight
    choice = NetworkChoice("Streets", "walk")
    assert choice.label == along and choice.to_dict()["mode"] == "walk"  # the project keeps the key
    assert Session(MapDocument.default()).name == untitled
    assert Measurement().summary().startswith(hint)
    assert format_distance(1234.0) == ("1.23 km" if code == "en" else "1,23 km")


def test_the_reach_note_and_the_network_method_in_finnish(language) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.network_choice import reach_note

    language("fi")
    note = reach_note({"Stops": 10.0}, "walk")
    assert note.startswith("Saavutettavuus minuutteina (Stops): ") and "(kulkumuoto: kävely)" in note
    assert "every" not in note and "speed" not in note


@pytest.mark.parametrize(("code", "words"), [
    ("en", ["core", "intermediate", "car zone", "urban core", "rural"]),
    ("fi", ["keskustavyöhyke", "välivyöhyke", "autovyöhyke", "kaupunkialue", "maaseutu"]),
    ("sv", ["centrumzon", "mellanzon", "bilzon", "stadsområde", "landsbygd"]),
])
def test_zone_classes_are_shown_in_words_and_kept_as_keys(language, code, words) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.labels import zone_set_label, zone_set_text, zone_word
    from layers.coverage.zone_sets import (
        CAR_ZONE,
        CORE,
        INTERMEDIATE,
        RURAL,
        URBAN_CORE,
        ZoneSet,
        class_key,
        class_word,
    )

    language(code)
    keys = [CORE, INTERMEDIATE, CAR_ZONE, URBAN_CORE, RURAL]
    assert [class_word(k) for k in keys] == [zone_word(k) for k in keys] == words
    assert [class_key(w.upper()) for w in words] == keys  # what the dialog shows (or a planner types) reads back
    assert class_key("Kylät") == "Kylät"  # a planner's own class stays as typed
    zone_set = ZoneSet("zones.gpkg", "vyohselite", {}, preset="syke-urban-zones").to_dict()
    assert zone_set_label(zone_set) == ("zones.gpkg: vyohselite (syke-urban-zones: core, intermediate, car zone; "
                                        "judged: intermediate)")  # the CSV's zone_set column: English for programs
    assert f"{words[0]}, {words[1]}, {words[2]}" in zone_set_text(zone_set)


@pytest.mark.parametrize(("code", "shown"), [
    ("en", ["every 20 min", "every 7.5 min", "any service"]),
    ("fi", ["20 min välein", "7,5 min välein", "mikä tahansa palvelutaso"]),
    ("sv", ["var 20 min", "var 7,5 min", "vilken servicenivå som helst"]),
])
def test_the_threshold_box_reads_back_the_headway_it_shows(language, code, shown) -> None:  # type: ignore[no-untyped-def]
    from layers.transit.levels import headway_text, parse_threshold

    language(code)
    assert [headway_text(per_hour) for per_hour in (3.0, 8.0, None)] == shown
    assert [parse_threshold(text) for text in shown] == [3.0, 8.0, None]
    assert [parse_threshold(text.upper()) for text in shown] == [3.0, 8.0, None]


@pytest.mark.parametrize("code", ["en", "fi", "sv"])
@pytest.mark.parametrize(("typed", "per_hour"), [
    ("every 20 min", 3.0), ("joka 20 min", 3.0), ("joka 15. minuutti", 4.0), ("20 minuutin välein", 3.0),
    ("vuoroväli 10 min", 6.0), ("var 20:e minut", 3.0), ("var 7,5 min", 8.0), ("kaikki", None), ("alla", None),
])
def test_a_headway_typed_in_any_of_the_three_languages(language, code, typed, per_hour) -> None:  # type: ignore[no-untyped-def]
    from layers.transit.levels import parse_threshold

    language(code)
    assert parse_threshold(typed) == per_hour


@pytest.mark.parametrize("typed", ["joka min", "välein", "var e min", "20 välein tunnissa"])
def test_what_is_not_a_headway_in_finnish_says_what_to_write(language, typed) -> None:  # type: ignore[no-untyped-def]
    from layers.transit.levels import parse_threshold

    language("fi")
    with pytest.raises(ValueError, match=r"ei ole palvelutaso; kirjoita .*15 min välein"):
        parse_threshold(typed)


def test_a_project_saved_under_finnish_recomputes_into_its_layers_under_swedish(
        language, checked, compute, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.derived import GAP_LAYER_NAME, PASS_FAIL_LAYER_NAME
    from layers.coverage.live import LiveCoverage
    from layers.project import load_project, save_project

    language("fi")
    live = compute(checked)
    made = {lyr.key: lyr.name for lyr in live.document.layers if lyr.derived}
    assert made[GAP_LAYER_NAME] == "Katvealueet" and made[PASS_FAIL_LAYER_NAME] == "Kattavuus: täyttyy / ei täyty"
    path = save_project(live.document, tmp_path / "suomeksi.gpkg")

    language("sv")
    document = load_project(path)
    gaps = [lyr for lyr in document.layers if lyr.key == GAP_LAYER_NAME]
    assert [lyr.name for lyr in gaps] == ["Katvealueet"] and gaps[0].derived  # the name it was made with
    reopened = compute(LiveCoverage(document))
    assert reopened.gap_layer() is gaps[0]
    for key in (GAP_LAYER_NAME, PASS_FAIL_LAYER_NAME):
        assert len([lyr for lyr in document.layers if lyr.key == key]) == 1, key  # replaced, not a second one
    assert "Luckor i täckningen" not in [lyr.name for lyr in document.layers]
    assert reopened.note.startswith("Efter areal")


def test_a_derived_layer_of_an_older_project_is_known_by_its_english_name(language, checked,
                                                                          compute) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.derived import GAP_LAYER_NAME

    old = gpd.GeoDataFrame(geometry=[shapely.box(0, 6_700_000, 10, 6_700_010)], crs=CRS)
    checked.document.layers.append(Layer(old, "Coverage gaps", derived=True))  # saved before keys: no key
    user = Layer(old.copy(), "Coverage gaps")  # a planner's own layer of that name is never replaced
    checked.document.layers.append(user)
    language("fi")
    live = compute(checked)
    gaps = [lyr for lyr in live.document.layers if lyr.derived and lyr.name == "Coverage gaps"]
    assert len(gaps) == 1 and gaps[0].key == GAP_LAYER_NAME and gaps[0].data is not old  # recomputed in place
    assert "Katvealueet" not in [lyr.name for lyr in live.document.layers]
    assert user in live.document.layers and len(user.data) == 1 and not user.key


def test_a_renamed_derived_layer_is_still_the_one_replaced(checked, compute) -> None:  # type: ignore[no-untyped-def]
    live = compute(checked)
    gaps = live.gap_layer()
    assert gaps is not None
    gaps.name = "Aukot (oma nimi)"
    live.set_radius("Stops", 2_000.0)
    assert live.gap_layer() is gaps and gaps.name == "Aukot (oma nimi)"
    assert [lyr.key for lyr in live.document.layers].count("Coverage gaps") == 1


def test_a_municipality_s_curve_is_titled_with_its_name_in_the_language(language, checked,
                                                                        compute) -> None:  # type: ignore[no-untyped-def]
    municipalities = checked.document.region.municipalities
    municipalities["name_sv"] = ["Västerby", "Österby"]  # the fixture's Swedish names are the Finnish ones
    language("sv")
    live = compute(checked)
    west = next(i for i, row in enumerate(live.rows) if row.municipality == "West")
    live.select_zone(west)
    assert live.curve.title.startswith("Västerby: täckt andel efter radien för ")
    language("fi")
    live.select_zone(None)
    live.select_zone(west)
    assert live.curve.title.startswith("West: katettu osuus")


@pytest.mark.parametrize(("code", "start"), [
    ("en", "People: Grid (vaesto). Method: "), ("fi", "Asukkaat: Grid (vaesto). Menetelmä: "),
    ("sv", "Invånare: Grid (vaesto). Metod: "),
])
def test_the_status_line_names_the_people_in_the_language(language, checked, compute, code,
                                                          start) -> None:  # type: ignore[no-untyped-def]
    from layers.coverage.population_source import PopulationSource, basis_text

    grid = gpd.GeoDataFrame({"vaesto": [400, 200]}, geometry=[shapely.box(0, 6_700_000, 8_000, 6_708_000),
                                                              shapely.box(8_000, 6_700_000, 16_000, 6_708_000)],
                            crs=CRS)
    checked.document.layers.append(Layer(grid, "Grid", kind=LayerKind.POPULATION))
    checked.set_population_source(PopulationSource("Grid", "vaesto"))
    language(code)
    live = compute(checked)
    assert live.population_basis == "people: Grid (vaesto)"  # the key JSON and CSV carry stays English
    assert live.note.startswith(start)
    assert basis_text("people: approximate (GeoNames settlement points)") == {
        "en": "people: approximate (GeoNames settlement points)",
        "fi": "asukkaat: likimääräinen (GeoNamesin asutuspisteet)",
        "sv": "invånare: ungefärligt (GeoNames bosättningspunkter)"}[code]


def test_a_scenario_s_proposed_sites_are_named_in_the_language_and_found_by_key(language) -> None:  # type: ignore[no-untyped-def]
    from layers.document import MapDocument
    from layers.siting.document import SITES_LAYER_NAME
    from layers.siting.scenarios import apply, capture

    document = MapDocument.default()
    sites = gpd.GeoDataFrame({"rank": [1]}, geometry=[shapely.Point(360_000, 6_700_000)], crs=CRS)
    document.layers.append(Layer(sites, SITES_LAYER_NAME, kind=LayerKind.TRANSPORT, radius_m=900, derived=True))
    language("fi")
    wide = capture(document, "laaja")  # an older layer without a key: known by its English name
    assert wide.sites == [(360_000.0, 6_700_000.0)]
    assert apply(document, wide) == []
    (proposed,) = [lyr for lyr in document.layers if lyr.key == SITES_LAYER_NAME]
    assert proposed.name == "Ehdotetut sijainnit" and proposed.note == "ehdotettu (johdettu), skenaario laaja"
    language("sv")
    assert capture(document, "igen").sites == wide.sites  # found by its key under another language
    apply(document, wide)
    assert [lyr.key for lyr in document.layers].count(SITES_LAYER_NAME) == 1
    assert [lyr.name for lyr in document.layers if lyr.key == SITES_LAYER_NAME] == ["Föreslagna platser"]
