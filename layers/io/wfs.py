"""Municipal boundaries from Statistics Finland's open WFS (CC BY 4.0), cached for offline use.

::

    got = download_boundaries()                 # base_url=..., layer=..., timeout=..., refresh=False
    got.path, got.from_cache, got.loaded        # cached GeoJSON, whether the network was skipped, LoadedData
    result = official_boundaries(within=document.region.outline, land=document.land)   # download + prepare

The request is a WFS 2.0.0 ``GetFeature`` for ``tilastointialueet:kunta4500k_<year>`` (municipalities at
1:4.5M) with ``outputFormat=application/json`` and ``srsName=EPSG:3067``.  The answer is written to
``data_dir()/boundaries/<layer>-<hash of base_url>.geojson`` only after it loaded cleanly *and* passed
:func:`check_usable` (polygons with names, some lying in the region), so a later call (``refresh=False``) needs
no network and a bad answer is never cached.  With ``refresh=True`` a failed download falls back to the cache
with a note.  Both functions are task functions: the download (:mod:`layers.io.download`) has a total deadline
and honours Cancel within a second, even while the server is silent.

The WFS plumbing here is shared with the paged downloads (:mod:`layers.io.wfs_paged`): the GetFeature and
GetCapabilities addresses (:func:`request_url`, :func:`capabilities_url`), one request's answer with the service's
own error report turned into a message (:func:`fetch_answer`), and the cache's file names (:func:`cache_file`).
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from layers.errors import UserError
from layers.i18n import QT_TRANSLATE_NOOP, translate
from layers.io.download import fetch
from layers.io.read import LoadedData, read_layer
from layers.tasks import CancelledFn, ProgressFn, never_cancelled, no_progress, sub_progress
from layers.userdirs import data_dir

DEFAULT_BASE_URL = "https://geo.stat.fi/geoserver/tilastointialueet/wfs"
DEFAULT_LAYER = "tilastointialueet:kunta4500k_2023"
ATTRIBUTION = QT_TRANSLATE_NOOP("io", "Municipal boundaries: Statistics Finland (kunta4500k), CC BY 4.0")  # English
MAX_BYTES = 500 * 1024 * 1024
DEADLINE_S = 180.0  # the whole download (kunta4500k is about 1 MB; a slow line still makes it in time)
FROM_CACHE_NOTE = "read from the cache (no network)"  # English; origin_note gives the language's


@dataclass
class Downloaded:
    path: Path
    from_cache: bool
    loaded: LoadedData
    url: str


def origin_note(from_cache: bool, base_url: str) -> str:
    """The note saying where a download's data came from: the cache, or the service at ``base_url``."""
    return (translate("io", "read from the cache (no network)") if from_cache
            else translate("io", "downloaded from {url}").format(url=base_url))


def other_notes(notes: Iterable[str], base_url: str) -> list[str]:
    """A download's notes beyond where its data came from (:func:`origin_note`): what the planner should read."""
    usual = (origin_note(True, base_url), origin_note(False, base_url))
    return [n for n in notes if n not in usual]


def request_url(base_url: str = DEFAULT_BASE_URL, layer: str = DEFAULT_LAYER, srs: str = "EPSG:3067",
                extra: Mapping[str, str | int] | None = None) -> str:
    """A WFS 2.0.0 GetFeature asking for GeoJSON in ``srs``; ``extra`` adds parameters (``bbox``, ``startIndex``,
    ``count``: the population grid's pages).  A query already in ``base_url`` (``?map=x``) is kept."""
    params: dict[str, str | int] = {"service": "WFS", "version": "2.0.0", "request": "GetFeature",
                                    "typeNames": layer, "outputFormat": "application/json", "srsName": srs}
    params.update(extra or {})
    return _with_query(base_url, params)


def capabilities_url(base_url: str) -> str:
    """The WFS 2.0.0 GetCapabilities of ``base_url`` (what layers, hence which years, the service offers)."""
    return _with_query(base_url, {"service": "WFS", "version": "2.0.0", "request": "GetCapabilities"})


def _with_query(base_url: str, params: Mapping[str, str | int]) -> str:
    sep = "&" if "?" in base_url else "?"
    return base_url + sep + urllib.parse.urlencode(params)


def cache_file(folder: str, name: str, key: str, suffix: str = ".geojson") -> Path:
    """``data_dir()/<folder>/<name>-<hash of key><suffix>``: one file per service address (and extent), so a test
    server or a mirror never stands in for the real service."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    return data_dir() / folder / f"{safe}-{digest}{suffix}"


def cache_path(base_url: str = DEFAULT_BASE_URL, layer: str = DEFAULT_LAYER) -> Path:
    return cache_file("boundaries", layer, base_url)


def download_boundaries(
    *,
    base_url: str = DEFAULT_BASE_URL,
    layer: str = DEFAULT_LAYER,
    timeout: float = 30.0,
    deadline: float = DEADLINE_S,
    refresh: bool = False,
    within: Any = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Downloaded:
    """The boundaries layer, from the cache when present and usable (unless ``refresh``), else from the WFS.

    ``timeout`` bounds connecting and each silence of the server, ``deadline`` the whole download (seconds).
    An answer is cached only once it passed :func:`check_usable` for ``within`` (the built-in region when None),
    so a bad answer never stands in for later downloads or offline starts.
    """
    target = cache_path(base_url, layer)
    url = request_url(base_url, layer)
    stale_note = ""
    if target.exists() and not refresh:
        progress(0.0, translate("io", "reading cached boundaries"))
        cached = _read_cached(target, base_url, layer, within, progress, cancelled)
        if cached is not None:
            return Downloaded(target, True, cached, url)
        stale_note = translate("io", "the boundaries cached earlier were not usable and were downloaded again")
    try:
        part = _fetch(url, target, timeout, deadline, sub_progress(progress, 0.0, 0.7), cancelled)
    except UserError:
        if refresh and target.exists():
            cached = _read_cached(target, base_url, layer, within, sub_progress(progress, 0.7, 1.0), cancelled)
            if cached is not None:
                cached.report.notes.append(translate("io", "the download failed; used the boundaries cached earlier"))
                return Downloaded(target, True, cached, url)
        raise
    try:
        try:
            loaded = read_layer(part, progress=sub_progress(progress, 0.7, 1.0), cancelled=cancelled)
        except UserError as exc:
            raise UserError(translate(
                "io", "{url}: the WFS answer is not usable boundaries ({exc}); nothing was cached; check the "
                "address and layer name, or load boundaries from a file").format(url=base_url, exc=exc)) from None
        if loaded.data.empty:
            raise UserError(translate(
                "io", "{url}: the WFS returned no features for layer {layer!r}; check the layer name").format(
                url=base_url, layer=layer))
        check_usable(loaded.data, base_url, layer, within)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, target)
    loaded.report.path = str(target)
    if stale_note:
        loaded.report.notes.append(stale_note)
    return Downloaded(target, False, loaded, url)


def check_usable(frame: Any, base_url: str, layer: str, within: Any = None) -> None:
    """Refuse an answer that is valid GeoJSON but not municipal boundaries of the region: no polygons, no name
    field, or no area lying mostly inside ``within`` (the built-in region's outline when None)."""
    from layers.io.boundaries import prepare_boundaries

    if within is None:
        from layers.region import default_region

        within = default_region().outline
    try:
        prepare_boundaries(frame, within=within, source=translate("io", "the answer"))
    except UserError as exc:
        raise UserError(translate(
            "io", "{url}: the WFS answer for {layer!r} is not usable boundaries ({exc}); nothing was cached; check "
            "the address and layer name, or load boundaries from a file").format(
            url=base_url, layer=layer, exc=exc)) from None


def _read_cached(target: Path, base_url: str, layer: str, within: Any, progress: ProgressFn,
                 cancelled: CancelledFn) -> LoadedData | None:
    """The cached answer, or None (and the cache file removed) when it cannot be read or is not usable."""
    try:
        loaded = read_layer(target, progress=progress, cancelled=cancelled)
        check_usable(loaded.data, base_url, layer, within)
    except UserError:
        target.unlink(missing_ok=True)
        return None
    return loaded


def _fetch(url: str, target: Path, timeout: float, deadline: float, progress: ProgressFn,
           cancelled: CancelledFn) -> Path:
    """The answer in a new ``*.part.geojson`` file beside ``target`` (not yet the cache); an answer in GML (a
    WFS without GeoJSON output) is read by :mod:`layers.io.wfs_gml` and written there as GeoJSON."""
    from layers.io.wfs_gml import looks_like_gml, read_gml_page

    part = fetch_answer(url, target.parent, what=translate("io", "the boundaries"), timeout=timeout, deadline=deadline,
                        max_bytes=MAX_BYTES, progress=progress, cancelled=cancelled, suffix=".part.geojson")
    try:
        raw = part.read_bytes()
        if looks_like_gml(raw):
            host = urllib.parse.urlsplit(url).netloc or url
            frame, _, _ = read_gml_page(raw, host)
            part.unlink()
            frame.to_crs(4326).to_file(part, driver="GeoJSON")
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part


def fetch_answer(url: str, folder: Path, *, what: str, timeout: float, deadline: float, max_bytes: int,
                 progress: ProgressFn, cancelled: CancelledFn, suffix: str = ".part", xml: bool = False,
                 started: float | None = None) -> Path:
    """One WFS request's answer in a new file in ``folder`` (the caller moves or deletes it), by
    :func:`layers.io.download.fetch` (deadline, Cancel, size bound); a WFS ExceptionReport (XML instead of the
    asked-for format) becomes a :class:`UserError` quoting the service's reason (``xml``: XML was asked for, as
    GetCapabilities answers, and its reader checks it; ``started``: the requests share one deadline from then)."""
    host = urllib.parse.urlsplit(url).netloc or url
    got = fetch(url, folder, what=what, timeout=timeout, deadline=deadline, max_bytes=max_bytes, progress=progress,
                cancelled=cancelled, suffix=suffix, started=started)
    if not xml and "xml" in got.content_type.lower() and not _is_feature_collection(got.path):
        text = got.path.read_text(encoding="utf-8", errors="replace")  # a WFS ExceptionReport
        got.path.unlink(missing_ok=True)
        m = re.search(r"<(?:ows:)?ExceptionText>(.*?)</", text, re.S)
        detail = m.group(1).strip()[:200] if m else translate("io", "an XML answer instead of GeoJSON")
        raise UserError(translate("io", "{host}: the WFS reported an error ({detail}); check the layer name").format(
            host=host, detail=detail))
    return got.path


def _is_feature_collection(path: Path) -> bool:
    """Whether an XML answer is GML features (a WFS that answers GML whatever was asked; its pages are read by
    :mod:`layers.io.wfs_gml`) rather than the service's ExceptionReport: by the root element's name.  An empty
    body is passed on too, for its reader to say so."""
    with path.open("rb") as f:
        head = f.read(4096)
    if not head.strip():
        return True
    m = re.search(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]", re.sub(rb"<[?!][^>]*>", b"", head))
    return m is not None and m.group(1) == b"FeatureCollection"


def official_boundaries(
    *,
    within: Any = None,
    land: Any = None,
    base_url: str = DEFAULT_BASE_URL,
    layer: str = DEFAULT_LAYER,
    timeout: float = 30.0,
    deadline: float = DEADLINE_S,
    refresh: bool = False,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[Any, Downloaded, list[str]]:
    """Download (or read cached) boundaries and prepare them: ``(frame, downloaded, notes)``."""
    from layers.io.boundaries import prepare_boundaries

    got = download_boundaries(base_url=base_url, layer=layer, timeout=timeout, deadline=deadline, refresh=refresh,
                              within=within, progress=sub_progress(progress, 0.0, 0.8), cancelled=cancelled)
    progress(0.85, translate("io", "filtering and clipping boundaries"))
    result = prepare_boundaries(got.loaded.data, within=within, land=land, source=base_url)
    notes = list(got.loaded.report.notes) + result.notes
    notes.append(origin_note(got.from_cache, base_url))
    progress(1.0, translate("io", "{n} municipalities").format(n=len(result.data)))
    return result.data, got, notes
