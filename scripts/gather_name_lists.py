"""Gather the name lists that scripts/build_name_lists.py turns into name_lists.npz.

Reads open sources saved as they are published (SOURCES_DIR, see below) and
writes four lists of one name per line to LISTS_DIR: places.txt,
organisations.txt, surnames.txt, first_names.txt. Each name also gets its
ASCII form (anyascii), because news in English writes "Kecskemet" and
"Besiktas". Names with digits, over six words or under two characters are
dropped; lists are deduplicated case-insensitively.

SOURCES_DIR holds (credits and terms in the README):
  world-cities.csv            github.com/datasets/world-cities data/world-cities.csv (GeoNames, CC BY 4.0)
  admin1CodesASCII.txt        GeoNames first-level regions
  geoCities.json              github.com/ikolomiets/geonames-cities-parser: GeoNames cities5000, keyed "CC.name"
  constituents.csv            github.com/datasets/s-and-p-500-companies data/constituents.csv (PDDL)
  clubs/                      github.com/openfootball/clubs (CC0)
  partyfacts-core-parties.csv github.com/hdigital/partyfactsdata import/elecglob/ (MIT)
  dist.all.last, dist.male.first, dist.female.first   US Census 1990 (github.com/treyhunner/names names/)
  babynames.csv               US SSA names: year,sex,name,n (R package babynames, CC0)

Usage: pip install anyascii; python scripts/gather_name_lists.py SOURCES_DIR LISTS_DIR
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from anyascii import anyascii

SURNAMES = 50_000  # commonest census surnames kept
GIVEN = 10_000  # commonest SSA given names kept (births 1930 on)
FIRST_YEAR = 1930
PARTIES_SINCE = 1990  # parties that ended before this are left out
# Legal suffixes taken off company names for their short form ("Apple Inc." -> "Apple").
SUFFIX = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|plc|PLC|Plc|Ltd\.?|Limited|N\.V\.|S\.A\.|AG|SE|L\.P\.|LP|Co\.|"
    r"& Co\.?|Holdings? Inc\.?|Company)$"
)
ABBREVIATED = re.compile(r"\b(?!St\.)[A-Za-z]{1,5}\.(\s|$)")  # club alternates like "C. Palace"
TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)\s*$")
# Census spellings lose the apostrophe of Irish O' names (OBRIEN); these get it back.
IRISH_O = {
    "BRIEN", "CONNOR", "NEILL", "NEIL", "DONNELL", "CONNELL", "ROURKE", "LEARY", "HARA", "KEEFE", "MALLEY",
    "SULLIVAN", "NEAL", "GRADY", "HARE", "SHEA", "TOOLE", "KANE", "DEA", "FARRELL", "CALLAGHAN", "DOWD", "MEARA",
    "DANIEL", "QUINN", "REILLY", "GORMAN", "HAGAN", "MARA", "BANNON", "BOYLE", "DONOGHUE", "LOUGHLIN", "KELLY",
    "BRYAN", "BRYANT", "HALLORAN", "DONOVAN", "CONNER", "NEALL", "FLAHERTY", "CARROLL", "HEARN", "HERN",
    "DRISCOLL", "GARA", "REAR", "TOOL", "SHAUGHNESSY", "KEEFFE",
}  # fmt: skip


def ascii_form(name: str) -> str | None:
    """The ASCII spelling of a Latin-script name (None for other scripts, which it would garble)."""
    for char in name:
        point = ord(char)
        latin = point < 0x250 or 0x2B0 <= point < 0x300 or 0x1E00 <= point < 0x1F00 or 0x2000 <= point < 0x2070
        if not latin and not unicodedata.category(char).startswith("M"):
            return None
    return anyascii(name)


class NameList:
    """Names in first-seen order, deduplicated case-insensitively, each with its ASCII form."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def add(self, name: str, with_ascii: bool = True, ascii_first: bool = True) -> None:
        """Add a name and its ASCII form; of two spellings that differ only in case the first stays."""
        forms = [name]
        if with_ascii:
            forms.insert(0 if ascii_first else 1, ascii_form(name))
        for form in forms:
            form = re.sub(r"\s+", " ", unicodedata.normalize("NFC", form or "")).strip().strip('"').strip()
            acceptable = len(form) >= 2 and "?" not in form and not re.search(r"\d", form)
            if acceptable and len(form.split()) <= 6:
                self.names.setdefault(form.casefold(), form)

    def write(self, path: Path) -> int:
        path.write_text("".join(name + "\n" for name in self.names.values()), encoding="utf-8")
        return len(self.names)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def places(sources: Path) -> NameList:
    """Countries, first-level regions, towns of 15,000+ and of 5,000+ people (GeoNames)."""
    out = NameList()
    world = rows(sources / "world-cities.csv")
    for country in sorted({row["country"] for row in world}):
        out.add(country)
    for line in (sources / "admin1CodesASCII.txt").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3:
            out.add(fields[2], with_ascii=False)
            out.add(fields[1], with_ascii=False)
    for row in world:
        if row["subcountry"] and row["subcountry"] != "N/A":
            out.add(row["subcountry"])
    for row in world:
        out.add(row["name"])
    for key in json.loads((sources / "geoCities.json").read_text("utf-8")):
        out.add(key.split(".", 1)[1])
    return out


def short_company(name: str) -> str:
    name = TRAILING_BRACKET.sub("", name).strip()
    shorter = SUFFIX.sub("", name).strip()
    while shorter != name:
        name, shorter = shorter, SUFFIX.sub("", shorter).strip()
    return name


def club_names(clubs: Path) -> Iterator[str]:
    """Club names and English alternates from openfootball's *.clubs.txt files."""
    files = sorted(p for p in clubs.rglob("*.clubs.txt") if not re.search(r"\.(props|history)\.|\.lang\.|wiki", p.name))
    for path in files:
        for raw in path.read_text("utf-8").splitlines():
            line = re.sub(r"\s+#.*$", "", re.sub(r"^#.*$", "", raw.rstrip())).strip()
            if not line or line.startswith(("=", "#")):
                continue
            if line.startswith("|"):
                yield from (alternate(a) for a in line.split("|") if a.strip())
            elif raw[:1].isspace():  # indented: an address ("// 1140 Wien") or another name
                if "//" not in line and ")" not in line[:4]:
                    yield alternate(line.split(",")[0])
            else:
                names = line.split("|")
                yield alternate(TRAILING_BRACKET.sub("", names[0].split(",")[0]).strip(), main=True)
                yield from (alternate(a.split(",")[0]) for a in names[1:])


def alternate(name: str, main: bool = False) -> str:
    """A club name cleaned, or "" when it is abbreviated or in another language."""
    name = re.sub(r"^[ivx]+\)\s*", "", name.replace("$$", "").strip())
    if not main and ABBREVIATED.search(name):
        return ""
    language = re.search(r"\[([a-z]{2})\]\s*$", name)
    if language:
        if language.group(1) != "en":
            return ""
        name = name[: language.start()].strip()
    name = TRAILING_BRACKET.sub("", name).strip()
    return name if len(name) >= 3 else ""


def party_names(path: Path) -> Iterator[str]:
    """Party Facts core parties active since PARTIES_SINCE: English and own names, distinctive short forms."""
    for row in rows(path):
        if row["technical"] or (row["year_last"] and int(row["year_last"]) < PARTIES_SINCE):
            continue
        names = [row["name_english"], *row["name_english"].split(" / "), row["name"], *row["name"].split(" / ")]
        short = row["name_short"].strip()
        if len(short) >= 3 and re.fullmatch(r"[A-Z][A-Za-z&\-]+", short) and sum(c.isupper() for c in short) >= 2:
            names.append(short)
        for name in (n.strip() for n in names):
            if name and " / " not in name:
                yield TRAILING_BRACKET.sub("", name).strip()
                yield name


def organisations(sources: Path) -> NameList:
    out = NameList()
    for row in rows(sources / "constituents.csv"):
        full = re.sub(r"\s*\((Class [A-Z]|Series [A-Z])\)\s*$", "", row["Security"]).strip()
        out.add(full, with_ascii=False)
        short = short_company(full)
        if short and short != full and len(short) > 1 and not short.lower().startswith("the "):
            out.add(short, with_ascii=False)
    for name in (*club_names(sources / "clubs"), *party_names(sources / "partyfacts-core-parties.csv")):
        if name:
            out.add(name, ascii_first=False)
    return out


def census_case(name: str) -> str:
    name = name.strip().upper()
    if name.startswith("MC") and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    if name.startswith("O") and name[1:] in IRISH_O:
        return "O'" + name[1:].capitalize()
    return name.capitalize()


def first_column(path: Path) -> Iterable[str]:
    return (line.split()[0] for line in path.read_text("utf-8").splitlines() if line.strip())


def people(sources: Path) -> tuple[NameList, NameList]:
    surnames, given = NameList(), NameList()
    for rank, name in enumerate(first_column(sources / "dist.all.last")):
        if rank == SURNAMES:
            break
        surnames.add(census_case(name), with_ascii=False)
    counts: Counter[str] = Counter()
    for row in rows(sources / "babynames.csv"):
        if float(row["year"]) >= FIRST_YEAR:
            counts[row["name"]] += int(row["n"])
    for name, _ in counts.most_common(GIVEN):
        given.add(name, with_ascii=False)
    for file in ("dist.male.first", "dist.female.first"):
        for name in first_column(sources / file):
            given.add(name.capitalize(), with_ascii=False)
    return surnames, given


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder of the downloaded sources (see the docstring)")
    parser.add_argument("lists", type=Path, help="folder to write the four name lists to")
    args = parser.parse_args()
    args.lists.mkdir(parents=True, exist_ok=True)
    surnames, given = people(args.sources)
    lists = {
        "places.txt": places(args.sources),
        "organisations.txt": organisations(args.sources),
        "surnames.txt": surnames,
        "first_names.txt": given,
    }
    for file, names in lists.items():
        print(f"{file}: {names.write(args.lists / file):,} names")


if __name__ == "__main__":
    main()
