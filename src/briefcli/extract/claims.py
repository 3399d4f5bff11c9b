"""Key claims: the article's most important assertions, each with its source."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Sentence
from ..text import words
from .actors import ActorIndex

MAX_CLAIMS = 6
MIN_WORDS = 6
ATTRIBUTED_BONUS = 0.15  # reported speech is what "who asserts what" is about
ACTOR_BONUS = 0.1  # per actor named besides the speaker: specific claims beat vague ones
MAX_ACTOR_BONUS = 3


def extract(
    sentences: Sequence[Sentence],
    importance: Sequence[float],
    speakers: Sequence[str | None],
    index: ActorIndex,
    exclude: set[int],
    limit: int = MAX_CLAIMS,
) -> list[Claim]:
    """The ``limit`` most important assertions (not commitments), most important first."""
    candidates = []
    for sentence, score, who in zip(sentences, importance, speakers, strict=True):
        text = sentence.text.rstrip()
        if sentence.index in exclude or text.endswith("?") or len(words(text)) < MIN_WORDS:
            continue
        named = {m.key for m in index.in_sentence(sentence.index)} - {who}
        score += (ATTRIBUTED_BONUS if who else 0.0) + ACTOR_BONUS * min(len(named), MAX_ACTOR_BONUS)
        candidates.append((score, sentence.index, sentence.text, who))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    return [Claim(sentence=i, text=t, who=who or "article") for _, i, t, who in candidates[:limit]]
