"""Boundary downloads against a loopback server that misbehaves: deadline, Cancel, cut-off bodies, bad answers.

Finding 6 of the safety review: a trickle never ended (the timeout was per read), Cancel was not seen while the
server was slow, a cut-off chunked body raised ``IncompleteRead`` as an internal error, and a valid but unusable
answer was cached before it was checked, so later downloads and offline starts kept failing.  No network: the
server runs in the test on 127.0.0.1 and an ephemeral port.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from layers.errors import Cancelled, UserError
from layers.io.wfs import cache_path, download_boundaries, official_boundaries

pytestmark = pytest.mark.timeout(120)


def boundaries_json(far: bool = False) -> bytes:
    """Municipal polygons of the built-in region as WGS84 GeoJSON (moved 900 km north with ``far``)."""
    from layers.region import default_region

    frame = default_region().municipalities[["code", "name", "geometry"]].copy()
    if far:
        frame["geometry"] = frame.geometry.translate(0, 900_000)
    return frame.to_crs(4326).to_json().encode()


def points_json() -> bytes:
    import geopandas as gpd
    from shapely.geometry import Point

    stops = gpd.GeoDataFrame({"name": ["Kamppi", "Pasila"]}, geometry=[Point(24.93, 60.17), Point(24.93, 60.2)],
                             crs=4326)
    return stops.to_json().encode()


class FaultyServer:
    """Answers every GET according to ``mode``; a handler that waits is let go by :meth:`stop`."""

    def __init__(self, mode: str = "ok", body: bytes = b"", content_type: str = "application/json") -> None:
        self.mode, self.body, self.content_type = mode, body, content_type
        self.release = threading.Event()
        self.requests = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                outer.requests += 1
                outer.answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/geoserver/wfs"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def headers(self, h: http.server.BaseHTTPRequestHandler, status: int = 200, length: int | None = None) -> None:
        h.send_response(status)
        h.send_header("Content-Type", self.content_type)
        if length is None:
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Content-Length", str(length))
        h.end_headers()
        h.wfile.flush()

    def answer(self, h: http.server.BaseHTTPRequestHandler) -> None:
        body = self.body
        try:
            if self.mode == "ok":
                self.headers(h, length=len(body))
                h.wfile.write(body)
            elif self.mode == "500":
                self.headers(h, status=500, length=len(b"boom"))
                h.wfile.write(b"boom")
            elif self.mode == "hang-before-headers":
                self.release.wait(60)
            elif self.mode == "hang-in-body":
                self.headers(h, length=len(body))
                h.wfile.write(body[: len(body) // 2])
                h.wfile.flush()
                self.release.wait(60)
            elif self.mode == "trickle":  # one byte every 0.3 s: never silent long enough for a read timeout
                self.headers(h, length=len(body))
                for byte in body[:200]:
                    if self.release.wait(0.3):
                        break
                    h.wfile.write(bytes([byte]))
                    h.wfile.flush()
            elif self.mode == "cut-chunked":  # announces a 64 KiB chunk, sends 1000 bytes and hangs up
                self.headers(h, length=None)
                h.wfile.write(b"10000\r\n" + body[:1000])
                h.wfile.flush()
                h.close_connection = True
            elif self.mode == "cut-length":
                self.headers(h, length=len(body))
                h.wfile.write(body[:1000])
                h.wfile.flush()
                h.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (a cancelled or timed-out download): expected

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server_factory():
    servers: list[FaultyServer] = []

    def make(*args, **kwargs) -> FaultyServer:
        servers.append(FaultyServer(*args, **kwargs))
        return servers[-1]

    yield make
    for s in servers:
        s.stop()


def nothing_left(url: str) -> bool:
    folder = cache_path(url).parent
    return not cache_path(url).exists() and not (folder.exists() and list(folder.glob("*.part*")))


def cancel_after(seconds: float) -> tuple[Callable[[], bool], list[float]]:
    """A ``cancelled`` function that turns True ``seconds`` from now; the list gets the time it first did."""
    start = time.monotonic()
    first: list[float] = []

    def cancelled() -> bool:
        now = time.monotonic()
        if now - start < seconds:
            return False
        if not first:
            first.append(now)
        return True

    return cancelled, first


def test_a_trickle_stops_at_the_total_deadline(server_factory) -> None:
    server = server_factory("trickle", boundaries_json())
    t0 = time.monotonic()
    with pytest.raises(UserError, match=r"did not finish within 2 s.*try again later"):
        download_boundaries(base_url=server.url, timeout=5, deadline=2)
    assert time.monotonic() - t0 < 4
    assert nothing_left(server.url)


@pytest.mark.parametrize("mode", ["hang-before-headers", "hang-in-body", "trickle"])
def test_cancel_stops_a_slow_download_within_a_second(server_factory, mode: str) -> None:
    server = server_factory(mode, boundaries_json())
    cancelled, first = cancel_after(0.5)
    with pytest.raises(Cancelled):
        download_boundaries(base_url=server.url, timeout=30, cancelled=cancelled)
    assert first and time.monotonic() - first[0] < 1.0
    assert nothing_left(server.url)


@pytest.mark.parametrize("mode", ["cut-chunked", "cut-length"])
def test_a_cut_off_body_is_a_clear_error(server_factory, mode: str) -> None:
    server = server_factory(mode, boundaries_json())
    with pytest.raises(UserError, match=r"was cut off before the end \(got 1,000 .*bytes\); try again"):
        download_boundaries(base_url=server.url, timeout=5)
    assert nothing_left(server.url)


def test_a_server_error_is_a_clear_error(server_factory) -> None:
    server = server_factory("500")
    with pytest.raises(UserError, match="HTTP 500"):
        download_boundaries(base_url=server.url, timeout=5)
    assert nothing_left(server.url)


@pytest.mark.parametrize("answer", ["points", "far"])
def test_an_unusable_answer_is_never_cached(server_factory, document, answer: str) -> None:
    bad = server_factory("ok", points_json() if answer == "points" else boundaries_json(far=True))
    good_body = boundaries_json()
    with pytest.raises(UserError, match=r"not usable boundaries.*nothing was cached"):
        download_boundaries(base_url=bad.url, timeout=5)
    assert nothing_left(bad.url)
    with pytest.raises(UserError, match="not usable boundaries"):  # the GUI's path and the one-call path alike
        official_boundaries(base_url=bad.url, within=document.region.outline, timeout=5)
    assert nothing_left(bad.url) and bad.requests == 2
    # the same address now gives a good answer: it is downloaded (no bad cache in the way) and then used offline
    bad.body = good_body
    got = download_boundaries(base_url=bad.url, timeout=5)
    assert not got.from_cache and len(got.loaded.data) == len(document.region.municipalities)
    bad.mode = "500"
    frame, again, notes = official_boundaries(base_url=bad.url, within=document.region.outline, timeout=5)
    assert again.from_cache and len(frame) > 0 and "read from the cache (no network)" in notes


def test_a_bad_answer_cached_by_an_older_version_is_replaced(server_factory) -> None:
    server = server_factory("ok", boundaries_json())
    cache = cache_path(server.url)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(points_json())
    got = download_boundaries(base_url=server.url, timeout=5)
    assert not got.from_cache and server.requests == 1
    assert any("cached earlier were not usable" in n for n in got.loaded.report.notes)
    assert Path(got.path).read_bytes() == boundaries_json()
