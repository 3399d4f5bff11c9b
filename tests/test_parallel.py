"""The halved work of a long article: the same list as doing it all here, whoever did it."""

from __future__ import annotations

import gc
import os
import sys
import threading

import pytest

from briefcli import brief, parallel
from briefcli.extract import actors
from briefcli.model import Sentence

forks = pytest.mark.skipif(
    sys.platform != "linux" or len(os.sched_getaffinity(0)) < 2, reason="no forking here (platform or one core)"
)


@pytest.fixture(autouse=True)
def _no_other_threads(monkeypatch):
    """The test run's own threads (a test server's, dask's) stand in for none: the work
    forked here holds no lock."""
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


def _tagged_with_pid(items):
    return [(item, os.getpid()) for item in items]


@forks
def test_a_long_list_is_halved_with_a_child_and_joined_in_order():
    result = parallel.halved(_tagged_with_pid, list(range(10)), minimum=4)
    assert [item for item, _ in result] == list(range(10))
    pids = [pid for _, pid in result]
    assert pids[:5] == [os.getpid()] * 5
    assert len(set(pids[5:])) == 1 and pids[5] != os.getpid()


@forks
def test_objects_alive_at_the_fork_are_frozen_while_the_child_runs_and_thawed_after():
    """The collector skips them while the pages are shared (no copies), and collects them again after."""
    assert gc.get_freeze_count() == 0
    here, there = parallel.both(gc.get_freeze_count, gc.get_freeze_count)
    assert here > 0 and there > 0
    assert gc.get_freeze_count() == 0


@forks
def test_a_niced_child_runs_below_this_process():
    here, there = parallel.both(lambda: os.nice(0), lambda: os.nice(0), nice=5)
    assert there == min(here + 5, 19)
    assert os.nice(0) == here  # this process keeps its own


def test_with_other_threads_running_the_work_stays_here(monkeypatch):
    monkeypatch.undo()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        result = parallel.halved(_tagged_with_pid, list(range(10)), minimum=4)
    finally:
        release.set()
        other.join()
    assert {pid for _, pid in result} == {os.getpid()}


def test_a_short_list_is_done_here():
    result = parallel.halved(_tagged_with_pid, [1, 2, 3], minimum=4)
    assert result == [(1, os.getpid()), (2, os.getpid()), (3, os.getpid())]


@forks
def test_a_failing_child_leaves_the_work_to_this_process():
    parent = os.getpid()

    def fails_in_the_child(items):
        if os.getpid() != parent:
            raise RuntimeError("child")
        return [item * 2 for item in items]

    assert parallel.halved(fails_in_the_child, list(range(8)), minimum=2) == [i * 2 for i in range(8)]


@forks
def test_a_failure_here_is_raised_and_the_child_is_reaped(monkeypatch):
    parent = os.getpid()
    children = []
    real_fork = os.fork

    def fork():
        pid = real_fork()
        children.append(pid)
        return pid

    def fails_here(items):
        if os.getpid() == parent:
            raise ValueError("here")
        return ["x" * 100_000 for _ in items]  # more than a pipe holds: the child must not hang

    monkeypatch.setattr(parallel.os, "fork", fork)
    with pytest.raises(ValueError, match="here"):
        parallel.halved(fails_here, list(range(8)), minimum=2)
    monkeypatch.undo()
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # reaped: not left behind


@forks
def test_ctrl_c_here_does_not_wait_for_the_childs_long_work():
    import time

    def interrupted() -> None:
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        parallel.both(interrupted, lambda: time.sleep(60))
    assert time.monotonic() - started < 30  # the child was stopped, not waited for


def test_finding_names_in_a_long_article_is_the_same_halved_or_not(monkeypatch):
    texts = [
        "Jane Roe, chief executive of Acme Bank, said the plan would go ahead.",
        "Speaking in Paris on Monday, Mr Roe said the Bank of England agreed.",
        "The president of Portmere council, Ann Lee, left for Berlin.",
    ]
    sentences = [Sentence(index=i, text=texts[i % 3], paragraph=i, start=0) for i in range(12)]
    monkeypatch.setattr(actors, "PARALLEL_SENTENCES", 10**6)
    alone = actors.find_mentions(sentences)
    monkeypatch.setattr(actors, "PARALLEL_SENTENCES", 4)
    assert actors.find_mentions(sentences) == alone
    assert {m.sentence for m in alone} == set(range(12))


@forks
def test_both_runs_the_second_job_in_a_child_and_returns_both_results():
    here, there = parallel.both(os.getpid, os.getpid)
    assert here == os.getpid() and there != os.getpid()
    assert parallel.both(os.getpid, os.getpid, fork=False) == (os.getpid(), os.getpid())


def test_claims_scored_apart_and_chosen_equal_the_one_call():
    from briefcli.extract import claims
    from helpers import analyse

    _, sentences, index, who = analyse(
        "Jane Roe, the mayor, said the port would reopen in May. Acme said profits rose 10%. "
        "'We will hire 200 people,' said Ann Lee. The weather was fine on Monday in the town."
    )
    scores = [1.0, 0.8, 0.6, 0.2]
    whole = claims.extract(sentences, scores, who, index, {2}, 3)
    assert claims.choose(claims.scored(sentences, scores, who, index), who, {2}, 3) == whole
    assert whole


@pytest.fixture
def cold_stack(tmp_path, monkeypatch):
    """An analysis stack this process has not imported yet: one module of its own."""
    (tmp_path / "cold_stack_module.py").write_text("LOADED = True\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(brief, "ANALYSIS_MODULES", ("cold_stack_module",))
    monkeypatch.setattr(brief, "_clean", lambda raw, source, **given: (os.getpid(), raw, source, given))
    yield
    sys.modules.pop("cold_stack_module", None)


@forks
def test_a_long_input_is_cleaned_in_a_child_while_a_cold_process_imports_the_stack(cold_stack):
    raw = "x" * brief.EARLY_FORK_CHARS
    pid, *rest = brief.cleaned(raw, "a.txt", title="T")
    assert pid != os.getpid() and rest == [raw, "a.txt", {"title": "T"}]
    assert "cold_stack_module" in sys.modules  # imported here meanwhile


def test_a_short_input_or_a_warm_process_cleans_here(cold_stack, monkeypatch):
    assert brief.cleaned("short", "a.txt")[0] == os.getpid()
    monkeypatch.setattr(brief, "ANALYSIS_MODULES", ("briefcli.parallel",))  # already imported
    assert brief.cleaned("x" * brief.EARLY_FORK_CHARS, "a.txt")[0] == os.getpid()


@forks
def test_a_long_article_in_a_new_process_is_cleaned_by_the_child():
    import subprocess

    code = (
        "import os, sys\n"
        "import briefcli.brief as brief\n"
        "parent, real = os.getpid(), brief._clean\n"
        "def spy(raw, source, **given):\n"
        "    print('child' if os.getpid() != parent else 'here', file=sys.stderr, flush=True)\n"
        "    return real(raw, source, **given)\n"
        "brief._clean = spy\n"
        "text = 'Title\\n\\n' + 'Acme Corp said on Monday it would hire 200 people in Leeds. ' * 800\n"
        "brief.make_brief(text, 'long.txt')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.split() == ["child"]
