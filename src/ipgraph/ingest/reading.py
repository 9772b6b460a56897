"""Bytes on disk → text: decoding that accepts what users actually have, and atomic writes.

Reports arrive as UTF-8 (with or without BOM), UTF-16 from Word, or GB18030/GBK
from older Chinese tooling. Decoding is strict so that a wrong guess is
reported, never silently turned into mojibake: an undecodable byte is named
with its byte offset and line, a binary file (a PDF, a .docx, anything with NUL
bytes) is refused. Where two encodings both decode the bytes — Big5 bytes are
mostly valid GB18030, UTF-16 without a byte-order mark reads both ways — the
text each gives decides, and when it cannot tell, the file is refused with the
encodings tried; ``encoding`` (``reports.toml``) then says what it is. Control
characters are read as spaces (line separators such as form feeds as line
breaks), one for one, so character offsets into the decoded text still hold.
"""

from __future__ import annotations

import codecs
import os
import re
import signal
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ipgraph.errors import InputError

MAX_REPORT_BYTES = 100 * 1024 * 1024
"""The largest report read; anything bigger is refused before it is loaded (reports are text)."""

_SNIFF = 8000  # bytes looked at for NUL bytes, as git does
_UTF8_EVIDENCE = 8  # continuation bytes before an error that show the file is UTF-8, not GB18030

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx, .odt or .zip file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office 97-2003 document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_BOMS = (  # longest first: the UTF-32LE mark begins with the UTF-16LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32", "gb18030": "GB18030",
          "utf-16-le": "UTF-16LE without a byte-order mark", "utf-16-be": "UTF-16BE without a byte-order mark",
          "big5": "Big5"}
_PLAUSIBLE = 0.9
"""The share of a text's characters that must be ordinary (CJK ideographs, ASCII, CJK and full-width punctuation)
for a UTF-16 byte order to be believed; the other order of Chinese text gives mostly unrelated scripts."""
_STATE_IT = ('state the encoding as encoding = "..." in the report\'s [[report]] table of reports.toml '
             '(a Python codec name such as "big5" or "utf-16-le"), or save the file as UTF-8')

# Control characters other than tab, line feed and carriage return; those that
# str.splitlines() treats as line breaks become "\n", the rest a space.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85"
_CONTROL_TABLE = {c: ("\n" if chr(c) in _LINE_BREAKS else " ")
                  for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    controls: int = 0

    @property
    def notice(self) -> str | None:
        """A word for the user when the file was not plain UTF-8 text."""
        notes = []
        if self.encoding not in ("utf-8", "utf-8-sig"):
            notes.append(f"read as {_NAMES.get(self.encoding, self.encoding)}")
        if self.controls:
            notes.append(f"{self.controls} control character{'s' if self.controls > 1 else ''} read as spaces")
        return "; ".join(notes) or None


def decode(data: bytes, path: Path, encoding: str | None = None) -> Decoded:
    """Decode a report's bytes: in ``encoding`` when it is stated, else trying the encodings that cannot mislead."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), not a text report: save it as plain text (UTF-8) first")
    if encoding is not None:
        return _stated(data, path, encoding)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return _clean(_with_bom(data, bom_encoding, path), bom_encoding)
    nul = data.find(b"\x00", 0, _SNIFF)
    if nul >= 0:
        return _clean(*_bomless_utf16(data, path, nul))
    try:
        return _clean(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        if _continuation_bytes(data, utf8_error.start) >= _UTF8_EVIDENCE:
            raise _undecodable(path, data, utf8_error, f"invalid UTF-8 ({utf8_error.reason}) in a file that is "
                                                       "UTF-8 up to there: it is damaged or mixes encodings") from None
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as gb_error:
            plausible = _plausible_utf16(data)
            if len(plausible) == 1:  # UTF-16 whose Chinese put no NUL byte in it
                return _clean(*plausible[0])
            error = max(utf8_error, gb_error, key=lambda e: e.start)
            raise _undecodable(path, data, error, "the file is not UTF-8, UTF-16 or GB18030") from None
        if _plausible_utf16(data):  # Chinese in UTF-16 without ASCII has no NUL byte, and GB18030 reads it
            raise InputError(path, "cannot tell the encoding: the bytes read as GB18030 and as UTF-16 without a "
                                   f"byte-order mark (tried UTF-8, UTF-16LE, UTF-16BE, GB18030); {_STATE_IT}") from None
        return _clean(*_not_big5(data, text, path))


def _stated(data: bytes, path: Path, encoding: str) -> Decoded:
    try:
        return _clean(data.decode(encoding), codecs.lookup(encoding).name)
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r} (stated in reports.toml)") from None
    except UnicodeDecodeError as error:
        raise _undecodable(path, data, error, f"not valid {encoding} (the encoding reports.toml states)") from None


def _not_big5(data: bytes, gb_text: str, path: Path) -> tuple[str, str]:
    """GB18030 text, unless the bytes are Big5: then Big5 where that is certain, else refused.

    GB18030 decodes almost any Big5 file, into nonsense. When the bytes are valid Big5 too, charset-normalizer
    judges which text is language; GB18030 gives private-use characters for codes GB never assigned, which
    settles a Big5 verdict. A Big5 verdict without them is too close to call.
    """
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError:
        return gb_text, "gb18030"
    import charset_normalizer  # imported here: only ambiguous files pay for it

    best = charset_normalizer.from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is None or best.encoding != "big5":
        return gb_text, "gb18030"
    if any(unicodedata.category(c) == "Co" for c in gb_text):
        return big5_text, "big5"
    raise InputError(path, "cannot tell the encoding: the bytes are valid GB18030 (Simplified Chinese) and valid "
                           f"Big5 (Traditional Chinese), and read more like Big5 (tried UTF-8, GB18030, Big5); "
                           f"{_STATE_IT}")


def _clean(text: str, encoding: str) -> Decoded:
    """Control characters become spaces (or line breaks), one for one, so offsets still hold."""
    if _CONTROL.search(text) is None:
        return Decoded(text, encoding)
    count = sum(1 for _ in _CONTROL.finditer(text))
    return Decoded(text.translate(_CONTROL_TABLE), encoding, count)


def _with_bom(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = _NAMES[encoding]
        line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
        raise InputError(path, f"undecodable bytes at byte offset {error.start} ({error.reason}): the file starts "
                               f"with a {name} byte-order mark but is not valid {name}", line) from None


def _undecodable(path: Path, data: bytes, error: UnicodeDecodeError, why: str) -> InputError:
    line = data.count(b"\n", 0, error.start) + 1
    return InputError(path, f"undecodable byte 0x{data[error.start]:02x} at byte offset {error.start}: {why}", line)


def _continuation_bytes(data: bytes, end: int) -> int:
    """How many UTF-8 continuation bytes the valid prefix ``data[:end]`` holds (0 for ASCII)."""
    return end - len(data[:end].decode("utf-8"))


def _bomless_utf16(data: bytes, path: Path, nul: int) -> tuple[str, str]:
    """UTF-16 saved without a byte-order mark, in the one byte order that gives ordinary text; else refused.

    Which side the NUL bytes of ASCII characters fall on is a hint, not proof: Chinese text without ASCII has
    NULs only from ideographs such as 一 (U+4E00), on the other side. So both orders are decoded, and an order is
    taken only when its text is plausible and the other's is not.
    """
    plausible = _plausible_utf16(data)
    if len(plausible) == 1:
        return plausible[0]
    if plausible:
        raise InputError(path, "cannot tell the encoding: UTF-16 without a byte-order mark, and both byte orders "
                               f"give plausible text (tried UTF-16LE, UTF-16BE); {_STATE_IT}")
    raise InputError(path, f"binary file (NUL byte at byte offset {nul}), not a text report (tried UTF-16LE and "
                           "UTF-16BE without a byte-order mark)")


def _plausible_utf16(data: bytes) -> list[tuple[str, str]]:
    """The byte orders of UTF-16 that read ``data`` as ordinary text, with that text."""
    plausible = []
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(_not_text(c) for c in text[:4000]) and _ordinary_share(text) >= _PLAUSIBLE:
                plausible.append((text, encoding))
    return plausible


def _ordinary_share(text: str) -> float:
    """The share of the first few thousand characters that Chinese or English text is made of."""
    sample = text[:4000]
    ordinary = sum(1 for c in sample if c < "\x7f" or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                   or "\uff00" <= c <= "\uffef" or c in "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7")
    return ordinary / len(sample) if sample else 0.0


def _not_text(char: str) -> bool:
    category = unicodedata.category(char)
    return (category == "Cc" and char not in "\t\n\r\x0b\x0c") or category in ("Cn", "Cs")


def read_bytes(path: Path) -> bytes:
    """A report's bytes, naming the file in any error; a file too big to be a report is refused unread.

    The read itself stops past the limit too, so a device or pipe that never ends cannot exhaust memory.
    """
    limit = f"the largest report read is {MAX_REPORT_BYTES // 2**20} MB (is it really a text report?)"
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise InputError(path, f"file is {size / 2**20:.0f} MB; {limit}")
        with path.open("rb") as handle:
            data = handle.read(MAX_REPORT_BYTES + 1)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_REPORT_BYTES:
        raise InputError(path, f"file is over {MAX_REPORT_BYTES // 2**20} MB; {limit}")
    return data


def read_text(path: Path) -> Decoded:
    """Read and decode a text file, naming the file in any error."""
    return decode(read_bytes(path), path)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a half-written one."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: list[tuple[Path, bytes]], durable: bool = True,
                     renamed: list[Path] | None = None) -> list[Path]:
    """Write several files so that none is replaced until all have been written in full.

    Each file goes to a temporary file beside its target first; only when every
    one is on disk are they renamed over their targets, with Ctrl-C ignored
    for those few milliseconds. Any failure before that removes the temporary
    files and leaves every target as it was. ``durable=False`` skips the
    fsyncs, for files that may be lost in a power cut but never seen half
    written (the build cache). ``renamed``, when given, receives each target as
    soon as it is replaced, so a caller interrupted right after knows what was written.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(path, data) if durable else _stage(path, data, durable=False), path))
        with _signals_held():
            for tmp, path in staged:
                os.replace(tmp, path)
            staged.clear()
            if renamed is not None:
                renamed += [path for path, _ in files]
            for folder in dict.fromkeys(path.parent for path, _ in files) if durable else ():
                _fsync_dir(folder)
    except OSError as error:
        raise InputError(Path(error.filename or files[0][0]), f"cannot write: {error.strerror or error}") from None
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
    return [path for path, _ in files]


_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")
"""The name of a temporary file ``_stage`` makes: ``.<target>.<8 random characters>.tmp``."""


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files an earlier write left behind when it was killed (SIGKILL, a power cut).

    Only call this while holding the folder's lock: a running build's temporaries look the same.
    """
    try:
        stale = [p for p in folder.iterdir() if _TEMPORARY.fullmatch(p.name) and p.is_file()]
    except OSError:
        return []
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def _stage(path: Path, data: bytes, durable: bool = True) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _fsync_dir(folder: Path) -> None:
    """Make the renames durable; not every platform lets a folder be opened, so this is best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM while the renames run, so a set of outputs is replaced whole."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, signal.SIG_IGN) for s in held}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, signal.SIG_DFL if handler is None else handler)


def _umask() -> int:
    """The process umask (reading it means setting it; set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
