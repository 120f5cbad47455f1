"""File > Open (and drops, ``regionmap FILE``) of an OpenStreetMap extract: the path handlers give it to the
loader, which reads its highway lines off the GUI thread as a line layer the Distance row offers as a network."""

from __future__ import annotations

import threading

import pytest

from app.io import loader as io_actions
from tests.layers.io.test_read_osm import osm_file

pytestmark = pytest.mark.gui
WAYS = ('<way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/></way>'
        '<way id="11"><nd ref="1"/><nd ref="3"/><tag k="railway" v="rail"/></way>')


@pytest.fixture()
def window(feature_window, monkeypatch):
    monkeypatch.setattr(io_actions, "ASK", False)
    return feature_window(io_actions)


def test_an_extract_opens_as_a_line_layer_of_its_highways_read_off_the_gui_thread(window, tmp_path, monkeypatch):
    from layers.model import geometry_family
    from layers.network import tags

    threads: list[str] = []
    real = tags.read_osm_highways

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(tags, "read_osm_highways", spy)
    path = osm_file(tmp_path, WAYS, "streets.osm")
    window.open_paths([path])
    assert window.task_runner.wait_idle(30)
    loader = window.features.require(io_actions.LOADER)
    assert not loader.failures
    [layer] = loader.loaded_layers
    assert threads and threading.main_thread().name not in threads
    assert geometry_family(layer.data) == "line" and layer.data["highway"].tolist() == ["residential"]


def test_an_extract_without_highways_is_a_message_naming_it(window, tmp_path):
    path = osm_file(tmp_path, '<way id="11"><nd ref="1"/><nd ref="3"/><tag k="railway" v="rail"/></way>',
                    "rails.osm")
    window.open_paths([path])
    assert window.task_runner.wait_idle(30)
    loader = window.features.require(io_actions.LOADER)
    assert not loader.loaded_layers and "rails.osm" in loader.failures[-1]
    assert "no highway lines" in loader.failures[-1]
