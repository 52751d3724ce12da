"""The batch pool: results in task order, a dead or failing worker reported, nobody left behind, the core count."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from child_processes import children
from releasedesk.export import batchpool

pytestmark = pytest.mark.skipif(not batchpool.can_fork(), reason="workers are forked")


def test_results_come_in_task_order_from_several_processes() -> None:
    before = children()

    def work(task: int) -> tuple[int, int]:
        time.sleep(0.05 if task == 0 else 0.001)  # the first task finishes last
        return task * task, os.getpid()

    with batchpool.Pool(work, 8, 3) as pool:
        results = list(pool.results())
    assert [task for task, _ in results] == list(range(8))
    assert [value for _task, (value, _pid) in results] == [task * task for task in range(8)]  # type: ignore[misc]
    pids = {pid for _task, (_value, pid) in results}  # type: ignore[misc]
    assert os.getpid() not in pids
    assert len(pids) >= 2
    assert children() <= before


def test_a_killed_worker_is_reported_and_the_others_go_on() -> None:
    before = children()
    parent = os.getpid()

    def work(task: int) -> str:
        if task == 2 and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return f"done {task}"

    with batchpool.Pool(work, 6, 2) as pool:
        results = dict(pool.results())
    died = results.pop(2)
    assert isinstance(died, batchpool.Died)
    assert "SIGKILL" in died.reason
    assert results == {task: f"done {task}" for task in (0, 1, 3, 4, 5)}
    assert children() <= before


def test_when_every_worker_has_died_this_process_does_the_rest() -> None:
    parent = os.getpid()

    def work(task: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        return task

    with batchpool.Pool(work, 5, 2) as pool:
        results = dict(pool.results())
    dead = {task: result for task, result in results.items() if isinstance(result, batchpool.Died)}
    assert len(dead) == 2
    assert all(result.reason == "exit status 3" for result in dead.values())  # type: ignore[union-attr]
    assert {task: result for task, result in results.items() if task not in dead} == {
        task: task for task in range(5) if task not in dead
    }


def test_an_unexpected_exception_is_sent_back_with_its_traceback() -> None:
    def work(task: int) -> int:
        if task == 1:
            raise ZeroDivisionError("a bug")
        return task

    with batchpool.Pool(work, 3, 2) as pool:
        results = dict(pool.results())
    crashed = results[1]
    assert isinstance(crashed, batchpool.Crashed)
    assert "ZeroDivisionError: a bug" in crashed.traceback
    assert (results[0], results[2]) == (0, 2)


def test_leaving_early_stops_and_reaps_every_worker() -> None:
    before = children()

    def work(task: int) -> int:
        time.sleep(10 if task else 0)
        return task

    start = time.monotonic()
    with batchpool.Pool(work, 4, 2) as pool:
        first = next(iter(pool.results()))
    assert first == (0, 0)
    assert time.monotonic() - start < 5  # the sleeping worker was stopped, not waited for
    assert children() <= before


def test_jobs_are_capped_by_the_tasks_and_follow_the_request() -> None:
    assert batchpool.jobs(None, 1) == 1
    assert batchpool.jobs(8, 3) == 3
    assert batchpool.jobs(1, 20) == 1
    assert batchpool.jobs(None, 1000) == batchpool.cpu_count()


def test_the_core_count_honours_the_affinity_mask() -> None:
    """Pinned to one core (taskset, cgroups), a batch runs serially whatever the machine has."""
    script = (
        "import os; from releasedesk.export import batchpool as b;"
        " os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); print(b.cpu_count(), b.jobs(None, 10))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["1", "1"]
    assert batchpool.cpu_count() == len(os.sched_getaffinity(0))
