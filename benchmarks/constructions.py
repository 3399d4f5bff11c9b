"""Commitments and speech attribution on invented constructions, item by item.

``benchmarks/constructions/`` holds tiny invented articles written blind (see its
README): in each, one target sentence, with whether it is a commitment and who commits
(``commitments.jsonl``), or who asserts it (``attribution.jsonl``); or the actors that
matter, with type and role, and names no actor should be (``actors.jsonl``). Where the outlets
sets sample whole articles, this set samples the grammar of news: one construction per
item, so a failure names the construction brief does not handle.

Scores:
- commitments: detection accuracy (a pledge found, a non-pledge not found), and ``who``
  accuracy on the pledges found;
- attribution: ``who`` accuracy of the target sentence's claim (brief asked for every
  claim), and how many targets brief listed as no claim at all;
- actors: recall of the expected actors among the brief's actors (name or alias), type and
  role accuracy on those found (roles compared as in extraction_quality.py), and how many
  of the names that are no actor of their own brief lists as one.

A ``who`` is right when it names the expected actor: equal to it, or the expected name is
one of the aliases brief gives the actor it names (case and a leading "the" ignored).

Usage: python benchmarks/constructions.py [--dir DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefcli.brief import Options, make_brief
from briefcli.errors import BriefError
from briefcli.extract import lexicon
from briefcli.model import Brief
from extraction_quality import role_matches

HERE = Path(__file__).resolve().parent / "constructions"
EVERY_CLAIM = Options(max_claims=10_000)


def _plain(text: str) -> str:
    """Text compared loosely: curly quotes straight, spaces single, no leading "the", lower case."""
    text = text.translate(str.maketrans("‘’“”", "''\"\"")).lower()
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())


def names_of(brief: Brief, who: str) -> set[str]:
    """``who`` and, when it names one of the brief's actors, that actor's aliases."""
    names = {_plain(who)}
    for actor in (*brief.actors, *brief.minor_actors):
        if _plain(actor.name) == _plain(who):
            names |= {_plain(a) for a in actor.aliases}
    return names


def holds(item_sentence: str, text: str) -> bool:
    """Whether a brief item's ``text`` is (or contains) the target sentence."""
    target, found = _plain(item_sentence), _plain(text)
    return target in found or (len(found) > 20 and found in target)


@dataclass
class Tally:
    """Right and total counts, overall and per construction label."""

    right: int = 0
    total: int = 0
    by_label: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, label: str, ok: bool) -> None:
        self.right += ok
        self.total += 1
        self.by_label[label][0] += ok
        self.by_label[label][1] += 1

    def share(self) -> str:
        return f"{self.right / self.total:.2f} ({self.right}/{self.total})" if self.total else "-"


def _items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _brief(item: dict) -> Brief | None:
    try:
        return make_brief(item["text"], item["id"], EVERY_CLAIM)
    except BriefError:
        return None


Report = tuple[str, dict[str, Tally]]  # the scores' line, and the tallies to show by label


def score_commitments(items: Iterable[dict], verbose: bool) -> Report:
    """Detection and attribution of commitments, printing each failure when ``verbose``."""
    detected, attributed = Tally(), Tally()
    for item in items:
        brief = _brief(item)
        found = [c for c in (brief.commitments if brief else ()) if holds(item["sentence"], c.text)]
        label, expected = item["construction"], item["commitment"]
        detected.add(label, bool(found) == expected)
        if verbose and bool(found) != expected:
            print(f"  [{item['id']}] {label}: expected {'a' if expected else 'no'} commitment: {item['sentence']}")
        if expected and found and brief:
            ok = _plain(item["who"]) in names_of(brief, found[0].who)
            attributed.add(label, ok)
            if verbose and not ok:
                print(f"  [{item['id']}] {label}: who {found[0].who!r}, expected {item['who']!r}: {item['sentence']}")
    return f"detection {detected.share()}; who {attributed.share()}", {"detection": detected, "who": attributed}


def score_attribution(items: Iterable[dict], verbose: bool) -> Report:
    """Claim ``who`` of each target sentence, and how many targets were no claim."""
    attributed, unlisted = Tally(), 0
    for item in items:
        brief = _brief(item)
        claims = [c for c in (brief.claims if brief else ()) if holds(item["sentence"], c.text)]
        if not claims or brief is None:
            unlisted += 1
            if verbose:
                print(f"  [{item['id']}] {item['construction']}: not a claim: {item['sentence']}")
            continue
        expected = item["speaker"]
        who = claims[0].who
        ok = _plain(who) == "article" if expected == "article" else _plain(expected) in names_of(brief, who)
        attributed.add(item["construction"], ok)
        if verbose and not ok:
            print(f"  [{item['id']}] {item['construction']}: who {who!r}, expected {expected!r}: {item['sentence']}")
    return f"who {attributed.share()}; not a claim {unlisted}", {"who": attributed}


def _styled(names: set[str]) -> set[str]:
    """Names with and without a leading style ("Sir Jo Lee" is Jo Lee): a name may be written either way."""
    return names | {n.split(" ", 1)[1] for n in names if " " in n and n.split(" ", 1)[0] in _STYLES}


def _unnicknamed(name: str) -> str:
    """A name without the nickname quoted inside it: 'Jo "Ace" Lee' is Jo Lee."""
    return re.sub(r"\s+[\"'‘“][^\"'’”]+[\"'’”]\s+", " ", name)


_STYLES = {w.lower().rstrip(".") for w in lexicon.HONORIFICS | lexicon.TITLE_WORDS}


def score_actors(items: Iterable[dict], verbose: bool) -> Report:
    """Expected actors found, their types and roles, and names listed as actors of their own
    that are no actor (an alias of an expected actor, listed as that actor's name, is no error)."""
    found, typed, roled, wrong = Tally(), Tally(), Tally(), Tally()
    for item in items:
        brief = _brief(item)
        actors = brief.actors if brief else ()
        label = item["construction"]
        matched = set()
        for expected in item["expect"]:
            wanted = _plain(_unnicknamed(expected["name"]))
            match = next((a for a in actors if wanted in _styled(names_of(brief, a.name))), None)
            found.add(label, match is not None)
            if match is None:
                if verbose:
                    print(f"  [{item['id']}] {label}: missing {expected['name']!r}; listed {[a.name for a in actors]}")
                continue
            matched.add(match.name)
            typed.add(label, match.type == expected["type"])
            roled.add(label, role_matches(match.role, expected["role"]))
            if verbose and match.type != expected["type"]:
                print(f"  [{item['id']}] {label}: {match.name!r} typed {match.type}, expected {expected['type']}")
            if verbose and not role_matches(match.role, expected["role"]):
                print(f"  [{item['id']}] {label}: {match.name!r} role {match.role!r}, expected {expected['role']!r}")
        for name in item.get("not_actors", ()):
            listed = any(_plain(a.name) == _plain(name) and a.name not in matched for a in actors)
            wrong.add(label, listed)
            if verbose and listed:
                print(f"  [{item['id']}] {label}: {name!r} listed as an actor")
    line = f"found {found.share()}; type {typed.share()}; role {roled.share()}"
    line += f"; not actors listed {wrong.right}/{wrong.total}"
    return line, {"found": found, "type": typed, "role": roled, "not actors listed": wrong}


def _by_label(title: str, tally: Tally) -> None:
    print(f"  {title} by construction (right/total):")
    for label, (right, total) in sorted(tally.by_label.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f"    {right}/{total}  {label}")


SCORERS = {"commitments": score_commitments, "attribution": score_attribution, "actors": score_actors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=HERE, help="folder of commitments, attribution and actors .jsonl")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every failure and the per-label table")
    args = parser.parse_args(argv)
    present = {name: args.dir / f"{name}.jsonl" for name in SCORERS if (args.dir / f"{name}.jsonl").exists()}
    if not present:
        print(f"no constructions in {args.dir}", file=sys.stderr)
        return 2
    for name, path in present.items():
        items = _items(path)
        line, tallies = SCORERS[name](items, args.verbose)
        print(f"{name} ({len(items)} items): {line}")
        if args.verbose:
            for title, tally in tallies.items():
                _by_label(title, tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
