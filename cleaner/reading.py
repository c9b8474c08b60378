"""Reading one input's bytes: a file, a named pipe or stdin, refused over the size limit.

Apart from `cleaner.inputs` (a batch's tasks, JSONL records): a one-file run reads
its input with this module alone.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from typing import IO

from .errors import InputError, InputTooLargeError

#: The input name that means standard input.
STDIN = "-"


def read_file(path: str, max_bytes: int, *, pipes: bool = False) -> bytes:
    """The bytes of the file at ``path`` (see `read_page`).

    A named pipe (FIFO) or a socket is refused with `InputError` unless ``pipes``: in a
    batch, reading one would wait for a writer that may never come. (It is opened
    without blocking, to look at it.) A device such as ``/dev/zero`` is read up to the
    limit like any stream.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            if not pipes:
                raise InputError("is a named pipe (FIFO), not a file: a batch does not wait on one; "
                                 "clean it alone, or pipe it to '-' (stdin)")
            os.close(fd)
            fd = -1
            with open(path, "rb") as f:  # opened again, waiting for a writer as a pipe's reader does
                return read_page(f, max_bytes)
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        raise
    with open(fd, "rb") as f:
        return read_page(f, max_bytes)


def read_page(f: IO[bytes], max_bytes: int) -> bytes:
    """The bytes of an open file, refusing one over ``max_bytes`` without reading it all."""
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        try:
            st = os.fstat(f.fileno())
            # Only a regular file's size is its length (a device or a pipe says 0).
            size = f"{st.st_size:,} bytes" if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes \
                else f"a stream of more than {max_bytes:,} bytes"
        except (OSError, AttributeError, ValueError, io.UnsupportedOperation):  # not a plain file
            size = f"a stream of more than {max_bytes:,} bytes"
        raise InputTooLargeError(f"input is {size}, over max_bytes={max_bytes:,}; "
                                 "raise CleanOptions.max_bytes (--max-bytes) to accept it")
    return data
