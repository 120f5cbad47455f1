"""Special files never hang or eat memory (issue #20, finding 4): a FIFO, a device, a folder or a kernel file
with a data suffix is refused from its ``stat``, with a message naming the file, before anything opens it; a
sniff reads a bounded number of bytes whatever the file claims."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from layers.errors import UserError
from layers.io import detect_csv_columns, list_layers, read_layer
from layers.io.source_file import check_source_file, open_regular, read_head

SUFFIXES = [".csv", ".gpkg", ".zip", ".geojson", ".fgb", ".parquet"]


def _within(seconds: float, fn, *args):
    """``fn(*args)``'s exception (or None) -- failing the test, not hanging it, when it blocks."""
    box: dict[str, BaseException | None] = {}

    def run() -> None:
        try:
            fn(*args)
            box["exc"] = None
        except BaseException as exc:  # handed to the test
            box["exc"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    return t, box


def _release(fifo: Path) -> None:
    """Unblock a reader stuck in open() on ``fifo`` (old code), so a failing test does not leave a thread."""
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("fn", [read_layer, list_layers, detect_csv_columns])
def test_a_fifo_with_a_data_suffix_is_refused_at_once_naming_it(tmp_path, suffix, fn):
    fifo = tmp_path / f"feed{suffix}"
    os.mkfifo(fifo)
    t, box = _within(3.0, fn, fifo)
    if t.is_alive():
        _release(fifo)
        t.join(2)
        pytest.fail(f"{fn.__name__} blocked on a FIFO named {fifo.name}")
    assert isinstance(box["exc"], UserError)
    assert str(fifo) in str(box["exc"]) and "named pipe" in str(box["exc"])


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg"])
def test_a_link_to_dev_zero_is_a_device_not_a_file(tmp_path, suffix):
    link = tmp_path / f"zeros{suffix}"
    link.symlink_to("/dev/zero")
    with pytest.raises(UserError, match="character device") as err:
        read_layer(link)
    assert str(link) in str(err.value)
    with pytest.raises(UserError, match="character device"):
        check_source_file(link)


def test_a_folder_named_like_a_geopackage_is_a_clear_refusal(tmp_path):
    folder = tmp_path / "plans.gpkg"
    folder.mkdir()
    for fn in (read_layer, list_layers, detect_csv_columns):
        with pytest.raises(UserError, match="is a folder") as err:
            fn(folder)
        assert str(folder) in str(err.value)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="no /proc on this system")
@pytest.mark.parametrize("name", ["mem.gpkg", "mem.geojson", "mem.csv"])
def test_kernel_files_are_refused_as_special(tmp_path, name):
    link = tmp_path / name
    link.symlink_to("/proc/self/mem")
    for fn in (read_layer, list_layers):
        with pytest.raises(UserError, match="special system file") as err:
            fn(link)
        assert str(link) in str(err.value)


def test_a_dangling_link_says_so(tmp_path):
    link = tmp_path / "gone.geojson"
    link.symlink_to(tmp_path / "nothing-here.geojson")
    with pytest.raises(UserError, match="link to a file that does not exist"):
        read_layer(link)


def test_sniffing_reads_a_bounded_head_and_never_blocks(tmp_path):
    big = tmp_path / "big.csv"
    big.write_bytes(b"lon,lat\n" + b"24.9,60.1\n" * 100_000)
    assert len(read_head(big, 16)) == 16
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="named pipe"):
        open_regular(fifo)  # O_NONBLOCK: returns at once even with no writer


def test_the_windows_project_check_of_a_gpkg_never_blocks_on_a_fifo(tmp_path):
    """The window offers every opened .gpkg to the project handler first (``is_project``, on the GUI thread),
    so it must refuse a FIFO without opening it for a blocking read, as the readers do."""
    from layers.project.load import is_project

    fifo = tmp_path / "plans.gpkg"
    os.mkfifo(fifo)
    t, box = _within(3.0, is_project, fifo)
    if t.is_alive():
        _release(fifo)
        t.join(2)
        pytest.fail("is_project blocked on a FIFO named .gpkg")
    assert box["exc"] is None and is_project(fifo) is False
    folder = tmp_path / "folder.gpkg"
    folder.mkdir()
    assert is_project(folder) is False
