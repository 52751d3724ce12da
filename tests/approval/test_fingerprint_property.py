"""Property: an approval made in memory survives save and load exactly, whatever the text (hostile text included)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings

from releasedesk.approval import approval_state, fingerprint, workflow
from releasedesk.fileformat import dumps, loads
from strategies import releases

if TYPE_CHECKING:
    from releasedesk.model.release import Release


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_fingerprint_and_approval_survive_a_round_trip(release: Release) -> None:
    release.status = release.status.DRAFT
    workflow.submit(release, "林美華")
    workflow.approve(release, "王小明")
    again = loads(dumps(release))
    assert fingerprint(again) == fingerprint(release)
    assert approval_state(again).approved
    assert not again.history.damaged
