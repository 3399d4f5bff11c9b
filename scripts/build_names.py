"""Build brief's list of common first names (src/briefcli/data/first_names.txt).

Source: the US Census Bureau's 1990 frequency lists of first names (a US
government work, public domain), as shipped in the `names` package on PyPI
(dist.male.first, dist.female.first). Names covering the most frequent 90% of
people are kept, plus a few common non-US first names news often carries.
A two-word name that starts with one of these is a person, not a company.

British and Irish given names the US lists lack ("Callum", "Kirsty", "Gareth", "Rhys")
come from the Office for National Statistics' baby names for England and Wales (Open
Government Licence v3.0), as tabled in github.com/lvalnegri/data-uk_babynames
(e76127d, MIT): `data-raw/ew_hist.csv` (the top 100 of each sex every tenth year,
1904-1994) and `data-raw/ew_countries.csv` (the top 100 in England and in Wales,
1997-2020, of which the births up to 2005 are kept: people old enough to be in the news);
and Irish names ("Aoife", "Ciaran", "Sinead") from the Northern Ireland Statistics and
Research Agency's first forenames 1997-2021 (the same licence; `data-raw/ori/NIE/1997to2020.xlsx`
of that repository, tables 3 and 4: each name's rank by year, the top 100 up to 2005 kept;
read with openpyxl, needed only here). A name that is also a town, a firm, an appeal or a
common surname news puts first is left out (UK_LEFT_OUT).

Usage: python scripts/build_names.py [DIR_WITH_DIST_FILES] [--ons DIR_WITH_EW_CSV_AND_NIE_XLSX]
       (without a folder, `pip download names` fetches the package first)
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data" / "first_names.txt"
COVERAGE = 85.0  # cumulative percentage of people covered
ONS_LAST_YEAR = 2005  # births after it are children, rarely named in news
# Names that are also a town or a place's name ("Royston", "Sion", "Madison", "Oran", "Shea", "Pearse"), a firm or a
# magazine ("Zara", "Elle"), an appeal ("Poppy"), a people ("Finn") or a surname news often puts first
# ("Harrison", "Kane", "Bailey", "Carter", "Jude"), or too short to tell from other words ("Cai", "Jac").
UK_LEFT_OUT = frozenset(
    [
        "Royston",
        "Sion",
        "Madison",
        "Oran",
        "Shea",
        "Pearse",
        "Zara",
        "Elle",
        "Poppy",
        "Finn",
        "Harrison",
        "Kane",
        "Bailey",
        "Carter",
        "Jude",
        "Cai",
        "Jac",
    ]
)
NIE_TABLES = {"Table 3": "M", "Table 4": "F"}  # each first forename's rank by year, boys and girls
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


def ons_names(folder: Path) -> dict[str, set[str]]:
    """Name (capitalised) -> the sexes ("M", "F") whose top-100 lists hold it, from the three tables
    named in the module's docstring, less UK_LEFT_OUT."""
    out: dict[str, set[str]] = {}
    for table, wanted in (("ew_hist.csv", None), ("ew_countries.csv", ONS_LAST_YEAR)):
        with (folder / table).open(encoding="utf-8") as rows:
            for row in csv.DictReader(rows):
                if wanted is None or int(row["year"]) <= wanted:
                    out.setdefault(row["name"].capitalize(), set()).add(row["sex"])
    for name, sex in nie_names(folder / "1997to2020.xlsx"):
        out.setdefault(name, set()).add(sex)
    return {name: sexes for name, sexes in out.items() if name not in UK_LEFT_OUT}


def nie_names(path: Path) -> list[tuple[str, str]]:
    """(name, sex) of the Northern Ireland forenames ranked in the top 100 in a year up to ONS_LAST_YEAR."""
    import openpyxl  # only this script reads a spreadsheet

    out = []
    book = openpyxl.load_workbook(path, read_only=True)
    for sheet, sex in NIE_TABLES.items():
        years: tuple = ()
        for row in book[sheet].iter_rows(values_only=True):
            if row and row[0] == "Name/Year":
                years = row[1:]
            elif years and row and row[0]:
                ranks = [
                    r
                    for y, r in zip(years, row[1:], strict=False)
                    if y and int(y) <= ONS_LAST_YEAR and isinstance(r, int)
                ]
                if ranks and min(ranks) <= 100:
                    out.append((str(row[0]).capitalize(), sex))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, help="folder holding dist.*.first")
    parser.add_argument("--ons", type=Path, help="folder holding ew_hist.csv and ew_countries.csv")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.dist:
            folder = args.dist
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
    if args.ons:
        names |= set(ons_names(args.ons))
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names)} first names)")


if __name__ == "__main__":
    main()
