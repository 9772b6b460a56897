"""Bytes on disk → text: decoding that accepts what users actually have, and atomic writes.

Reports arrive as UTF-8 (with or without BOM), UTF-16 from Word, or GB18030/GBK
from older Chinese tooling. Decoding is strict so that a wrong guess is
reported, never silently turned into mojibake.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ipgraph.errors import InputError


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str

    @property
    def notice(self) -> str | None:
        """A word for the user when the file was not plain UTF-8."""
        return None if self.encoding in ("utf-8", "utf-8-sig") else f"read as {self.encoding}"


def decode(data: bytes, path: Path) -> Decoded:
    """Decode a report's bytes, trying the encodings users have in the order that cannot mislead."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(_strict(data, "utf-16", path), "utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(data, "utf-8-sig", path), "utf-8-sig")
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes): not a text report")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return Decoded(data.decode("gb18030"), "gb18030")
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise InputError(path, f"undecodable byte at offset {utf8_error.start} "
                                   "(neither UTF-8, UTF-16 nor GB18030)", line) from None


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(path, f"undecodable byte at offset {error.start} for {encoding}") from None


def read_text(path: Path) -> Decoded:
    """Read and decode a text file, naming the file in any error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    return decode(data, path)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (reading it means setting it; set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
