"""Entry point: ``python -m modelcraft_check [FILE]``.

Also works as ``python -I /path/to/modelcraft_check [FILE]`` (isolated mode ignores
PYTHONPATH, so the package directory itself is put on the path below).
"""

import os
import sys
import time

_STARTED = time.monotonic()


def _clean_sys_path() -> None:
    """Keep the working directory off ``sys.path`` and the package's parent on it.

    ``python -m`` puts the working directory first on ``sys.path``; a check's working
    directory is its temp dir, which may hold PyTensor's compile dir, a folder called
    ``pytensor`` with an ``__init__.py`` that would shadow the real package. Run as
    ``python -I path/to/modelcraft_check``, the package directory itself is first instead,
    and its module names must not shadow anything either.
    """
    here = os.path.dirname(os.path.abspath(__file__))
    parent = os.path.dirname(here)
    unwanted = {here, os.getcwd()} - {parent}
    sys.path[:] = [e for e in sys.path if os.path.abspath(e or os.curdir) not in unwanted]
    if parent not in sys.path:
        sys.path.insert(0, parent)


_clean_sys_path()

from modelcraft_check.cli import main  # noqa: E402

if __name__ == "__main__":
    _status = main(sys.argv[1:], started=_STARTED)
    # Leave at once: threads or atexit handlers the checked program set up must not
    # hold the process open or write after the verdict.
    for _stream in (sys.stdout, sys.stderr):
        try:
            _stream.flush()
        except Exception:  # noqa: BLE001
            pass
    os._exit(_status)
