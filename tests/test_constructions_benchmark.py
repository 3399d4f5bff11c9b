"""benchmarks/constructions.py scores what it claims to: a pledge found with its committer,
a forecast not taken for one, a speaker and the article's own voice told apart."""

import json
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "constructions.py"


def _write(folder, name, items):
    (folder / name).write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")


def _run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_scores_commitments_and_attribution(tmp_path):
    pledge = "Ferrow Council said it would close the Linden Road depot by March."
    forecast = "Prices will rise next year, analysts at Dunmore Bank said."
    _write(
        tmp_path,
        "commitments.jsonl",
        [
            {
                "id": "c1",
                "construction": "reported would",
                "text": pledge + "\n\nThe depot employs 40 people.",
                "sentence": pledge,
                "commitment": True,
                "who": "Ferrow Council",
            },
            {
                "id": "c2",
                "construction": "forecast",
                "text": forecast + "\n\nThe bank has 30 branches.",
                "sentence": forecast,
                "commitment": False,
                "who": None,
            },
            {
                "id": "c3",
                "construction": "wrong label",
                "text": pledge + "\n\nThe depot employs 40 people.",
                "sentence": pledge,
                "commitment": True,
                "who": "Linden Road",
            },
        ],
    )
    said = "Maria Olsen, the chief executive of Brindle Foods, said sales had fallen by a third."
    fact = "The firm employs 200 people in the town of Hexley."
    _write(
        tmp_path,
        "attribution.jsonl",
        [
            {
                "id": "a1",
                "construction": "X said",
                "text": f"{said}\n\n{fact}",
                "sentence": said,
                "speaker": "Maria Olsen",
            },
            {
                "id": "a2",
                "construction": "article",
                "text": f"{said}\n\n{fact}",
                "sentence": fact,
                "speaker": "article",
            },
        ],
    )
    result = _run("--dir", str(tmp_path), "--verbose")
    assert result.returncode == 0, result.stderr
    assert "commitments (3 items): detection 1.00 (3/3); who 0.50 (1/2)" in result.stdout
    assert "[c3] wrong label: who 'Ferrow Council', expected 'Linden Road'" in result.stdout
    assert "attribution (2 items): who 1.00 (2/2); not a claim 0" in result.stdout


def test_scores_actors(tmp_path):
    text = (
        "Health Secretary Ann Rusk said the Dunmore Trust would close two wards.\n\n"
        'Speaking on Monday, Rusk said the trust had no choice. Boxer Terence "Tiger" Mulvane agreed.'
    )
    _write(
        tmp_path,
        "actors.jsonl",
        [
            {
                "id": "n1",
                "construction": "title and surname",
                "text": text,
                "expect": [
                    {"name": "Ann Rusk", "type": "person", "role": "Health Secretary"},
                    {"name": "Dunmore Trust", "type": "person", "role": None},
                    {"name": 'Terence "Tiger" Mulvane', "type": "person", "role": "Boxer"},
                ],
                "not_actors": ["Rusk", "Speaking"],
            },
        ],
    )
    result = _run("--dir", str(tmp_path), "--verbose")
    assert result.returncode == 0, result.stderr
    assert (
        "actors (1 items): found 1.00 (3/3); type 0.67 (2/3); role 1.00 (3/3); not actors listed 0/2" in result.stdout
    )
    assert "'Dunmore Trust' typed organization, expected person" in result.stdout


def test_an_empty_folder_is_one_line_and_exit_2(tmp_path):
    result = _run("--dir", str(tmp_path))
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1
