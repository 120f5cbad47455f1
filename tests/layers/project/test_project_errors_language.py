"""The project and export errors from layers/ read in the chosen language (issue #19): the Finnish text, with
the file names filled in, and the English text unchanged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from layers.errors import UserError
from layers.export.atomic import check_writable
from layers.model import Style
from layers.project import read_state
from layers.project.schema import ProjectState, style_from_dict


def _message(call, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as info:
        call(*args)
    return str(info.value)


def test_project_errors_are_finnish(language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "ei_ole.gpkg"
    plain = tmp_path / "plain.gpkg"
    plain.write_bytes(b"not a database at all, " * 10)
    english = [_message(read_state, missing), _message(read_state, plain), _message(check_writable, tmp_path)]
    assert english[0] == f"{missing}: no such file; check the path"
    assert "is not a regionmap project" in english[1]
    assert english[2] == f"{tmp_path}: is a folder; give a file name"

    language("fi")
    assert _message(read_state, missing) == f"{missing}: tiedostoa ei ole; tarkista polku"
    text = _message(read_state, plain)
    assert text.startswith(f"{plain}: ei ole regionmap-projekti") and "varmuuskopio" in text
    assert _message(check_writable, tmp_path) == f"{tmp_path}: on kansio; anna tiedostonimi"
    assert _message(check_writable, tmp_path / "no_folder" / "x.png") == (
        f"{tmp_path / 'no_folder'}: kansiota ei ole; luo se tai valitse toinen kansio")
    state = json.dumps({"format": "something else"})
    assert _message(ProjectState.from_json, state, "p.gpkg") == (
        "p.gpkg: ei ole regionmap-projekti (sen metatietotaulussa ei ole regionmapin tilaa)")
    problems: list[str] = []
    style = style_from_dict({"fill": "javascript:alert(1)"}, Style(), problems)
    assert style.fill == Style().fill
    assert len(problems) == 1 and problems[0].endswith(f"ei ole väri (käytettiin {Style().fill})")

    language("sv")
    assert _message(read_state, missing) == f"{missing}: filen finns inte; kontrollera sökvägen"
    con = sqlite3.connect(tmp_path / "db.sqlite")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert _message(read_state, tmp_path / "db.sqlite") == (
        f"{tmp_path / 'db.sqlite'}: är en SQLite-databas men inte en GeoPackage, alltså inte ett regionmap-projekt")
