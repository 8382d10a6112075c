"""Data files a check's program may read: sent with the request as ``{NAME: BASE64}``, checked by the server
(plain names, each at most the size of a file a check may write) and written read-only (mode 0444) into the
check's own working directory by the check's child before the program runs, so ``pd.read_csv("heights.csv")``
finds them. Nothing else of the machine becomes visible."""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping

DataFiles = dict[str, str]  # name -> the file's bytes in base64, as the request carries them
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def data_files(given: object, largest_bytes: int) -> DataFiles | None:
    """The request's data files, or None; a ValueError says why they are refused."""
    if given is None:
        return None
    if not isinstance(given, Mapping):
        raise ValueError("files must be an object of file names and their contents in base64")
    for name, content in given.items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a plain file name (letters, digits, '.', '_', '-'; no directories)")
        if not isinstance(content, str):
            raise ValueError(f"{name}: the content must be a base64 string")
        try:
            size = len(base64.b64decode(content, validate=True))
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"{name}: not base64 ({exc})") from exc
        if size > largest_bytes:
            raise ValueError(f"{name} has {size} bytes, more than the {largest_bytes} a file in the sandbox may have")
    return dict(given)


def write_data_files(files: DataFiles | None, directory: str) -> None:
    for name, content in (files or {}).items():
        path = os.path.join(directory, name)
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(content))
        os.chmod(path, 0o444)
