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


def test_initials_open_the_name_after_them_but_a_sentence_after_initials_stays_apart():
    for text in (
        "The rules came after the U.S. Environmental Protection Agency acted this month.",
        "A cutter from the U.S. Coast Guard and the U.N. Security Council were named.",
        "Officials at the U.S. Department of Justice declined to comment.",
    ):
        assert split_sentences(text) == [text]
    # a common noun or a sentence's usual first word after "the U.S." opens the next sentence
    assert len(split_sentences("It sells most of its syrup in the U.S. Shortages could worsen, groups warned.")) == 2
    assert len(split_sentences("She studied in the U.S. The move paid off.")) == 2


def test_titles_of_news_from_elsewhere_do_not_split_before_the_name():
    for text in (
        "The managing director, Ing. Kwame Asante, said the plant was ready.",
        "Project director Ir. Dr Lim Kok Seng said the ponds would be finished in May.",
        "Its project manager, Engr. Arnel Cabrera, told councilors the work was late.",
        "Lawyer Atty. Rosa Cruz said the case would be filed on Monday.",
    ):
        assert split_sentences(text) == [text]


def test_a_time_before_a_quotation_ends_its_sentence():
    text = 'She takes a taxi home after the last bus leaves at 11 p.m. "It costs me $40 a week," she said.'
    assert split_sentences(text) == [
        "She takes a taxi home after the last bus leaves at 11 p.m.",
        '"It costs me $40 a week," she said.',
    ]
    assert len(split_sentences("Talks began at 9 a.m. Monday and ended at 4 p.m. on Tuesday.")) == 1


def test_a_canadian_councillor_and_military_ranks_are_abbreviations():
    text = '"The bridge is past the end of its life," said Ward 3 Coun. Rosalind Achter, who chairs the committee.'
    assert split_sentences(text) == [text]
    assert len(split_sentences("The crossing was led by Pfc. Dana Ruiz and Spc. Jo Lee of the 717th company.")) == 1


def test_a_party_and_state_in_brackets_end_no_sentence():
    assert split_sentences("The delay is a setback for Sen. Jo Roe (D-N.M.), who had spent months on it. Next.") == [
        "The delay is a setback for Sen. Jo Roe (D-N.M.), who had spent months on it.",
        "Next.",
    ]
    assert len(split_sentences("Sen. Jo Roe (R-Neb.) and Sen. Al Lee (R-Idaho) told leaders it was too much.")) == 1
    # A company's short form in brackets after its "S.A.C." or "Inc." goes on with the sentence.
    assert split_sentences("Checks will be run by Tierra Verde S.A.C. (TVS), which also trains staff. Next.") == [
        "Checks will be run by Tierra Verde S.A.C. (TVS), which also trains staff.",
        "Next.",
    ]
    assert len(split_sentences("The work went to Kelby Holdings Inc. (KHI) and its partner.")) == 1
    # A link or a lower-case word after an ordinary word's stop still opens a sentence of its own.
    assert len(split_sentences("Read the trial. https://doi.org/10.1/x is its address.")) == 2
