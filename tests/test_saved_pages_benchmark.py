"""benchmarks/saved_pages.py scores what it claims to: headline, furniture shown, names listed, story kept."""

import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "saved_pages.py"


def test_scores_headline_furniture_shown_names_listed_and_sentences_kept(tmp_path):
    (tmp_path / "p1.txt").write_text(
        "Home\nNews\nWorld\nKelby council to close Linden Road depot\nBy Jo Roe\n"
        "Kelby Council will close the Linden Road depot by March, its leader said on Tuesday.\n"
        "The depot employs 40 people and has been losing money for six years.\n"
        "Sign up to our morning newsletter\n",
        encoding="utf-8",
    )
    (tmp_path / "p1.key.txt").write_text(
        "HEADLINE: Kelby council to close Linden Road depot\n"
        "F: Sign up to our morning newsletter\n"
        "F: Kelby Council will close the Linden Road depot\n"  # wrong on purpose: a story sentence, shown
        "N: Jo Roe\n"
        "S: The depot employs 40 people and has been losing money\n"
        "S: Nothing like this sentence is on the page at all\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--verbose"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "headlines right 1/1" in first
    assert "furniture shown 1/2" in first
    assert "furniture names listed as actors 0/1" in first
    assert "story sentences kept 1/2" in first
    assert "F p1: Kelby Council will close" in result.stdout
