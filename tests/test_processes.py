"""Process identity: a reused pid, another machine with the same host name and another boot are told apart."""

from __future__ import annotations

import os
from dataclasses import replace

from releasedesk.processes import Liveness, ProcessId, process_start


def test_liveness_of_this_parent_a_reused_pid_and_strangers() -> None:
    me = ProcessId.current()
    assert me.start == process_start(os.getpid())
    assert me.start > 0
    parent = replace(me, pid=os.getppid(), start=process_start(os.getppid()))
    assert parent.liveness() is Liveness.ALIVE
    assert replace(parent, start=parent.start + 1).liveness() is Liveness.DEAD  # same pid, another program
    assert replace(me, pid=2**22 + 1).liveness() is Liveness.DEAD
    assert replace(parent, boot_id="another-boot").liveness() is Liveness.DEAD  # the machine restarted since
    assert replace(parent, machine_id="0" * 32).liveness() is Liveness.UNKNOWN  # same host name, other computer
    assert replace(parent, host="elsewhere").liveness() is Liveness.UNKNOWN
    assert replace(parent, pid_ns=me.pid_ns + 1).liveness() is Liveness.UNKNOWN  # a container we cannot see into
    assert me.is_same_process(ProcessId.current())
    assert not parent.is_same_process(me)
