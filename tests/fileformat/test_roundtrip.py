"""Every release, however hostile its text, saves and loads back equal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings

from releasedesk.fileformat import dumps, load_release, loads, save_release
from releasedesk.model import Release
from strategies import releases, scalar_text

if TYPE_CHECKING:
    from pathlib import Path


@settings(max_examples=300, deadline=None)
@given(releases(scalar_text))
def test_bytes_round_trip(release: Release) -> None:
    data = dumps(release)
    data.decode("utf-8")  # always valid UTF-8, even with lone surrogates in the model
    again = loads(data)
    assert again == release
    assert again.issued_at.utcoffset() == release.issued_at.utcoffset()
    assert again.issued_at.tzinfo == release.issued_at.tzinfo


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(release=releases(scalar_text))
def test_file_round_trip(tmp_path: Path, release: Release) -> None:
    path = tmp_path / "r.rdrelease"
    save_release(release, path)
    assert load_release(path) == release


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "r.rdrelease"
    first, second = Release(number="A-1"), Release(number="A-2")
    save_release(first, path)
    assert not (tmp_path / "r.rdrelease~").exists()
    save_release(second, path)
    assert load_release(path).number == "A-2"
    assert load_release(tmp_path / "r.rdrelease~").number == "A-1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.rdrelease", "r.rdrelease~"]  # no temporary left


def test_lone_surrogates_are_saved_as_replacement_characters() -> None:
    """Not characters: no UTF-8 form, and JSON would fuse a high+low pair into a different character."""
    release = Release(number="a\ud800b\ud800\udfffc")
    assert loads(dumps(release)).number == "a\ufffdb\ufffd\ufffdc"
