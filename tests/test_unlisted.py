import pytest

from briefcli.brief import make_brief
from briefcli.extract import unlisted


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Beekeeper Orla Fenwick says the winter killed half her bees.", "Orla Fenwick"),
        ("But local GP Dr Tomasz Wren said the fumes could harm children.", "Tomasz Wren"),
        ("Marrick County Prosecutor Idris Vaughn said the shooting was lawful.", "Idris Vaughn"),
        ("On Monday, Pellow Dairies said in a statement that nobody was hurt.", "Pellow Dairies"),
        ('"We are sorry for the delay," Brightsea Ferries said.', "Brightsea Ferries"),
        ("Rents rose by 9% last year, according to the letting agent Corder Hale.", "Corder Hale"),
        ("Rents will rise again, said Yusuf Amari, a housing economist.", "Yusuf Amari"),
        ("The Society to Save Kelby Pier said the repairs were overdue.", "Society to Save Kelby Pier"),
        ("Ospry Gaming Trust, a charity run by former players, said the deal was reckless.", "Ospry Gaming Trust"),
        ("A Dorrow Valley Rail spokesman said services would resume on Friday.", "Dorrow Valley Rail"),
        ("The Tarn Valley Drivers union, which represents 400 staff, said it was unsafe.", "Tarn Valley Drivers"),
    ],
)
def test_the_grammar_of_reported_speech_names_a_source_the_index_may_not_list(sentence, source):
    assert unlisted._named(sentence) == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the road would stay shut.",
        "Forecasters said more rain would fall.",
        "A source close to Greta Holm said she was devastated.",
        "Residents of Kelby Vale said the water was brown.",
        "Rents rose by 9%, according to figures from the Kelby Land Registry.",
        "The council said through the Office of Roads and Bridges that it would act.",
        "Prices rose sharply, and the Kelby Traders Guild said it would complain.",
    ],
)
def test_no_source_where_the_grammar_names_none(sentence):
    assert unlisted._named(sentence) is None


def test_a_brief_gives_a_source_the_index_does_not_list_its_claims():
    brief = make_brief(
        "Bank branch to close\n\nThe last bank in Kelby Vale will shut in May.\n\n"
        "Shopkeeper Idris Vaughn fears that older residents will be cut off from their money. "
        "He added that the nearest branch was 20 miles away.\n\nThe branch opened in 1921.",
        "test",
    )
    sources = {c.text[:12]: c.who for c in brief.claims}
    assert sources["Shopkeeper I"] == "Idris Vaughn"
    assert sources["He added tha"] == "Idris Vaughn"
    assert sources["The last ban"] == "article"


def test_the_agent_of_a_passive_verb_of_speech_is_the_source():
    assert unlisted._named("They were told by plant manager Ines Carrow that the mill would close.") == "Ines Carrow"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Rents rose by 9% last year, according to the Kelby Gazette.", None),
        ("Rents rose by 9% last year, according to Sky News.", None),
        ('"The ferry is finished," Brenda Lowe told BBC Radio Kent.', "Brenda Lowe"),
    ],
)
def test_an_outlet_is_never_the_source(sentence, source):
    assert unlisted._named(sentence) == source


def test_according_to_at_the_start_of_a_sentence_names_a_source_named_once():
    sentence = "According to stall holder Orrin Vasquez-Tell, teenagers now buy most records."
    assert unlisted._named(sentence) == "Orrin Vasquez-Tell"


def test_according_to_a_bodys_data_names_no_source():
    assert unlisted._named("According to FEMRA data reviewed by the paper, most claims were paid late.") is None


def test_a_spokesperson_for_a_body_named_once_after_the_quote_speaks_for_it():
    text = (
        "Ferries from Quellport were cancelled after a storm.\n\n"
        '"Crews are working through the night to restore sailings," said a spokesperson for Brackwater Link.'
    )
    claims = make_brief(text, "t").claims
    assert [c.who for c in claims if "Crews" in c.text] == ["Brackwater Link"]


def test_people_where_a_place_is_speak_for_themselves_not_for_it():
    assert unlisted._named("Farmers in southern Punjab said they had not received the fertiliser.") is None
    assert unlisted._named("Farmers in Kelby said they had not received the fertiliser.") is None
    assert unlisted._named("Officials at Kelby Rail said trains would run.") == "Kelby Rail"
