"""Shared helpers: run the pipeline's early stages on a short text."""

from __future__ import annotations

from briefcli.clean import clean
from briefcli.extract.actors import ActorIndex, build_index
from briefcli.extract.attribution import speakers
from briefcli.text import article_sentences


def analyse(text: str):
    """(sentences, actor index, speakers) for a short article text."""
    article = clean(text, "test")
    sentences = article_sentences(article)
    attributions = [a for a in article.attributions if a]
    index: ActorIndex = build_index(sentences, attributions, article.title, article.dateline, article.removed)
    return article, sentences, index, speakers(sentences, index)
