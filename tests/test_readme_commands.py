"""Every command in the README's ```sh and ```cron blocks, run as written.

A scratch folder holds the files the README names (article.txt, page.html, ~/news …),
so the commands run verbatim; only https://example.com/story becomes a page on a
local server. The crontab line runs the way cron runs it: `sh -c` under `env -i`
with cron's PATH, calling brief by the path `pipx install .` gives it. A README
command that is neither run here nor listed in SKIPPED fails the test, so the README
cannot drift from the tool.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from briefcli import __version__
from briefcli.errors import ExitCode
from conftest import ROOT, SAMPLE
from serve import serving

README = (ROOT / "README.md").read_text(encoding="utf-8")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BIN = Path(sys.executable).parent  # where this environment's `brief` script lives
CRON_PATH = "/usr/bin:/bin"
EXAMPLE_URL = "https://example.com/story"

# Commands a test cannot run, each with the reason. Parts of `a && b` count on their own.
SKIPPED = {
    "python -m pip install .": "installs packages; .ci/run does it in a fresh venv",
    "python -m pip install '.[test]'": "installs packages; .ci/run does it in a fresh venv",
    "python -m pip install '.[bench]'": "installs packages",
    "pipx install .": "installs packages; the cron test links ~/.local/bin/brief to this brief, as pipx does",
    "python -m pytest": "the suite this test belongs to",
    "ruff check .": "run on every commit and by .ci/run",
    "brief --install-completion": "changes the user's shell start-up files",
    "python benchmarks/summary_quality.py": "reads ../shared/eval and takes minutes",
    "python benchmarks/long_article.py": "reads ../shared/eval and takes minutes",
    "python benchmarks/startup.py": "a timing run of minutes",
    "python benchmarks/digest_throughput.py": "reads ../shared/eval and takes minutes",
    "python benchmarks/extraction_quality.py": "reads ../shared/eval/gold (benchmarks exit 2 without it)",
    "python benchmarks/extraction_quality.py benchmarks/outlets": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets2": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets3": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets4": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets6": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets9": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets10": "a benchmark, no outcome to test",
    "python benchmarks/claims_agreement.py": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets7": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets5": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets8": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets11": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets12": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets13": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets14": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets15": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets16": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets17": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets18": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets19": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets20": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets21": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets22": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets23": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets24": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets25": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets26": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets27": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets28": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets29": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets30": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets31": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets32": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets33": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets34": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets37": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets38": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets40": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets41": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets35": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets36": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets39": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets42": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets43": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets44": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets45": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets46": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets47": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets48": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets49": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets50": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets51": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets52": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets53": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets54": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets55": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets56": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets57": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets58": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets59": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets60": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets61": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets62": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets63": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets64": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets65": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets66": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets67": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets68": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets69": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets70": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets71": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets72": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets73": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets74": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets75": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets76": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets77": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets78": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets79": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets80": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets81": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets82": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets83": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets84": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets85": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets86": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets87": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets88": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets89": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets90": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets91": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets92": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets93": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets94": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets95": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets96": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets97": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets98": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets99": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets100": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets101": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets102": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets103": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets104": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets105": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets106": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets107": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets108": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets109": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets110": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets111": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets112": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets113": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets114": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets115": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets116": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets117": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets118": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets119": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets120": "a benchmark, no outcome to test",
    "python benchmarks/extraction_quality.py benchmarks/outlets121": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py": "a benchmark; tests/test_constructions_benchmark.py tests its scoring",
    "python benchmarks/constructions.py --dir benchmarks/constructions2": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions5": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions3": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions4": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions6": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions8": "a benchmark, no outcome to test",
    "python benchmarks/constructions.py --dir benchmarks/constructions7": "a benchmark, no outcome to test",
    "python benchmarks/pledges.py": "a benchmark (its scoring is tested in test_pledges_benchmark.py)",
    "python benchmarks/saved_pages.py": "a benchmark (its scoring is tested in test_saved_pages_benchmark.py)",
    "python benchmarks/saved_pages.py benchmarks/pages_blind": "a benchmark, no outcome to test",
    "python benchmarks/scale.py": "10,000 records and a Dask cluster: minutes",
    "python benchmarks/tagging.py CONLL2000_DIR CONLL2003_DIR [--test]": "needs the corpora, not shipped",
    "python scripts/build_tagger.py pos CONLL2000_DIR": "trains on a corpus that is not shipped",
    "python scripts/build_tagger.py ner CONLL2003_DIR": "trains on a corpus that is not shipped",
    "python scripts/build_clusters.py BBC_DIR": "learns from a corpus that is not shipped",
    "python scripts/build_name_lists.py LISTS_DIR": "reads gathered name lists that are not shipped",
    "python scripts/gather_name_lists.py SOURCES_DIR LISTS_DIR": "reads downloaded sources that are not shipped",
    "python benchmarks/digest_clustering.py FOLDER": "a labelled folder of third-party articles, kept out of the repo",
    "brief batch archive.jsonl -o briefs.jsonl --engine dask": "starts a Dask cluster: tests/test_archive_dask.py",
    "brief batch archive.jsonl -o briefs.jsonl --engine dask --scheduler tcp://10.0.0.5:8786": "a remote scheduler",
    "brief digest ~/news/ --engine dask -f html -o digest.html": "starts a Dask cluster: tests/test_archive_dask.py",
    "python -m pip install 'brief-cli[dask]'": "installs packages",
    "dask scheduler": "a server that runs until stopped",
    "dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1": "a server that runs until stopped",
    "export BRIEF_DASK_SCHEDULER=tcp://HOST:8786": "sets the shell's environment for a remote scheduler",
    "export DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=16": "sets the shell's environment for a remote cluster",
    "export DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False": "sets the shell's environment for a remote cluster",
}


@dataclass(frozen=True)
class Run:
    """A command's expected exit code, and what else must hold after it ran."""

    code: int = 0
    check: Callable[[subprocess.CompletedProcess, Path], None] = lambda result, scratch: None


def summary_lines(text: str) -> list[str]:
    block = text.split("\nSUMMARY\n", 1)[1].split("\n\n", 1)[0]
    # a summary sentence that is also a key claim is marked "  (key claim, WHO)" after it
    return [line.split("  (key claim, ")[0] for line in block.splitlines() if line.startswith("  [")]


def _summary_count(n: int):
    def check(result, scratch):
        assert len(summary_lines(result.stdout)) == n

    return check


def _within_words(budget: int):
    def check(result, scratch):
        assert sum(len(line.split()) - 1 for line in summary_lines(result.stdout)) <= budget

    return check


def _plain(result, scratch):
    assert "\x1b" not in result.stdout and result.stdout.splitlines()[3] == "SUMMARY"


def _actor_names(result, scratch):
    assert '"Mark Rutte"' in result.stdout.splitlines()


def _markdown_file(result, scratch):
    assert (scratch / "brief.md").read_text(encoding="utf-8").startswith("# ")


def _three_briefs(result, scratch):
    assert result.stdout.count("\n" + "=" * 72 + "\n") == 2


def _fetched(result, scratch):
    assert "source: http://127.0.0.1:" in result.stdout


def _jsonl(result, scratch):
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == len(list(scratch.glob("*.html")))


def _rouge(result, scratch):
    assert re.fullmatch(r"ROUGE-1 [\d.]+ ROUGE-2 [\d.]+ ROUGE-L [\d.]+\n", result.stdout)


def _version(result, scratch):
    assert result.stdout == f"brief {__version__}\n"


def _todays_digest(result, scratch):
    assert "<html" in (scratch / "home" / "digests" / f"{date.today():%F}.html").read_text(encoding="utf-8")


def _feed_digest(result, scratch):
    assert "Ferry strike called off" in result.stdout


def _headlines(result, scratch):
    assert "NATO Secretary General Mark Rutte" in result.stdout


RUN = {
    "brief summarize samples/nato-ukraine.txt": Run(0, _plain),
    "brief summarize article.txt": Run(0, _plain),
    "brief summarize article.txt | less": Run(0, _plain),
    "cat article.txt | brief summarize - -f json | jq '.actors[].name'": Run(0, _actor_names),
    "brief summarize article.txt -f markdown > brief.md": Run(0, _markdown_file),
    "brief summarize article.txt -n 5": Run(0, _summary_count(5)),
    "brief summarize article.txt --ratio 0.2": Run(0, _summary_count(2)),  # 12 sentences
    "brief summarize article.txt --words 120": Run(0, _within_words(120)),
    "brief summarize article.txt -a textrank": Run(0, _plain),
    "brief summarize page.html notes.md old.txt": Run(0, _three_briefs),
    f"brief summarize {EXAMPLE_URL}": Run(0, _fetched),
    "brief summarize *.html -f jsonl": Run(0, _jsonl),
    "brief eval article.txt reference.txt": Run(0, _rouge),
    "brief --version": Run(0, _version),
    "brief digest ~/news/ --format html --output ~/digests/$(date +%F).html --new-only": Run(0, _todays_digest),
    "brief digest feeds/*.xml articles/*.txt --format markdown": Run(0, _feed_digest),
    "find ~/news -name '*.txt' -mtime -1 | brief digest - --format json | jq '.stories[].headline'": Run(0, _headlines),
}


def _batch_records(count: int):
    def check(result, scratch):
        lines = [json.loads(line) for line in (scratch / "briefs.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(lines) == count and all("summary" in line for line in lines)
        assert len({line["id"] for line in lines}) == count

    return check


# brief batch commands write the same briefs.jsonl: run one after another, in this order.
BATCH = {
    "brief batch archive.jsonl -o briefs.jsonl": Run(0, _batch_records(3)),
    "brief batch archive.jsonl -o briefs.jsonl --resume": Run(0, _batch_records(3)),
    "zcat crawl.jsonl.gz | brief batch - -o briefs.jsonl": Run(0, _batch_records(2)),
    "brief batch ~/news/ 'old/*.html' -o briefs.jsonl -j 2": Run(0, _batch_records(3)),
}


def readme_commands() -> list[str]:
    """Each command line of the ```sh blocks, comments dropped, `a && b` split in parts."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            commands.extend(part.strip() for part in line.split(" && ") if part.strip())
    return commands


def cron_commands() -> list[str]:
    """The command of each crontab line (after its five time fields), `\\%` back to `%` as cron does."""
    lines = []
    for block in re.findall(r"```cron\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            if line.strip() and not line.startswith("#"):
                lines.append(line.split(None, 5)[5].replace("\\%", "%"))
    return lines


@pytest.fixture(scope="module")
def local_url():
    with serving(SAMPLE.read_bytes()) as url:
        yield url


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """A folder holding every file the README's commands name, and a home folder."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "samples", folder / "samples")
    shutil.copy(SAMPLE, folder / "article.txt")
    shutil.copy(SAMPLE, folder / "old.txt")
    shutil.copy(FIXTURES / "news-page.html", folder / "page.html")
    shutil.copy(FIXTURES / "notes.md", folder / "notes.md")
    (folder / "reference.txt").write_text(SAMPLE.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    (folder / "feeds").mkdir()
    shutil.copy(FIXTURES / "coast.rss", folder / "feeds" / "coast.xml")
    (folder / "articles").mkdir()
    shutil.copy(SAMPLE, folder / "articles" / "nato.txt")
    news = folder / "home" / "news"
    news.mkdir(parents=True)
    shutil.copy(SAMPLE, news / "nato.txt")
    shutil.copy(FIXTURES / "notes.md", news / "notes.md")
    text = SAMPLE.read_text(encoding="utf-8")
    records = [json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(3)]
    (folder / "archive.jsonl").write_text("".join(records), encoding="utf-8")
    with gzip.open(folder / "crawl.jsonl.gz", "wt", encoding="utf-8") as crawl:
        crawl.write("".join(records[:2]))
    (folder / "old").mkdir()
    shutil.copy(FIXTURES / "news-page.html", folder / "old" / "page.html")
    return folder


def environment(scratch: Path, path: str) -> dict[str, str]:
    return {"PATH": path, "HOME": str(scratch / "home"), "LANG": "C.UTF-8"}


def run_in(scratch: Path, command: str) -> subprocess.CompletedProcess:
    """A README command run by sh in the scratch folder, with this brief first on the PATH."""
    return subprocess.run(
        ["sh", "-c", command],
        cwd=scratch,
        env=environment(scratch, f"{BIN}:{CRON_PATH}"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_readme_command_is_run_or_skipped_with_a_reason():
    commands = readme_commands()
    unlisted = [c for c in commands if c not in RUN and c not in BATCH and c not in SKIPPED]
    assert not unlisted, f"README commands neither run nor skipped: {unlisted}"
    stale = [c for c in [*RUN, *BATCH, *SKIPPED] if c not in commands]
    assert not stale, f"listed here but no longer in the README: {stale}"
    assert cron_commands(), "the README lost its crontab line"


@pytest.fixture(scope="module")
def results(scratch, local_url) -> dict[str, subprocess.CompletedProcess]:
    """Every command of RUN, run once, two at a time (they touch different files): the
    README's commands stay well within a minute on two cores."""
    usable = [c for c in RUN if "jq " not in c or shutil.which("jq")]

    def run(command: str) -> subprocess.CompletedProcess:
        return run_in(scratch, command.replace(EXAMPLE_URL, local_url))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(usable, pool.map(run, usable), strict=True))


@pytest.mark.parametrize("command", list(RUN))
def test_readme_command(command, results, scratch):
    if command not in results:
        pytest.skip("jq is not installed")
    result = results[command]
    assert result.returncode == RUN[command].code, result.stderr
    assert result.stderr == ""
    RUN[command].check(result, scratch)


def test_batch_commands_in_order(scratch):
    for command, expected in BATCH.items():
        result = run_in(scratch, command)
        assert result.returncode == expected.code, (command, result.stderr)
        expected.check(result, scratch)


def test_crontab_line_runs_under_cron_and_a_rerun_loses_nothing(tmp_path):
    """cron: `env -i`, PATH=/usr/bin:/bin, HOME set, the line given to `sh -c`. A fresh
    home: brief where `pipx install .` links it, ~/news, no ~/digests and no state yet."""
    home = tmp_path / "home"
    (home / "news").mkdir(parents=True)
    shutil.copy(SAMPLE, home / "news" / "nato.txt")
    link = home / ".local" / "bin" / "brief"
    link.parent.mkdir(parents=True)
    link.symlink_to(BIN / "brief")
    (command,) = cron_commands()
    env = ["env", "-i", f"PATH={CRON_PATH}", f"HOME={home}", "sh", "-c", command]
    first = subprocess.run(env, cwd="/", capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""  # cron mails stderr: a good run sends nothing
    digest = home / "digests" / f"{date.today():%F}.html"
    morning = digest.read_bytes()
    assert b"NATO Secretary General Mark Rutte" in morning
    again = subprocess.run(env, cwd="/", capture_output=True, text=True, timeout=60, check=False)
    assert again.returncode == ExitCode.OK and again.stderr == ""
    assert digest.read_bytes() == morning
    assert [p.name for p in digest.parent.iterdir()] == [digest.name]
