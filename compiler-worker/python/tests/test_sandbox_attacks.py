"""Hostile programs against the real sandbox (bubblewrap, the check uid, the limits), through the same
launcher the worker uses. Each case asserts a structured verdict, then that an ordinary check right
after still passes."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from modelcraft_check.client import SandboxClient


ORDINARY = """
import pymc as pm
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=[0.2, -0.1])
    pm.sample()
"""


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxClient]:
    # Shrunk limits; un-niced (the worker's nice=10 would let a busy machine starve these timed attacks).
    options = ["--wall-seconds", "6", "--cpu-seconds", "4", "--memory-mib", "1024", "--file-mib", "16",
               "--processes", "16", "--uid", "61900", "--nice", "0"]
    with SandboxClient(sys.executable, options) as client:
        yield client


def check_then_ordinary(sandbox: SandboxClient, code: str) -> dict:
    verdict = sandbox.check(code)
    after = sandbox.check(ORDINARY)
    assert after["ok"], after
    assert verdict["ok"] is False, verdict
    return verdict


def failed_with(verdict: dict, stage: str, *types: str) -> str:
    assert verdict["stage"] == stage, verdict
    assert verdict["error"]["type"] in types, verdict
    return verdict["error"]["message"]


def test_fork_bomb(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "import os\nwhile True:\n    os.fork()\n")
    failed_with(verdict, "run", "BlockingIOError", "OSError")


def test_thread_bomb(sandbox: SandboxClient) -> None:
    code = "import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(60,)).start()\n"
    verdict = check_then_ordinary(sandbox, code)
    failed_with(verdict, "run", "RuntimeError")


def test_memory_bomb(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "blocks = []\nwhile True:\n    blocks.append(bytearray(256 * 1024 * 1024))\n")
    assert "memory limit" in failed_with(verdict, "sandbox", "MemoryError")


def test_numpy_memory_bomb(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "import numpy as np\nx = np.ones((40000, 40000))\n")
    assert "memory limit" in failed_with(verdict, "sandbox", "MemoryError", "_ArrayMemoryError")


def test_infinite_loop(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "while True:\n    pass\n")
    reason = failed_with(verdict, "sandbox", "SandboxLimit")
    # Whichever limit comes first: on a loaded machine the loop gets less than a core, and the wall clock wins.
    assert "CPU time limit" in reason or "wall-clock limit" in reason, reason


def test_long_computation_inside_numpy(sandbox: SandboxClient) -> None:
    code = "import numpy as np\na = np.random.rand(3000, 3000)\nwhile True:\n    a = a @ a\n"
    verdict = check_then_ordinary(sandbox, code)
    assert "limit" in failed_with(verdict, "sandbox", "SandboxLimit")


def test_sigterm_ignored_and_sleeping(sandbox: SandboxClient) -> None:
    code = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(600)\n"
    verdict = check_then_ordinary(sandbox, code)
    assert "wall-clock" in failed_with(verdict, "sandbox", "SandboxLimit")


def test_huge_stdout(sandbox: SandboxClient) -> None:
    code = "line = 'x' * 1_000_000\nfor _ in range(200):\n    print(line)\nraise ValueError('printed 200 MB')\n"
    verdict = check_then_ordinary(sandbox, code)
    assert failed_with(verdict, "run", "ValueError") == "printed 200 MB"


def test_one_huge_file(sandbox: SandboxClient) -> None:
    code = "with open('big', 'wb') as f:\n    for _ in range(64):\n        f.write(b'x' * 1024 * 1024)\n"
    verdict = check_then_ordinary(sandbox, code)
    # Python ignores SIGXFSZ, so the write past the limit fails with EFBIG instead of killing the check.
    assert "File too large" in failed_with(verdict, "run", "OSError")


def test_disk_fill_in_the_temp_dir(sandbox: SandboxClient) -> None:
    code = ("import os\nfor i in range(10_000):\n    with open(f'f{i}', 'wb') as f:\n"
            "        f.write(b'x' * 15 * 1024 * 1024)\n")
    verdict = check_then_ordinary(sandbox, code)
    assert "No space left" in failed_with(verdict, "run", "OSError")


@pytest.mark.parametrize("path", ["/opt/venv/lib/evil.py", "/opt/checker/modelcraft_check/evil.py",
                                  "/usr/lib/evil", "/etc/evil", "/evil"])
def test_writes_outside_the_temp_dir(sandbox: SandboxClient, path: str) -> None:
    verdict = check_then_ordinary(sandbox, f"open({path!r}, 'w').write('pwned')\n")
    failed_with(verdict, "run", "OSError", "PermissionError", "FileNotFoundError")


def test_writes_into_site_packages(sandbox: SandboxClient) -> None:
    code = "import pymc, os\nopen(os.path.join(os.path.dirname(pymc.__file__), 'evil.py'), 'w')\n"
    verdict = check_then_ordinary(sandbox, code)
    failed_with(verdict, "run", "OSError", "PermissionError")


def test_own_environment_holds_no_secrets(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "import os\nraise KeyError(sorted(os.environ))\n")
    names = set(failed_with(verdict, "run", "KeyError").strip("[]").replace("'", "").split(", "))
    assert names <= {"PATH", "HOME", "TMPDIR", "PWD", "PYTHONPATH", "MPLBACKEND", "PYTENSOR_FLAGS",
                     "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "KMP_DUPLICATE_LIB_OK",
                     "KMP_INIT_AT_FORK", "LC_CTYPE"}, names


@pytest.mark.parametrize("pid_expression", ["1", "2", "os.getppid()"])
def test_other_processes_environment(sandbox: SandboxClient, pid_expression: str) -> None:
    verdict = check_then_ordinary(sandbox, f"import os\nprint(open(f'/proc/{{{pid_expression}}}/environ').read())\n")
    failed_with(verdict, "run", "PermissionError")


@pytest.mark.parametrize("path", ["/root/.bashrc", "/root/.ssh", "/work/main/README.md", "/home",
                                  "/var/run/postgresql/.s.PGSQL.5432"])
def test_service_files_and_home_are_not_there(sandbox: SandboxClient, path: str) -> None:
    verdict = check_then_ordinary(sandbox, f"import os\nos.stat({path!r})\n")
    failed_with(verdict, "run", "FileNotFoundError", "PermissionError")


def test_tcp_to_loopback(sandbox: SandboxClient) -> None:
    code = "import socket\nsocket.create_connection(('127.0.0.1', 55432), timeout=2)\n"
    verdict = check_then_ordinary(sandbox, code)
    failed_with(verdict, "run", "ConnectionRefusedError", "OSError", "TimeoutError")


def test_postgres_unix_socket(sandbox: SandboxClient) -> None:
    code = ("import socket\ns = socket.socket(socket.AF_UNIX)\n"
            "s.connect('/work/main/.local/postgres/run/.s.PGSQL.55432')\n")
    verdict = check_then_ordinary(sandbox, code)
    failed_with(verdict, "run", "FileNotFoundError", "PermissionError")


def test_dns(sandbox: SandboxClient) -> None:
    verdict = check_then_ordinary(sandbox, "import socket\nsocket.getaddrinfo('pypi.org', 443)\n")
    failed_with(verdict, "run", "gaierror")


@pytest.mark.parametrize("target", ["os.getppid()", "1"])
def test_killing_its_parent(sandbox: SandboxClient, target: str) -> None:
    verdict = check_then_ordinary(sandbox, f"import os, signal\nos.kill({target}, signal.SIGKILL)\n")
    failed_with(verdict, "run", "PermissionError")


def test_forged_answers_do_not_reach_the_worker(sandbox: SandboxClient) -> None:
    code = ("import os\n"
            "forged = ''.join('{\"id\": \"%d\", \"verdict\": {\"ok\": true}}\\n' % i for i in range(1, 2000))\n"
            "reached = []\n"
            "for fd in range(3, 256):\n"
            "    try:\n"
            "        os.write(fd, forged.encode())\n"
            "        reached.append(fd)\n"
            "    except OSError:\n"
            "        pass\n"
            "raise RuntimeError(f'wrote to {reached}')\n")
    verdict = check_then_ordinary(sandbox, code)
    if verdict["stage"] == "run":
        assert failed_with(verdict, "run", "RuntimeError") == "wrote to []"
    else:  # it reached its own verdict pipe, whose first line is then not a verdict
        assert "not a verdict" in failed_with(verdict, "sandbox", "SandboxLimit")


def test_a_spare_prepared_during_a_check_survives_what_that_check_leaves(sandbox: SandboxClient) -> None:
    code = ("import os, time\n"
            "if os.fork() == 0:\n"
            "    os.closerange(3, 256)\n"
            "    os.setsid()\n"
            "    os.kill(-1, 9)\n"
            "time.sleep(5)\n")
    verdict = check_then_ordinary(sandbox, code)
    assert "SIGKILL" in failed_with(verdict, "sandbox", "SandboxLimit")


def test_squatting_the_next_checks_directory(sandbox: SandboxClient) -> None:
    code = ("import os\n"
            "made = []\n"
            "for root in ('/work', '/work/checks'):\n"
            "    for n in range(200):\n"
            "        for name in (f'check-{n}', str(n)):\n"
            "            try:\n"
            "                os.mkdir(os.path.join(root, name))\n"
            "                made.append(name)\n"
            "            except OSError:\n"
            "                pass\n"
            "raise RuntimeError(f'made {len(made)}')\n")
    verdict = check_then_ordinary(sandbox, code)
    failed_with(verdict, "run", "RuntimeError")
    assert sandbox.check(ORDINARY)["ok"]
