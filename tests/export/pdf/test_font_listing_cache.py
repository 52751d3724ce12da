"""fc-list's answer is cached per user and used only while no font folder or font configuration has changed."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from releasedesk.export.pdf import discovery

if TYPE_CHECKING:
    from pathlib import Path

FC_LIST = shutil.which("fc-list")
pytestmark = pytest.mark.skipif(FC_LIST is None, reason="fontconfig is not installed")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def _fresh() -> str:
    assert FC_LIST is not None
    return subprocess.run([FC_LIST, "--format", discovery.FC_FORMAT], capture_output=True, text=True).stdout


def _cached_files(home: Path) -> list[Path]:
    return sorted((home / "cache" / "releasedesk" / "fonts").glob("fontconfig-*.txt"))


def test_the_listing_is_fc_lists_and_is_read_back_from_the_cache(home: Path) -> None:
    assert FC_LIST is not None
    first = discovery.fc_list_output(FC_LIST)
    assert first == _fresh()
    (cached,) = _cached_files(home)
    marked = "Marker Sans\tRegular\tTrueType\t0\t/nowhere/marker.ttf\n"
    cached.write_text(marked + discovery.LISTING_END, encoding="utf-8")
    assert discovery.fc_list_output(FC_LIST) == marked  # same fonts and configuration: the cache answers


def test_a_new_font_folder_means_asking_fc_list_again(home: Path) -> None:
    assert FC_LIST is not None
    discovery.fc_list_output(FC_LIST)
    (cached,) = _cached_files(home)
    cached.write_text("stale\n" + discovery.LISTING_END, encoding="utf-8")
    (home / ".fonts").mkdir()  # a user installing a font creates or changes a folder fontconfig reads
    assert discovery.fc_list_output(FC_LIST) == _fresh()
    assert len(_cached_files(home)) == 2


@pytest.mark.parametrize("content", [b"", b"\xff\xfe garbage", b"Half Sans\tRegular\tTrue"])
def test_a_truncated_or_foreign_cache_file_is_ignored_and_replaced(home: Path, content: bytes) -> None:
    assert FC_LIST is not None
    discovery.fc_list_output(FC_LIST)
    (cached,) = _cached_files(home)
    cached.write_bytes(content)
    assert discovery.fc_list_output(FC_LIST) == _fresh()
    assert cached.read_text(encoding="utf-8").endswith(discovery.LISTING_END)


def test_an_unwritable_cache_folder_only_costs_time(home: Path) -> None:
    assert FC_LIST is not None
    (home / "cache").mkdir()
    (home / "cache" / "releasedesk").write_text("a file where the cache folder should be")
    assert discovery.fc_list_output(FC_LIST) == _fresh()
