"""Limits that keep one hostile file from taking the build down: size, zip bombs, time."""
from __future__ import annotations

import contextlib
import signal
import threading
import zipfile
from pathlib import Path

from ..model import ExtractError

MAX_FILE_BYTES = 25_000_000
MAX_UNZIPPED_BYTES = 200_000_000
MAX_ZIP_RATIO = 200
MAX_SECONDS_PER_FILE = 30


def check_zip(path: Path) -> set[str]:
    """Names in a .docx/.xlsx, refusing archives that would inflate far beyond their size."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractError("corrupt_file", f"damaged zip container (Word/Excel): {exc}") from exc
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_UNZIPPED_BYTES or (total > 10_000_000 and total / packed > MAX_ZIP_RATIO):
        raise ExtractError(
            "zip_bomb", f"the archive would unpack to {total / 1e6:.0f} MB from {packed / 1e6:.1f} MB; refused"
        )
    return {i.filename for i in infos}


class _Timeout(BaseException):
    """BaseException, so a library's or extractor's `except Exception` cannot swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Abort a parse that runs too long (main thread only: signals cannot reach other threads)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def _raise(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout:
        raise ExtractError("timeout", f"reading took longer than {seconds:.0f} s; refused") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
