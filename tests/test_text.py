from briefcli.text import SumyTokenizer, sentence_spans, split_sentences, words


def test_news_abbreviations_do_not_split():
    text = "Mr. Smith met Gen. Jones at 9 a.m. in the U.S. capital on Jan. 5. They talked."
    assert split_sentences(text) == [
        "Mr. Smith met Gen. Jones at 9 a.m. in the U.S. capital on Jan. 5.",
        "They talked.",
    ]


def test_spans_are_verbatim():
    text = 'He said: "We will go."  Then he left!  Why?'
    for start, end in sentence_spans(text):
        assert text[start:end].strip() == text[start:end]
    assert [text[s:e] for s, e in sentence_spans(text)] == ['He said: "We will go."', "Then he left!", "Why?"]


def test_words_keep_inner_punctuation():
    assert words("Ukraine-NATO talks, Russia's U.S. plan") == ["Ukraine-NATO", "talks", "Russia's", "U.S", "plan"]


def test_sumy_tokenizer_interface(no_nltk_data):
    tokenizer = SumyTokenizer()
    assert tokenizer.to_sentences("One sentence here. Another one there.") == (
        "One sentence here.",
        "Another one there.",
    )
    assert tokenizer.to_words("It's 40 billion euros.") == ("It's", "billion", "euros")


def test_a_quoted_question_or_exclamation_and_its_lower_case_attribution_are_one_sentence():
    text = '"Who will pay for it?" asked Mira Castell. "Stop!" she shouted. Is it over? iPads say no.'
    assert split_sentences(text) == [
        '"Who will pay for it?" asked Mira Castell.',
        '"Stop!" she shouted.',
        "Is it over?",
        "iPads say no.",
    ]
