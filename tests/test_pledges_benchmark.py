"""benchmarks/pledges.py scores what it claims to: a pledge found with its committer, a look-alike not listed."""

import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "pledges.py"


def test_scores_found_pledges_their_committer_and_listed_lookalikes(tmp_path):
    (tmp_path / "01-depot.txt").write_text(
        "Council to shut depot\n\nFerrow Council said it would close the Linden Road depot by March.\n\n"
        "Prices will rise next year, analysts at Dunmore Bank said.\n\n"
        "Kelby Rovers will build a 4,000-seat stand by 2027, the club said.\n",
        encoding="utf-8",
    )
    (tmp_path / "01-depot.expect.txt").write_text(
        "C: Ferrow Council said it would close the Linden Road depot => Ferrow Council\n"
        "N: Prices will rise next year, analysts at Dunmore Bank said\n"
        "C: Kelby Rovers will build a 4,000-seat stand by 2027 => Dunmore Bank\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--verbose"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "commitments found 1.00 (2/2)" in first
    assert "who 0.50 (1/2)" in first  # the key's "Dunmore Bank" for the club's stand is wrong on purpose
    assert "look-alikes listed 0/1" in first
    assert "Kelby Rovers" in result.stdout
