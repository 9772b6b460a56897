"""Run one function over many items, in this process or in worker processes, and stop cleanly when told to.

With one job everything happens here, in order, exactly as a plain loop would
(monkeypatching and debuggers see it). With more, items go to a pool of
``spawn``ed worker processes (no ``fork`` of a process that has started
threads; the same code runs on Linux, macOS and Windows). The workers ignore
Ctrl-C: the terminal sends it to the whole process group, and only the main
process decides what an interrupt means; it then terminates the workers, so
they never print a traceback of their own. A worker that dies (killed, out of
memory) breaks the whole pool, so the items in flight then are run again one at
a time in a fresh pool: the item that kills its worker again fails alone,
through ``on_crash``, and the others get their results. Workers die with the
main process, even when it is killed outright (SIGKILL gives it no chance to
stop them): on Linux the kernel sends them SIGKILL (``PR_SET_PDEATHSIG``), and
elsewhere a thread in each worker leaves when its parent is gone.
"""

from __future__ import annotations

import atexit
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

GC_THRESHOLD = 50_000
"""Allocations between young-generation collections while extracting (Python's default is 700). The pipeline keeps
hundreds of thousands of long-lived objects (spaCy's vocabulary, the gazetteer); collecting them over and over
cost 15-30% of build time."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the garbage collector's young generation collected less often, then restore it."""
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def settled() -> None:
    """Inside ``fewer_collections``, after a report is taken: what the build has kept so far (the pipeline, each
    report's facts and Turtle) lives until the build ends, so it is set out of the collector's reach as what was there
    before the build is (``gc.freeze``, undone at the end), and the young generation starts empty: the collector no
    longer walks it again and again (two collections, ~20 ms of the bundled build, none now)."""
    gc.freeze()


PARENT_POLL_SECONDS = 1.0
"""How often a worker looks whether its parent is still there, where the kernel cannot tell it."""
_PR_SET_PDEATHSIG = 1


def _start_worker(parent: int) -> None:
    """In each worker: Ctrl-C belongs to the main process, and collections are made rarer as there.

    A worker dies with its parent (``parent``, the main process), and leaves
    without tearing its interpreter down: it has sent every result by then,
    and freeing spaCy's objects one by one took seconds.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # started with SIGINT blocked (_ctrl_c_held): what is pending is dropped
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    atexit.register(_leave)
    _die_with(parent)


def _die_with(parent: int) -> None:
    """Leave when ``parent`` is gone: the kernel's parent-death signal on Linux, a watching thread everywhere."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="ipgraph-parent-watch").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _leave() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """While a worker is started, Ctrl-C is held back, not lost.

    A worker must not take a Ctrl-C during its imports as its own, so it has
    to start with SIGINT out of the way. Ignoring it here for that moment
    (as before) lost a Ctrl-C pressed just then: the build ran on. Blocked
    instead, the signal waits and reaches this process when the block ends;
    the worker inherits the block and drops what is pending (``_start_worker``).
    Where signals cannot be blocked (Windows), it is ignored for that moment.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Runner(Generic[Item, Result]):
    """``function(item, *shared)`` for each item put in; results come back as ``(item, result)`` pairs.

    ``put`` hands an item over and returns the pairs finished meanwhile;
    ``rest`` waits for the others. At most two items per worker are in flight,
    so items (report texts) are read no faster than they are used. Used as a
    context manager: leaving it by an exception (Ctrl-C) terminates the workers.
    """

    def __init__(self, function: Callable[..., Result], shared: tuple, jobs: int,
                 on_crash: Callable[[Item, BaseException], Result]) -> None:
        self.function, self.shared, self.jobs, self.on_crash = function, shared, jobs, on_crash
        self.pending: deque[tuple[Item, Future[Result]]] = deque()
        self.pool: ProcessPoolExecutor | None = None
        if jobs > 1:
            self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(os.getpid(),))

    def __enter__(self) -> Runner[Item, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if self.pool is None:
            return
        if kind is not None:
            self._terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def put(self, item: Item) -> list[tuple[Item, Result]]:
        if self.pool is None:
            return [(item, self.function(item, *self.shared))]
        self.pending.append((item, self._submit(item)))
        done = []
        while self.pending and (self.pending[0][1].done() or len(self.pending) > 2 * self.jobs):
            done += self._next()
        return done

    def rest(self) -> Iterator[tuple[Item, Result]]:
        while self.pending:
            yield from self._next()

    def _submit(self, item: Item) -> Future[Result]:
        assert self.pool is not None
        with _ctrl_c_held():
            try:
                return self.pool.submit(self.function, item, *self.shared)
            except BrokenProcessPool as error:  # broken since the last result was taken
                future: Future[Result] = Future()
                future.set_exception(error)
                return future

    def _next(self) -> list[tuple[Item, Result]]:
        """The oldest item's result; when the pool broke, every unfinished item's, each run again alone."""
        item, future = self.pending.popleft()
        try:
            return [(item, future.result())]
        except BrokenProcessPool:
            pass
        unfinished, self.pending = [(item, future)] + list(self.pending), deque()
        done = [(i, f.result()) for i, f in unfinished if f.done() and f.exception() is None]
        self._renew()
        return done + [self._alone(i) for i, f in unfinished if not f.done() or f.exception() is not None]

    def _alone(self, item: Item) -> tuple[Item, Result]:
        """Run ``item`` by itself: if the pool breaks again, this item is what kills its worker."""
        try:
            return item, self._submit(item).result()
        except BrokenProcessPool as error:
            self._renew()
            return item, self.on_crash(item, error)

    def _renew(self) -> None:
        """A fresh pool in place of a broken one."""
        assert self.pool is not None
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()

    def _terminate(self) -> None:
        """Stop the workers now, mid-item: what they were doing is thrown away anyway."""
        assert self.pool is not None
        for future in (f for _, f in self.pending):
            future.cancel()
        terminate = getattr(self.pool, "terminate_workers", None)  # Python 3.14
        if terminate is not None:
            terminate()
            return
        for process in list(getattr(self.pool, "_processes", {}).values()):
            if process.is_alive():
                process.terminate()
