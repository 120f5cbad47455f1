"""A population WFS that misbehaves, on the first page or a later one: one clear error, and the cache as it was."""

from __future__ import annotations

import time

import pytest

from layers.errors import Cancelled, UserError
from layers.io.population_wfs import download_population
from tests.layers.io.population_server import PopulationWfs, grid_cells

pytestmark = pytest.mark.timeout(120)

FAULTS = {
    "500": r"HTTP 500",
    "hang": r"did not finish within 2 s",
    "truncated": r"not complete GeoJSON \(cut off or damaged",
    "empty": r"sent an empty answer",
    "no-crs": r"declares no CRS",
}


@pytest.fixture()
def server():
    s = PopulationWfs(grid_cells())  # 24 cells: 3 pages of 10
    yield s
    s.stop()


def cache_state(folder):  # type: ignore[no-untyped-def]
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.mark.parametrize("page", [0, 1])
@pytest.mark.parametrize("mode", sorted(FAULTS))
def test_a_fault_is_one_clear_error_and_leaves_the_cache(server, mode: str, page: int) -> None:
    good = download_population(base_url=server.url, page_size=10)
    before = cache_state(good.path.parent)
    assert list(before) == [good.path.name]
    server.mode, server.fault_page = mode, page
    # Only the hang needs the short deadline; the other faults get one a loaded machine cannot miss.
    deadline = 2 if mode == "hang" else 60
    with pytest.raises(UserError, match=FAULTS[mode]) as caught:
        download_population(base_url=server.url, year=2022, page_size=10, deadline=deadline, timeout=5)
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    assert cache_state(good.path.parent) == before  # no 2022 file, no part files, 2023 byte for byte
    again = download_population(base_url=server.url, page_size=10, refresh=True, deadline=deadline, timeout=5)
    assert again.from_cache and any("the download failed" in n for n in again.notes)
    assert cache_state(good.path.parent) == before


def test_no_cells_for_the_region_is_refused_and_not_cached(server) -> None:
    server.mode = "no-features"
    with pytest.raises(UserError, match="returned no population cells for the region's extent; nothing was cached"):
        download_population(base_url=server.url)
    assert not (_cache_folder().exists() and list(_cache_folder().iterdir()))


def test_capabilities_failing_is_a_clear_error(server) -> None:
    server.mode = "500"
    with pytest.raises(UserError, match="HTTP 500"):
        download_population(base_url=server.url)
    assert server.pages == []


def test_cancel_stops_a_hanging_page_within_a_second(server) -> None:
    server.mode, server.fault_page = "hang", 1
    start = time.monotonic()
    seen: list[float] = []

    def cancelled() -> bool:
        if server.pages[1:] and time.monotonic() - start > 0.5:
            seen.append(time.monotonic())
            return True
        return False

    with pytest.raises(Cancelled):
        download_population(base_url=server.url, page_size=10, cancelled=cancelled)
    assert seen and time.monotonic() - seen[0] < 1.0
    assert not (_cache_folder().exists() and list(_cache_folder().iterdir()))


def _cache_folder():  # type: ignore[no-untyped-def]
    from layers.userdirs import data_dir

    return data_dir() / "population"
