"""Municipal boundaries from Statistics Finland's open WFS (CC BY 4.0), cached for offline use.

::

    got = download_boundaries()                 # base_url=..., layer=..., timeout=..., refresh=False
    got.path, got.from_cache, got.loaded        # cached GeoJSON, whether the network was skipped, LoadedData
    result = official_boundaries(within=document.region.outline, land=document.land)   # download + prepare

The request is a WFS 2.0.0 ``GetFeature`` for ``tilastointialueet:kunta4500k_<year>`` (municipalities at
1:4.5M) with ``outputFormat=application/json`` and ``srsName=EPSG:3067``.  The answer is written to
``data_dir()/boundaries/<layer>-<hash of base_url>.geojson`` only after it loaded cleanly, so a later call
(``refresh=False``) needs no network.  With ``refresh=True`` a failed download falls back to the cache with a
note.  Both functions are task functions (progress + cancel between 64 KiB chunks).
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from layers.errors import UserError
from layers.io.read import LoadedData, read_layer
from layers.tasks import CancelledFn, ProgressFn, check_cancelled, never_cancelled, no_progress, sub_progress
from layers.userdirs import data_dir

DEFAULT_BASE_URL = "https://geo.stat.fi/geoserver/tilastointialueet/wfs"
DEFAULT_LAYER = "tilastointialueet:kunta4500k_2023"
ATTRIBUTION = "Municipal boundaries: Statistics Finland (kunta4500k), CC BY 4.0"
CHUNK = 64 * 1024
MAX_BYTES = 500 * 1024 * 1024


@dataclass
class Downloaded:
    path: Path
    from_cache: bool
    loaded: LoadedData
    url: str


def request_url(base_url: str = DEFAULT_BASE_URL, layer: str = DEFAULT_LAYER, srs: str = "EPSG:3067") -> str:
    params = {"service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": layer,
              "outputFormat": "application/json", "srsName": srs}
    sep = "&" if "?" in base_url else "?"
    return base_url + sep + urllib.parse.urlencode(params)


def cache_path(base_url: str = DEFAULT_BASE_URL, layer: str = DEFAULT_LAYER) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", layer)
    digest = hashlib.sha256(base_url.encode()).hexdigest()[:10]
    return data_dir() / "boundaries" / f"{safe}-{digest}.geojson"


def download_boundaries(
    *,
    base_url: str = DEFAULT_BASE_URL,
    layer: str = DEFAULT_LAYER,
    timeout: float = 30.0,
    refresh: bool = False,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Downloaded:
    """The boundaries layer, from the cache when present (unless ``refresh``), else from the WFS."""
    target = cache_path(base_url, layer)
    url = request_url(base_url, layer)
    if target.exists() and not refresh:
        progress(0.0, "reading cached boundaries")
        loaded = read_layer(target, progress=progress, cancelled=cancelled)
        return Downloaded(target, True, loaded, url)
    try:
        part = _fetch(url, target, timeout, sub_progress(progress, 0.0, 0.7), cancelled)
    except UserError:
        if refresh and target.exists():
            loaded = read_layer(target, progress=sub_progress(progress, 0.7, 1.0), cancelled=cancelled)
            loaded.report.notes.append("the download failed; used the boundaries cached earlier")
            return Downloaded(target, True, loaded, url)
        raise
    try:
        loaded = read_layer(part, progress=sub_progress(progress, 0.7, 1.0), cancelled=cancelled)
    except UserError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"{base_url}: the WFS answer is not usable boundaries ({exc}); check the address and "
                        "layer name, or load boundaries from a file") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if loaded.data.empty:
        part.unlink(missing_ok=True)
        raise UserError(f"{base_url}: the WFS returned no features for layer {layer!r}; check the layer name")
    os.replace(part, target)
    loaded.report.path = str(target)
    return Downloaded(target, False, loaded, url)


def _fetch(url: str, target: Path, timeout: float, progress: ProgressFn, cancelled: CancelledFn) -> Path:
    host = urllib.parse.urlsplit(url).netloc or url
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_suffix(".part.geojson")
    req = urllib.request.Request(url, headers={"User-Agent": "regionmap", "Accept": "application/json"})
    progress(0.0, f"connecting to {host}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp, open(part, "wb") as out:
            total = int(resp.headers.get("Content-Length") or 0)
            ctype = resp.headers.get("Content-Type", "")
            got = 0
            while True:
                check_cancelled(cancelled)
                block = resp.read(CHUNK)
                if not block:
                    break
                got += len(block)
                if got > MAX_BYTES:
                    raise UserError(f"{host}: the answer is larger than {MAX_BYTES // 2**20} MB; check the layer")
                out.write(block)
                progress(got / total if total else 0.5, f"downloaded {got / 1e6:.1f} MB")
    except UserError:
        part.unlink(missing_ok=True)
        raise
    except urllib.error.HTTPError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"{host}: the server answered HTTP {exc.code} {exc.reason}; check the address and layer "
                        "name, or load boundaries from a file") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        part.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise UserError(f"{host}: could not download the boundaries ({reason}); check the network connection, or "
                        "load boundaries from a file") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if "xml" in ctype.lower():  # a WFS ExceptionReport
        text = part.read_text(encoding="utf-8", errors="replace")
        part.unlink(missing_ok=True)
        m = re.search(r"<(?:ows:)?ExceptionText>(.*?)</", text, re.S)
        detail = m.group(1).strip()[:200] if m else "an XML answer instead of GeoJSON"
        raise UserError(f"{host}: the WFS reported an error ({detail}); check the layer name")
    return part


def official_boundaries(
    *,
    within: Any = None,
    land: Any = None,
    base_url: str = DEFAULT_BASE_URL,
    layer: str = DEFAULT_LAYER,
    timeout: float = 30.0,
    refresh: bool = False,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> tuple[Any, Downloaded, list[str]]:
    """Download (or read cached) boundaries and prepare them: ``(frame, downloaded, notes)``."""
    from layers.io.boundaries import prepare_boundaries

    got = download_boundaries(base_url=base_url, layer=layer, timeout=timeout, refresh=refresh,
                              progress=sub_progress(progress, 0.0, 0.8), cancelled=cancelled)
    progress(0.85, "filtering and clipping boundaries")
    result = prepare_boundaries(got.loaded.data, within=within, land=land, source=base_url)
    notes = list(got.loaded.report.notes) + result.notes
    notes.append("read from the cache (no network)" if got.from_cache else f"downloaded from {base_url}")
    progress(1.0, f"{len(result.data)} municipalities")
    return result.data, got, notes
