"""The start-up cache of the default region: used when current, rebuilt when stale or damaged."""

from __future__ import annotations

import pytest


def test_cache_is_written_then_used(monkeypatch):
    import layers.region
    from app import startup_cache

    first = startup_cache.default_region_cached()
    assert startup_cache.cache_path().is_file()

    def boom():
        raise AssertionError("default_region() must not run when the cache is current")

    monkeypatch.setattr(layers.region, "default_region", boom)
    second = startup_cache.default_region_cached()
    assert second.schematic and list(second.municipalities["name"]) == list(first.municipalities["name"])
    assert second.municipalities.crs.to_epsg() == 3067
    assert second.municipalities.geometry.area.sum() == pytest.approx(first.municipalities.geometry.area.sum())


def test_stale_or_damaged_cache_is_rebuilt(monkeypatch):
    import layers.region
    from app import startup_cache

    startup_cache.default_region_cached()
    calls = []
    real = layers.region.default_region

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(layers.region, "default_region", counting)
    monkeypatch.setattr(startup_cache, "fingerprint", lambda: "something else")
    startup_cache.default_region_cached()
    assert calls == [1]
    startup_cache.cache_path().write_bytes(b"not a pickle")
    region = startup_cache.default_region_cached()
    assert calls == [1, 1] and len(region.municipalities) == 26
    monkeypatch.setenv(startup_cache.DISABLE_ENV, "1")
    startup_cache.default_region_cached()
    assert calls == [1, 1, 1]


def test_fingerprint_depends_on_the_resources(monkeypatch):
    from app import startup_cache

    a = startup_cache.fingerprint()
    assert a == startup_cache.fingerprint()
    monkeypatch.setattr(startup_cache, "RESOURCE_FILES", ("municipalities.csv", "land.geojson"))
    assert startup_cache.fingerprint() != a


def test_unreadable_fingerprint_falls_back_to_building(monkeypatch):
    from app import startup_cache

    monkeypatch.setattr(startup_cache, "RESOURCE_FILES", ("no-such-resource.csv",))
    region = startup_cache.default_region_cached()
    assert len(region.municipalities) == 26


def test_missing_resource_is_a_user_error(monkeypatch):
    import layers.shipped
    from app import startup_cache
    from layers.errors import UserError

    monkeypatch.setattr(startup_cache, "fingerprint", lambda: (_ for _ in ()).throw(FileNotFoundError("gone")))
    layers.shipped.land.cache_clear()
    real = layers.shipped.resource_text

    def missing(name):
        if name == "land.geojson":
            return real("no-such-file.geojson")
        return real(name)

    monkeypatch.setattr(layers.shipped, "resource_text", missing)
    try:
        with pytest.raises(UserError, match=r"no-such-file\.geojson"):
            startup_cache.default_region_cached()
    finally:
        layers.shipped.land.cache_clear()
