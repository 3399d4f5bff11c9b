from helpers import analyse


def test_according_to_pronoun_and_speech_verbs():
    _, _sentences, _, who = analyse(
        "NATO chief Mark Rutte said the war must end. According to him, allies must act. "
        "Russia denied it. The weather was fine."
    )
    assert who == ["Mark Rutte", "Mark Rutte", "Russia", None]


def test_quote_run_keeps_speaker_within_paragraph():
    _, _, _, who = analyse('Ms Jane Doe said: "We have doubled it." "We will do more."\n\nPrices rose.')
    assert who[:2] == ["Jane Doe", "Jane Doe"]
    assert who[2] is None


def test_block_quote_attribution_line_names_the_speaker():
    _, _, _, who = analyse(
        "Mark Rutte spoke in Brussels today.\n\nWe need to go further. Mark Rutte Secretary General of NATO"
    )
    assert who[1] == "Mark Rutte"


def test_trailing_reporting_clause():
    _, _, _, who = analyse("Officials met on Monday. More money is coming, Jane Doe noted.")
    assert who[1] == "Jane Doe"


def test_the_person_speaks_not_the_place_they_thanked():
    _, _, _, who = analyse("Volodymyr Zelenskiy met officials. Zelenskiy thanked Washington but said more was needed.")
    assert who[1] == "Volodymyr Zelenskiy"


def test_he_said_is_the_last_voice_and_a_quote_paragraph_goes_on_with_it():
    from helpers import analyse

    *_, who = analyse(
        "Title\n\nEconomist Rita Vos said Finance Minister Paul Kern would stay in office.\n\n"
        "She also stressed that rates were likely to rise.\n\n"
        '"Nobody should be surprised by that."'
    )
    assert who == ["Rita Vos", "Rita Vos", "Rita Vos"]


def test_the_middle_of_a_quote_of_several_sentences_is_its_speakers():
    *_, who = analyse(
        'Title\n\nHarbour chief Ines Corvo said: "The plan is ready. We will dredge the channel by May. '
        'Nobody will lose a berth."\n\nPrices rose.'
    )
    assert who == ["Ines Corvo"] * 3 + [None]


def test_a_quote_whose_speaker_comes_at_its_end():
    *_, who = analyse('Title\n\n"We will reopen the line. It will take a year," Tomas Brandt said.\n\nRain fell.')
    assert who == ["Tomas Brandt"] * 2 + [None]


def test_a_quote_goes_on_into_a_paragraph_that_opens_with_a_quote_mark():
    *_, who = analyse(
        "Title\n\nUnion leader Mara Quist told reporters: 'This is a good day. We have waited years.\n\n"
        "'We will keep marching until the ward reopens.'\n\nThe ward closed in May."
    )
    assert who == ["Mara Quist"] * 3 + [None]


def test_apostrophes_and_single_words_in_quotes_open_no_quote():
    *_, who = analyse(
        "Title\n\nMinister Ada Lenk said the 'plan' was fine. The Mums' Army met in March. "
        "It won't stop, the report said.\n\nRain fell."
    )
    assert who[0] == "Ada Lenk"
    assert who[1:] == [None, None, None]


def test_a_possessive_speaks_only_through_a_person_who_speaks_for_it():
    *_, who = analyse(
        "Title\n\nThe Harbour Board met. Fishing groups welcomed the Harbour Board's plan but said it came late. "
        "The Harbour Board's chief executive said work would start soon."
    )
    assert who[1] is None
    assert who[2] == "Harbour Board"


def test_a_group_noun_before_the_verb_speaks_not_the_place_before_it():
    _, _, _, who = analyse(
        "Rescuers reached Port Delling and Sandmere Beach, Rhode Island, officials said. "
        "Sandmere Beach has 4,000 residents, Ann Cole said."
    )
    assert who[0] is None
