from briefcli.clean import clean
from briefcli.transcript import speaker_labels

TRANSCRIPT = (
    "Kelby hospital closes its ER\n\n"
    "DANA ROE, HOST:\nThe only emergency room in Kelby is closing at the end of the month. That will leave 11,000 "
    "people an hour from the nearest ER. Jo Vale of member station KLBY reports.\n\n"
    "JO VALE, BYLINE: On a Tuesday night, the emergency room is quiet. Nurse Ruth Abel has worked here for 26 "
    "years.\n\n"
    "RUTH ABEL: I've delivered babies in the parking lot. I don't know where those people go now.\n\n"
    "VALE: The hospital's owner said last month that the ER will close on March 31.\n\n"
    "ABEL: I love this place.\n"
)


def test_a_transcripts_labels_leave_its_paragraphs_and_name_the_guests_who_speak_them():
    article = clean(TRANSCRIPT, "t")
    assert article.paragraphs == (
        "The only emergency room in Kelby is closing at the end of the month. That will leave 11,000 people an hour "
        "from the nearest ER. Jo Vale of member station KLBY reports.",
        "On a Tuesday night, the emergency room is quiet. Nurse Ruth Abel has worked here for 26 years.",
        "I've delivered babies in the parking lot. I don't know where those people go now.",
        "The hospital's owner said last month that the ER will close on March 31.",
        "I love this place.",
    )
    # the host's and the reporter's words are the story's own; a guest's, by surname too, are theirs in full
    assert article.attributions == (None, None, "Ruth Abel", None, "Ruth Abel")


def test_labels_in_capitals_on_a_page_that_is_no_transcript_name_no_one():
    blocks = ["NAVPUR: The city will fine contractors.", "UPDATE: The fine starts on Monday.", "The mayor agreed."]
    assert speaker_labels(blocks) == {}
