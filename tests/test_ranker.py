import numpy as np
import pytest
from sumy.summarizers._summarizer import AbstractSummarizer

from briefcli.model import Sentence
from briefcli.rank import ALGORITHMS, make_summarizer, rank, sumy_document
from briefcli.rank.scoring import SparseRows, score_sentences, select
from briefcli.rank.summarizer import BriefSummarizer


def sentences_of(texts, paragraph_size=2):
    out, offset = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, text, i // paragraph_size, offset))
        offset += len(text) + 1
    return out


STORY = [
    "The government announced a new tax on sugary drinks to fight obesity.",
    "The sugar tax will raise money for school sports, ministers said.",
    "Drinks makers said the tax on sugary drinks would cost jobs.",
    "The weather was sunny.",
    "Health campaigners welcomed the sugar tax on drinks as a bold step.",
    "Obesity among children has doubled in twenty years, figures show.",
]


def test_linear_centrality_equals_pairwise_sums():
    docs = [[0, 1, 2], [1, 2, 3], [3, 4], [0, 4, 4, 5], []]
    rows = SparseRows(docs, 6)
    dense = np.array([rows.vector(i) for i in range(len(docs))])
    pairwise = dense @ dense.T
    np.fill_diagonal(pairwise, 0.0)
    degree = rows.dot_dense(rows.total()) - np.where(rows.empty, 0.0, 1.0)
    assert np.allclose(degree, pairwise.sum(axis=1))
    assert np.allclose(np.linalg.norm(dense[:4], axis=1), 1.0)


def test_brief_is_a_sumy_summarizer_and_default():
    summarizer = make_summarizer("brief")
    assert isinstance(summarizer, AbstractSummarizer)
    assert isinstance(summarizer, BriefSummarizer)
    assert "brief" in ALGORITHMS and {"lexrank", "textrank", "lsa", "luhn"} <= set(ALGORITHMS)


def test_rank_prefers_central_sentences_over_fragments():
    chosen = rank(sentences_of(STORY), "Sugar tax on drinks", 3)
    assert 3 not in chosen  # "The weather was sunny." is off-topic and short
    assert chosen == sorted(chosen) and len(chosen) == 3


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_algorithm_returns_positions(algorithm, no_nltk_data):
    chosen = rank(sentences_of(STORY), None, 2, algorithm)
    assert len(chosen) == 2 and all(0 <= i < len(STORY) for i in chosen)


def test_repeated_sentences_keep_their_positions():
    texts = ["The tax was announced today.", "Ministers defended the tax plan.", "The tax was announced today."]
    doc = sumy_document(sentences_of(texts), None)
    assert len(doc.sentences) == 3
    chosen = rank(sentences_of(texts), None, 3, "lexrank")
    assert chosen == [0, 1, 2]


def test_select_drops_near_duplicates():
    docs = [[0, 1, 2], [0, 1, 2], [3, 4, 5]]
    score, rows = score_sentences(docs, [], [10, 10, 10], 6)
    assert select(score, rows, 2) in ([0, 2], [1, 2])


def test_select_handles_counts_beyond_length_and_zero():
    score, rows = score_sentences([[0], [1]], [], [8, 8], 2)
    assert select(score, rows, 5) == [0, 1]
    assert select(score, rows, 0) == []


def test_fast_path_and_sumy_interface_agree(sample_text):
    from briefcli.clean import clean
    from briefcli.rank import rank_and_score
    from briefcli.text import article_sentences

    article = clean(sample_text, "nato")
    sentences = article_sentences(article)
    for count in (1, 3, 5, 12):
        assert rank_and_score(sentences, article.title, count)[0] == rank(sentences, article.title, count, "brief")
    titled = sentences_of(STORY)
    assert rank_and_score(titled, "Sugar tax on drinks", 3)[0] == rank(titled, "Sugar tax on drinks", 3)


def test_a_point_above_the_story_that_a_later_sentence_repeats_is_not_picked():
    from briefcli.rank import rank_and_score

    texts = [
        "Oswin Tarrant slipped on the ferry ramp at Corby Quay in 2025",
        "The harbour board has promised new lighting",
        "A retired fisherman who slipped on a wet ferry ramp has won £90,000 in damages.",
        "Oswin Tarrant, 77, slipped on the ferry ramp at Corby Quay in Lincolnshire in May 2025.",
        "He broke his wrist and spent a week in hospital, the court heard.",
        "The harbour board said it would review its safety checks.",
    ]
    sentences = [Sentence(i, t, i, i * 100) for i, t in enumerate(texts)]
    picks, scores = rank_and_score(sentences, "Fisherman wins damages after ferry ramp fall", 3)
    assert 0 not in picks and 3 in picks
    assert scores[0] > 0  # claims still see the point's own score


def test_a_sentence_inside_a_quote_after_its_first_is_never_a_summary_sentence():
    import numpy as np

    from briefcli.rank import _quotes_at_openings

    texts = [
        "The town will restore its caravanserai as a crafts centre, the municipality said.",
        "\u201cMy daughters left for university in the city and did not come back.",
        "Nobody wants to sit at a loom for three months to make one kilim,\u201d Ayla Erdin said.",
        "\u201cWe will give the rooms to our own craftspeople at a symbolic rent,\u201d the mayor said.",
    ]
    sentences = [Sentence(i, t, i if i != 2 else 1, i * 100) for i, t in enumerate(texts)]
    scores = np.array([1.0, 0.5, 2.0, 0.7])
    assert list(_quotes_at_openings(sentences, scores)) == [1.0, 0.5, 0.0, 0.7]
    assert list(scores) == [1.0, 0.5, 2.0, 0.7]  # the claims and quotes still see its own score


def test_a_question_is_never_a_summary_sentence():
    from briefcli.rank import rank_and_score

    texts = [
        "Walking for ten minutes after a meal lowers blood sugar, a study of 400 adults has found.",
        "Should you walk after every meal?",
        "Walking after every meal lowers blood sugar more than one long walk, the study found.",
        "Is a short walk after a meal enough to lower blood sugar?",
        "The researchers said a walk after the largest meal of the day mattered most.",
    ]
    sentences = [Sentence(i, t, i, i * 100) for i, t in enumerate(texts)]
    picks, scores = rank_and_score(sentences, "Should you walk after every meal?", 3)
    assert picks == [0, 2, 4]
    assert scores[1] > 0  # the claims and quotes still see a question's own score
