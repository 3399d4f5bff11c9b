"""brief as a real process in a shell pipeline: closed pipes, Ctrl-C, python -m."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from briefcli import __version__
from briefcli.errors import ExitCode
from briefcli.rank import ALGORITHMS
from conftest import SAMPLE

BRIEF = [sys.executable, "-m", "briefcli"]


def synthetic_article(path, sentences: int, seed: int = 7) -> None:
    """Many distinct sentences, so that a long summary really is long."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "el", "ni", "dar", "po", "qui"]
    vocab = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(4000)]
    paragraphs = []
    for _p in range(sentences // 10):
        paragraphs.append(
            " ".join(" ".join(rng.choice(vocab) for _ in range(14)).capitalize() + "." for _ in range(10))
        )
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_python_m_and_version():
    result = subprocess.run([*BRIEF, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == f"brief {__version__}"


def test_real_pipe_gets_plain_text():
    result = subprocess.run([*BRIEF, "summarize", str(SAMPLE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and result.stderr == ""


def test_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "long.txt"
    synthetic_article(path, 12000)
    proc = subprocess.Popen(
        [*BRIEF, "summarize", str(path), "-n", "12000", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.read(100)  # like `| head -c 100`
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == ExitCode.BROKEN_PIPE
    assert stderr == ""


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_ctrl_c_at_a_terminal_reaches_the_forked_children_and_is_reported_once(tmp_path, delay):
    path = tmp_path / "long.txt"
    synthetic_article(path, 6000)  # long enough to be still at work 2 s in
    proc = subprocess.Popen(
        [*BRIEF, "summarize", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    time.sleep(delay)  # start-up, cleaning in a child, then the halves and the ranking in children
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group
    stdout, stderr = proc.communicate(timeout=60)
    if stdout and proc.returncode in (0, -signal.SIGINT):  # the signal came as the interpreter shut down
        pytest.skip("the brief was done before the signal")
    assert proc.returncode == ExitCode.INTERRUPTED
    assert stderr == "brief: interrupted\n"
    assert stdout == ""


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    path = tmp_path / "long.txt"
    synthetic_article(path, 3000)
    proc = subprocess.Popen(
        [*BRIEF, "summarize", str(path), "-a", "lexrank"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)  # past start-up, into the work
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert stderr.strip() == "brief: interrupted"
    assert stdout == ""


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_byte_identical_across_hash_seeds(algorithm):
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [*BRIEF, "summarize", str(SAMPLE), "-f", "json", "-a", algorithm],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
