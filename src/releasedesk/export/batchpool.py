"""A batch shared among worker processes forked once everything is loaded, its results handed back in order.

`releasedesk export F1..Fn --out-dir` spends its start-up (imports, fonts, house style, writing checker, loading the
releases) once; each release then costs tens of milliseconds of one core. Forked after that start-up, workers pay
none of it again: each is a copy of the ready process that takes the next release from its pipe, exports it and
sends back a picklable result (the lines to print, the exit status, what the spelling checks learnt). The parent only
hands out work and yields the results in task order, so what a user sees is printed in the same order as a serial
run.

Only where `fork` exists (Linux and the like) and only from the main thread (signals); elsewhere `jobs()` is 1 and
the batch runs serially. Workers leave with `os._exit` (no `atexit`, no interpreter teardown: what they wrote is
written and synced by the atomic writes); a worker that dies is reaped and reported, its release counted as failed,
the others go on; Ctrl+C (SIGINT to the whole process group) or SIGTERM makes each worker abandon its release (the
atomic write removes its temporary file) and leave; the parent waits for every worker before it returns or raises.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import struct
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from types import FrameType, TracebackType

R = TypeVar("R")

_TASK = struct.Struct("<i")
_SIZE = struct.Struct("<Q")
STOP_GRACE = 5.0
"""Seconds a worker has to leave after SIGTERM before it is killed (it only needs to abandon one file)."""
WORKER_INTERRUPTED = 130
WORKER_FAILED = 70


def cpu_count() -> int:
    """Cores this process may run on: `os.process_cpu_count()` (Python 3.13), else the affinity mask, else all."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return int(counter() or 1)
    with contextlib.suppress(AttributeError, OSError):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether workers can be forked here: a platform with `fork`, and the main thread (signal handlers)."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.current_thread() is threading.main_thread()


def jobs(requested: int | None, tasks: int) -> int:
    """How many worker processes a batch of `tasks` gets: `requested` (`--jobs N`) or every usable core, capped by the
    number of tasks; 1 means serial (also wherever workers cannot be forked)."""
    wanted = requested if requested is not None else cpu_count()
    return max(1, min(wanted, tasks)) if can_fork() else 1


@dataclass(frozen=True)
class Died:
    """What a worker that ended before sending its result left: why, in a few words."""

    task: int
    reason: str


@dataclass(frozen=True)
class Crashed:
    """A task that raised an unexpected exception in its worker (a bug): the worker's traceback."""

    task: int
    traceback: str


@dataclass
class _Worker:
    pid: int
    tasks: int
    """The parent's end of the worker's task pipe (closed: no more work)."""
    results: int
    """The parent's end of the worker's result pipe."""
    task: int | None = None
    buffer: bytearray = field(default_factory=bytearray)


class _Interruption:
    """A worker's SIGINT/SIGTERM handler: the first signal abandons the task in hand (KeyboardInterrupt inside `work`,
    whose atomic write removes its temporary file), and the worker leaves once it has sent what it has; any later
    signal is let pass. While no task runs (waiting for one, sending a result) it only marks the worker as stopping,
    so a result is never cut off halfway. (Switching to SIG_IGN instead makes CPython report a signal that arrived
    meanwhile as "ignored due to race condition", with a traceback.)"""

    def __init__(self) -> None:
        self.fired = False
        self.armed = False
        """True while `work` runs."""

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if not self.fired:
            self.fired = True
            if self.armed:
                raise KeyboardInterrupt


def _let_pass(signum: int, frame: FrameType | None) -> None:
    """The parent's SIGINT while it stops its workers: nothing (they must still be reaped)."""


def _read_exact(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return b""
        data += chunk
    return data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _serve(tasks: int, results: int, work: Callable[[int], R]) -> int:
    """A worker's life: take task numbers until the pipe closes or a signal stops it, send back each result (`work`
    should catch KeyboardInterrupt to send back what it had done); the exit status."""
    interruption = _Interruption()
    signal.signal(signal.SIGINT, interruption)
    signal.signal(signal.SIGTERM, interruption)
    report_unraisable = sys.unraisablehook

    def unraisable(event: Any) -> None:
        """The interruption landed in a finalizer, where it cannot be raised: not worth a traceback (the task then
        simply runs to its end, and the worker leaves after sending it)."""
        if not isinstance(event.exc_value, KeyboardInterrupt):
            report_unraisable(event)

    sys.unraisablehook = unraisable
    try:
        while not interruption.fired and (data := _read_exact(tasks, _TASK.size)):
            if interruption.fired:  # stopped while waiting: the parent sees this task's worker end
                break
            (task,) = _TASK.unpack(data)
            interruption.armed = True
            try:
                if interruption.fired:  # came between the check above and arming: never started
                    break
                result: object = work(task)
            except Exception:  # a bug in one release's export: reported by the parent, the worker goes on
                result = Crashed(task, traceback.format_exc())
            finally:
                interruption.armed = False
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(results, _SIZE.pack(len(payload)) + payload)
    except KeyboardInterrupt:  # out of a `work` that let it through: its result is lost, the parent sees the end
        return WORKER_INTERRUPTED
    except OSError:  # the parent went away (its pipe closed): nobody is left to report to
        return WORKER_FAILED
    return WORKER_INTERRUPTED if interruption.fired else 0


def _exit_reason(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        with contextlib.suppress(ValueError):
            return f"killed by signal {number} ({signal.Signals(number).name})"
        return f"killed by signal {number}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


class Pool(Generic[R]):
    """Worker processes forked now from this (ready) process; `results()` runs the tasks and yields them in order.

    Use it as a context manager: leaving the block, however, stops and reaps every worker (no zombies).
    """

    def __init__(self, work: Callable[[int], R], tasks: int, workers: int) -> None:
        self._work = work
        self._count = tasks
        self._workers: list[_Worker] = []
        self._stopping = False
        for std in (sys.stdout, sys.stderr):  # a child must not print what the parent buffered a second time
            with contextlib.suppress(OSError, ValueError):
                std.flush()
        try:
            for _ in range(max(1, min(workers, tasks))):
                self._workers.append(self._fork())
        except BaseException:
            self.close()
            raise

    def _fork(self) -> _Worker:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the caller's code
            status = WORKER_FAILED
            try:
                for worker in self._workers:  # the parent's ends of earlier workers: their EOF must reach the parent
                    os.close(worker.tasks)
                    os.close(worker.results)
                os.close(task_write)
                os.close(result_read)
                status = _serve(task_read, result_write, self._work)
            finally:
                for std in (sys.stdout, sys.stderr):
                    with contextlib.suppress(BaseException):
                        std.flush()
                os._exit(status)
        os.close(task_read)
        os.close(result_write)
        return _Worker(pid, task_write, result_read)

    def __enter__(self) -> Pool[R]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def results(self) -> Iterator[tuple[int, R | Died | Crashed]]:
        """(task, result) for every task, in task order, as soon as each and all before it are done.

        A worker that dies yields `Died` for its task; its remaining share goes to the others (to this process when
        none is left). KeyboardInterrupt stops the workers, yields what had arrived (in order, with gaps), and is
        raised again.
        """
        waiting = list(range(self._count))
        waiting.reverse()
        done: dict[int, R | Died | Crashed] = {}
        next_out = 0
        selector = selectors.DefaultSelector()
        try:
            for worker in self._workers:
                self._give(worker, waiting)
                selector.register(worker.results, selectors.EVENT_READ, worker)
            while next_out < self._count:
                if not selector.get_map():  # every worker is gone: the rest is done here
                    task = waiting.pop()
                    done[task] = self._work(task)
                for key, _events in selector.select() if selector.get_map() else ():
                    worker = key.data
                    for task, result in self._receive(worker):
                        done[task] = result
                    if worker.pid == 0:
                        selector.unregister(worker.results)
                        os.close(worker.results)
                        worker.results = -1
                    elif worker.task is None:
                        self._give(worker, waiting)
                while next_out in done:
                    yield next_out, done.pop(next_out)
                    next_out += 1
        except KeyboardInterrupt:
            self._stop(done)  # what the workers still send as they leave (a release they had half done) counts
            for task in sorted(done):
                yield task, done[task]
            raise
        finally:
            selector.close()

    def _give(self, worker: _Worker, waiting: list[int]) -> None:
        """The worker's next task, or the end of its work (its task pipe closes, so it leaves)."""
        if waiting:
            worker.task = waiting.pop()
            try:
                _write_all(worker.tasks, _TASK.pack(worker.task))
                return
            except OSError:  # died meanwhile: its result pipe says so on the next select
                return
        if worker.tasks >= 0:
            os.close(worker.tasks)
            worker.tasks = -1

    def _receive(self, worker: _Worker) -> Iterator[tuple[int, R | Died | Crashed]]:
        """What a readable result pipe holds: whole results, or the worker's end (`pid` becomes 0 once reaped)."""
        chunk = os.read(worker.results, 1 << 20)
        if chunk:
            worker.buffer += chunk
            while len(worker.buffer) >= _SIZE.size:
                (size,) = _SIZE.unpack_from(worker.buffer)
                if len(worker.buffer) < _SIZE.size + size:
                    break
                result = pickle.loads(bytes(worker.buffer[_SIZE.size : _SIZE.size + size]))
                del worker.buffer[: _SIZE.size + size]
                if worker.task is not None:
                    yield worker.task, result
                    worker.task = None
            return
        _pid, status = os.waitpid(worker.pid, 0)
        worker.pid = 0
        if worker.tasks >= 0:
            os.close(worker.tasks)
            worker.tasks = -1
        if worker.task is not None and not self._stopping:  # it died with a task in hand (not told to stop)
            yield worker.task, Died(worker.task, _exit_reason(status))
            worker.task = None

    def close(self) -> None:
        """Stop every worker still running and reap them all (what they still send is dropped)."""
        self._stop({})

    def _stop(self, done: dict[int, R | Died | Crashed]) -> None:
        """Stop the workers: no more tasks, SIGTERM to a busy one (SIGKILL after STOP_GRACE); collect into `done` the
        results they still send while leaving; reap every one. A second Ctrl+C meanwhile is ignored."""
        self._stopping = True
        main = threading.current_thread() is threading.main_thread()
        previous = signal.getsignal(signal.SIGINT) if main else None
        if main:
            signal.signal(signal.SIGINT, _let_pass)
        try:
            for worker in self._workers:
                if worker.tasks >= 0:
                    os.close(worker.tasks)  # an idle worker leaves on its own
                    worker.tasks = -1
                if worker.pid and worker.task is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(worker.pid, signal.SIGTERM)  # one already interrupted by Ctrl+C ignores it
            deadline = time.monotonic() + STOP_GRACE
            with selectors.DefaultSelector() as selector:
                for worker in self._workers:
                    if worker.pid and worker.results >= 0:
                        selector.register(worker.results, selectors.EVENT_READ, worker)
                while selector.get_map():
                    for key, _events in selector.select(timeout=0.05):
                        worker = key.data
                        done.update(self._receive(worker))
                        if worker.pid == 0:
                            selector.unregister(worker.results)
                    if time.monotonic() > deadline:
                        for key in selector.get_map().values():
                            with contextlib.suppress(ProcessLookupError):
                                os.kill(key.data.pid, signal.SIGKILL)
            for worker in self._workers:
                if worker.pid:  # its result pipe was already closed: only the exit to wait for
                    os.waitpid(worker.pid, 0)
                    worker.pid = 0
                for fd in (worker.tasks, worker.results):
                    if fd >= 0:
                        with contextlib.suppress(OSError):
                            os.close(fd)
                worker.tasks = worker.results = -1
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
