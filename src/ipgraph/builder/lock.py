"""One build at a time writes to an output folder: an exclusive lock on the folder itself.

Two builds into one folder could otherwise interleave their renames and leave
a mix of both. The lock is held while the outputs are compared and written;
a second build waits for it a little (a write takes well under a second),
then gives up with ``Busy``. The lock is ``flock``'s on the folder's own
descriptor, so it adds no file to the outputs and the kernel releases it when
its holder dies, even by SIGKILL. On a platform without ``fcntl`` (Windows)
builds are not serialised.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ipgraph.errors import InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_WAIT_SECONDS = 10.0
"""How long a build waits for another one to finish writing to the same folder."""


class Busy(InputError):
    """Another build holds the output folder's lock."""


@contextmanager
def output_lock(folder: Path, wait: float | None = None) -> Iterator[None]:
    """Hold ``folder``'s build lock for the body, waiting up to ``wait`` seconds (``LOCK_WAIT_SECONDS``) for it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY)
    except OSError as error:
        raise InputError(Path(error.filename or folder), f"cannot write: {error.strerror or error}") from None
    try:
        _acquire(fd, folder, LOCK_WAIT_SECONDS if wait is None else wait)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, folder: Path, wait: float) -> None:
    if fcntl is None:
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise Busy(folder, f"another ipgraph build is writing to this folder (it holds its lock); waited "
                                   f"{wait:g} s: run this build again when it has finished") from None
            time.sleep(0.1)
