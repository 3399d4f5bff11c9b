"""Build brief's list of common first names (src/briefcli/data/first_names.txt).

Source: the US Census Bureau's 1990 frequency lists of first names (a US
government work, public domain), as shipped in the `names` package on PyPI
(dist.male.first, dist.female.first). Names covering the most frequent 90% of
people are kept, plus a few common non-US first names news often carries.
A two-word name that starts with one of these is a person, not a company.

Usage: python scripts/build_names.py [DIR_WITH_DIST_FILES]
       (without a folder, `pip download names` fetches the package first)
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data" / "first_names.txt"
COVERAGE = 85.0  # cumulative percentage of people covered
EXTRA = [
    "Vladimir",
    "Emmanuel",
    "Angela",
    "Olaf",
    "Boris",
    "Rishi",
    "Keir",
    "Volodymyr",
    "Xi",
    "Jacinda",
    "Narendra",
    "Recep",
    "Benjamin",
    "Mahmoud",
    "Sergei",
    "Sergey",
    "Dmitry",
    "Dmitri",
    "Mikhail",
    "Alexei",
    "Alexey",
    "Yulia",
    "Olena",
    "Petro",
    "Viktor",
    "Andriy",
    "Ursula",
    "Jens",
    "Mark",
    "Giorgia",
    "Pedro",
    "Mateusz",
    "Viktor",
    "Kaja",
    "Antonio",
    "Luiz",
    "Javier",
    "Shinzo",
    "Fumio",
    "Moon",
    "Yoon",
    "Kim",
    "Ali",
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Hassan",
    "Hussein",
    "Abdullah",
    "Fatima",
    "Aisha",
    "Ayatollah",
    "Jean",
    "Jacques",
    "Pierre",
    "Francois",
    "François",
    "Nicolas",
    "Hans",
    "Jurgen",
    "Jürgen",
    "Wolfgang",
    "Gerhard",
    "Helmut",
    "Matteo",
    "Silvio",
    "Giuseppe",
    "Mario",
    "Sven",
    "Lars",
    "Nils",
    "Kofi",
    "Ban",
    "Sadiq",
    "Nicola",
    "Theresa",
    "Tony",
    "Gordon",
    "Nigel",
    "Liz",
    "Kemi",
    "Yvette",
    "Priti",
    "Suella",
    "Jeremy",
    "Ed",
    "Ed",
    "Vince",
    "Nick",
]


def read_dist(path: Path) -> list[str]:
    names = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 3 and float(parts[2]) <= COVERAGE:
            names.append(parts[0].capitalize())
    return names


def find_dist_files(folder: Path) -> list[Path]:
    files = sorted(folder.rglob("dist.*.first"))
    if not files:
        raise SystemExit(f"no dist.*.first files under {folder}")
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            folder = Path(sys.argv[1])
        else:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "--no-binary",
                    ":all:",
                    "-d",
                    tmp,
                    "names==0.3.0",
                ],
                check=True,
            )
            for archive in Path(tmp).glob("*.tar.gz"):
                with tarfile.open(archive) as tar:
                    tar.extractall(tmp, filter="data")
            folder = Path(tmp)
        names = {n for f in find_dist_files(folder) for n in read_dist(f)} | set(EXTRA)
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names)} first names)")


if __name__ == "__main__":
    main()
