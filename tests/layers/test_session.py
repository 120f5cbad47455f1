"""The session (Qt-free): one document with its undo stack, unsaved-change counting and adopting a loaded map."""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.document import MapDocument
from layers.session import UNTITLED, Session, SessionEvent


@pytest.fixture()
def session(document):
    return Session(document)


def _saved_states(session: Session) -> list[tuple[bool, Path | None]]:
    seen: list[tuple[bool, Path | None]] = []
    session.events.connect(lambda e: seen.append((e.dirty, e.path)), [SessionEvent.SAVED_STATE])
    return seen


def test_changes_make_it_dirty_once_and_are_undoable(session, document):
    seen = _saved_states(session)
    assert not session.dirty and session.name == UNTITLED and session.undo_stack.undo_text == ""
    document.region_layer.name = "Kunnat"
    document.region_layer.visible = False
    assert session.dirty and session.changes == 2
    assert seen == [(True, None)]  # announced when the state changed, not on every change
    assert session.undo_stack.undo_text == "rename Municipalities (schematic)"


def test_quiet_changes_are_not_counted(session, document):
    with session.quiet():
        document.region_layer.visible = False
    assert not session.dirty and session.changes == 0


def test_a_save_of_an_older_state_leaves_it_dirty(session, document, tmp_path):
    seen = _saved_states(session)
    document.region_layer.visible = False
    at = session.changes  # a background save starts here
    document.region_layer.visible = True  # and the map changes while it runs
    session.saved(tmp_path / "plan.gpkg", at)
    assert session.dirty and session.name == "plan"
    session.saved(tmp_path / "plan.gpkg", session.changes)
    assert not session.dirty
    assert seen == [(True, None), (True, tmp_path / "plan.gpkg"), (False, tmp_path / "plan.gpkg")]


def test_autosave_is_due_only_for_changes_it_has_not_written(session, document):
    assert not session.autosave_due()
    document.region_layer.visible = False
    assert session.autosave_due()
    session.autosaved(session.changes)
    assert not session.autosave_due()
    document.region_layer.visible = True
    assert session.autosave_due()


def test_adopt_moves_the_map_in_clears_the_history_and_announces_it(session, document, tmp_path):
    document.region_layer.name = "edited"
    adopted = []
    session.events.connect(lambda e: adopted.append(e.path), [SessionEvent.ADOPTED])
    other = MapDocument.default()
    other.region_layer.name = "Other"
    session.adopt(other, tmp_path / "other.gpkg")
    assert document.layers.by_name("Other") is document.region_layer
    assert not session.dirty and session.path == tmp_path / "other.gpkg" and adopted == [tmp_path / "other.gpkg"]
    assert not session.undo_stack.can_undo  # adopting is not an undo step, and the old history is gone
    document.region_layer.name = "again"
    assert session.undo_stack.undo() and document.region_layer.name == "Other"


def test_restored_work_stays_unsaved(session, document):
    session.adopt(MapDocument.default(), None, dirty=True)
    session.note_unsaved_change()
    assert session.dirty and session.autosave_due()


def test_close_stops_following_the_document(session, document):
    session.close()
    document.region_layer.name = "after"
    assert not session.dirty and not session.undo_stack.can_undo
