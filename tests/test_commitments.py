import pytest

from briefcli.brief import make_brief
from briefcli.extract import commitments, committer, lexicon
from briefcli.extract.registry import Mention
from helpers import analyse


def commitments_of(text):
    _, sentences, index, who = analyse(text)
    return commitments.extract(sentences, index, who)


def test_pledge_with_amount_and_deadline():
    (c,) = commitments_of("The Acme Corp pledged £1.5bn to rebuild the port by 2027.")
    assert c.who == "Acme Corp"
    assert c.amount == "£1.5bn"
    assert c.deadline == "by 2027"
    assert "rebuild the port" in c.what


def test_calls_on_others_are_not_commitments():
    assert commitments_of("Jane Doe urged the government to act. Ministers should do more.") == []


def test_reported_future_and_is_to():
    found = commitments_of(
        "Maternity pay is to rise by 10% next year. She said the Conservatives would announce proposals soon."
    )
    assert [c.sentence for c in found] == [0, 1]
    assert found[0].amount == "10%"
    assert found[0].deadline == "next year"
    assert found[1].who == "Conservatives"


def test_enumerated_items_inherit_a_named_commitment():
    found = commitments_of(
        "Rutte added that the commitments made at the NATO summit should not be forgotten. "
        "The first thing we are talking about is the new NATO command for training. "
        "As well as a financial commitment of 40 billion euros until 2024, Mark Rutte noted."
    )
    assert [c.sentence for c in found] == [1, 2]
    assert found[0].what == "the new NATO command for training"
    assert found[1].amount == "40 billion euros" and found[1].deadline == "until 2024"
    assert found[1].who == "NATO" or found[1].who == "Mark Rutte"


def test_hypotheticals_are_not_commitments():
    assert commitments_of("If prices fell, the firm would have been happier.") == []


def test_company_pronoun_and_obligations():
    found = commitments_of(
        "Acme Corp made a profit of $5m. It hopes to double sales. The firm has to restate its accounts. "
        "Acme Corp also offered to pay $300m to settle charges."
    )
    assert [c.sentence for c in found] == [1, 3]  # "has to" is an obligation, not a pledge
    assert {c.who for c in found} == {"Acme Corp"}
    assert found[1].amount == "$300m"


def test_passive_agent_commits():
    (c,) = commitments_of("Pay is to rise by £1,400 under new proposals announced by the Trade Secretary Jane Doe.")
    assert c.who == "Jane Doe" and c.amount == "£1,400"


def test_things_that_will_happen_are_not_pledges():
    assert commitments_of("The Freedom of Information Act will cover England. Its use will be monitored.") == []
    assert commitments_of('Jane Doe said: "While mothers would welcome the money, it is misdirected."') == []


def test_predictions_are_not_pledges_but_countries_can_commit():
    found = commitments_of(
        "The United States will provide $2 billion in aid to Ukraine. "
        "Maria Zakharova said the aid would only prolong the war. "
        "The World Bank estimates that rebuilding Ukraine will cost $486 billion."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "United States")]


def test_beliefs_and_forecasts_are_not_pledges():
    assert (
        commitments_of(
            "Jane Doe believes John Roe will again prove the biggest threat. "
            '"It is never going to happen again," she said. '
            '"I would say there was me and him," Jane Doe said.'
        )
        == []
    )
    (c,) = commitments_of('"My goal - I am going to win the title," Jane Doe said.')
    assert c.who == "Jane Doe"


def test_obligations_descriptions_and_opinions_are_not_pledges():
    assert (
        commitments_of(
            '"We have to regard the floods as the greatest threat," Mayor Ines Varga said. '
            "The recordings were intended to be kept private. "
            "Ines Varga said shoppers would understand the change. "
            "The firm has forecast a loss of $20m."
        )
        == []
    )


def test_conditionals_and_confident_predictions_are_not_pledges():
    assert commitments_of('"If the council cuts the budget, we will strike," union leader Ola Berg said.') == []
    assert commitments_of("Ola Berg said he was confident the minister would keep the hospital open.") == []


def test_nouns_that_name_a_plan_are_not_pledges():
    assert commitments_of("Lawmakers rejected plans to widen the motorway.") == []


def test_deals_and_decisions_are_commitments():
    found = commitments_of("Acme Corp has signed a supply deal with Borg Ltd. The board decided to shut a plant.")
    assert [c.sentence for c in found] == [0, 1]
    assert found[0].who == "Acme Corp"


def test_a_place_or_platform_merely_named_never_commits():
    found = commitments_of(
        "Writing on Twitter, Defence Minister Karl Stein said he will send 200 troops. "
        "Outside Downing Street, the spokeswoman Ada Moe said ministers will publish the plan next week."
    )
    assert [c.who for c in found] == ["Karl Stein", "article"] or [c.who for c in found] == ["Karl Stein", "Ada Moe"]
    assert all(c.who not in ("Twitter", "Downing Street") for c in found)


def test_we_is_the_speakers_organisation_and_it_the_story_organisation():
    found = commitments_of(
        "Acme Corp reported record sales. Beta Ltd and Gamma Inc also grew. "
        "It will open 40 new stores by 2026. "
        '"We will hire 500 staff," said Acme Corp chief executive Dana Ruiz.'
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Acme Corp"), (3, "Acme Corp")]


def test_quote_inverted_after_the_verb_names_the_speaker():
    *_, who = analyse('"We will rebuild the stand," added Tom Ekberg, the club chairman of Rovers FC.')
    assert who[0] == "Tom Ekberg"


def test_it_is_the_body_that_speaks_of_itself_not_a_possessive_before_it():
    found = commitments_of(
        "Ana Ruiz missed Spain's trials, but the Rowing Federation said it will review her case by May."
    )
    assert [c.who for c in found] == ["Rowing Federation"]


def test_a_plan_in_the_passive_is_a_commitment_but_a_hope_is_not():
    found = commitments_of(
        "The grant will be used to repair the pier. The old ferry will be sold next year. "
        "Ana Ruiz is hopeful she will be granted a licence."
    )
    assert [c.sentence for c in found] == [0, 1]
    assert all(c.who == "article" for c in found)  # no agent named: no one is made to pledge


def test_hedged_reports_and_denied_plans_are_not_pledges():
    assert (
        commitments_of(
            "Ana Ruiz had suggested that Tom Hale would cut taxes. "
            "They are hoping that the new layout will attract readers. "
            "Acme Corp has announced no plans to close the plant. "
            'He gave the impression he would "like to sell the club".'
        )
        == []
    )


def test_the_company_in_an_executives_words_is_their_company():
    found = commitments_of(
        "The Grain Authority sued to block Orvel Foods' takeover of a rival on Monday. "
        "The Grain Authority said prices would rise. Orvel Foods chief executive Tam Reyes called the suit baseless. "
        "The Grain Authority declined to comment. Reyes said the company would fight the case in court."
    )
    assert [c.who for c in found if "fight" in c.text] == ["Orvel Foods"]


def test_a_pledge_in_the_middle_of_a_quote_is_its_speakers():
    found = commitments_of(
        'Title\n\nPort director Lia Moreau said: "Trade fell this year. We will dredge the channel by May."'
    )
    assert [c.who for c in found] == ["Lia Moreau"]


def test_a_by_phrase_further_on_does_not_displace_the_subject():
    found = commitments_of(
        "Title\n\nTorvik Mining bought the mine. Torvik Mining said it would pay with a loan arranged by Halden Bank."
    )
    assert [c.who for c in found] == ["Torvik Mining"]
    (near,) = commitments_of(
        "Title\n\nPensions are to rise by 4% under plans announced by the Treasury Minister Ola Brun."
    )
    assert near.who == "Ola Brun"


def test_officials_at_a_body_speak_for_it():
    found = commitments_of(
        "Title\n\nThe Wexley Trust met in May. Trading standards officers at Kelby County Council said they would "
        "launch a new scheme."
    )
    assert [c.who for c in found] == ["Kelby County Council"]


def test_the_company_said_it_would_is_a_company_never_a_town():
    found = commitments_of(
        "Title\n\nFenwick Rail owns the line, and Fenwick Rail ran the train. "
        "In Leeds, people from Leeds and from York and Leeds met. The company said it would review the bill."
    )
    assert [c.who for c in found if "review" in c.text] == ["Fenwick Rail"]


def test_a_decision_not_to_act_binds_the_body_named_before_its_apposition():
    (c,) = commitments_of(
        "Dutch brewer Hollander Group, a 20% shareholder in Borg Ltd, decided in March 2023 not to sell its stake."
    )
    assert c.who == "Hollander Group"


def test_a_named_proposer_commits_but_a_proposed_thing_does_not():
    found = commitments_of(
        "Norway also proposed a fishing freeze. The proposed rules were criticised by trawler owners."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Norway")]


def test_money_being_spent_is_committed_but_effort_is_not():
    found = commitments_of(
        "Zentrix Corp is spending $40m over the next two years on new chip plants. "
        "Zentrix Corp is spending more time on research."
    )
    assert [(c.sentence, c.who, c.amount) for c in found] == [(0, "Zentrix Corp", "$40m")]


def test_reported_would_commits_only_a_subject_right_before_it():
    found = commitments_of(
        "The Nordic Council's new treaty would save members £3bn a year, Ida Berg said. "
        "Ida Berg said ministers would publish the rules by May."
    )
    assert [c.sentence for c in found] == [1]


def test_a_plan_with_no_one_named_goes_on_the_commitment_just_before():
    found = commitments_of(
        "Zentrix Corp is spending $40m over the next two years on chip plants. "
        "The cash will be used to train its engineers. "
        "Rents rose in the city. The old pier will be sold next year."
    )
    # (the pier, named by no one, is the plan of the story's one pledging body: see ``_story_owners``)
    assert [(c.sentence, c.who) for c in found] == [(0, "Zentrix Corp"), (1, "Zentrix Corp"), (3, "Zentrix Corp")]


def test_signing_up_and_jobs_being_cut_are_commitments():
    found = commitments_of(
        "The pact came into force after Norway, one of the biggest fishing nations, finally signed up to it. "
        "Kelvra Group is axing 300 jobs. Kelvra Group is cutting costs."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Norway"), (1, "Kelvra Group")]


def test_a_plan_with_a_new_subject_is_not_passed_on():
    found = commitments_of("Zentrix Corp will open a plant in May. Three awards will be presented next year.")
    assert [(c.sentence, c.who) for c in found] == [(0, "Zentrix Corp"), (1, "article")]


def test_a_body_named_by_its_noun_after_a_speech_verb_commits():
    found = commitments_of(
        "Title\n\nDorwin Health runs the hospitals. Dorwin Health chief executive Ama Tello spoke in May. "
        "Tello said the trust would open two clinics in June. "
        "Governor Rhea Lind said the state would open six shelters by Friday. "
        "Attorney General Obi Dunn said his office would seek to join the case. "
        "Colonel Ivo Marsh said the agency would be better off."
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Dorwin Health"), (3, "Rhea Lind"), (4, "Obi Dunn")]


def test_we_is_the_body_named_after_the_speaker_or_by_a_noun_in_their_role():
    found = commitments_of(
        "Title\n\nDetective Inspector Omar Bell of Kelby Police led the inquiry. "
        'He said: "We will now pursue his house and his cars."\n\n'
        "Vantor Labs said it would cooperate. In a statement, the company's chief executive, Ida Moss, "
        'said: "We will roll out age checks by March."'
    )
    assert [c.who for c in found] == ["Kelby Police", "Vantor Labs", "Vantor Labs"]


def test_a_company_named_once_opening_the_sentence_commits():
    found = commitments_of(
        "Title\n\nOrbitel is to cut 200 jobs. Dorwick Foods will close its bakery next year. "
        "Hospitals will open 40 new wards by 2027. Ministers are to publish the plan in May. "
        "Velmar, a bakery chain, said it would close 12 shops."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Orbitel"), (1, "Dorwick Foods"), (3, "article"), (4, "Velmar")]


def test_the_company_after_a_sentence_opening_with_a_company_is_that_company():
    found = commitments_of(
        "Title\n\nKelby Rail runs the line. Kelby Rail, Kelby Rail and Kelby Rail again. "
        "Norvane Freight Group said it had added 40 detectors. The company said it would review the bill."
    )
    assert [c.who for c in found if "review" in c.text] == ["Norvane Freight Group"]


def test_a_body_named_by_its_noun_opening_the_sentence_is_a_subject_that_commits():
    found = commitments_of(
        "Title\n\nMeasles spread across Ohio and Ohio schools closed. Velby Health Agency sent staff. "
        "The agency also agreed to release more vaccine doses. The state also plans to mail letters to parents."
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Velby Health Agency"), (3, "Ohio")]


def test_a_call_on_others_after_the_pledge_leaves_it_standing():
    found = commitments_of(
        "Title\n\nAttorney General Obi Dunn said his office would seek to join the case and urged other states "
        "to do the same. Council leader Ada Kerr said: 'We are going to put £250,000 into this scheme because "
        "this must never happen again.' Jane Doe urged the council to commit £5m to the scheme."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Obi Dunn"), (1, "Ada Kerr")]


def test_an_announcer_commits_to_what_the_thing_announced_will_do():
    found = commitments_of(
        "Title\n\nHealth Secretary Ann Roe won the vote. The Cabinet minister last night announced the birth "
        "centre at Kelby General Hospital would stay open. Velmar Group confirmed that the plant will close in "
        "May. Analysts said the economy would grow. Velmar Group announced the results would be better."
    )
    assert [(c.sentence, c.who) for c in found] == [(1, "Ann Roe"), (2, "Velmar Group")]


def test_a_refusal_to_comment_is_not_a_pledge():
    found = commitments_of(
        "Title\n\n'I'm not going to talk about a player who isn't ours yet,' coach Tom Brill said. "
        "Tom Brill is not planning to comment on the bid. Tom Brill is going to sign two players in January."
    )
    assert [c.sentence for c in found] == [2]


def test_an_act_under_way_from_then_on_is_a_pledge_but_an_outlook_is_not():
    found = commitments_of(
        'Title\n\nCampaign chair Ola Brun said: "We will be seeking a judicial review of the decision." '
        'MP Ida Lind added: "I\'ll be holding the minister to every word." '
        'Fans will be hoping for a win. Tom Reyes said: "We will be facing a hard winter."'
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Ola Brun"), (1, "Ida Lind")]


def test_remaining_committed_is_the_subjects_commitment():
    found = commitments_of(
        "Title\n\nKelby Rail won. Norvane Group lost. Orbitel, for its part, said it remains committed to the merger."
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Orbitel")]


def test_the_company_further_back_in_a_reported_clause_is_the_company():
    found = commitments_of(
        "Title\n\nKelby Rail Group won the bid. Kelby Rail Group and Kelby Rail Group again. "
        'Orvel Foods Group said it would fight. A spokesperson told reporters the company "expects to win" and '
        "plans to close the deal in May."
    )
    assert [(c.sentence, c.who) for c in found if c.sentence in (2, 3)] == [
        (2, "Orvel Foods Group"),
        (3, "Orvel Foods Group"),
    ]


def test_it_after_a_thing_that_opens_the_sentence_is_that_thing_not_a_body():
    found = commitments_of(
        "Title\n\nThe Royal Kelby Trust warned of cuts. The Royal Kelby Trust met again. "
        'Health Secretary Ann Roe said: "I have listened. This unit will stay open, and it will have the staff '
        'it needs." The Royal Kelby Trust said it would hire 60 midwives.'
    )
    assert [(c.sentence, c.who) for c in found] == [(3, "Ann Roe"), (4, "Royal Kelby Trust")]


def test_a_reported_state_or_a_thing_never_to_be_done_is_not_a_pledge():
    found = commitments_of(
        "Title\n\nBoard chair Ida Lind said the combined company would control 40% of sales. "
        "Residents said candidates told them Marden Fields would never be built on. "
        "Ida Lind said the company would sell 40 stores by May."
    )
    assert [c.sentence for c in found] == [2]


def test_a_pledge_with_a_condition_after_it_is_not_a_pledge():
    found = commitments_of(
        "Title\n\nThe Green Party said they would overturn the decision if they took control. "
        "Kelby Athletics insisted it would take action unless she could prove she was injured. "
        'Ida Lind said: "We will pursue this case, and we will impose fines if children remain at risk." '
        "The Tories say they will vote against it unless changes are agreed."
    )
    assert [c.sentence for c in found] == [2, 3]


def test_pledges_named_as_nouns_and_a_proposed_thing_are_not_pledges():
    found = commitments_of(
        "Title\n\nSenator Ida Lind said she had secured commitments from eight colleagues to back the bill. "
        "\"We've heard promises before,\" Tom Reyes said. Kelby Foods Group's proposed $14bn takeover was blocked. "
        "Kelby Foods Group proposed a $2bn sale of stores."
    )
    assert [c.sentence for c in found] == [3]


def test_we_of_a_politician_is_their_own_pledge_and_of_a_chair_or_an_executive_their_bodys():
    # (The first outlets set gave a campaign chair's "we" to the chair; every later set and the
    # shared gold give a head's "we" to the body they head.)
    found = commitments_of(
        "Title\n\nKelby Homes won. Kelby Homes lost. Save Kelby Fields formed. Save Kelby Fields met. "
        'Ola Brun, chairman of Save Kelby Fields, said: "We will seek a judicial review." '
        'Kelby Homes chief executive Ida Lind said: "We will build 500 homes by 2030." '
        'Housing Minister Tam Orr said: "We will fund 200 more by 2031."'
    )
    assert [c.who for c in found] == ["Save Kelby Fields", "Kelby Homes", "Tam Orr"]


def test_a_bare_chairmans_we_is_the_body_the_story_is_about():
    found = commitments_of(
        "Title\n\nBrannock Athletic rejected a bid from Colm Town. Brannock Athletic want more. "
        "Brannock Athletic will hold out. Chairman Ivo Starr was defiant. "
        'He said: "We\'re going to keep him until the summer, whatever they offer."'
    )
    assert [c.who for c in found][-1] == "Brannock Athletic"


def test_what_a_body_is_to_be_given_is_the_givers_pledge():
    found = commitments_of(
        "Title\n\nSpeaking on Tuesday, Health Secretary Jane Roe said the Kelby Health Trust would get an extra "
        "£2bn next year. Velmar Group said customers would receive new cables within four weeks. "
        "Analysts said the firm would get a boost."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Jane Roe"), (1, "Velmar Group")]


def test_set_to_is_a_forecast_unless_someone_who_can_commit_is_its_subject():
    found = commitments_of(
        "Title\n\nInterest rates are set to rise next year. Greyhaven is set to open a new store in May. "
        "Kelby Council is set to approve 40 homes in June."
    )
    assert [(c.sentence, c.who) for c in found] == [(1, "Greyhaven"), (2, "Kelby Council")]


def test_our_plan_is_what_we_plan():
    found = commitments_of(
        "Title\n\nVelmar Group grew. Velmar Group hired. "
        '"Our plan is to hire 300 people by May," said Ida Lind, chief executive of Velmar Group.'
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Velmar Group")]


def test_the_trust_is_the_trust_the_story_names():
    found = commitments_of(
        "Title\n\nKelby Rail won. Kelby Rail lost. Kelby Rail again. The Dorwick Health Trust runs the unit. "
        "Kelby Rail said prices rose. The trust said it would hire 60 midwives by May."
    )
    assert [(c.sentence, c.who) for c in found] == [(5, "Dorwick Health Trust")]


def test_when_and_adverbs_between_the_subject_and_the_pledge():
    found = commitments_of(
        "Ohio Gov. Ellen Marsh on Wednesday vowed to veto the budget. "
        "US tycoon Bret Callan has agreed a deal to buy the club. Callan even vowed to sit with the fans."
    )
    assert [c.who for c in found] == ["Ellen Marsh", "Bret Callan", "Bret Callan"]


def test_a_description_opening_the_sentence_introduces_its_subject():
    found = commitments_of(
        "Title\n\nThe Pelton Review was banned. Its printer, Marrow Inkworks, announced it would send 300 free copies "
        "to schools. The Minister for Canal Safety, Odile Prentiss, pledged to fund 40 new locks by May. "
        "Brin's partner and co-owner, Tomas Velde, has agreed to repay a £30,000 loan."
    )
    assert [(c.sentence, c.who) for c in found] == [(1, "Marrow Inkworks"), (2, "Odile Prentiss"), (3, "Tomas Velde")]


def test_an_apposition_stops_at_a_speech_verb_that_opens_a_clause():
    found = commitments_of(
        "Title\n\nHarriet Oakes, a founder of Friends of Selby Woods (FSW), said the group will go to court "
        "before the trees are felled in March."
    )
    assert [c.who for c in found] in (["FSW"], ["Friends of Selby Woods"])


def test_a_minister_announcing_what_the_government_will_do_commits_herself():
    found = commitments_of(
        "Title\n\nThe Government faces questions. Transport minister Elspeth Varley said the Government would "
        "publish new rules on cycle lanes in the spring."
    )
    assert [c.who for c in found] == ["Elspeth Varley"]


def test_her_organisation_is_the_body_she_speaks_for():
    found = commitments_of(
        "Title\n\nKelby Water was fined. Kelby Water apologised. Ofcastle Regulator spoke. Kelby Water paid. "
        "Dr Nia Castell, director of the Harewood Canal Trust, said the fine was too small. "
        "Her organisation has said it will publish its own readings from 40 sites along the canal."
    )
    assert [c.who for c in found] == ["Harewood Canal Trust"]


def test_the_group_is_the_one_whose_director_just_spoke():
    found = commitments_of(
        "Title\n\nHalden Pharma raised prices. Halden Pharma denied wrongdoing. Halden Pharma hired lawyers. "
        '"Every week costs us," said Mara Quist, executive director of the Fair Medicine Network. '
        "The group said it would hand over hundreds of receipts to investigators."
    )
    assert [c.who for c in found] == ["Fair Medicine Network"]


def test_a_chief_executive_says_we_for_the_body_just_named():
    found = commitments_of(
        "Title\n\nThe Ashcombe Health Trust runs the hospital. Its car park is run by Brackley Park Services. "
        "Brackley Park Services issued 900 fines. Last night the trust announced a U-turn. "
        "Chief executive Dr Ines Morrow said: 'We will refund every fine issued since May.'"
    )
    assert [c.who for c in found] == ["Ashcombe Health Trust"]


def test_we_of_an_unnamed_spokesperson_is_their_organisations():
    found = commitments_of(
        "Title\n\nDorlan Foods raised prices. Dorlan Foods denied it. A Dorlan spokesperson said the company had done "
        'nothing illegal. "We will cut prices by 10% by May," the spokesperson said in a statement.'
    )
    assert [c.who for c in found] == ["Dorlan Foods"]


def test_the_company_a_spokesperson_speaks_of_is_their_own():
    found = commitments_of(
        "Title\n\nTarvel Systems was hacked in May. Congress held a hearing. Congress asked questions. "
        "A Tarvel spokesperson said after the hearing that it would turn on new locks across all of its "
        'systems by December. "We will also pay for credit monitoring," the spokesperson said.'
    )
    assert [c.who for c in found] == ["Tarvel Systems", "Tarvel Systems"]


def test_a_spokesperson_speaks_for_the_body_their_short_name_begins():
    from briefcli.extract.committer import Resolver

    _, sentences, index, _ = analyse("Title\n\nTarvel Systems was hacked. Tarvel Systems apologised.")
    resolver = Resolver(index, sentences)
    assert resolver._organisation_named("A Tarvel") == "Tarvel Systems"
    assert resolver._organisation_named("Congress") is None


def test_a_body_named_by_its_title_is_what_it_stands_for():
    found = commitments_of(
        "Title\n\nVarn Mining agreed to buy Tollis Metals. Varn Mining expects to close the deal in May. "
        "The Ardish Treasurer's office said in a brief statement it would consider the proposal on its merits."
    )
    assert [c.who for c in found][-1] == "Ardish Treasurer's office"


def test_a_would_with_no_speech_verb_goes_on_reporting_the_speaker_before():
    found = commitments_of(
        "Title\n\nHousing minister Wren Aldous said the new fund would open to councils in May.\n\n"
        "Grants would be capped at £5,000 per home and paid within 30 days."
    )
    assert [(c.sentence, c.who) for c in found][-1] == (1, "Wren Aldous")


def test_she_is_the_woman_named_before_not_the_last_name():
    found = commitments_of("Title\n\nMs Ana Roe met Tom Vell on Monday. She pledged £5m to hire 30 nurses by May.")
    assert [c.who for c in found] == ["Ana Roe"]


def test_a_pledger_described_twice_between_commas_still_commits():
    found = commitments_of(
        "Rep. Tobias Wren, D-Calif., whose district includes the shipyard, plans to introduce an amendment. "
        "Mara Quill, the county's sheriff, a Republican, vowed to reopen the jail."
    )
    assert [c.who for c in found] == ["Tobias Wren", "Mara Quill"]


def test_a_post_named_without_its_holder_commits_the_holder():
    found = commitments_of(
        "Transport Secretary says she will ban the scooters. Transport Secretary Ria Vance said she was angry. "
        "But the shadow transport secretary, Tom Eyre, said nothing had been done."
    )
    assert [c.who for c in found] == ["Ria Vance"]


def test_we_from_an_official_named_by_the_bodys_noun_commits_the_body():
    found = commitments_of(
        "Nexor Games is shutting its studio. The Creative Media Union said the closure broke the law. "
        'Union organiser Kim Dall said: "We will be taking Nexor to a tribunal." '
        'A company spokeswoman said: "We will pay every affected employee."'
    )
    assert [c.who for c in found][-2:] == ["Creative Media Union", "Nexor Games"]


def test_the_money_is_the_last_sum_pledged_a_few_sentences_before():
    found = commitments_of(
        "Title\n\nOrbix is spending $40m over the next two years on solar research. "
        "Orbix said demand had doubled. In 2024 Orbix said sales had grown. "
        "The money will be used to build two laboratories and will add staff to its Leeds site."
    )
    assert [(c.sentence, c.who) for c in found] == [(0, "Orbix"), (3, "Orbix")]


def test_the_company_is_no_union_or_regulator():
    found = commitments_of(
        "Title\n\nMarlow Foods agreed to buy Penn Grocers. The Competition Commission reviewed the deal. "
        "The Competition Commission raised concerns. Marlow Foods will pay $2bn. "
        "The Competition Commission asked for more. To meet its concerns, the companies agreed in May to sell "
        "80 stores to a rival."
    )
    assert found[-1].who == "Marlow Foods"
    found = commitments_of(
        "Title\n\nUnion official Ada Pryce of the National Union of Bakers said the company had ignored staff. "
        '"They have ignored us," said Ms Pryce, who added that the company now planned to consult staff by May.'
    )
    assert found[-1].who != "National Union of Bakers"


def test_the_airline_would_is_a_body_reported_as_committing():
    found = commitments_of(
        "Title\n\nA spokeswoman for Delmont Airways said the airline would refund all passengers within 30 days."
    )
    assert [c.who for c in found] == ["Delmont Airways"]


def test_a_description_after_a_lead_in_introduces_its_subject():
    found = commitments_of(
        "Title\n\nWriting in the Morning Ledger, the Home Secretary, Ivo Lake, promised 5,000 more police officers "
        "by 2026."
    )
    assert [c.who for c in found] == ["Ivo Lake"]


def test_a_director_says_we_for_the_body_named_before():
    found = commitments_of(
        "Title\n\nKelby Rail closed the line in May. "
        '"We will reopen the line by May," Kelby Rail managing director Marta Lind told reporters.'
    )
    assert [c.who for c in found] == ["Kelby Rail"]


def test_the_agent_of_a_lead_in_clause_is_not_what_it_stands_for():
    found = commitments_of(
        "Title\n\nTold by CNN that the plant would close, Acme Foods said it would keep 200 jobs until 2027."
    )
    assert [c.who for c in found] != ["CNN"]


def test_what_a_subject_will_get_is_no_pledge_of_its_own():
    found = commitments_of(
        "Title\n\nAcme Foods employs 900 people in Kelby. Kelby will get a new plant by 2026, the firm said."
    )
    assert "Kelby" not in [c.who for c in found]


def test_the_two_companies_are_no_regulator():
    found = commitments_of(
        "Title\n\nMarlow Foods agreed to buy Penn Grocers. The Competition Commission reviewed the deal. "
        "The Competition Commission raised concerns. The Competition Commission asked for more. "
        "The two companies said they would sell 80 stores to a rival by May."
    )
    assert found[-1].who != "Competition Commission"


def test_the_union_is_the_named_workers_body():
    found = commitments_of(
        "Members of Harbor Drivers United Local 88 walked out after talks with the Port Authority failed. "
        "Union president Ana Ruiz said the union would run free shuttles."
    )
    assert [c.who for c in found] == ["Harbor Drivers United Local 88"]


def test_a_bare_post_opening_a_pledge_is_its_holder_not_a_name():
    found = commitments_of(
        "A tutor at Kelmont University took bribes, police said. "
        "Kelmont University's vice-chancellor, Professor Ada Brisk, said she was sorry. "
        "Vice-chancellor has pledged to review every offer made since 2023."
    )
    assert [c.who for c in found] == ["Ada Brisk"]


def test_a_body_qualifying_the_subjects_noun_commits():
    found = commitments_of(
        "Title\n\nThe Kelby Rail trains will stop at 40 new stations by 2027. Kelby Rail owns the line. "
        "Kelby Rail said fares rose."
    )
    assert [c.who for c in found][:1] == ["Kelby Rail"]


def test_estimates_obligations_after_the_cue_and_denied_pledges_are_no_commitments():
    found = commitments_of(
        "The ministry estimates the merger will save £40m a year. "
        '"Now they are going to have to defend it," Ann Cole said. '
        "The governor did not commit any new money for the buses. "
        "Acme will hire 200 people by May."
    )
    assert [c.text for c in found] == ["Acme will hire 200 people by May."]


def test_pledges_as_nouns_after_an_adjective_are_no_commitments():
    found = commitments_of(
        "Residents said they had heard big promises before. Ministers made bold pledges on housing. "
        "Acme promised to build 300 homes."
    )
    assert [c.text for c in found] == ["Acme promised to build 300 homes."]


def test_a_speakers_body_is_the_fullest_name_in_their_role():
    found = commitments_of(
        "Halbrook council met on Monday. The Halbrook Area Transit Authority, known as HATA, offered raises. "
        "Its general manager, Philip Ester, said the authority would run a reduced service."
    )
    assert [c.who for c in found] == ["Halbrook Area Transit Authority"]


def test_an_executive_named_after_a_quote_speaks_for_the_body_of_their_role():
    # The role set between the quote and the name ('"...," X's chief executive, Jo Lee, said')
    # is read, and its possessive owner is the body her "we" stands for, listed actor or not.
    found = commitments_of(
        'Pellmarsh Stores is cutting jobs. "These were hard decisions," Dunwick\'s chief executive, Ana Roe, '
        'said in a statement. "We will keep 60 shops open."'
    )
    assert [(c.who, c.sentence) for c in found] == [("Dunwick", 2)]


def test_a_representative_speaking_of_he_means_the_client_not_themself():
    found = commitments_of(
        "The singer Tam Ostler won his case on Monday. Ostler's solicitor, Ivo Brent, read a statement outside. "
        '"He will give every penny of these damages to charity," Brent said.'
    )
    assert [(c.who, c.sentence) for c in found] == [("Tam Ostler", 2)]


def test_she_outside_quotes_is_still_the_speaker():
    (c,) = commitments_of("Mara Quist, the council leader, said she would resign in May.")
    assert c.who == "Mara Quist"


def test_an_opening_quote_mark_does_not_hide_the_subject_of_the_pledge():
    found = commitments_of(
        "Parents sued the Dellridge Unified School District over its phone ban. "
        'In a statement, the district said it "will continue to enforce the policy" while the case is heard.'
    )
    assert [(c.who, c.sentence) for c in found] == [("Dellridge Unified School District", 1)]


def test_the_force_is_the_police_the_story_names():
    found = commitments_of(
        "Inspectors criticised Brackwater Police over its searches. "
        "The force will publish monthly figures from January, its chief constable said."
    )
    assert [(c.who, c.sentence) for c in found] == [("Brackwater Police", 1)]


def test_a_chief_constables_we_is_the_force():
    found = commitments_of(
        "Inspectors criticised Brackwater Police over its searches. Its chief constable, Ann Ruddock, apologised. "
        '"We will retrain every officer by next year," she said.'
    )
    assert [(c.who, c.sentence) for c in found] == [("Brackwater Police", 2)]


def test_its_in_the_next_sentence_is_the_subject_not_a_body_in_a_relative_clause():
    found = commitments_of(
        "Dunmere Water Services, which is owned by the fund Bolt Capital Partners, was fined £2m on Monday. "
        "Its chief executive, Ann Pike, said the company would not appeal against the fine."
    )
    assert [(c.who, c.sentence) for c in found] == [("Dunmere Water Services", 1)]


def test_a_bullet_that_opens_with_a_bare_body_noun_is_the_body_the_story_is_about():
    found = commitments_of(
        "RAIL CHAOS: Harwell Trains cancels 900 services\n\n"
        "Passengers stranded for a month after a botched new timetable\n"
        "Operator will restore the old timetable from May 4 and pay £2m in compensation\n\n"
        "Harwell Trains cancelled 900 services in a month. Harwell Trains apologised to passengers."
    )
    assert [(c.who, c.sentence) for c in found] == [("Harwell Trains", 1)]


def test_a_bullet_whose_subject_names_no_one_is_the_pledge_of_the_report_it_sums_up():
    found = commitments_of(
        "TRANSFER STORM: Kelby Rovers star refuses to play\n\n"
        "Jo Marsh dropped after a row over his contract\n"
        "Striker vows he will never play for the club again after £58m move collapsed\n\n"
        "Jo Marsh has been dropped by Kelby Rovers after a row over his contract. "
        "Marsh, 24, vowed that he would never play for Kelby Rovers again. "
        "Kelby Rovers said the player was under contract."
    )
    assert [(c.who, c.sentence) for c in found] == [("Jo Marsh", 1), ("Jo Marsh", 3)]


def test_a_bullet_whose_pledge_no_report_gives_anyone_is_no_commitment():
    found = commitments_of(
        "TRANSFER STORM: Kelby Rovers star refuses to play\n\n"
        "Jo Marsh dropped after a row over his contract\n"
        "Striker vows he will never play for the club again after £58m move collapsed\n\n"
        "Jo Marsh has been dropped by Kelby Rovers after a row over his contract. "
        "Kelby Rovers said it would build a new stand by 2028."
    )
    assert [(c.who, c.sentence) for c in found] == [("Kelby Rovers", 3)]


def test_a_headline_or_standfirst_whose_pledge_names_no_one_is_no_commitment():
    found = commitments_of(
        "JACKPOT JOY: Kelby trucker scoops £4m on the lottery\n\n"
        "Lorry driver who scooped jackpot vows to keep his job\n\n"
        "Unions vow to fight the closure of the Kelby plant\n\n"
        "By JO LEE\n\n"
        "Dave Hollins, 52, won £4m on Saturday. Hollins said he would keep driving for Kelby Haulage."
    )
    assert [(c.who, c.sentence) for c in found] == [("Dave Hollins", 3)]


def test_the_operator_is_a_train_operator_named_as_trains_not_the_track_owner():
    found = commitments_of(
        "Harwell Trains cancelled 900 services last month. Rail minister Jo Dale met Network Rail officials on "
        "Monday. Network Rail said its track was fine. The operator will refund every season ticket holder by March."
    )
    assert [c.who for c in found] == ["Harwell Trains"]


def test_a_noun_after_a_bodys_possessive_is_what_it_owns_not_what_it_is():
    found = commitments_of(
        "Harwell Trains cancelled 900 services last month. The contract could pass to the Government's operator "
        "of last resort, the minister said. The operator will refund every season ticket holder by March."
    )
    assert [c.who for c in found] == ["Harwell Trains"]


def test_a_pronoun_that_unveils_a_plan_is_the_plans_committer():
    found = commitments_of(
        "Jo Barrow, director of the Kelby Water Authority, said the pipe had been due for replacement. "
        "The authority will credit every customer $25, she said. "
        "It also unveiled a $42 million plan to replace nine miles of main over the next decade."
    )
    assert [c.who for c in found] == ["Kelby Water Authority", "Kelby Water Authority"]


def test_a_mayors_city_named_only_in_the_dateline_is_the_dateline_town():
    found = commitments_of(
        "PORT ALDEN, Mich. — The Lakeshore transit authority plans to cut 14 bus routes in March. "
        "Mayor Daniel Okafor said the city would put $1.2 million from its parks reserve toward keeping two routes."
    )
    assert [c.who for c in found if "parks reserve" in c.text] == ["Port Alden"]


def test_a_plan_reviewed_by_a_bodys_committee_is_the_committees_and_by_its_board_the_bodys():
    found = commitments_of(
        "Kelby County Council wants to close the maternity ward. "
        "The plans will be reviewed by Kelby County Council's health scrutiny committee on December 15. "
        "Acme Motors is to cut 300 jobs. Any offer to keep the plant open will be assessed by Acme Motors' board "
        "before March, the company said."
    )
    assert [c.who for c in found if "reviewed" in c.text or "assessed" in c.text] == [
        "health scrutiny committee",
        "Acme Motors",
    ]


def test_a_county_judges_vow_that_the_county_would_is_the_countys():
    found = commitments_of(
        "Kelby County will ask voters to approve a $68 million jail bond. County Judge Alma Reyes, who presides "
        "over the court, said the jail was full. She vowed that the county would not raise its tax rate by more "
        "than two cents."
    )
    assert [c.who for c in found] == ["Kelby County", "Kelby County"]


def test_the_administrators_are_the_firm_appointed_not_the_company_they_run():
    for named in (
        "Jo Quayle, a partner at the restructuring firm Pell Harwood, which was appointed as administrator, said",
        "Jo Quayle of Pell Harwood, the joint administrators, said",
    ):
        found = commitments_of(
            f"Kelby Care Homes, which runs 11 care homes, has collapsed. {named} the firm had been undone by costs. "
            "Kelby Care Homes employs 600 people. The administrators said they would keep all 11 homes open."
        )
        assert [c.who for c in found] == ["Pell Harwood"], named


def test_a_trading_noun_never_stands_for_a_group_of_people_or_a_council():
    assert not committer.noun_fits("developer", "Foxhill Meadows Action Group")
    assert not committer.noun_fits("developer", "Kelby Residents' Group")
    assert not committer.noun_fits("insurer", "Kelby County Council")
    assert committer.noun_fits("developer", "Larchfield Homes Group")


def test_a_bullet_opening_with_a_bare_union_is_never_the_storys_firm():
    found = commitments_of(
        "STRIKE CHAOS: Skyline Air cancels 900 flights\n\n"
        "Skyline Air promises free rebooking for all 180,000 passengers\n"
        "Union vows there will be no let-up over Christmas\n\n"
        "Skyline Air cancelled 900 flights on Friday. Skyline Air said it would rebook every passenger. "
        "Jo Tully, general secretary of Aircrew Together, said the union would not call off the walkout. "
        "Skyline Air flies to 40 places."
    )
    assert [(c.who, c.sentence) for c in found] == [("Skyline Air", 0), ("Skyline Air", 3), ("Aircrew Together", 4)]


def test_a_plan_reviewed_by_a_bodys_team_or_officials_is_the_bodys():
    found = commitments_of(
        "Kelby Hospitals NHS Trust will send 6,000 patients to a private clinic. The plan will be reviewed by "
        "NHS England's regional team before the contract is signed, a spokeswoman for the trust said."
    )
    assert [c.who for c in found] == ["Kelby Hospitals NHS Trust", "NHS England"]


def test_a_body_noun_subject_with_a_relative_clause_before_its_verb_is_the_body():
    found = commitments_of(
        "The campaign group Kelby First opposes the closure. The group, which has gathered 3,200 signatures, "
        "will hand its petition to the council next Monday, Jo Lee said."
    )
    assert [c.who for c in found] == ["Kelby First"]


def test_it_opening_the_sentence_after_a_bodys_pledge_is_that_body():
    found = commitments_of(
        "The regional airline Heronair will drop four routes from Aldmoor Airport in March. Aldmoor Airport said "
        "it was disappointed. Aldmoor Airport has 300 staff and Aldmoor Airport will waive landing fees. The "
        "airline said it would offer every passenger a full refund. It will also keep its maintenance hangar at "
        "Aldmoor open, a spokeswoman said."
    )
    assert [c.who for c in found if c.text.startswith(("The airline", "It will"))] == ["Heronair", "Heronair"]


def test_the_airline_is_never_the_airport_named_beside_it():
    found = commitments_of(
        "Heronair will drop four routes from Aldmoor Airport in March. Aldmoor Airport said it was disappointed, "
        "and Aldmoor Airport will waive landing fees. Aldmoor Airport has 300 staff. "
        "The airline said it would offer every passenger a full refund."
    )
    assert "Aldmoor Airport" not in [c.who for c in found if c.text.startswith("The airline")]


def test_a_superintendents_district_is_the_schools_not_the_board():
    found = commitments_of(
        "The Kelby Board of Education voted 4-1 for a four-day week at Kelby Municipal Schools. "
        "Superintendent Alma Reyes said the change would keep teachers. "
        "The district will open free Friday programs at four campuses, she said. "
        "Reyes also promised that no teacher's salary would be cut because of the shorter calendar."
    )
    assert [c.who for c in found if c.sentence >= 2] == ["Kelby Municipal Schools", "Kelby Municipal Schools"]


def test_the_ministry_is_a_ministry_named_for_its_brief():
    found = commitments_of(
        "Kelby Chips will build its plant in Wales, its chief executive Yoon Min-ji said. A spokeswoman for "
        "Germany's Federal Ministry for Economic Affairs and Energy said Berlin had not given up. "
        "The ministry will keep its offer of a site open until the end of 2027, she said."
    )
    assert [c.who for c in found if c.text.startswith("The ministry")] == [
        "Federal Ministry for Economic Affairs and Energy"
    ]


def test_the_group_after_members_of_a_body_is_that_body():
    found = commitments_of(
        "Corvane Cloud will build a data centre near Kelby. Corvane Cloud says it will hire 300 people, and "
        "Corvane Cloud has bought the land. Farmer Harlan Beck said members of Tallgrass Water Watch believed "
        "the aquifer could not support it. The group plans to file a petition in district court next week."
    )
    assert [c.who for c in found if c.text.startswith("The group")] == ["Tallgrass Water Watch"]


def test_the_broadcaster_is_a_body_named_as_one_not_the_production_company():
    found = commitments_of(
        "Harbour Lane, which is made and shown by Vantage TV, won Best Soap. The vote was run by Brightwave "
        "Productions. Brightwave said it would refund everyone who paid to vote. The broadcaster will not strip "
        "Harbour Lane of its second prize."
    )
    assert [c.who for c in found if c.text.startswith("The broadcaster")] == ["Vantage TV"]


def test_a_bullet_whose_subject_is_a_bare_body_noun_is_a_pledge():
    found = commitments_of(
        "RAIL MISERY: Harwell Trains timetable collapses\n\n"
        "One in four services axed in first week of new timetable\n"
        "Operator promises to refund December season tickets in full\n\n"
        "Harwell Trains cancelled 900 services last month. Harwell Trains apologised to passengers."
    )
    assert [(c.who, c.sentence) for c in found] == [("Harwell Trains", 1)]


def test_a_headlines_plan_without_is_is_a_pledge_of_its_named_subject():
    found = commitments_of(
        "BROADBAND BILL SHOCK: Millions hit with £72-a-year hike mid-contract\n\n"
        "Kestrel Broadband to put up bills by £6 a month from February\n\n"
        "Firm says customers can leave without penalty until January 31\n\n"
        "Ofcom to look at whether the rise broke its pricing rules\n\n"
        "By JO LEE, CONSUMER EDITOR\n\n"
        "MORE than two million broadband customers face a £72-a-year rise. Kestrel Broadband has 2.3 million "
        "customers. Kestrel Broadband blamed energy costs. Ofcom said it was aware."
    )
    assert [(c.who, c.sentence) for c in found] == [("Kestrel Broadband", 0), ("Ofcom", 2)]


def test_a_headlines_plan_in_sentence_case_is_a_pledge_of_the_body_its_noun_names():
    found = commitments_of(
        "FERRY FURY: Winter timetable axed after 400 sailings cancelled\n\n"
        "Ferry firm to scrap winter timetable and bring back old one from March 2\n\n"
        "Hospice that was meant to benefit says it received just £15,000\n\n"
        "She will take Kelby Ferries to an employment tribunal, her lawyers confirmed\n\n"
        "Kelby Ferries passengers react to cancellations\n\n"
        "Kelby Ferries shift to sailing out of Marlow\n\n"
        "By JO LEE, TRANSPORT EDITOR\n\n"
        "Kelby Ferries cancelled 400 sailings in a month. Kelby Ferries will scrap its winter timetable from March 2, "
        "the firm said on Monday."
    )
    assert [(c.who, c.sentence) for c in found] == [("Kelby Ferries", 0), ("Kelby Ferries", 6)]


def test_a_bodys_members_as_the_subject_commit_the_body():
    found = commitments_of(
        "Drivers in the Kelmont Drivers Union walked out on Monday over the new rota. "
        "The union said its members will stay off the job until the old rota is restored."
    )
    assert [(c.who, c.sentence) for c in found] == [("Kelmont Drivers Union", 1)]


def test_a_body_noun_before_would_in_reported_speech_can_commit():
    found = commitments_of(
        "Tenants complained to Halden Housing Association for months. "
        "Its chief executive, Graham Wicks, said the association would move the family into a new flat."
    )
    assert [(c.who, c.sentence) for c in found] == [("Halden Housing Association", 1)]


def test_a_lawyers_client_is_the_one_who_commits():
    found = commitments_of(
        "The singer Jade Morrow lost her libel case on Friday. "
        "But Morrow's barrister, Nadia Quill, told reporters that her client would appeal against the ruling."
    )
    assert [(c.who, c.sentence) for c in found] == [("Jade Morrow", 1)]


def test_accepting_a_reports_recommendations_is_a_commitment():
    found = commitments_of(
        "Inspectors criticised Brackwater Police over its use of force. "
        "Ann Ruddock, the chief constable, said she accepted all 12 of the inspectors' recommendations. "
        "The inspectors accepted the force's figures."
    )
    assert [c.sentence for c in found] == [1]


def test_the_club_is_the_club_the_story_names_not_the_council():
    found = commitments_of(
        "Dunmore City unveiled plans for a new stadium on Monday. Dunmore City has played at its ground since 1901. "
        "Harwick City Council will decide on the plans. "
        "Chief executive Ana Pell said the club would submit a full planning application in March."
    )
    assert [(c.who, c.sentence) for c in found][-1] == ("Dunmore City", 3)


def test_pledges_counted_as_money_raised_are_no_pledge_of_their_own():
    assert not commitments_of("The Fenwick Rowing Club said it had raised £8,000 in pledges since May.")


def test_a_pledge_in_a_second_verb_phrase_shares_the_first_ones_subject():
    found = commitments_of(
        "The Linmoor Heritage Society has opposed the sale for a year. "
        "Its chair, Ada Quenby, said it had raised £40,000 in pledges in a month and planned to ask "
        "the council to list the hall as a community asset."
    )
    assert [(c.who, c.sentence) for c in found] == [("Linmoor Heritage Society", 1)]


def test_it_in_a_persons_speech_is_the_body_they_speak_for():
    found = commitments_of(
        "Ada Quenby, chair of the Linmoor Heritage Society, met Barrowgate Homes on Monday. "
        "Barrowgate Homes has refused to sell the hall. "
        "Quenby said it would take the fight to the planning inspector."
    )
    assert [(c.who, c.sentence) for c in found] == [("Linmoor Heritage Society", 2)]


def test_a_pledge_joined_by_and_shares_the_subject_of_the_first_verb():
    found = commitments_of(
        "Tarn Ferries has suspended its oldest ship. "
        "Tarn Ferries today said it was 'truly sorry' and would spend £4million on an overhaul of its fleet. "
        "The parish council has voted unanimously to object and will commission its own flood survey."
    )
    assert [c.sentence for c in found] == [1, 2]
    assert found[0].who == "Tarn Ferries"


def test_after_a_verb_of_speech_a_joined_verb_belongs_to_the_reported_clause():
    # "the closure" makes and guts: a thing's fate, not the delegation's pledge
    assert not commitments_of(
        "Ohio's congressional delegation says the closure 'makes no military sense' and will gut the local economy."
    )
    # the position "will not change": no body's possessive opens a pledge
    assert not commitments_of("The club's own position on gambling sponsorship has not changed and will not change.")


def test_a_forum_or_a_watchdog_named_by_its_noun_commits():
    found = commitments_of(
        "Marta Quell chairs the Ashby Residents Forum. "
        "The forum would take part in the review panel but would withdraw if it were ignored, she added."
    )
    assert [(c.who, c.sentence) for c in found] == [("Ashby Residents Forum", 1)]


def test_the_city_an_official_speaks_of_is_the_place_the_story_names():
    found = commitments_of(
        "Title\n\nA judge on Monday blocked the city of Dorrow Falls from closing its library. "
        "City lawyer Ines Varrow said the city would appeal the ruling. "
        "Mayor Colm Tredder said the city would keep the branch open."
    )
    assert [c.who for c in found] == ["Dorrow Falls", "Dorrow Falls"]  # a mayor's "the city would": the city


def test_the_county_is_the_county_the_story_names():
    (c,) = commitments_of(
        "Title\n\nSirens failed across Brannock County last week. Emergency planner Nell Arkin "
        "said the county would restore the old sirens by March."
    )
    assert c.who == "Brannock County"
    (c,) = commitments_of(
        "Title\n\nIn Brannock County sirens failed last week. Emergency planner Nell Arkin said the county would "
        "restore the old sirens by March."
    )
    assert c.who == "Brannock County"  # not "In Brannock County"


def test_a_name_inside_the_subject_is_not_the_subject():
    found = commitments_of(
        "Title\n\nBramwell Gaming Group defended the deal with the striker Tobias Renn. A company spokeswoman said: "
        '"Every advert featuring Tobias Renn will carry a clear warning."'
    )
    assert [c.who for c in found] == ["Bramwell Gaming Group"]


def test_we_of_a_joint_administrator_is_their_firm():
    found = commitments_of(
        "Title\n\nAdministrators from Pellow Quayle Partners confirmed that all flights had been cancelled. "
        'Joint administrator Lorcan Deery said: "This is a sad day. We will work closely with the airports '
        'to get every passenger home."'
    )
    assert [c.who for c in found] == ["Pellow Quayle Partners"]


def test_a_bare_chief_executive_is_the_subjects_not_the_firm_it_hired():
    found = commitments_of(
        "Title\n\nPatient records at Trellis Dental Group were exposed for a month. Trellis Dental Group said it "
        "had closed the breach and hired the audit firm Quarrington Partners to review its systems. Chief executive "
        "Mabel Orrin said the company would write to every patient within ten days."
    )
    assert [c.who for c in found] == ["Trellis Dental Group"]
    found = commitments_of(
        "Title\n\nHalvard Foods Group will build a bakery in Kelby. Halvard Foods Group makes bread. Kelby "
        "Borough Council approved the plans of Halvard Foods Group on Monday. Chief executive Ned Pask said: "
        '"We will hire 200 people."'
    )
    assert [c.who for c in found][-1] == "Halvard Foods Group"


def test_his_office_is_the_office_named_for_the_title_he_holds():
    found = commitments_of(
        "Title\n\nThe Office of the Public Advocate had opposed the fare rise. Tomas Vell, the public advocate, "
        "said his office would oppose any appeal."
    )
    assert [c.who for c in found] == ["Office of the Public Advocate"]


def test_the_university_is_the_body_named_for_one_not_a_union_of_its_staff():
    found = commitments_of(
        "Title\n\nThe University and Colleges Staff Union called a strike. The University of Pellham said the "
        "strike was regrettable. The university has agreed to refund fees for lost teaching, a spokeswoman said."
    )
    assert [c.who for c in found] == ["University of Pellham"]


def test_we_after_the_spokesperson_said_is_the_body_named_for_them():
    found = commitments_of(
        "Title\n\nThe supermarket chain Dunmarsh Foods has apologised. A spokesperson for Dunmarsh Foods said the "
        "company had hired a new auditor. The Marlow Retailers Association said shops had lost trade. "
        '"We will also refund every affected customer," the spokesperson said.'
    )
    assert [c.who for c in found][-1] == "Dunmarsh Foods"


def test_we_of_a_lawyer_is_their_clients():
    found = commitments_of(
        "Title\n\nIda Morrow sued the Kelby Unified School District on Monday. Superintendent Gail Ruston defended "
        "the rule. Their attorney, Noel Fratt, said the families had been ignored. "
        '"We will argue that the policy broke state law," Fratt said. Ms Ruston said she regretted the row.'
    )
    assert [c.who for c in found] == ["Ida Morrow"]


def test_it_of_an_unnamed_spokesperson_is_the_body_that_spoke_just_before():
    found = commitments_of(
        "Title\n\nPellmark Trains cancelled 400 services. Pellmark Trains blamed the weather. Passengers said "
        "Pellmark Trains had let them down. Kelby Track Services, which owns the line, said repairs had overrun. "
        "A spokeswoman said it would finish the work by Friday."
    )
    assert [c.who for c in found][-1] == "Kelby Track Services"


def test_a_ministers_department_announcement_is_the_ministers():
    found = commitments_of(
        "Title\n\nFloods were worst in Marlow. Tessa Grindal, the floods minister, said the Department for Rivers "
        "and Coasts would provide £90m for new defences. Director Ben Holt said the Department for Rivers and "
        "Coasts would publish a list of schemes."
    )
    assert [c.who for c in found] == ["Tessa Grindal", "Department for Rivers and Coasts"]


def test_it_after_she_added_is_the_body_her_role_names():
    found = commitments_of(
        "Title\n\nThe Kelby Prisons Board ended the phone contract. The Kelby Prisons Board said costs had soared. "
        "Orla Finch, Brackwater Telecom's chief executive, said the firm had kept every term. She added that it "
        "would refund all overcharged calls."
    )
    assert [c.who for c in found][-1] == "Brackwater Telecom"


def test_we_of_a_bare_chief_executive_is_the_business_the_story_is_about():
    found = commitments_of(
        "Title\n\nNurses at Dovecote Health walked out. Dovecote Health said talks would resume. Pickets gathered "
        "at dawn. Many patients waited for hours. Some said they were frightened. Chief executive Ama Royle spoke "
        'to reporters. "We will keep every ward open," Royle said.'
    )
    assert [c.who for c in found][-1] == "Dovecote Health"


def test_a_role_of_the_noun_names_the_body_of_that_noun():
    found = commitments_of(
        "Title\n\nThe Marsh Lane Residents Alliance opposed the plan. Residents met on Monday. Jo Penn, director of "
        'the residents alliance, said: "We will fight the scheme in court."'
    )
    assert [c.who for c in found][-1] == "Marsh Lane Residents Alliance"


def test_the_city_unnamed_is_not_the_speakers_own_body():
    found = commitments_of(
        "Title\n\nTrains stopped at Pell Road. Ines Moray, director of the Kelby Transit Authority, said the city "
        "would reopen the station in May."
    )
    assert [c.who for c in found] == ["Ines Moray"]


def test_a_chief_constable_acts_for_the_force():
    found = commitments_of(
        "Title\n\nInspectors criticised Brannock Police over stop and search. Chief Constable Ivo Renner of "
        "Brannock Police said he would accept all 12 recommendations."
    )
    assert [c.who for c in found] == ["Brannock Police"]


def test_a_due_date_in_a_later_clause_does_not_undo_the_pledge():
    found = commitments_of(
        "Title\n\nDoctors at Pellow General voted to strike. The Kestin Doctors Union represents them. The union said "
        "it would hold a rally on Friday and would return to talks on May 3, when a mediator is due to join."
    )
    assert [c.text.split()[:2] for c in found] == [["The", "union"]]


def test_the_union_is_the_association_that_acts_as_one():
    found = commitments_of(
        "Title\n\nNurses at Pellow General voted to strike. The Kestin Nurses Association represents 900 nurses at "
        "Ardley Health. Ardley Health said it was disappointed. The union said it would hold a rally on Friday."
    )
    assert [c.who for c in found] == ["Kestin Nurses Association"]


def test_a_lawyers_the_singer_would_is_the_clients_pledge():
    found = commitments_of(
        "Title\n\nThe pop star Lyra Danvers is suing her former manager. Her solicitor, Odile Marsh of Penrose Law, "
        "said the singer would give any damages to a youth music charity."
    )
    assert [c.who for c in found] == ["Lyra Danvers"]


def test_a_spokespersons_investigators_are_their_bodys():
    found = commitments_of(
        "Title\n\nA data breach hit Quillon Health. A spokeswoman for the Marlow Department of Justice said "
        "investigators would examine whether the company broke the law."
    )
    assert [c.who for c in found] == ["Marlow Department of Justice"]


def test_unnamed_clients_act_through_the_body_that_brought_the_case():
    found = commitments_of(
        "Title\n\nThe suit was filed by Harrow Vale Legal Aid on behalf of nine tenants. Harrow Vale Legal Aid "
        "has won such cases before. Attorney Ruben Osterly "
        "said the landlord had ignored repairs. He said his clients would ask the court to order an inspection."
    )
    assert [c.who for c in found] == ["Harrow Vale Legal Aid"]


def test_a_passive_plan_in_an_officials_own_words_is_their_bodys():
    found = commitments_of(
        "Title\n\nInspectors criticised Tarnside College over its admissions. Ilse Varga, the chief executive of "
        'Tarnside College, apologised on Friday. "Every application will be checked again," she said.'
    )
    assert [c.who for c in found] == ["Tarnside College"]


def test_a_passive_outlook_outside_a_quotation_is_no_pledge():
    found = commitments_of(
        "Title\n\nInspectors criticised Tarnside College over its admissions. Every application will be checked "
        "again, the report said."
    )
    assert found == []


def test_the_parish_council_is_the_one_the_story_names():
    found = commitments_of(
        "Title\n\nCorrin Homes wants to build 300 houses at Elsby. Elsby Parish Council and Mardon District Council "
        "both received the plans. The parish council has voted to object and will commission a flood survey."
    )
    assert [c.who for c in found] == ["Elsby Parish Council"]


def test_a_body_named_in_lower_case_is_named_so_again():
    found = commitments_of(
        "Title\n\nThe pylon route was approved. Tessa Rowe, who chairs Orrin community council, said people were "
        "angry. The community council has said it will seek a judicial review of the route."
    )
    assert [c.who for c in found] == ["Orrin community council"]


def test_a_second_verb_joined_by_and_shares_the_first_ones_subject():
    found = commitments_of(
        "Title\n\nBrackwell Rovers unveiled a new stadium design. Brackwell Rovers fans cheered. Club will submit "
        "plans in March and hopes to move in by 2031."
    )
    assert [c.who for c in found][:1] == ["Brackwell Rovers"]


def test_a_speakers_own_refusal_with_wont_is_a_commitment():
    found = commitments_of(
        'Title\n\nGovernor Pia Lindell vetoed the tax bill. "I have read it twice. But I won\'t sign this," '
        'Lindell said. "He won\'t answer his phone," a neighbour said of the builder. "If they won\'t, the courts '
        'should make them," Lindell added.'
    )
    assert [(c.who, c.text.split()[1]) for c in found] == [("Pia Lindell", "I")]


def test_a_passive_plan_reported_by_the_body_that_carries_it_out():
    found = commitments_of(
        "Title\n\nNurses at Harlow Vale Health will strike in June. Harlow Vale Health said planned operations "
        "for the strike days would be reviewed case by case. Harlow Vale Health said patients would be affected."
    )
    assert [c.who for c in found] == ["Harlow Vale Health"]
    assert "reviewed" in found[0].text


def test_thoughts_comments_and_figures_of_speech_are_no_pledges():
    found = commitments_of(
        "Title\n\nThe Dunlow council set out a new plan. Resident Ola Fenn said she would believe the promises when "
        "she saw them. Mayor Ivo Hart said the town would consider buying the old depot. A spokesman said the "
        'council would not comment on staff matters. "I am not going to pretend this is easy," Hart said.'
    )
    assert found == []


def test_idioms_of_candour_and_feelings_foretold_are_no_pledges():
    found = commitments_of(
        'Title\n\nKelby Rovers sacked their manager on Monday. "It hurts, I\'m not going to lie," captain Tom '
        'Reed said. "I am not going to stand here and pretend," chairman Ivo Hart said. "I\'m not going to sit '
        'here and tell you it was fine," Hart added. "I\'ll miss him terribly," Reed said. "I\'ll cry '
        'when the stand comes down," fan Ann Cole said. "I\'ll always be thankful for those years," Cole said. "It was '
        "a poor season, I won't lie,\" Hart said."
    )
    assert found == []


def test_a_pledge_after_an_idiom_of_candour_stays_one():
    found = commitments_of(
        'Title\n\nKelby Rovers sacked their manager on Monday. "I\'m not going to lie, it hurts," chairman Ivo Hart '
        'said. "But I will appoint a new manager by Friday. We will not miss another wage payment."'
    )
    assert [c.who for c in found] == ["Ivo Hart", "Kelby Rovers"]


def test_an_offer_on_a_condition_the_other_side_must_meet_is_no_pledge():
    found = commitments_of(
        "Title\n\nThe Kestrel Crew Union met on Monday. The union said it would ballot members over safety if the firm "
        "did not agree to fixed crewing levels. Ms Pell added that the firm would pay Mr Dane £12,000 towards moving "
        "costs if he left by March."
    )
    assert found == []


def test_a_promise_received_or_heard_of_is_no_pledge():
    found = commitments_of(
        "Title\n\nStriker Ade Kolo wants to leave Brinmoor Town. Kolo claims he was promised a move if a club met his "
        'price. His agent said: "Ade was given a clear promise by the chairman." Analyst Jo Perl warned that '
        "promises of new grounds often come to nothing."
    )
    assert found == []


def test_plans_someone_halted_are_named_not_made():
    found = commitments_of(
        "Title\n\nHealth Minister Ola Brant has halted plans to shut the birth unit at Kelmore General next year."
    )
    assert found == []


def test_would_make_a_statement_announces_one():
    found = commitments_of(
        "Title\n\nA report criticised the Arden maternity unit. The health secretary, Lina Ostrow, said she would make "
        "a statement to the Commons. Critics said the report would make it harder to recruit."
    )
    assert [c.who for c in found] == ["Lina Ostrow"]


def test_a_speakers_promise_to_be_somewhere_is_a_commitment():
    found = commitments_of(
        'Title\n\nThe singer Romy Vale was ill last week. "I will be on that stage in Leeds on 3 March," Vale said. '
        '"I will be at the mercy of my doctors," she added.'
    )
    assert [c.who for c in found] == ["Romy Vale"]


def test_a_body_commits_through_its_members_or_its_inquiry():
    found = commitments_of(
        "Title\n\nThe Tarrow Dockers Union met on Monday. The Tarrow Dockers Union said its members would strike "
        "from 4 May. The Harbour Standards Board said its inquiry would examine the crane collapse."
    )
    assert [(c.sentence, c.who) for c in found] == [(1, "Tarrow Dockers Union"), (2, "Harbour Standards Board")]


def test_intended_to_reports_an_intention_but_were_intended_to_describes():
    found = commitments_of(
        "Title\n\nBrisco Haulage Ltd lost the contract. Its chief executive, Vera Lund, said the firm intended to "
        "appeal by June. The depots were intended to close in 2020."
    )
    assert [c.sentence for c in found] == [1]


def test_a_hope_about_what_others_will_do_is_no_pledge():
    assert not commitments_of(
        "Title\n\nBrisco Haulage Ltd lost the contract. The firm said it hoped the council would reopen talks by June."
    )


def test_he_or_she_of_the_other_sex_than_the_speaker_is_someone_else():
    found = commitments_of(
        "Title\n\nTom Hale admitted fraud at Kelby Crown Court. His barrister, Ann Rusk, said he intended to repay "
        "what he could. Ann Rusk, his barrister, said he would sell his house by May. She said she would appeal."
    )
    assert [c.who for c in found] == ["Tom Hale", "Tom Hale", "Ann Rusk"]


def test_a_plan_in_the_passive_with_an_irregular_participle():
    (c,) = commitments_of(
        "Title\n\nDalby Borough Council met on Monday. New bins will be bought with £2m from reserves, a council "
        "spokesman said."
    )
    assert c.who == "Dalby Borough Council"


def test_a_general_secretarys_we_is_their_bodys_a_secretary_of_states_their_own():
    found = commitments_of(
        "Title\n\nPella Mining Group has struck gold. Jo Mwangi, the general secretary of the Kelby Miners Union, "
        'said: "We will strike next month." Mining Secretary Ada Orr said: "We will change the law by May."'
    )
    assert [c.who for c in found] == ["Kelby Miners Union", "Ada Orr"]


def test_a_title_with_its_body_before_the_name_gives_the_role_whose_we_is_the_bodys():
    found = commitments_of(
        "Title\n\nFloods hit Orlen County. The chair of the Orlen County Board of Public Works, Vera Stam, "
        'spoke on Monday. "That was our mistake," Stam said. "We will fix the sirens by March."'
    )
    assert [c.who for c in found] == ["Orlen County Board of Public Works"]


def test_undertaking_setting_money_aside_and_planning_a_thing_are_pledges():
    found = commitments_of(
        "Title\n\nBrisco Haulage Ltd lost the contract. Brisco Haulage Ltd undertook to repaint every lorry by May. "
        "Tarrow Borough Council has set aside £90,000 to mend the bandstand. "
        "Tarrow Borough Council is planning a low-traffic zone around the market from next spring. "
        "The firm said it needed to set aside more for pensions."
    )
    assert [(c.sentence, c.who) for c in found] == [
        (1, "Brisco Haulage Ltd"),
        (2, "Tarrow Borough Council"),
        (3, "Tarrow Borough Council"),
    ]


def test_what_prices_and_rates_will_do_is_a_forecast():
    found = commitments_of(
        "Title\n\nWinter is coming. Heating oil prices will rise by about 12% in February, according to brokers. "
        "The Reserve Bank of Tarrow said interest rates would fall below 4% by the end of next year."
    )
    assert found == []


def test_a_candidates_if_elected_pledge_stands_but_other_conditions_do_not():
    found = commitments_of(
        "Title\n\nThe race for mayor of Tarrow is close. If elected, she would abolish the bridge toll in her first "
        "week, candidate Odile Brank told supporters. If the toll stays, the council would review it by May."
    )
    assert [c.sentence for c in found] == [1]


def test_a_plan_that_was_or_came_to_nothing_is_no_pledge():
    found = commitments_of(
        "Title\n\nThe Tarrow Opera Trust had planned to reopen the hall in 2023. Velnet promised last year to wire "
        "the village but failed to do so. The minister said the Government would legislate by 2030 to cap fees, "
        "a measure which ministers have long promised but never brought in."
    )
    assert [c.sentence for c in found] == [2]


def test_hoping_others_will_act_is_no_pledge_and_a_name_with_hope_in_it_is_no_hope():
    found = commitments_of(
        "Title\n\nA storm hit Tarrow. Director Ines Molk hopes ministers will fund repairs for every household. "
        "Hope Valley Trust said it would open 40 emergency beds on Monday."
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Hope Valley Trust")]


def test_a_second_verb_after_said_the_body_would_shares_its_subject():
    found = commitments_of(
        "Title\n\nFloods hit Orlen County. The chair of the Orlen County Board of Public Works, Vera Stam, said the "
        "board would meet on Monday and planned to vote on ending the contract."
    )
    assert [c.who for c in found] == ["Orlen County Board of Public Works"]


def test_a_constabulary_or_a_shipping_line_is_a_body_that_commits():
    found = commitments_of(
        "Title\n\nOrlen Valley Constabulary was criticised by inspectors.\n\nThe force said it would review its "
        "call handling by the end of the month. Under the deal, Tarrow Shipping will move its hub to Kelby by 2028."
    )
    assert [c.who for c in found] == ["Orlen Valley Constabulary", "Tarrow Shipping"]


def test_it_is_never_a_body_named_as_where_something_happened():
    found = commitments_of(
        "Title\n\nOrlen Water Ltd was fined £2m for polluting the Tarrow.\n\nThe company admitted the breach at "
        "Kelby Magistrates Court. It will also pay £300,000 into a fund for the river."
    )
    assert [c.who for c in found] == ["Orlen Water Ltd"]


def test_a_plan_in_the_passive_is_its_agents_or_its_announcers_not_the_receivers():
    found = commitments_of(
        "Title\n\nThe old Kelby baths closed in May. The baths are to be turned into a library by Orlen District "
        "Council, its leader Ida Moss said. Broadcaster Tarrow Studios said Ada Brill is to be dropped from the show."
    )
    assert [c.who for c in found] == ["Orlen District Council", "Tarrow Studios"]


def test_the_airport_or_the_watchdog_is_the_body_built_on_that_noun():
    found = commitments_of(
        "Title\n\nTarrow District Council approved the runway. Kelby Airport welcomed the vote. Its chief executive, "
        "Ada Brill, spoke after the council meeting. The airport has agreed to cap night flights at 2,000 a year. "
        "Rival adverts drew complaints. The Advertising Standards Authority was asked to act. The watchdog said it "
        "would assess the complaints by May."
    )
    assert [c.who for c in found] == ["Kelby Airport", "Advertising Standards Authority"]


def test_a_plan_named_by_a_possessive_a_past_announcement_and_there_would_be_are_no_pledges():
    found = commitments_of(
        "Title\n\nA judge heard the case. She wrote that the council's plan to clear the camp by May was unlawful. "
        "Orlen Foods and Kelby Dairies announced the merger in March. "
        '"They told us in June there would be no layoffs," said Ada Brill. '
        "Kelby Dairies, which announced in May that it would drop the brand, said it would sell 12 depots."
    )
    assert [c.sentence for c in found] == [4]


def test_a_refusal_to_accept_or_to_stage_is_a_pledge_and_a_question_with_should_is_no_call():
    found = commitments_of(
        "Title\n\nThe Orlen Hospice Trust said it would not accept any more money from the singer. "
        "The Tarrow Arts Council said the show would not be staged in its halls. "
        "Heritage Kelby confirmed it is to assess whether the old mill should be listed. "
        "The council said it would not comment on the case."
    )
    assert [c.sentence for c in found] == [0, 1, 2]


def test_a_quote_paragraph_goes_on_in_the_voice_of_a_described_speaker_named_before():
    found = commitments_of(
        "Title\n\nThe lifeboat crew at Kelby rescued four people on Sunday.\n\n"
        'Helmsman Peter Tolland said: "The sea was very rough and it was dark."\n\n'
        '"We will buy a second boat by spring."'
    )
    assert [(c.sentence, c.who) for c in found] == [(2, "Peter Tolland")]


def test_the_articles_own_we_is_no_actors_pledge():
    found = commitments_of(
        "Title\n\nReaders sent in hundreds of questions about the Kelby bypass. We will answer the most common ones "
        'in a special report next week. Ada Brill, who leads Orlen Council, said: "We will publish the route by May."'
    )
    assert [c.sentence for c in found] == [2]


def test_the_club_is_a_club_named_once_by_its_ending():
    found = commitments_of(
        "Title\n\nWestby Rangers have sacked their manager after eight defeats. "
        "The club said it would name a replacement within a fortnight."
    )
    assert [c.who for c in found] == ["Westby Rangers"]


def test_a_union_secretarys_we_is_the_union_a_council_leaders_their_own():
    found = commitments_of(
        "Title\n\nMidwives at two hospitals are angry. Orla Pennant, regional secretary of the Ferncastle "
        'Midwives Union, said staff were tired. "We will hold a ballot next month," she said. '
        'Council leader Abel Crane said: "We will fund 40 more posts by May."'
    )
    assert [c.who for c in found] == ["Ferncastle Midwives Union", "Abel Crane"]


def test_a_council_cabinet_members_we_is_the_council():
    found = commitments_of(
        "Title\n\nHarnby County Council is to cut 200 jobs. Ama Stott, the cabinet member for finance, said "
        'the authority had no good options. "We will protect the services that keep people safe," she said.'
    )
    assert [c.who for c in found] == ["Harnby County Council", "Harnby County Council"]


@pytest.mark.parametrize("role", ["Commission President", "chair of the board of supervisors"])
def test_a_county_boards_heads_we_is_the_county(role):
    found = commitments_of(
        "Title\n\nHarlan County will cut 140 jobs next year. The cuts fall hardest on the parks. "
        f'{role} Ray Oduya said the county had run out of money. "We will protect 911 dispatch," Oduya said.'
    )
    assert [c.who for c in found] == ["Harlan County", "Harlan County"]


def test_an_officer_its_introduces_commits_the_body_but_leaving_the_post_is_their_own():
    found = commitments_of(
        "Title\n\nPellmark Ltd, the Leeds toymaker, said a filter had failed. Its founder, Rory Dale, vowed "
        "to switch off the chat feature until a fix was ready."
    )
    assert [c.who for c in found] == ["Pellmark Ltd"]
    found = commitments_of(
        "Title\n\nPellmark Ltd, the Leeds toymaker, said a filter had failed. Its chairman, Rory Dale, said "
        "he would resign in May."
    )
    assert [c.who for c in found] == ["Rory Dale"]


@pytest.mark.parametrize(("body", "noun"), [("Tarnside Sports Network", "network"), ("Lumora Studios", "studio")])
def test_a_network_a_studio_a_streamer_or_a_label_is_the_body_of_that_kind(body, noun):
    found = commitments_of(
        f"Title\n\nCorvane Cable pulled {body} from its lineup. A spokeswoman for {body.split()[0]}, Maya "
        f"Tran, said the {noun} was committed to getting back on the lineup."
    )
    assert [c.who for c in found] == [body]


@pytest.mark.parametrize("regulator", ["Ofcom", "the Telecoms Authority", "the FCA"])
def test_the_regulator_is_a_body_named_as_one_not_the_firm_the_story_names_most(regulator):
    found = commitments_of(
        f"Title\n\n{regulator[:1].upper() + regulator[1:]} will investigate Halcyon Mobile after an outage. "
        "Halcyon Mobile said 2,300 calls failed. Halcyon Mobile apologised. About 2,300 calls made from "
        "Halcyon phones failed, according to figures the operator gave the regulator. The regulator said it "
        "would publish its findings by the summer."
    )
    assert found[-1].who == regulator.removeprefix("the ")


def test_an_officer_of_a_bodys_bureau_speaks_for_the_body():
    found = commitments_of(
        'Title\n\nThe Federal Trade Commission (FTC) sued to block the merger. "We will follow the money," '
        "said Ada Moreno, director of the FTC's Bureau of Competition. The agency will seek an order this "
        "week, Moreno said."
    )
    assert {c.who for c in found} == {"Federal Trade Commission"}


def test_a_trading_noun_never_stands_for_a_regulator_named_beside_it():
    found = commitments_of(
        "Title\n\nOfcom has received 2,000 complaints about a prank. Ofcom said it was assessing them, and "
        "Ofcom will decide by May.\n\nThe broadcaster has agreed to pay for a new shop sign."
    )
    assert found[-1].who != "Ofcom"
    found = commitments_of(
        "Title\n\nPassengers were stranded at Kelby Airport. The Directorate General of Civil Aviation sought a "
        "report, and Kelby Airport Holdings blamed a fault, Kelby Airport Holdings said. The airline said it "
        "would reimburse hotel costs."
    )
    assert found[-1].who not in ("Directorate General of Civil Aviation", "Kelby Airport Holdings")


def test_a_founders_we_is_the_firm_the_story_is_about():
    found = commitments_of(
        "Title\n\nPellmark Ltd, a Reading firm, said it had closed the loophole. \"I'm a mum myself and I am "
        'horrified," said founder Dana Ashby. "We will be writing to every family personally this week."'
    )
    assert found[-1].who == "Pellmark Ltd"


def test_a_superintendents_we_is_the_school_district_before_its_board():
    found = commitments_of(
        "Title\n\nThe Dalton County Board of Education voted to remove 40 books. But Superintendent Dr Ana "
        "Pruitt said the ban stops at the library door. 'We will not be pulling textbooks out of the "
        "curriculum,' she said. The list is on the Dalton County Schools website."
    )
    assert found[-1].who == "Dalton County Schools"


def test_a_partner_at_the_firm_of_administrators_speaks_for_the_firm():
    found = commitments_of(
        "Title\n\nDunmore Knights went into administration. Harlow Restructuring, appointed as administrators, "
        "said three parties had expressed interest. Ada Quell, a partner at the firm, said talks had begun. "
        '"We will not sell this club to anyone who cannot show us the money," she said.'
    )
    assert found[-1].who == "Harlow Restructuring"


def test_a_distillery_is_a_body_and_a_hedged_will_is_a_forecast():
    found = commitments_of(
        "Title\n\nGlen Arran Distillery lost its biggest customer on Monday. The distillery will keep all 60 "
        "staff, it said. Analysts at Brockley Partners said the distillery will probably struggle to return to "
        "profit before 2028."
    )
    assert [(c.who, c.text[:16]) for c in found] == [("Glen Arran Distillery", "The distillery w")]


def test_a_campaign_named_for_its_call_is_the_group_not_the_department_named_beside_it():
    found = commitments_of(
        "Title\n\nThe State Department confirmed the release on Monday. Relatives of the men formed Bring Them "
        "Home Kelvia in 2025. The group vowed to keep holding its weekly vigil outside the State Department."
    )
    assert found[-1].who == "Bring Them Home Kelvia"
    found = commitments_of(
        "Title\n\nThe White House hailed the release. The White House said talks went on, and the White House "
        "thanked Brazil. Relatives of the men formed Bring Them Home Kelvia in 2025. The group vowed to keep "
        "holding its weekly vigil."
    )
    assert found[-1].who == "Bring Them Home Kelvia"


def test_a_pledge_in_the_second_of_two_verb_phrases_after_he_said_is_his():
    found = commitments_of(
        "Title\n\nKelby Rovers have been docked 12 points. The club will appeal. Chairman Tom Hale insisted the "
        "payments were legitimate. He said he had put £6million of his own money into the club over a decade "
        "and would not walk away now."
    )
    assert [c.who for c in found] == ["Kelby Rovers", "Tom Hale"]


def test_a_bosss_or_a_headteachers_we_is_the_business_or_the_school_the_story_is_about():
    found = commitments_of(
        "Title\n\nShoppers have slammed discount chain Bargrove after shelves went bare. "
        'Boss Lenny Doak told reporters: "We are going to hire 300 drivers before Christmas."'
    )
    assert [c.who for c in found] == ["Bargrove"]
    found = commitments_of(
        "Title\n\nHeadteacher Ruth Ashby said bullying had fallen at Quarrybank Academy. Quarrybank Academy "
        'is full. She said: "From May we will keep the library open until six."'
    )
    assert [c.who for c in found] == ["Quarrybank Academy"]


def test_it_after_a_name_opening_with_the_is_that_name_not_a_body_named_before():
    found = commitments_of(
        "Title\n\nSavers lost money when Pellbury Mutual collapsed in May. Pellbury Mutual had 9,000 members. "
        "The Exchequer said it would publish a review by June."
    )
    assert [c.who for c in found] == ["Exchequer"]
    found = commitments_of(
        "Title\n\nBin crews at Hollin Waste walked out. "
        "The Coastal Haulage Drivers union said it would ballot 300 members next week."
    )
    assert [c.who for c in found] == ["Coastal Haulage Drivers"]


def test_a_chief_constable_acts_for_the_force_but_retires_as_themself():
    found = commitments_of(
        "Title\n\nChief Constable Hanna Voss of Westmarsh Police spoke on Monday. Westmarsh Police has 900 "
        "officers. Chief Constable Hanna Voss said she would retire in June after 30 years of service."
    )
    assert [c.who for c in found] == ["Hanna Voss"]


def test_a_name_opening_with_a_common_word_is_the_subject_of_its_pledge():
    found = commitments_of(
        "Title\n\nA new litter campaign began in Tarlow. "
        "Fresh Rivers Wales aims to recruit 400 volunteers and clear every riverbank by the end of May."
    )
    assert [c.who for c in found] == ["Fresh Rivers Wales"]


def test_a_name_after_the_kind_of_body_it_is_is_the_subject_of_its_pledge():
    found = commitments_of(
        "Title\n\nA long row over the Pennock relief road has ended. "
        "Drainage contractor Ullsby Works has agreed to pay 3m pounds to restore the marsh."
    )
    assert [c.who for c in found] == ["Ullsby Works"]


def test_he_is_someone_named_before_him_not_a_name_after_him():
    found = commitments_of(
        "Title\n\nThe presenter Rafe Olmund won his case. Rafe Olmund thanked his family. "
        'A Lanthorn TV spokesman said: "We have always backed Rafe. '
        'He will be back alongside Owen Tarrant from January 5, and we are delighted."'
    )
    assert "Owen Tarrant" not in [c.who for c in found]
    assert [c.who for c in found][-1] == "Rafe Olmund"


def test_it_is_not_a_place_inside_a_longer_name():
    found = commitments_of(
        "Title\n\nColleges Wales (CW) met the regulator. CW has 90 members. "
        "Colleges Wales (CW), which represents 90 colleges, said it backed the plan and agreed to work "
        "with the regulator by March."
    )
    assert [c.who for c in found][-1] in ("CW", "Colleges Wales")  # the body by its initials or its name, not Wales


def test_the_sentences_own_sayer_announces_what_the_government_will_do():
    _, sentences, index, who = analyse(
        "Title\n\nCurator Obi Fenwick wants the masks returned. Obi Fenwick spoke on Monday. "
        "The Arts Secretary, Petra Lund, has said the Government would not block any return by May."
    )
    quoted = list(who)
    quoted[-1] = "Obi Fenwick"  # a paragraph's speaker that is not this sentence's
    found = commitments.extract(sentences, index, quoted)
    assert [c.who for c in found][-1] == "Petra Lund"


def test_the_watchdog_is_the_fitting_body_named_just_before_not_the_most_named():
    found = commitments_of(
        "Title\n\nThe Betting Commission fined Lucky Lark. The Betting Commission has fined three firms this year. "
        "Lucky Lark said it would appeal. Under Broadcast Standards Authority rules, adverts must not target "
        "children. The watchdog said it had received 30 complaints and would assess them by May."
    )
    assert [c.who for c in found][-1] == "Broadcast Standards Authority"


def test_its_chief_executive_belongs_to_the_body_the_sentence_before_opens_with():
    _, sentences, index, who = analyse(
        "Title\n\nCouncillors approved a new runway at Marlby Airport, overruling Fenmoor District Council. "
        "The airport, which handled 1.2 million passengers last year, says the runway will create 900 jobs. "
        "Its chief executive, Orla Quint, said the airport would start work next summer. "
        '"We will deliver the jobs we have promised," she said.'
    )
    roles = {a.name: a.role for a in index.actors}
    assert roles["Orla Quint"] == "chief executive of Marlby Airport"
    assert [c.who for c in commitments.extract(sentences, index, who)][-1] == "Marlby Airport"


def test_we_of_someone_who_runs_a_body_is_that_bodys():
    found = commitments_of(
        "Title\n\nThe chief executive of Pallow Data apologised to MPs on Monday. Pallow Data lost 2m records. "
        "Ivor Clune, who has led the Leeds-based software company since 2020, said hackers used an old server. "
        '"We will pay for two years of credit monitoring for every customer," Clune said.'
    )
    assert [c.who for c in found][-1] == "Pallow Data"
    found = commitments_of(
        "Title\n\nFans of a cancelled drama were given hope. Mara Quell, who runs Lantern Bay Pictures, spoke "
        'on Friday. "We will make a film of it next year," Quell said.'
    )
    assert [c.who for c in found][-1] == "Lantern Bay Pictures"


def test_an_unlisted_name_then_a_long_relative_clause_is_the_subject_of_its_pledge():
    found = commitments_of(
        "Title\n\nCleaners at Dunmarsh College walked out on Monday. "
        "Cleanforce, which represents administrative and cleaning staff at the college, has agreed to hold "
        "a ballot of its 600 members by March."
    )
    assert [c.who for c in found][-1] == "Cleanforce"


def test_a_tabloids_capitalised_kind_before_a_name_is_not_part_of_it():
    found = commitments_of(
        "Title\n\nWork on the new stadium starts in May. "
        "Builders Carrow Pask, who have been named as preferred contractor, agreed to take on 300 local apprentices."
    )
    assert [c.who for c in found][-1] == "Carrow Pask"


def test_a_span_in_words_is_a_deadline():
    assert commitments._DEADLINE.search("will repair every boiler within six months")
    assert commitments._DEADLINE.search("promises to answer within a fortnight")
    assert not commitments._DEADLINE.search("has been within budget for six months")


def test_bosses_at_a_body_pledge_for_it():
    found = commitments_of(
        "Title\n\nPatients waited hours at Wexholm General Hospital. Wexholm General Hospital apologised. "
        "Bosses at Wexholm General Hospital have vowed to open a 20-bed unit within six months."
    )
    assert [c.who for c in found][-1] == "Wexholm General Hospital"


def test_would_be_doing_an_act_is_a_pledge_would_be_hoping_is_not():
    found = commitments_of(
        "Title\n\nBarrowby Athletic sacked coach Dale Finch in May. Barrowby Athletic is a big club. "
        "In a statement, Barrowby Athletic said it would not be offering Mr Finch his job back."
    )
    assert [c.who for c in found] == ["Barrowby Athletic"]
    assert commitments_of("Title\n\nThe fans said they would be hoping for a win on Saturday.") == []


def test_a_promise_that_had_been_made_is_past_not_a_pledge():
    assert (
        commitments_of("Title\n\nBuilders had promised a new school when the 600-home estate was approved in 2015.")
        == []
    )
    found = commitments_of("Title\n\nKelby Homes has promised a new school by 2027.")
    assert [c.who for c in found] == ["Kelby Homes"]


def test_what_it_is_understood_someone_will_do_is_hearsay_not_a_pledge():
    text = "Title\n\nIt is understood that Marlow Rovers will name Dai Pryce as manager this week."
    assert commitments_of(text) == []


def test_a_deadline_set_for_oneself_is_a_pledge():
    found = commitments_of(
        "Title\n\nBrenfield Fibre has set itself a deadline of May 2028 to connect every home in Arlow."
    )
    assert [c.who for c in found] == ["Brenfield Fibre"]
    found = commitments_of("Title\n\nOrtel has given itself until the end of 2027 to bring 5G to every village.")
    assert [c.who for c in found] == ["Ortel"]


def test_they_after_a_body_no_actor_was_made_of_is_that_body():
    found = commitments_of(
        "Title\n\nTenants on the Brookfold estate formed a group after years of damp.\n\n"
        "Housing provider Sallow Homes met the group on Friday. "
        "They agreed to replace the windows by the end of the year."
    )
    assert [c.who for c in found][-1] == "Sallow Homes"


def test_the_firm_is_the_body_whose_bosses_opened_the_story():
    found = commitments_of(
        "Title\n\nBosses at Wearside Weaving have confirmed job cuts at the company's Jarrow mill.\n\n"
        '"This has been a hard decision," said managing director Ian Pelly.\n\n'
        "The firm will offer retraining to all 60 workers who lose their jobs."
    )
    assert [c.who for c in found][-1] == "Wearside Weaving"


def test_an_undertaking_an_oath_a_guarantee_or_an_assurance_given_binds_its_giver():
    for text in (
        "Orlando Brickworks Ltd has undertaken to repair all 40 roofs within six weeks.",
        "Candidate Tamsin Vell has sworn to give up the council allowance if she is chosen.",
        "The buyers, Fenwick Hale Group, have guaranteed every one of the 90 posts until 2030.",
        "Minister Odile Ferrant gave an assurance that no ward would be shut.",
        "Regional airline Skylark Orient is preparing to open a route to Hobart in May.",
    ):
        assert len(commitments_of(text)) == 1, text
    # one who is given an assurance commits to nothing
    assert commitments_of("Tenants were given an assurance that rents would be frozen.") == []


def test_an_act_refused_from_now_on_is_a_pledge_not_to_act():
    (c,) = commitments_of('"We will not be closing the Marlow branch," said a spokeswoman for Tenby Vale Bank.')
    assert "closing the Marlow branch" in c.what
    assert commitments_of("Fans will not be hoping for much this season.") == []


def test_what_a_court_schedules_or_imposes_is_no_pledge():
    assert commitments_of("Corin Ashdale-Vey is to be sentenced at Truro Crown Court in June.") == []
    assert commitments_of("Petra Lunn will serve four years after admitting the thefts, the court heard.") == []
    assert len(commitments_of("Ravel Homes Ltd is to be sold to a rival by March, its board said.")) == 1


def test_a_promise_named_as_plural_owners_is_not_made_here():
    assert commitments_of('Dana Roke said councillors\' promise of a new pool by 2022 was "never serious".') == []


def test_what_a_share_of_those_polled_would_do_is_a_finding():
    assert commitments_of("Nearly 60 per cent of respondents plan to cut back on travel, the poll found.") == []
    assert commitments_of("Most said they would pay more for local food, according to the survey.") == []
    survey = "Half of the £2m fund will be spent on roads by 2027, Dunmere Council said after a survey of residents."
    assert len(commitments_of(survey)) == 1  # a poll named, not reported


def test_a_schedule_of_ones_own_is_a_plan_but_a_courts_is_not():
    assert len(commitments_of("Tarnwell Foods is due to open its new bakery in May, creating 80 jobs.")) == 1
    assert commitments_of("Linus Okoro-Grant is due to appear before magistrates in Derby on Monday.") == []
    assert commitments_of("The inquiry report is due to be published in the spring.") == []


def test_a_pledge_its_subject_makes_repeats_or_carries_is_made_here():
    for text in (
        "The manifesto includes a pledge to open four new clinics by 2028, leader Obi Tarrant said.",
        "Yarrow Mills restated its commitment to halve its waste by 2030.",
        "Castell Foods came with a promise of no redundancies until 2027.",
    ):
        assert len(commitments_of(text)) == 1, text
    assert commitments_of("Residents said they had heard the promise of a new surgery before.") == []


def test_a_pledge_the_next_sentence_says_came_to_nothing_is_no_pledge():
    assert commitments_of("In 2017 Fenmoor Council pledged to build a skate park. It was never built.") == []
    assert commitments_of("In 2017 Fenmoor Council pledged to build a skate park. Nothing has happened since.") == []
    assert len(commitments_of("Fenmoor Council has pledged to build a skate park by 2027. It will cost £90,000.")) == 1


def test_a_body_named_by_what_it_is_can_commit():
    (c,) = commitments_of("The regatta committee will move every race to the inner harbour, its chair Aled Voss said.")
    assert "move every race" in c.what


def test_rupees_counted_in_crore_or_lakh_are_an_amount():
    (c,) = commitments_of("The Odisha Fisheries Department has allocated Rs 25 crore for new boats.")
    assert c.amount == "Rs 25 crore"


def test_a_target_set_for_oneself_is_a_pledge_but_one_asked_of_others_is_not():
    assert len(commitments_of("Tarrock Water has set itself a target of cutting leaks by a third by 2028.")) == 1
    assert commitments_of("Lia Moreno said ministers must set a deadline for every trust.") == []


def test_a_hope_to_be_in_some_state_is_a_wish_not_a_plan():
    assert commitments_of("Striker Obafemi Lund hopes to be fit for the derby against Carrow on Saturday.") == []
    assert len(commitments_of("Pellham Rovers hopes to build a new stand by 2029.")) == 1


def test_a_prediction_named_as_one_is_no_pledge_even_with_figures_and_dates():
    text = "Agents Morrow & Finch predict that rents in Leeds will drop 6% by the end of 2027."
    assert commitments_of(text) == []


def test_a_launch_under_way_by_a_season_is_a_plan():
    (c,) = commitments_of("The Dunmore Bay Transit Authority is launching an e-scooter scheme in the autumn.")
    assert c.deadline == "in the autumn"
    (c,) = commitments_of("Minister Hal Renning said the government would bring in a bill in the new year.")
    assert c.deadline == "in the new year"


def test_a_span_in_words_after_within_is_a_deadline():
    (c,) = commitments_of("The plan includes a pledge to open 300 new homes within four years, Corra Dunn said.")
    assert c.deadline == "within four years"


def test_a_past_pledge_told_as_kept_in_its_sentence_is_done():
    text = "Builder Haddow Ltd agreed in 2023 to repair the bridge by spring, and completed the work in March."
    assert commitments_of(text) == []
    text = "Fernlow Homes agreed last year to finish the hall before the May fair, and handed over the keys on Friday."
    assert commitments_of(text) == []


def _who_of(text, sentence):
    return next(c.who for c in commitments_of(text) if c.sentence == sentence)


def test_a_body_named_by_a_noun_reported_by_its_person_is_the_storys_body():
    text = (
        "Scientists at the Orrin Vale Institute have grown a drought-proof barley in trial plots. "
        "The research team will plant 40 hectares in Kenya next spring, Professor Ilse Varro said."
    )
    assert _who_of(text, 1) == "Orrin Vale Institute"
    text = (
        "Organisers of the Brackwater Jazz Weekend have moved the dates after the flood. "
        "The festival committee will hold every concert in the town hall, chair Tomasz Reilly said."
    )
    assert _who_of(text, 1) == "Brackwater Jazz Weekend"


def test_a_body_named_in_lower_case_after_a_place_is_what_the_department_stands_for():
    text = (
        "The Ostmark health department says clinics will reopen in March. "
        "The department has set aside $4 million for new roofs, spokesperson Ines Kaarlo said."
    )
    assert _who_of(text, 1) == "Ostmark health department"


def test_a_joint_subject_is_its_first_body_and_an_of_phrase_places_its_person():
    text = "Tollmere Borough Council and Saxby District Council have agreed to share one waste depot from June."
    assert _who_of(text, 0) == "Tollmere Borough Council"
    text = "Tollmere Borough Council and the Environment Agency have agreed to fund the flood wall."
    assert _who_of(text, 0) == "Tollmere Borough Council"
    text = "Governor Adaeze Okonkwo of Benue State has vowed to finish the Otukpo bypass before the harvest."
    assert _who_of(text, 0) == "Adaeze Okonkwo"
    text = "Governor Adaeze Okonkwo of Benue State, a former banker, has vowed to finish the bypass by May."
    assert _who_of(text, 0) == "Adaeze Okonkwo"


def test_it_with_no_body_before_is_never_the_person_who_reports_it():
    text = "It intends to hire 90 welders over two years, managing director Ruaridh Fenwick said."
    assert _who_of(text, 0) != "Ruaridh Fenwick"


def test_the_city_of_a_place_is_that_place():
    text = "The city of Port Avelin will shut the ferry ramp for repairs through October, officials said."
    assert _who_of(text, 0) == "Port Avelin"


def test_a_press_release_dateline_is_never_the_committer():
    text = "DENVER--(BUSINESS WIRE)--Quillory Systems today announced that it will acquire Brandt Optics for $90m."
    assert _who_of(text, 0) == "Quillory Systems"


def test_a_person_after_an_unknown_title_is_no_body_the_department_stands_for():
    text = (
        "Marlow County Prosecutor Daniel Okafor said last month that his office would not bring charges. "
        "Police Chief Ines Wardle said the department would cooperate with the new board and agreed to share files."
    )
    assert _who_of(text, 1) != "Prosecutor Daniel Okafor"


def test_a_pledge_named_as_its_owners_is_the_owners_not_the_documents():
    text = (
        "Varuna Textile Mills has published its first climate report. "
        "The report restates its commitment to halve coal use at its Salem mills by 2031."
    )
    assert _who_of(text, 1) == "Varuna Textile Mills"


def test_a_body_after_the_kind_it_is_opens_the_sentence_as_the_subject_of_a_nominal_plan():
    text = "Housebuilder Brindle Crest Homes has unveiled plans to turn the old depot into 80 flats."
    assert _who_of(text, 0) == "Brindle Crest Homes"


def test_we_of_a_boss_titled_by_the_clubs_name_is_the_clubs():
    text = (
        "Glenavy Park boss Fergal Quinlan has ruled out a sale of his top scorer.\n\n"
        '"We will not sell Danny, whatever the offer," Quinlan told reporters.'
    )
    assert _who_of(text, 1) == "Glenavy Park"


def test_it_after_a_person_described_between_commas_is_never_that_person():
    text = (
        "The Lorne Valley Tenants Union has backed the rent strike. "
        "Orla Bexley, who chairs the union, said it would not accept any eviction notices this winter."
    )
    assert _who_of(text, 1) != "Orla Bexley"


def test_what_i_promise_we_will_do_is_ours():
    text = (
        "Fans of the axed quiz show have been given hope. "
        '"I promise you we will film a Christmas special," said producer Hattie Gryce, who runs Saltmarsh Pictures.'
    )
    assert _who_of(text, 1) == "Saltmarsh Pictures"


def test_a_person_placed_by_an_of_phrase_naming_no_actor_is_the_subject():
    assert _who_of("Governor Ana Ruiz of New Caldera has vowed to veto the spending bill.", 0) == "Ana Ruiz"


def test_a_name_described_with_its_kind_between_commas_is_the_subject():
    text = "Brindle's owner, the investment firm Castor Capital, has agreed to sell the chain by June."
    assert _who_of(text, 0) == "Castor Capital"


def test_the_star_with_an_age_is_the_person_named_before():
    text = (
        "Radio host Kerry Blaine was cleared by the regulator on Friday.\n\n"
        "The presenter, 52, has vowed to return to the airwaves next month."
    )
    assert _who_of(text, 1) == "Kerry Blaine"


def test_the_group_is_the_body_the_story_introduced_as_the_group():
    text = (
        "Marlbury Council published its road safety review on Monday. Marlbury Council said speeds had fallen. "
        "Nia Rowe, who founded the group Marlbury Parents for Safe Streets, said the report was a start. "
        "She said the group would keep pushing for a 20mph limit outside every school."
    )
    assert _who_of(text, 3) == "Marlbury Parents for Safe Streets"


def test_the_charity_is_the_body_apposed_as_a_charity_not_the_firm_named_with_it():
    text = (
        "Gaming company Redfern Play has offered £2m to Lanterns Trust Fund, a children's hospice charity in Kelby. "
        "Campaigner Mo Bright said the money was tainted. "
        "The charity will not accept the donation, its trustees said on Monday."
    )
    assert _who_of(text, 2) == "Lanterns Trust Fund"


def test_the_association_a_chairman_speaks_of_is_the_association_not_the_group_its_picked_up():
    text = (
        "The Harlow Cab Association blamed a rival body, the Harlow Private Hire Group. "
        "Its chairman, Dev Marsh, said the association would hand its members' licences to the police."
    )
    assert _who_of(text, 1) == "Harlow Cab Association"


def test_it_is_not_the_other_side_named_in_a_phrase_before_it():
    text = (
        "Kelby Water has been fined by Waterwatch after Waterwatch found leaks. Residents said the fine was too small. "
        "After talks with Waterwatch, it has agreed to fix every leak by March."
    )
    assert _who_of(text, 2) == "Kelby Water"


def test_the_first_of_two_bodies_commits_also_when_the_second_comes_with_its_kind():
    text = "Harrow Lane Estates and the charity Safe Streets Kelby have agreed to fund the new path by June."
    assert _who_of(text, 0) == "Harrow Lane Estates"


def test_a_team_leaders_we_is_the_team():
    text = (
        "The Kelby Fell Rescue Team was called out 90 times this year. Police said walkers were poorly equipped. "
        'Team leader Ana Ross said: "We will put a volunteer at the car park every weekend."'
    )
    assert _who_of(text, 2) == "Kelby Fell Rescue Team"


def test_a_council_leaders_or_a_mayors_we_is_the_councils():
    text = (
        "Marlow Borough Council approved the plan. Residents objected. "
        'Council leader Ana Ross said: "We will put a warden at the car park every weekend."'
    )
    assert _who_of(text, 2) == "Marlow Borough Council"
    text = (
        "Marlow Borough Council approved the plan. Residents objected. "
        'Mayor Ana Ross said: "We will put a warden at the car park every weekend."'
    )
    assert _who_of(text, 2) == "Marlow Borough Council"


def test_a_mayors_we_is_the_town_s_governing_body_else_the_town():
    text = (
        "Kelby is to close two fire stations. The Kelby City Council voted 5-2 on Monday.\n\n"
        '"We will reopen both stations the day the budget allows," said Mayor Jo Quade.'
    )
    assert briefed_whose(text, "We will reopen") == "Kelby City Council"
    text = (
        "Route 9 returns\n\nResidents of Wexford Hills have had no bus since March, when the operator went bust.\n\n"
        '"We will pay for the route until the end of June," said Wexford Hills Mayor Jo Quade.'
    )
    assert briefed_whose(text, "We will pay") == "Wexford Hills"
    text = (
        "Trams will be brought under public control, Kelby's mayor announced. The Kelby Combined Authority "
        "will borrow the money.\n\n"
        '"We will cap every fare at £2," said Jo Quade, Kelby\'s mayor.'
    )
    assert briefed_whose(text, "We will cap") == "Kelby Combined Authority"


def test_a_mayor_who_says_i_in_the_same_breath_speaks_as_themself():
    text = (
        "Kelby is to close two fire stations. The Kelby City Council voted 5-2 on Monday.\n\n"
        '"We will reopen both stations by March, and I will report to the council every month," '
        "said Mayor Jo Quade."
    )
    assert briefed_whose(text, "We will reopen") == "Jo Quade"


def test_a_county_council_is_no_mayor_s_body():
    text = (
        "Kelby is to close two fire stations. Kelby County Council runs the fire service.\n\n"
        '"We will reopen both stations the day the budget allows," said Kelby Mayor Jo Quade.'
    )
    assert briefed_whose(text, "We will reopen") != "Kelby County Council"


def test_the_new_owner_is_who_the_story_said_bought_it():
    text = (
        "The old Kelby Mill has been bought by property developer Tamsin Aske for £1.1m. "
        "Kelby Town Council had feared it would be demolished.\n\n"
        "The new owner has pledged to keep the waterwheel working and open a cafe within a year."
    )
    assert _who_of(text, 2) == "Tamsin Aske"
    text = (
        "Harlow Homes bought the old Kelby Mill last month. Kelby Town Council welcomed the sale.\n\n"
        "The new owners have promised to keep the waterwheel working and open a cafe within a year."
    )
    assert _who_of(text, 2) == "Harlow Homes"


def test_a_description_then_a_role_and_name_between_commas_is_the_named_subject():
    text = (
        "The Kelby library lost its mobile van when the county cut its budget. "
        "A local businessman, car dealer Ravi Kessel, has offered to buy a used van and pay for its fuel for two years."
    )
    assert _who_of(text, 1) == "Ravi Kessel"


def test_the_body_called_by_the_kind_written_before_its_name_is_that_body():
    text = (
        "The parents' charity Safe Screens has criticised games maker Bitforge over loot boxes.\n\n"
        "The games maker said it would remove paid loot boxes for players under 18 by June."
    )
    assert _who_of(text, 1) == "Bitforge"


def test_a_body_named_with_its_initials_in_brackets_is_the_subject_not_the_official_who_reports_it():
    text = (
        "A fire has burnt at the Kelby landfill for eleven days.\n\n"
        "The Kelby Municipal Corporation (KMC) will cap the oldest part of the dump and has set aside Rs 12 crore "
        "for the work, municipal commissioner Ajay Desai said on Sunday."
    )
    assert _who_of(text, 1) == "Kelby Municipal Corporation"


def test_the_co_op_its_chair_speaks_of_is_the_co_op():
    text = (
        "The Dunmore nursing home is to close in March.\n\n"
        "Dunmore Community Co-op chair Sean Furey said the co-op has agreed to commission a study on buying it."
    )
    assert _who_of(text, 1) == "Dunmore Community Co-op"


def test_a_chair_of_the_charity_named_of_a_place_speaks_for_the_charity():
    text = (
        "Kelby Pier is to close to the public from January 5, its owner has announced.\n\n"
        "Seaview Leisure Ltd, which bought the pier in 2017, said it could not justify the cost of repairs.\n\n"
        'Jo Beadle, chair of the charity Friends of Kelby Pier, said: "This pier has survived two wars."\n\n'
        "The charity plans to launch an appeal next week for £500,000, which Ms Beadle said could unlock grants."
    )
    assert _who_of(text, 3) == "Friends of Kelby Pier"


def test_it_is_the_body_the_sentence_before_opens_with_after_its_kind():
    text = (
        "Harbour Air will end its service. Harbour Air said fuel was dear. Harbour Air blamed a pilot shortage. "
        "Ratepayers' group Kelby First said the money would be better spent on roads.\n\n"
        "It has vowed to oppose any rate rise to fund the offer."
    )
    assert _who_of(text, 4) == "Kelby First"


def test_what_an_official_says_will_be_done_to_people_is_their_bodys():
    text = (
        "The Kelby Lake School Division says buses could be cancelled if side streets are not cleared. "
        "Superintendent Raj Patel said families would be notified by text by 6 a.m. on any day routes are cancelled."
    )
    assert _who_of(text, 1) == "Kelby Lake School Division"


def test_the_agent_of_a_passive_is_the_name_apposed_to_a_possessive_role():
    text = (
        "Holidaymakers lost deposits when travel agent Sunway Breaks collapsed last month.\n\n"
        "All the deposits will be refunded by Sunway's card processor, Verity Pay, "
        "which said the money would be back in accounts within ten days."
    )
    assert _who_of(text, 1) == "Verity Pay"


def test_the_mum_of_one_is_the_woman_named_just_before():
    text = (
        "Race director Mark Tennant said the firm would refund every runner. Mark Tennant apologised. "
        "Council leader Jackie Orme said the council would review the licence. Jackie Orme was furious.\n\n"
        "Among those left gutted was Emma Ridley, 34, a teacher from Exeter. "
        '"I crossed the line and burst into tears," she said.\n\n'
        'But the mum-of-one vowed: "I am coming back next year and I will run every inch of it."'
    )
    assert _who_of(text, 6) == "Emma Ridley"


def test_a_body_named_with_a_plural_possessive_is_the_fullest_name_in_a_role():
    text = (
        "Nordvik Marine will buy the Kelbrae yard. Kelbrae has built ships since 1890.\n\n"
        "The Clyde Boilermakers' Union, which represents most of the workforce, welcomed the pledge.\n\n"
        '"Our members kept this yard alive," said Sandra Lyle, the union\'s convener at Kelbrae. '
        '"We will not accept any cut to their pensions as the price of the sale."'
    )
    assert _who_of(text, 4) == "Clyde Boilermakers' Union"


def test_a_lead_naming_a_firm_by_its_trade_commits_the_firm_named_next():
    text = (
        "A coal miner has agreed to pay for a new water pipeline to the town. Redgum Mining said the bores had run dry."
    )
    assert _who_of(text, 0) == "Redgum Mining"


def test_a_venue_that_acts_as_a_body_commits_under_its_kind():
    text = (
        "Kelby Cathedral is to charge visitors £12 from April. "
        "The dean, the Very Rev Clare Hollis, said the cathedral would never charge anyone who came to pray."
    )
    assert _who_of(text, 1) == "Kelby Cathedral"


def test_a_lead_naming_a_trust_by_its_kind_is_the_trust_the_story_names():
    text = (
        "An NHS trust is to close the A&E department at a market-town hospital overnight from April. "
        "A&E staff were told on Friday. North Kelby NHS Foundation Trust said it had no choice."
    )
    assert _who_of(text, 0) == "North Kelby NHS Foundation Trust"


def test_the_service_a_director_speaks_of_is_the_service_not_the_infirmary_its_picked_up():
    text = (
        "Kelby Royal Infirmary will close its A&E overnight. Patients will go to Marlow instead. "
        "West Kelby Ambulance Service said crews were ready. Kelby Royal Infirmary said it had no choice.\n\n"
        "Its medical director, Dr Sam Patel, said the service would station an extra vehicle in Kelby overnight."
    )
    assert _who_of(text, 4) == "West Kelby Ambulance Service"


def test_a_police_chiefs_we_is_the_police_department_the_story_names():
    text = (
        "The Kelby Police Department will stop most chases from March 1, Police Chief Ann Dorsey announced.\n\n"
        '"No truck is worth a life," Dorsey said. "Our officers will pursue only when a life is in danger, '
        'and every chase will be reviewed by a supervisor in real time."\n\n'
        "The chief said the department would also equip all 140 patrol cars with GPS launchers by December."
    )
    assert _who_of(text, 2) == "Kelby Police Department"
    assert _who_of(text, 3) == "Kelby Police Department"


def test_a_club_managers_we_is_the_clubs():
    text = (
        "Winger Cal Reddy was banned for six months. Harlow Athletic said it would fine him two weeks' wages. "
        "Manager Stefan Lind said the winger was fit for Saturday.\n\n"
        '"Cal has let himself down, but we will stand by him," the Swede told reporters.'
    )
    assert _who_of(text, 3) == "Harlow Athletic"


def test_it_after_a_body_not_yet_named_said_is_the_body_the_story_names_so():
    text = (
        "Passengers across northern England face disruption after a rail union said it would ballot guards "
        "for strike action. The Kelby Rail Workers' Union represents 900 guards."
    )
    assert _who_of(text, 0) == "Kelby Rail Workers' Union"


def test_it_in_a_company_spokespersons_words_is_the_storys_firm():
    text = (
        "Alpen Peak Holdings signed the purchase agreement on Wednesday. Alpen Peak Holdings owns two resorts. "
        "The sale is expected to close before Christmas. Hundreds of skiers came. The lifts were old. "
        "A company spokesperson, Hannah Ruiz, said season passes were on sale.\n\n"
        "Ruiz said it would not cut ski patrol or lift operator jobs this season."
    )
    assert _who_of(text, 6) == "Alpen Peak Holdings"


def test_people_of_a_kind_opening_a_sentence_are_no_body_it_stands_for():
    text = (
        "Alpen Peak Holdings signed the purchase agreement on Wednesday. Alpen Peak Holdings owns two resorts. "
        "The sale is expected to close before Christmas. Skiers packed the base lodge. The lifts were old. "
        "A company spokesperson, Hannah Ruiz, said season passes were on sale.\n\n"
        "Ruiz said it would not cut ski patrol or lift operator jobs this season."
    )
    assert _who_of(text, 6) == "Alpen Peak Holdings"


def test_the_union_is_the_body_the_story_named_before_that_noun():
    text = (
        "Kelby Air faces Christmas strike\n\n"
        "HOLIDAY misery is on the cards after Kelby Air cabin crew voted to strike for nine days.\n\n"
        "Members of the Aircrew Together union backed the walkout by 87 per cent, the union said last night.\n\n"
        "Sharon Tully, general secretary of Aircrew Together, said the union would not call off the action. "
        "It plans to ballot the airline's baggage handlers in January as well, she added.\n\n"
        "Kelby Air said it was disappointed. Kelby Air said it would rebook passengers. Kelby Air flies from Marlow."
    )
    found = [c.who for c in commitments_of(text) if c.text.startswith("It plans")]
    assert found == ["Aircrew Together"]


def test_a_spokesperson_for_the_cooperative_speaks_for_the_cooperative():
    text = (
        "Questions turned to the Sawtooth Valley Electric Cooperative, whose line is suspected of sparking the fire. "
        "Investigators from the Idaho Department of Lands have not found a cause.\n\n"
        "Marcus Leary, a spokesperson for the cooperative, said power would stay off. "
        '"We have agreed to pay for hotel rooms for any customer who cannot use the shelters," Leary said.'
    )
    assert _who_of(text, 3) == "Sawtooth Valley Electric Cooperative"


def test_it_after_a_spokeswoman_said_the_company_would_is_her_company():
    text = (
        "Inspectors visited the restaurant on the Quay last Tuesday. Diners on the Quay were shocked. "
        "The Quay was busy.\n\n"
        "A spokeswoman for Calloway Dining Ltd said the company would close the restaurant for two weeks. "
        "It has also agreed to hand over two years of tip records to an independent accountant, she added."
    )
    assert _who_of(text, 4) == "Calloway Dining Ltd"


def test_it_after_the_body_noun_subject_of_the_sentence_before_is_that_body():
    text = (
        "Dunholm Ridge, the mining town, has 4,000 residents. Dunholm Ridge lies on the coast. "
        "Dr Pia Sorel, the chief executive of Dunholm Ridge Hospitals NHS Trust, said the trust accepted the findings. "
        "It will recruit 40 more nurses by the spring."
    )
    assert _who_of(text, 3) == "Dunholm Ridge Hospitals NHS Trust"


def test_a_plan_with_no_committer_of_its_own_is_the_body_an_executive_reports_it_for():
    found = commitments_of(
        "Tarrant Terminals unveiled a $1.2 billion plan on Sunday. "
        "The work is to begin in the summer of 2027, chief executive Howard Brand told reporters."
    )
    assert [c.who for c in found if "The work" in c.text] == ["Tarrant Terminals"]


def test_what_an_executive_says_i_will_do_stays_theirs():
    found = commitments_of(
        "Tarrant Terminals unveiled a $1.2 billion plan on Sunday. "
        '"I will hand back my bonus this year," chief executive Howard Brand said.'
    )
    assert [c.who for c in found if "bonus" in c.text] == ["Howard Brand"]


def test_a_headline_or_bullet_opening_with_a_bare_noun_for_a_body_is_that_bodys():
    from briefcli.extract.committer import Resolver

    _, sentences, index, _ = analyse(
        "Title\n\nTarnfield Gyms has collapsed, closing 40 sites. Tarnfield Gyms said members would be refunded. "
        "Kelby Borough Council said it would review its leisure contracts."
    )
    resolver = Resolver(index, sentences)
    assert resolver.display_subject("Firm promises refunds within 30 days") == "Tarnfield Gyms"
    assert resolver.display_subject("Bosses vow to reopen six sites") == "Tarnfield Gyms"
    assert resolver.display_subject("Council to review leisure contracts") == "Kelby Borough Council"
    assert resolver.display_subject("Firm promises refunds within 30 days.") is None  # a sentence says who


def committed_after_a_pledge(line):
    """The sentences that commit in a story whose lead is a pledge (sentence 0) and whose next paragraph is ``line``:
    [0] when ``line`` is no commitment."""
    text = f"Title\n\nKelby Town will build a new stand, the club said on Monday.\n\n{line}"
    return [c.sentence for c in commitments_of(text)]


def whose(text, fragment):
    return next(c.who for c in commitments_of(text) if fragment in c.text)


def test_a_role_naming_its_body_after_of_in_full_gives_the_body_the_speaker_means():
    text = (
        "Staff at the University of Harnley will strike over 200 job cuts. Pia Sand, president of Harnley "
        "Students' Union, said the union would support staff but would not accept cancelled exams."
    )
    assert whose(text, "support staff") == "Harnley Students' Union"


def test_a_role_naming_its_body_after_of_gives_the_company_the_speaker_means_though_no_actor_names_it():
    text = (
        "Three makers of playground matting filed a lawsuit on Friday to block a state ban. The suit, filed by "
        'Dunmarsh Surfaces, Kelvo Sports and Arden Turf Systems, argues the ban is unlawful. "This law was written '
        'around a headline," said Ray Osborn, the chief executive of Dunmarsh Surfaces. He said the company would '
        "ask the court for an injunction before March."
    )
    assert whose(text, "injunction") == "Dunmarsh Surfaces"


def test_a_role_naming_a_portfolio_after_of_is_no_body():
    resolver_text = (
        "Anne Corby, Secretary of State for Health, said the department would publish the plan in May. "
        "The Department of Health said it agreed."
    )
    assert whose(resolver_text, "publish the plan") != "State for Health"


def test_the_company_opening_a_sentence_before_an_executive_is_the_firm_the_story_is_about():
    text = (
        "Dalby Chemists is to shut 90 shops, the chain said. Dalby Chemists said the closures would start in May. "
        "The company blamed falling NHS fees for the closures. In a statement, chief executive Rhys Ormond said "
        "sorry to staff. He said the firm would move every prescription to its nearest branch."
    )
    assert whose(text, "move every prescription") == "Dalby Chemists"


def test_a_pledge_whose_own_clause_names_the_pledgers_company_is_the_companys():
    text = (
        "Tarrow Valley Water has banned hosepipes from Friday. Tarrow Valley Water said the ban would last all winter. "
        "Chief executive Ines Varga last night said sorry to customers and pledged the company would fix 3,000 "
        "leaks by March."
    )
    assert whose(text, "fix 3,000 leaks") == "Tarrow Valley Water"


def test_a_chair_with_a_bare_title_speaks_for_the_body_that_spoke_just_before():
    text = (
        "Kelby Radio says the presenter will stay on air. But the Guild of Freelance Camera Crews said its "
        "members were alarmed by the ruling. Chairwoman Dora Pike said the group would write to ministers this week."
    )
    assert whose(text, "write to ministers") == "Guild of Freelance Camera Crews"


def test_a_generic_word_before_a_chairs_title_leaves_the_board_to_the_body_named_for_it():
    text = (
        "The Marlow County Board of Supervisors met on Tuesday after a report on jail deaths. "
        "Commission Chair Ada Brill said the board would hold a public hearing in February."
    )
    assert whose(text, "public hearing") == "Marlow County Board of Supervisors"


def test_the_company_after_its_chief_executive_spoke_is_their_company_not_the_most_named_one():
    text = (
        "Ministers chose Norvane Systems for the £2bn radar contract. Norvane Systems will build the radars in Kent. "
        "Norvane Systems beat two rivals. "
        "Tessaly Defence Group, whose Harrowby site had bid, said it was disappointed. "
        "Its chief executive, Sir Ian Polk, said that the company's bid had met every requirement. "
        "The company announced that it would begin consulting on 400 redundancies next week."
    )
    assert whose(text, "400 redundancies") == "Tessaly Defence Group"


def test_the_charity_is_the_charity_the_story_names_not_the_regulator_of_charities():
    text = (
        "The chief executive of the Marlow Hearth Trust has resigned over his expenses. The Charity Commission "
        "said it had opened a case. The charity said it would commission an independent review of all expenses."
    )
    assert whose(text, "independent review") == "Marlow Hearth Trust"


def test_the_company_far_from_any_name_is_the_firm_the_story_is_about():
    text = (
        "Orrin Valley Power cut electricity to 40,000 homes on Friday as winds rose. Orrin Valley Power said the "
        "cuts were needed to prevent fires. Orrin Valley Power restored most customers by Sunday. Some residents "
        "lost food and medicine. One farmer said he lost a week's milk. Schools closed for two days. "
        "The company said it would install 300 more weather stations by June. "
        "It also said it would give a $100 credit to every customer cut off for more than two days."
    )
    assert whose(text, "weather stations") == "Orrin Valley Power"
    assert whose(text, "$100 credit") == "Orrin Valley Power"


def test_an_executives_we_in_a_quote_paragraph_is_the_waste_firm_named_before():
    text = (
        "Families near a landfill in Orbury say the smell is unbearable.\n\n"
        "Inspectors visited the site run by Dellow Waste on Tuesday. The company's operations director, "
        "Mark Tully, met residents afterwards.\n\n"
        '"I understand people are angry. We are going to cap the old cells with clay by September."'
    )
    assert whose(text, "cap the old cells") == "Dellow Waste"


def test_ministers_with_no_speaker_commit_the_department_the_story_names():
    text = (
        "Hill farmers will get extra help after the drought.\n\n"
        "The Department for Upland Affairs announced a review of grazing payments on Monday. Ministers have "
        "promised to pay the first instalment of the hardship fund before the end of October."
    )
    assert whose(text, "first instalment") == "Department for Upland Affairs"


def test_a_chair_vowing_that_its_members_would_act_commits_the_body_they_chair():
    text = (
        "The Orrin Flats Residents Alliance has fought the insurer for a year. Dev Kumar, who chairs the "
        "residents alliance, vowed that its members would take Brightwell Mutual to court over every denied claim."
    )
    assert whose(text, "take Brightwell Mutual") == "Orrin Flats Residents Alliance"


def test_a_board_no_name_gives_is_the_one_the_speakers_role_says_they_chair():
    text = (
        "Parents at Linden Vale schools want better radios after a lockdown drill failed. Mei Sato, who chairs "
        "the board of trustees, said the board would vote next month to spend $300,000 on new radios."
    )
    assert whose(text, "vote next month") == "board of trustees"


def test_its_chief_executive_saying_it_would_commits_the_body_not_the_person():
    text = (
        "Kestrel Broadband has been criticised over outages in rural Dyfed. Its chief executive, Owain Pryce, "
        "said it would refund affected customers a month's fees."
    )
    assert whose(text, "refund affected") == "Kestrel Broadband"


def test_its_founder_after_a_takeover_in_the_passive_is_the_bought_firms():
    text = (
        "Snack maker Leafcrisp has been bought by Dunmore Foods for £30m. Its founder, Asha Patel, said the "
        "company would keep all 85 staff."
    )
    assert whose(text, "keep all 85 staff") == "Leafcrisp"


def test_a_bodys_board_as_the_subject_commits_the_body():
    text = (
        "Marlow Town Football Club faces a backlash over prices. Brack Leisure owns the ground. "
        "Marlow Town's board has agreed to freeze season-ticket prices for two seasons."
    )
    assert whose(text, "freeze season-ticket") == "Marlow Town Football Club"


def test_a_ceos_we_is_the_medical_centre_named_in_the_role_with_or_without_full_stops():
    text = (
        "St. Aldric Regional Medical Center CEO Dana Rowe addressed county commissioners on Tuesday.\n\n"
        '"We are not closing the birthing unit. We are committed to keeping it open through 2028," Rowe said.'
    )
    assert whose(text, "keeping it open") == "St. Aldric Regional Medical Center"


def test_a_person_named_before_and_then_described_commits_as_the_subject():
    text = (
        "Maud Penrose has run the Tillerby village shop for 30 years.\n\n"
        "Footfall has halved since the bank closed. The 61-year-old has vowed to keep the shop open all winter."
    )
    assert whose(text, "keep the shop open") == "Maud Penrose"
    text = (
        "Referee Alan Dace was sent home from the match for wearing shorts.\n\n"
        "But the former teacher has vowed to turn up in shorts every week until the rule is scrapped."
    )
    assert whose(text, "turn up in shorts") == "Alan Dace"


def test_a_lawyers_my_client_will_is_the_clients_pledge():
    text = (
        "Former clerk Ivor Dunne, 47, was convicted of theft at Marlow Crown Court.\n\n"
        'Outside court, his solicitor Petra Lane said: "My client will be appealing against this verdict."'
    )
    assert whose(text, "My client will") == "Ivor Dunne"


def test_a_described_person_is_the_storys_subject_or_the_one_of_that_age_not_the_last_voice():
    text = (
        "Reality star Kaya Marsh has been slammed by fans after cancelling her tour. Kaya Marsh blamed exhaustion.\n\n"
        "Her agent Tom Bell said the tour was too long. The 29-year-old has promised to refund every ticket holder."
    )
    assert whose(text, "refund every ticket") == "Kaya Marsh"
    text = (
        "Grandad Vic Pell, 71, has been banned from his bowls club for wearing shorts.\n\n"
        "Club secretary Jan Ross said the dress code was clear. The 71-year-old has vowed to wear shorts every week."
    )
    assert whose(text, "wear shorts every week") == "Vic Pell"


def test_a_spokesperson_for_the_body_saying_it_would_commits_that_body_not_the_council_named_before():
    text = (
        "Ashdown Borough Council has withdrawn its £80,000 grant to the Open Table Foodbank after a review. "
        "Councillor Ruth Blake called the cut heartless.\n\n"
        "A spokesperson for the foodbank said it would keep all three of its centres open."
    )
    assert whose(text, "keep all three") == "Open Table Foodbank"


def test_the_railway_and_the_operator_stand_for_the_bodies_named_for_what_they_run():
    text = (
        "Residents near the Kettle Point yard say locomotives idle all night, and the Transport Agency has had "
        "complaints about Lakeshore Rail.\n\nA spokeswoman for the railway said it will move idling to the far end "
        "of the yard next week."
    )
    assert whose(text, "move idling") == "Lakeshore Rail"
    text = (
        "Islanders on Tarsay were left without a ferry for nine days. The council said it had no say, and the "
        "transport agency said it was in talks with Minch Sound Ferries about a spare vessel.\n\n"
        "The operator has pledged to charter a back-up boat for next winter, its managing director said."
    )
    assert whose(text, "back-up boat") == "Minch Sound Ferries"


def test_we_of_someone_whose_role_opens_with_the_noun_of_a_body_is_that_bodys():
    text = (
        "A lynx escaped from Marden Hill Zoo on Sunday. Kelby Borough Council, which licenses the zoo, has "
        "ordered a safety review.\n\nZoo director Owen Tarr said: "
        '"We will not reopen until every fence has been checked."'
    )
    assert whose(text, "not reopen") == "Marden Hill Zoo"


def test_a_lead_that_describes_its_body_commits_the_body_the_next_sentences_name():
    text = (
        "A supermarket chain has pledged to keep its Fenwick Street store open after a protest by shoppers. "
        "Greenway Foods, which has 120 stores, said the store had been saved by a new lease."
    )
    assert whose(text, "keep its Fenwick Street store") == "Greenway Foods"
    text = (
        "One of Britain's biggest bakery chains is to close 40 shops, leaving villages without a baker. "
        "The NHS has warned about food deserts. Crumb & Co said rents had doubled."
    )
    assert whose(text, "close 40 shops") == "Crumb & Co"


def test_a_lead_body_described_by_a_clause_with_figures_a_participle_or_a_place_is_the_body_named_next():
    text = (
        "A housing association that manages more than 9,000 homes in Kelby is to spend £30m on damp. "
        "Fenmoor Homes, whose flats are mostly in Kelby, was given the lowest grade by the regulator. "
        "Inspectors found 1,100 open complaints. Its board was misled. "
        "Tenants said the Greenhill Residents' Association had complained for years."
    )
    assert briefed_whose(text, "is to spend £30m") == "Fenmoor Homes"
    text = (
        "A water utility serving about 41,000 people in eastern Carolina said Monday it would build a filter plant. "
        "Marsh County Water Authority, which draws from the Cashie River, found the chemicals in October."
    )
    assert briefed_whose(text, "build a filter plant") == "Marsh County Water Authority"
    text = (
        "A housing cooperative in this small German town has agreed to build 40 flats for refugees. "
        "Gemeinsam Bauen Feldbach, which owns 600 flats, will start work in spring."
    )
    assert briefed_whose(text, "build 40 flats") == "Gemeinsam Bauen Feldbach"


def test_a_lead_body_described_by_its_rank_in_a_place_is_the_body_named_next():
    text = (
        "Kelbania's second-largest lender said Friday it would refund 40,000 customers charged twice. "
        "Marrow Bank, which has 300 branches, blamed a software update."
    )
    assert briefed_whose(text, "refund 40,000 customers") == "Marrow Bank"
    text = (
        "Tax relief\n\nThe county's largest school system says it will ask voters for a new levy in May. "
        "Kelby City Schools, which teaches about 11,200 students, stands to lose $7.8 million a year."
    )
    assert briefed_whose(text, "ask voters for a new levy") == "Kelby City Schools"


def test_a_person_described_in_the_lead_is_not_a_body_named_later():
    assert committer.DELAYED_BODY.match("A council spokesman has promised") is None
    assert committer.DELAYED_BODY.match("A spokesman said the department would") is None


def test_the_club_is_a_rugby_club_named_with_rfc():
    text = (
        "Harlow Vale RFC has crashed into administration. Kelby Borough Council owns its ground. "
        "The club said it would keep playing until May."
    )
    assert whose(text, "keep playing") == "Harlow Vale RFC"


def test_the_trust_in_its_chief_executives_words_is_the_trust_not_the_hospital_named_last():
    text = (
        "The board of Kelby Hospitals NHS Trust voted to close the maternity unit at Marsh Lane Hospital. "
        "Dr Jo Reed, the trust's chief executive, said the unit was unsafe. "
        "Dr Reed said the trust would publish its staffing figures every month."
    )
    assert whose(text, "publish its staffing") == "Kelby Hospitals NHS Trust"


def test_he_that_goes_on_being_the_subject_is_not_the_person_named_as_an_object_between():
    text = (
        "Chef Omar Haddad is to open a fish restaurant in Saltby. "
        "He bought the building from retired butcher Ken Lowry in the summer. "
        "He has promised to hire at least 20 local staff."
    )
    assert whose(text, "hire at least 20") == "Omar Haddad"


def test_the_noun_of_a_persons_role_alone_stands_for_them():
    text = (
        "Folk singer Mara Quill has cancelled her show at the Kelby Corn Exchange after its roof leaked. "
        "Kelby Borough Council said repairs would take a month.\n\n"
        "The singer has promised to return for two free concerts in October."
    )
    assert whose(text, "two free concerts") == "Mara Quill"


def test_the_agent_of_a_passive_plan_may_follow_its_descriptor():
    text = (
        "Kelby Cricket Club lost its pavilion in a fire in May. "
        "The new £300,000 pavilion will be paid for by building firm Harnley Groundworks, the club said."
    )
    assert whose(text, "will be paid for") == "Harnley Groundworks"


def test_a_pledge_in_the_passive_is_its_agents_after_a_descriptor_but_not_a_name_modifying_a_noun():
    text = (
        "Three schools in Kelby will get new classrooms. R4.5 million has been pledged by mining firm Nqaba "
        "Minerals, the company's chief executive, Lindiwe Majola, announced on Friday."
    )
    assert whose(text, "has been pledged") == "Nqaba Minerals"
    text = (
        "Stanmere University has apologised for its admissions errors. The university has also agreed to pay "
        "for an independent audit, to be led by a retired High Court judge."
    )
    assert whose(text, "independent audit") == "Stanmere University"


def test_a_body_named_with_s_commits_itself():
    text = "Supermarket chain Fairway's has recalled its baby food. Fairway's said it would refund every customer."
    assert whose(text, "refund every customer") == "Fairway's"


def test_it_opening_a_sentence_that_the_company_is_said_to_say_is_the_company():
    text = (
        "Acme Foods was fined £2m by the Environment Agency in May. Kelby Council said the fine was too small. "
        "It will spend £5m on new filters by March, the company said."
    )
    assert whose(text, "new filters") == "Acme Foods"


def test_the_company_is_never_a_body_the_story_introduced_as_a_campaign_group():
    text = (
        "Acme Foods was fined £2m by the Environment Agency in May. Residents' group Clean Air Kelby said the fine "
        "was too small. It will spend £5m on new filters by March, the company said."
    )
    assert whose(text, "new filters") == "Acme Foods"


def test_a_national_officers_we_is_the_body_that_spoke_not_one_in_its_relative_clause():
    text = (
        "Gym chain Liftwell has shut 23 clubs. Shopworkers' union Usdaw, which represents some Liftwell staff, "
        'said 310 workers had been told by text. National officer Angela Moss said: "We will be demanding '
        'urgent talks with the company."'
    )
    assert whose(text, "demanding urgent talks") == "Usdaw"


def test_a_firm_called_a_group_is_still_the_company_but_a_residents_group_is_not():
    text = (
        "Energy group Kelby Power was fined £2m in May. Residents' group Clean Air Kelby said the fine was too "
        "small. It will spend £5m on new filters by March, the company said."
    )
    assert whose(text, "new filters") == "Kelby Power"


def test_a_document_put_out_by_a_body_pledges_for_it():
    text = "The new manifesto from the Kelby Green Party promises to plant a million trees by 2030."
    assert whose(text, "million trees") == "Kelby Green Party"


def test_the_before_no_name_opening_a_pledge_does_not_crash():
    # found by hypothesis: "The" opening the sentence with no capitalised name after it
    assert [c.who for c in commitments_of(". The of she will.")] == ["article"]


def test_a_rival_named_beside_the_storys_company_is_not_what_it_stands_for():
    text = (
        "Chemicals group Hessler Chemie reported a 12 percent drop in profit on Tuesday. Its shares fell 3 percent "
        "while rival Dornfeld AG gained.\n\nIt plans to cut 800 jobs at its main plant by 2027, the company said."
    )
    assert whose(text, "cut 800 jobs") == "Hessler Chemie"


def test_the_committee_a_speaker_chairs_within_a_long_named_council():
    text = (
        "Cllr Jo Hale, who chairs North Kelby County Council's health scrutiny committee, said the committee "
        "would refer the decision to the Health Secretary."
    )
    assert whose(text, "refer the decision") == "health scrutiny committee"


def test_his_office_is_the_office_named_for_the_speakers_title():
    text = (
        "The Yavallo County Sheriff's Office has signed a $1.2m contract for face-matching software. "
        "Sheriff Dale Kittredge said his office would begin using the system in February."
    )
    assert whose(text, "begin using") == "Yavallo County Sheriff's Office"


def test_a_partners_we_is_their_firms_but_a_partner_in_life_speaks_for_no_body():
    text = (
        "Administrators Fenwick Rowe Advisory confirmed the salons had closed. Partner Stuart Lomax said the firm "
        'would try to sell six salons. "We will write to every customer within 14 days," he said.'
    )
    assert whose(text, "write to every customer") == "Fenwick Rowe Advisory"
    text = (
        "Kelby Council has evicted the family from their flat. "
        'His partner Jo Lee said: "We will appeal against the eviction."'
    )
    assert whose(text, "appeal against") == "Jo Lee"


def test_a_role_named_for_the_site_a_firm_runs_speaks_for_the_firm():
    text = (
        "Hundreds of workers at the Cedar Vale Packing plant will keep their jobs, the company said on Tuesday. "
        'Plant president Walt Kowalski said: "We\'re going to run a second shift starting in April."'
    )
    assert whose(text, "second shift") == "Cedar Vale Packing"


def test_the_band_is_the_band_the_story_named_however_long_ago():
    text = (
        "Indie band The Hollow Pines abandoned their gig at the Corn Exchange when the power failed. Venue manager "
        "Steph Riley blamed the network operator, Eastern Power Networks. Fans were sent home after 20 minutes.\n\n"
        "They will play a free show at the venue on 12 April for everyone who had a ticket, the band said."
    )
    assert whose(text, "free show") == "The Hollow Pines"


def test_an_officer_introduced_by_its_speaks_for_the_body_the_sentence_before_opens_with():
    text = (
        "Brackley Homes wants to build 300 houses on the water meadows. Brackley Homes says the estate is safe.\n\n"
        "But the Save Hollin Woods campaign is unconvinced. Its chairman, retired surveyor Tom Ealing, said the "
        "group will apply for a judicial review in the spring."
    )
    assert whose(text, "judicial review") == "Save Hollin Woods"


def test_a_fire_chief_speaks_for_the_one_fire_service_the_story_names():
    text = (
        "The blaze had burned 200 acres, according to the Marsh Valley Fire District. Fire Chief Ray Okafor said "
        'his crews were stretched and the fire was spreading. "We plan to bring in two more strike teams by '
        'tonight," he said.'
    )
    assert whose(text, "strike teams") == "Marsh Valley Fire District"


def test_a_nations_ministry_named_in_lower_case_commits_not_the_minister_quoted_after():
    text = (
        "The Norwegian defence ministry has agreed to supply six radar units from its own stocks, Norway's "
        "defence minister, Eirik Haugland, told reporters. A spokesperson for the Scottish government said "
        "ministers would raise the matter with the regulator."
    )
    assert whose(text, "six radar units") == "Norwegian defence ministry"
    assert whose(text, "raise the matter") == "Scottish government"


def test_a_places_government_as_the_subject_commits_the_place_not_the_official_who_confirms_it():
    text = (
        "Talks on the border went on all week. Gibraltar's government has agreed to allow Frontex officers to "
        "carry out checks at its airport, Chief Minister Damian Ferrary confirmed."
    )
    assert whose(text, "Frontex officers") == "Gibraltar"


def test_a_pledge_by_a_post_whose_holder_the_next_sentence_names_is_the_holders():
    text = (
        "Waiting lists will be halved by 2030, the Health Secretary has pledged, as he unveiled a £2bn plan.\n\n"
        "Owen Calder said the money would pay for 5,000 beds."
    )
    assert whose(text, "Waiting lists") == "Owen Calder"


def test_a_press_secretary_speaks_for_the_body_their_title_names():
    text = (
        "Kelby Port Authority press secretary Col. Jo Dale said the first cranes would be delivered before the "
        'end of January. "We are not going to let this schedule slip," she said.'
    )
    assert whose(text, "first cranes") == "Kelby Port Authority"
    assert whose(text, "schedule slip") == "Kelby Port Authority"


def test_the_body_a_sentence_opens_with_after_the_is_the_noun_in_the_next():
    text = (
        "A convoy of 42 UN lorries is stranded. UN rules bar night travel, and UN staff are stuck. The Harvest "
        "Relief Fund said it would airlift biscuits to the town. The agency also plans to move part of the load "
        "onto barges, a spokesman said."
    )
    assert whose(text, "barges") == "Harvest Relief Fund"


def test_a_government_a_party_would_form_is_the_party_and_one_named_by_its_seat_is_the_country():
    text = (
        "Whitehall has grown by 60,000 jobs since 2019, the Treasury says. The Conservatives are ahead in the "
        "polls. Tory leader Lydia Hartnell promised a fuel duty cut.\n\n"
        "A Conservative government would axe 60,000 civil service jobs to pay for it, she said, bringing "
        "Whitehall back to its size before the pandemic."
    )
    assert whose(text, "axe 60,000") == "Conservatives"
    text = "A ceasefire came into force on Sunday. The government in Juba has agreed to free 200 prisoners."
    assert whose(text, "free 200 prisoners") == "South Sudan"


def test_the_noun_a_bodys_name_is_built_on_is_that_body_as_a_subject():
    text = (
        "Fighting ended between the army and the Kalor Liberation Front on Sunday. Under the deal signed in "
        "the capital, the front is to withdraw its fighters from the port within 30 days."
    )
    assert whose(text, "withdraw its fighters") == "Kalor Liberation Front"


def test_a_participles_agent_between_the_subject_and_its_verb_does_not_commit():
    text = (
        "The debt talks ended on Friday. The Official Creditor Committee, co-chaired by China and France, has "
        "agreed to stretch repayments to 2040. The Kelby Water Board, chaired by Jo Lee, has agreed to cut bills."
    )
    assert whose(text, "stretch repayments") == "Official Creditor Committee"
    assert whose(text, "cut bills") == "Kelby Water Board"


def test_the_government_a_ministry_says_will_act_is_the_ministrys_pledge():
    text = (
        "The International Monetary Fund approved the loan on Friday. In return for the relief, the government "
        "will raise fuel excise by 8% from April, the Ministry of Economy and Finance said in a statement."
    )
    assert whose(text, "fuel excise") == "Ministry of Economy and Finance"


def test_a_which_clause_after_the_last_of_a_list_is_not_that_names_pledge():
    text = (
        "The plant will close in June. A Welsh Government spokesperson said ministers would convene a taskforce "
        "with the company, the unions and Kelby County Council, which will meet for the first time on Friday."
    )
    assert whose(text, "convene a taskforce") == "Welsh Government"
    text = "The library will shut. Kelby County Council, which has pledged to keep it open, said it was sorry."
    assert whose(text, "keep it open") == "Kelby County Council"


def test_the_body_named_just_before_by_its_own_noun_is_the_one_a_later_he_said_reports():
    text = (
        'Dafydd Rees, the union\'s regional secretary, said members were angry. "We will fight," he said.\n\n'
        'In Westminster, a Department for Business and Trade spokesman said the closure was "deeply '
        'disappointing". The department would not offer the firm a special energy discount, he said.'
    )
    assert whose(text, "special energy discount") == "Department for Business and Trade"


def test_it_opening_a_sentence_is_the_body_the_sentence_before_opens_with():
    text = (
        "Harrow Valley Health will take over its rival. Harrow Valley Health says the deal saves money, and "
        "Harrow Valley Health expects approval. Not everyone is convinced. The Halston Nurses Union, which "
        "represents 2,300 nurses, said staffing was thin. It said it would seek an urgent meeting with the "
        "attorney general."
    )
    assert whose(text, "urgent meeting") == "Halston Nurses Union"


def test_a_sheriff_speaks_for_the_one_sheriffs_office_the_story_names():
    text = (
        "The Kessler County Sheriff's Office lost $3m in the budget. Sheriff Bo Rademacher said the cut was "
        'reckless. "So we are going to close the east wing on February 1," he said.'
    )
    assert whose(text, "east wing") == "Kessler County Sheriff's Office"


def test_what_a_mayor_says_the_city_will_do_is_the_citys_pledge():
    text = (
        "Port Alden has lost its bus contract, and routes will be cut in May. Port Alden riders say the cuts "
        "are unfair.\n\n"
        "Mayor Daniel Okafor said the city would put $1.2 million toward keeping two routes running. "
        '"We fought hard for this," he said.'
    )
    assert whose(text, "$1.2 million") == "Port Alden"
    text = (
        "Fares will rise by a third. Allenmouth mayor Frank Delgado said the city would pay for free bus passes "
        "for every pupil in Kelby County."
    )
    assert whose(text, "free bus passes") == "Allenmouth"


def test_a_party_government_is_the_party_by_the_name_the_story_gives_it():
    text = (
        "The Tories attacked the target. Shadow health secretary Gareth Lowry called it a gimmick. He said a "
        "Conservative government would scrap the 48-hour target."
    )
    assert whose(text, "scrap the 48-hour") == "Tories"


def test_a_subject_of_a_bodys_first_words_and_its_noun_is_that_body():
    text = (
        "CASUALTY FURY Town's emergency department to be downgraded, leaving patients facing a 25-mile dash\n\n"
        "Kelby Vale trust vows no nurse or doctor will lose their job in the shake-up\n\n"
        "Save Marlow A&E campaigners will march on the hospital this Saturday\n\n"
        "Emergency unit treated 41,000 patients last year\n\n"
        "By Jo Lee, Health Reporter\n\n"
        "21:10, Mon, Nov 30, 2026 | UPDATED: 08:02, Tue, Dec 1, 2026\n\n"
        "Share on WhatsApp | Share on Facebook | Share on X\n\n"
        "The Kelby Vale Hospitals NHS Foundation Trust will close the unit overnight from March. Kelby Vale "
        "campaigners are angry, and Kelby Vale patients face a 25-mile trip."
    )
    found = make_brief(text, "test").commitments  # (the page's bullets, as brief reads a saved page)
    assert next(c.who for c in found if "no nurse" in c.text) == "Kelby Vale Hospitals NHS Foundation Trust"


def test_a_body_named_in_a_speakers_own_quote_is_not_the_one_they_speak_for():
    text = (
        "Sunvista was fined £1.1bn by the European Commission. Sunvista said the fine was unfair.\n\n"
        '"We will appeal this decision at the General Court in Luxembourg and we expect to win," said chief '
        "executive Markus Lindqvist."
    )
    assert whose(text, "appeal this decision") == "Sunvista"


def test_a_passive_plan_by_the_noun_for_a_body_is_that_bodys():
    text = (
        "The Venezuelan Foreign Ministry freed three Americans on Friday. The cases of the two Americans still "
        "held will be reviewed by the ministry before the end of January, the statement added."
    )
    assert whose(text, "reviewed by the ministry") == "Venezuelan Foreign Ministry"


def test_it_after_a_sentence_adverbial_is_the_body_named_as_speaker_at_the_end():
    found = commitments_of(
        "The Food and Drug Administration recalled Kelvo nasal spray on Monday. The Food and Drug Administration "
        "linked it to 11 infections. The spray is made by Orvale Laboratories near Pune. Inspectors from the Food "
        "and Drug Administration found mold on equipment in September. Orvale said its own samples had tested "
        "clean. Even so, it will stop making the spray at the Pune plant while a laboratory repeats the tests, the "
        "company said."
    )
    assert [(c.who, c.sentence) for c in found] == [("Orvale Laboratories", 5)]


@pytest.mark.parametrize(
    ("mission", "country"), [("the Embassy of India in Washington", "India"), ("the Kenyan embassy", "Kenya")]
)
def test_an_embassys_government_is_its_countrys(mission, country):
    found = commitments_of(
        "The regulator recalled a nasal spray made abroad on Monday. "
        f"A spokesman for {mission} said the government was committed to full cooperation and would send inspectors."
    )
    assert [c.who for c in found] == [country]


def test_a_bullets_bare_title_is_the_report_it_sums_up_before_the_storys_body():
    found = commitments_of(
        "SEWAGE SHAME: Swimmers sick after spill at Kelby Bay\n\n"
        "Dozens of sea swimmers fall ill after storm overflow\n"
        "Boss vows to hand back his £310,000 bonus after fury\n\n"
        "Members of the Kelby Dawn Dippers fell ill after a storm. The Kelby Dawn Dippers swim all year. "
        "The Kelby Dawn Dippers met on Sunday. The words came from chief executive Jo Tulliver of Northshore "
        "Water, who has vowed to give back his £310,000 bonus."
    )
    assert [(c.who, c.sentence) for c in found][:1] == [("Jo Tulliver", 1)]


def test_a_compound_adjective_opening_a_display_line_is_no_body_for_the_club():
    # "Top-flight" opens a bullet as an adjective: "the club" in the next bullet is the club the
    # story names, never "Top-flight rugby league"
    found = commitments_of(
        "Pellow Hawks docked 10 points and fined £200k for breaking the salary cap\n\n"
        "Top-flight rugby league side also handed a signing ban until 2028\n\n"
        "Chairman Oskar Vell says the club will appeal 'all the way'\n\n"
        "PELLOW Hawks have been docked 10 points after league chiefs ruled the club broke the salary cap. "
        "Pellow Hawks said the ruling was unfair. "
        '"We will appeal this all the way, and we will win," Oskar Vell said.'
    )
    assert [c.who for c in found if "says the club" in c.text] == ["Pellow Hawks"]


def test_a_role_for_a_list_of_countries_names_a_territory_not_the_speakers_body():
    found = commitments_of(
        "Drug rejected over price\n\n"
        "The regulator Ofmed said a drug made by the US company Halvern Biotech was too costly. "
        "Halvern said the price reflected years of research. The company said it would appeal against the decision.\n\n"
        '"We are ready to move on price, and we will put a new offer to Ofmed before Christmas." Those were the '
        "words of Mara Lindqvist, Halvern's general manager for Spain and Portugal, who called the ruling a blow."
    )
    assert [c.who for c in found if c.text.startswith('"We are ready')] == ["Halvern Biotech"]


def test_a_body_apposed_to_a_possessed_noun_before_the_pledge_commits():
    found = commitments_of(
        "Residents were angry about the spill. Her lawyer, Ivo Pellan, said his firm, Pellan & Roe, "
        "would file a lawsuit against both companies before Christmas."
    )
    assert [c.who for c in found] == ["Pellan & Roe"]
    found = commitments_of("Jo Lee said her charity, Kelby Aid Trust, would open two more food banks by March.")
    assert [c.who for c in found] == ["Kelby Aid Trust"]


def test_the_company_is_no_partnership_named_and_company():
    found = commitments_of(
        "Tarrow Bio halted its trial after a patient died. Analysts at Bresler & Company said the shares could fall "
        "further. Bresler & Company cut its price target. Tarrow Bio said the death was under review. "
        "The company will not treat any further patients until the cause has been found, it added."
    )
    assert [c.who for c in found if c.text.startswith("The company")] == ["Tarrow Bio"]


def test_the_agency_after_a_sentence_ending_with_an_agencys_words_is_that_agency():
    found = commitments_of(
        "The FDA warned of a fungus in a nasal spray. "
        "The Food and Drug Administration said it would inspect the plant. "
        "The Food and Drug Administration has recalled three lots. "
        "Consumers should stop using the spray immediately, the CDC said. "
        "The agency plans to brief state health departments on Wednesday."
    )
    assert [c.who for c in found if c.text.startswith("The agency")] == ["CDC"]


def test_a_month_and_year_deadline_keeps_its_year():
    (c,) = commitments_of("Title\n\nThe Kelby Water Board will finish the embankment by June 2027.")
    assert c.deadline == "by June 2027"
    assert commitments._DEADLINE.search("will open by June 20, 2027").group() == "by June 20, 2027"
    assert commitments._DEADLINE.search("will open by June 20.").group() == "by June 20"


def test_what_is_pledged_keeps_the_negation_before_its_cue():
    (c,) = commitments_of('Title\n\n"We are not going to sell the Kelby library to a developer," Mayor Jo Lee said.')
    assert c.what.startswith("not going to sell")
    (c,) = commitments_of('Title\n\n"We aren\'t going to sell the Kelby library to a developer," Mayor Jo Lee said.')
    assert c.what.startswith("aren't going to sell")


def test_a_verb_of_the_mind_after_will_is_a_belief_not_a_pledge():
    assert commitments_of('Title\n\nShopkeeper Ann Vey, 61, said: "I\'ll believe it when I see the trucks."') == []
    assert commitments_of('Title\n\nJo Lee said: "I would think the price will be fair."') == []
    (c,) = commitments_of('Title\n\n"We will argue that the ban is unlawful," said Tom Reed, the families\' lawyer.')
    assert c.sentence == 0


def test_a_contractor_named_before_its_boss_is_the_business_he_speaks_for_not_a_hospital_it_built():
    found = commitments_of(
        "Title\n\nMidlands contractor Harwood Kerr has pledged to stop bidding for fixed-price work after losses "
        "on the Fenbridge General Hospital job pushed it into the red. Fenbridge General Hospital opened in May. "
        "Chief executive Graham Oyelaran said the business would only take on work under target-cost contracts."
    )
    assert [c.who for c in found] == ["Harwood Kerr", "Harwood Kerr"]


def test_the_business_or_the_firm_is_no_hospital_or_school_the_story_names():
    assert not committer.noun_fits("business", "Fenbridge General Hospital")
    assert not committer.noun_fits("firm", "Arnside Academy")
    assert committer.noun_fits("firm", "Harwood Kerr")


def test_what_is_pledged_leaves_out_the_quote_marks_and_the_frame_that_reports_it():
    cases = {
        '"We will rebook every passenger or refund them," said SkyHaven chief executive Henrik Dahl.': (
            "will rebook every passenger or refund them"
        ),
        '"We will fix the roads by May," Mayor Jo Lee told reporters after the meeting.': "will fix the roads by May",
        "Save Kelby Meadow will fight any rezoning of the meadow, its organiser, Jenna Whitcomb, said.": (
            "will fight any rezoning of the meadow"
        ),
    }
    for text, what in cases.items():
        (c,) = commitments_of(f"Title\n\n{text}")
        assert c.what == what, c.what


def test_a_date_in_a_past_relative_clause_is_no_deadline():
    (c,) = commitments_of(
        "Title\n\nMayor Jo Lee, who took office in October, said the city would fix every pipe by 2027."
    )
    assert c.deadline == "by 2027"
    (c,) = commitments_of("Title\n\nKelby Council said it would close the Ferris Road centre, which opened in 1974.")
    assert c.deadline is None


def test_amounts_in_other_currencies_keep_their_sign_or_name():
    (c,) = commitments_of("Title\n\nThe Cerrado Development Bank said it will lend R$4.8 billion to family farmers.")
    assert c.amount == "R$4.8 billion"
    (c,) = commitments_of("Title\n\nMayor Jo Lee said the city would spend 700 million pesos on new pipes.")
    assert c.amount == "700 million pesos"
    (c,) = commitments_of("Title\n\nThe ministry said it will build an EGP 9.6 billion desalination plant.")
    assert c.amount == "EGP 9.6 billion"


def test_the_noun_for_a_kind_of_public_body_stands_for_no_body_of_another_kind():
    # "the authority" is no Agency named before it, nor a firm: with neither named as an
    # authority, no body is the committer; a body named as one is.
    unnamed = commitments_of(
        "Title\n\nTests found solvents in the tap water of Dellmoor. Brannock Solvents Ltd runs a plant upstream. "
        "The Federal Water Agency sets a limit of 4 parts per trillion. "
        "Until a filter plant is built, the authority plans to give every household a jug filter."
    )
    assert [c.who for c in unnamed] == ["article"]
    named = commitments_of(
        "Title\n\nThe Dellmoor Water Authority found solvents in the tap water. "
        "The Federal Water Agency sets a limit of 4 parts per trillion. "
        "Until a filter plant is built, the authority plans to give every household a jug filter."
    )
    assert [c.who for c in named] == ["Dellmoor Water Authority"]
    bureau = commitments_of(  # a bureau is a public body
        "Title\n\nThe National Pipeline Safety Bureau opened an inquiry into the leak. "
        "The agency said it will publish its findings within 90 days."
    )
    assert [c.who for c in bureau] == ["National Pipeline Safety Bureau"]
    firm = commitments_of(  # "the agency" is said of any body but a business
        "Title\n\nBrannock Solvents Ltd runs the plant. Its owners met officials on Monday. "
        "The agency will send inspectors to the plant next week."
    )
    assert [c.who for c in firm] == ["article"]


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before_not_its_last_name():
    text = (
        "Title\n\nMum Jo Carver, 31, from Stockport, filmed the moment the toy answered her daughter Evie's "
        "question. She plans to report the toy to Trading Standards."
    )
    assert whose(text, "Trading Standards") == "Jo Carver"


def test_a_lead_that_calls_the_regulator_by_its_noun_before_naming_it_is_the_regulators_plan():
    text = (
        "Title\n\nSouthdown Water will be fined £48million, the industry regulator announced. "
        "Ofwat said the firm had failed its customers."
    )
    assert whose(text, "fined") == "Ofwat"


def test_the_force_is_a_police_force_and_the_group_no_panel():
    panel = (
        "Title\n\nThe Kelby Crime Panel met on Monday. The Kelby Crime Panel backed the plan. "
        "The force will sell the old station next year."
    )
    assert whose(panel, "sell") == "article"
    assert whose("Title\n\nKelby Police said it had closed the desk. The force will sell the old station.", "sell") == (
        "Kelby Police"
    )
    campaign = (
        "Title\n\nCampaigners from Save Kelby Station met on Monday. The Kelby Crime Panel backed the closures, "
        "and the Kelby Crime Panel will meet again. The group, which has 3,200 signatures, will hand in a petition."
    )
    assert whose(campaign, "petition") == "article"  # (a campaign named only by "from" is not yet its subject)


def test_a_place_where_the_subject_works_neither_speaks_nor_commits():
    text = (
        "Title\n\nA water utility serving about 41,000 people in eastern North Carolina said Monday it would "
        "build a $38 million plant. North Carolina has no state limit, and North Carolina officials said they "
        "would look again."
    )
    assert whose(text, "plant") == "article"


def test_a_business_named_by_its_premises_commits():
    text = (
        "Title\n\nGlow & Go Aesthetics sold the pens to 40 customers. "
        "The salon will not offer injections of any kind again, its owner told the Sentinel."
    )
    assert whose(text, "injections") == "Glow & Go Aesthetics"


def test_the_taxman_is_the_tax_authority_the_story_names():
    text = (
        "Title\n\nBrightside TV star Jo Lee owes HMRC £2m in unpaid tax. "
        "The taxman said it would now seek interest and could add penalties."
    )
    assert whose(text, "interest") == "HMRC"


def test_what_a_body_announces_a_person_will_do_is_its_decision():
    text = (
        "Title\n\nKelby TV launched a review of the star's conduct. "
        "Kelby TV confirmed last night that Jo Marsh would not present the show while the review runs."
    )
    assert whose(text, "present") == "Kelby TV"
    pronoun = "Title\n\nJo Marsh won her case against Blue Lane Media. Kelby TV confirms she will return in January"
    assert whose(pronoun, "return") == "Kelby TV"
    lawyer = "Title\n\nJo Marsh sued Kelby TV. Her lawyer, Sam Hart, said Jo Marsh would lodge a grievance this week."
    assert whose(lawyer, "grievance") == "Jo Marsh"  # (a person announcing: the person named commits)


def test_taking_on_staff_over_a_firm_or_part_is_an_act_not_a_forecast():
    assert whose(
        "Title\n\nAcme Ltd has won a £2m order.\n\nIt will take on 30 apprentices, the firm said.", "apprentices"
    ) == ("Acme Ltd")
    assert whose("Title\n\nKelby Council said it will take over the old road once the bypass opens.", "road") == (
        "Kelby Council"
    )
    assert commitments_of("Title\n\nThe Kelby union said it will not take part in any further talks.")
    assert not commitments_of("Title\n\nThe repairs will take months, Acme Ltd said.")


def test_taking_none_any_or_a_single_one_of_something_is_an_act_but_taking_time_is_not():
    opener = "Title\n\nChief executive Jo Roe of Acme Mining spoke on Monday. "
    assert whose(opener + '"We will not take a single litre of water from the river," Roe said.', "litre") == (
        "Acme Mining"
    )
    assert whose(opener + "Roe said the company would take no fee from the town.", "fee") == "Acme Mining"
    assert not commitments_of(opener + "It will not take any longer than a month, Roe said.")
    assert not commitments_of(opener + "It will take no time at all to fill the pit, Roe said.")


def test_committing_a_sum_to_something_is_a_pledge_but_committing_an_offence_is_not():
    opener = "Title\n\nChief executive Jo Roe of Acme Mining spoke on Monday. "
    assert whose(opener + '"We are committing A$40 million to a monitoring network," Roe said.', "network") == (
        "Acme Mining"
    )
    assert not commitments_of(opener + "Police say the gang is committing offences across the county.")


def test_a_closing_attribution_s_noun_is_the_body_that_opens_the_sentence_only_if_the_noun_can_stand_for_it():
    text = (
        "Title\n\nAcme Stores will close 12 shops, chief executive Ann Vey says.\n\n"
        "The Kelby Shopworkers' Union, which represents 900 of the staff, does not accept the figures. Its general "
        "secretary, Jo Roe, says the losses are the result of years of underinvestment.\n\n"
        "After talks last week, Acme agreed to extend the talks from 45 to 60 days, the union says. Roe says the "
        "union is to hold a ballot in the stores next month."
    )
    assert whose(text, "ballot") == "Kelby Shopworkers' Union"


def test_a_council_s_cabinet_decides_for_the_council():
    text = (
        "Title\n\nKelby County Council will pay Acme Buses £90,000 to keep two routes running, its leader said.\n\n"
        "The council's cabinet is to consider the tender on June 17."
    )
    assert whose(text, "tender") == "Kelby County Council"


@pytest.mark.parametrize(
    "sentence",
    [
        "A developer says 240 new homes will leave the village safer than before.",
        "The developer says the scheme will not make things worse for the village.",
        "Its planning director, Jo Roe, says the defences will protect 80 existing homes.",
    ],
)
def test_what_built_works_will_do_for_a_place_is_a_forecast_not_a_pledge(sentence):
    assert not commitments_of("Title\n\nAcme Homes wants to build on the meadow. " + sentence)


def test_the_builder_s_own_undertaking_about_its_works_is_still_a_pledge():
    text = "Title\n\nAcme Homes wants to build on the meadow. The developer says it will build the defences first."
    assert whose(text, "defences first") == "Acme Homes"


def test_a_place_that_closes_after_a_body_s_board_voted_is_closed_by_that_body():
    text = (
        "Title\n\nKelby's midwife-led birth centre is to close on September 1, after the board of Ashby Hospitals "
        "NHS Trust voted to move all births to Ashby General Hospital."
    )
    assert whose(text, "birth centre") == "Ashby Hospitals NHS Trust"


def test_services_that_stop_after_a_body_confirmed_it_are_stopped_by_that_body():
    text = (
        "Title\n\nAcme Buses runs 40 routes in Kelby. Three rural bus routes serving more than a dozen Kelby villages "
        "will stop running on July 26, after Acme Buses confirmed it is withdrawing services it says lose money."
    )
    assert whose(text, "bus routes") == "Acme Buses"


def test_a_subject_named_by_what_it_will_do_is_no_pledge():
    assert not commitments_of("Title\n\nThe state-owned operator that will take over in September inherits the fleet.")
    assert not commitments_of("Title\n\nThe operator that will run the trains from September inherits the fleet.")


def test_we_in_the_words_of_a_family_business_s_owner_is_the_business():
    text = (
        'Title\n\nCroft Family Foods will close its shop in Kelby, owner Martin Croft said. "We will not change '
        'a single recipe," he said.'
    )
    assert whose(text, "recipe") == "Croft Family Foods"
    two = (
        "Title\n\nCroft Foods Ltd and Croft Farms Ltd both sell pies, said Martin Croft, who runs a stall. "
        '"We will not change a single recipe," he said.'
    )
    assert whose(two, "recipe") == "Martin Croft"  # (two businesses bear the name: whose is not said)


def test_the_firm_in_its_founder_s_words_is_the_business_named_for_him():
    text = (
        "Title\n\nGreenslade Bakehouse Ltd, which runs two shops in Leeds, has agreed to buy the bakery. "
        "Kelby Council gave the shop a grant. Kelby Council owns the street, and Kelby Council set the rent. "
        "Founder Sam Greenslade, 34, grew up nearby. "
        "The firm will keep the name and all nine staff, he promised."
    )
    assert whose(text, "nine staff") == "Greenslade Bakehouse Ltd"


def test_the_head_of_a_named_body_called_by_its_name_and_rank_commits():
    text = (
        "Title\n\nFans of Kelby Town slammed Terry Flanagan, chairman of the club's owners Ravenbrook Holdings, "
        "after prices jumped 30 per cent.\n\nNow the Ravenbrook boss has vowed to pay for free coaches next season."
    )
    assert whose(text, "coaches") == "Terry Flanagan"


def test_what_an_owner_says_becomes_of_its_premises_is_its_pledge():
    text = (
        "Title\n\nNorthgate Grocers has reversed its decision to close its branch after a petition.\n\n"
        "The chain said the store would stay open for at least five more years."
    )
    assert whose(text, "stay open") == "Northgate Grocers"
    assert whose("Title\n\nAcme Foods said the Kelby branch would close in March.", "close") == "Acme Foods"
    assert not commitments_of("Title\n\nResidents feared the store would close.")  # (no owner says so)


def test_a_headline_s_bare_body_noun_is_the_body_it_fits_among_those_named_as_often():
    text = (
        "Sewage firm hit with record £48m penalty\n\nWatchdog to block bonuses for bosses at failing water firms\n"
        "Kelby Water spilled sewage into the sea 3,100 times last year\n\nBy Jo Roe\n\n"
        "Kelby Water will pay a record £48m penalty, Ofkel announced. Kelby Water said it accepted the findings. "
        "Ofkel said bosses had failed. Ofkel will publish its report in March."
    )
    assert whose(text, "Watchdog to block") == "Ofkel"


def test_a_named_subject_joined_to_a_described_one_commits_first():
    text = (
        "Title\n\nChef Jo Carney and the Kelby Hotel Group have signed a deal to open a restaurant. Kelby County "
        "Council approved the change of use in June.\n\nCarney and the hotel group will open the restaurant in May "
        "and hire 30 staff locally, they said."
    )
    assert whose(text, "30 staff") == "Jo Carney"


def test_the_team_is_the_body_named_for_its_place_and_a_plural_nickname():
    text = (
        "Title\n\nThe Kelby Bobcats said on Monday they would leave the Elm Street arena, where the Kelby Bobcats "
        "have played since 1990. Kelby Council said it was disappointed.\n\n"
        "Owner Jo Ronan said the team would open talks this week with Mill Fork about a new arena."
    )
    assert whose(text, "open talks") == "Kelby Bobcats"


def test_the_project_is_the_one_body_named_for_it():
    text = (
        "Title\n\nA study by the Kelby Justice Project, a civil rights group, found 212 police chases in five years. "
        "Jo Lee, the group's director, welcomed the new policy. She said the project will monitor the monthly "
        "reports and publish its own audit."
    )
    assert whose(text, "monitor") == "Kelby Justice Project"
    # (what the project will create is a forecast of its effect: no pledge, and none of Acme Homes')
    found = commitments_of("Title\n\nJo Lee of Acme Homes said the project will create 1,200 jobs.")
    assert "Acme Homes" not in [c.who for c in found]


def test_what_a_body_opening_the_sentence_says_a_place_will_do_is_its_own_decision():
    text = (
        "Title\n\nThe soap Harbour Lane has been taken off air. Kelby TV said Harbour Lane would return in January "
        "with a new chapter."
    )
    assert whose(text, "return in January") == "Kelby TV"


def test_a_thing_whose_owner_announces_its_fate_commits_its_owner():
    text = (
        "Title\n\nKelby Pier is to close to the public from January 5, its owner has announced, after engineers "
        "found corrosion. Seaview Leisure Ltd, which bought the pier in 2017, said it could not justify the cost."
    )
    assert whose(text, "January 5") == "Seaview Leisure Ltd"


def test_a_closing_attribution_by_a_kind_of_body_names_who_imposes_or_whom_it_stands_for():
    fined = (
        "Title\n\nKelby Water will be hit with a record £48m penalty, the industry regulator announced last night. "
        "Ofkel said the firm had failed its customers. Ofkel will publish its report in March."
    )
    assert whose(fined, "£48m penalty") == "Ofkel"
    it = (
        "Title\n\nCutlery maker Osgood Steelworks has won a £2m order. Osgood Steelworks will hire staff. "
        "The GMB union said it was good news.\n\nIt will take on 30 apprentices this year, the firm said."
    )
    assert whose(it, "30 apprentices") == "Osgood Steelworks"


def test_an_opening_it_goes_on_with_the_body_that_pledged_before_not_the_closing_speaker():
    # "It will also ..." after another body's pledge is that body's, though a regulator tells it.
    text = (
        "Title\n\nKelby Mutual was fined £9m by the Financial Standards Office on Tuesday.\n\n"
        "The lender, which has 900,000 members, has agreed to refund 3,000 customers by June.\n\n"
        "It will also appoint an independent reviewer to reopen every rejected claim, the regulator said."
    )
    assert whose(text, "independent reviewer") == "Kelby Mutual"
    spoke = (  # a body that only spoke before is not who "it" is
        "Title\n\nCutlery maker Osgood Steelworks has won a £2m order. Osgood Steelworks will hire staff. "
        "The GMB union said it was good news.\n\nIt will take on 30 apprentices this year, the firm said."
    )
    assert whose(spoke, "30 apprentices") == "Osgood Steelworks"


@pytest.mark.parametrize(
    ("description", "named", "body"),
    [
        (
            "A Danish ferry builder has also promised to open a repair yard in the harbour.",
            "Hollund Marine, which supplies electric ferries across Scandinavia, has no UK base.",
            "Hollund Marine",
        ),
        (
            "A local nonprofit that trains young people for building jobs also agreed to recruit 50 apprentices.",
            "The group, Buildwell Kelby, has placed more than 900 graduates since 2012.",
            "Buildwell Kelby",
        ),
    ],
)
def test_a_body_described_as_a_pledges_subject_is_the_one_the_next_sentence_names(description, named, body):
    text = f"Title\n\nKelby Council wants more jobs in the valley.\n\n{description}\n\n{named}"
    assert whose(text, description[:30]) == body


def test_a_things_fate_under_a_plan_is_no_pledge_of_the_body_named_next():
    text = (
        "Title\n\nA much-loved library in Kelby could close its doors under council plans to save £4m.\n\n"
        "Stannard Hill Library opened in 1901."
    )
    assert all(c.who != "Stannard Hill Library" for c in commitments_of(text))


@pytest.mark.parametrize(
    "joint",
    [
        "Mayor Ada Quill and County Executive Ron Abel have agreed to split any cost overruns evenly.",
        "Local MP Ada Quill and council leader Ron Abel have promised to find the money for the roof.",
    ],
)
def test_two_people_each_with_a_title_pledging_together_commit_as_the_first_named(joint):
    assert whose(f"Title\n\n{joint}", joint[:20]) == "Ada Quill"


def test_a_name_after_an_opening_the_is_the_subject_of_a_plan_it_approved():
    text = (
        "Title\n\nThe Kelby Municipal Corporation (KMC) on Friday approved a project to lay a second pipeline. "
        "Residents welcomed it.\n\nThe KMC also approved a separate plan to replace leaking lines in the old city."
    )
    assert whose(text, "leaking lines") == "Kelby Municipal Corporation"
    owner = "The Tamarack's successor is to be built in Mexico."
    assert not committer._the_subject(owner, Mention(0, 4, 14, "Tamarack's", key="Tamarack"))
    currency = "The NIS 4 billion plant is to supply 100 million cubic metres a year."
    assert not committer._the_subject(currency, Mention(0, 4, 7, "NIS", key="NIS"))
    assert committer._the_subject("The KMC also approved a plan to", Mention(0, 4, 7, "KMC", key="KMC"))


def test_the_hospital_is_the_medical_center_or_infirmary_the_story_names():
    text = (
        "Title\n\nKelby Medical Center will stop delivering babies on May 31, hospital leaders said. The Kansas "
        "Rural Health Alliance said six rural hospitals had closed maternity units.\n\nThe hospital will hold a "
        "community meeting on March 20 to answer questions."
    )
    assert whose(text, "community meeting") == "Kelby Medical Center"


def test_a_places_government_in_lower_case_after_it_is_the_places():
    text = (
        "Title\n\nThe Leeds city government will run four extra night bus routes, city officials said. Leeds has "
        "two million people."
    )
    assert whose(text, "night bus") == "Leeds"


def test_a_mayors_city_is_no_street_the_story_names():
    text = (
        "Title\n\nMARLOW SPRINGS, Ohio (AP) — A fire destroyed six homes on Dellwood Avenue on Sunday.\n\n"
        "Mayor Jo Galloway said the city will cover the cost of hotel rooms for families whose homes are unlivable."
    )
    assert whose(text, "hotel rooms") == "Marlow Springs"


def test_a_ministry_in_a_capital_is_its_countrys():
    text = (
        "Title\n\nThe tanker sails under a Greek flag. The shipping ministry in Athens will raise the matter in "
        "Brussels."
    )
    assert whose(text, "raise the matter") == "Greece"


def test_a_ministers_portfolio_is_no_body_he_speaks_for():
    text = (
        "Title\n\nTrainline operator Velmora cancelled one in four services last week. Velmora blamed a shortage "
        "of drivers. Rail minister Tom Allardyce summoned its bosses to London. He said he would meet the operator "
        "and Network Rail every week.\n\nThe operator has agreed to refund the December share of every season ticket."
    )
    assert whose(text, "season ticket") == "Velmora"


def test_who_is_to_blame_is_a_verdict_not_a_plan():
    text = (
        "Velmora said a shortage of drivers was to blame. Residents said the council is to blame for the delays. "
        "The council is to close the library."
    )
    assert [c.sentence for c in commitments_of(text)] == [2]


def test_a_ministry_in_a_capital_that_speaks_of_itself_is_its_countrys():
    text = (
        "Title\n\nBritain has sanctioned a tanker firm. Its foreign ministry summoned the British ambassador. The "
        "shipping ministry in Athens said it would raise the matter in Brussels."
    )
    assert whose(text, "raise the matter") == "Greece"


def test_a_sanction_told_without_its_agent_is_the_ruling_bodys_of_the_sentence_before():
    text = (
        "Title\n\nKelby Rovers have been docked 12 points. The Northern Rugby Conference found the club had paid "
        "three players through a sham company. The Rovers will also be barred from registering new players "
        "until 2028."
    )
    assert whose(text, "registering new players") == "Northern Rugby Conference"


def test_what_a_bodys_officer_says_its_officials_or_members_will_do_is_the_bodys():
    text = (
        "Title\n\nThe Kelby Port Authority said it was pleased with the deal. Its finance director, Tom Vale, said "
        "officials would review every pilot fee by March. Ann Roe, a spokeswoman for the Harbour Pilots "
        "Association, said members had agreed to a longer shift."
    )
    assert whose(text, "pilot fee") == "Kelby Port Authority"
    assert whose(text, "longer shift") == "Harbour Pilots Association"


def test_the_group_is_the_body_whose_activists_the_sentence_before_names():
    text = (
        "Title\n\nActivists with Kelby Families Justice Now urged the council to act. Organiser Jo Hale said the "
        "group would keep attending every meeting."
    )
    assert whose(text, "keep attending") == "Kelby Families Justice Now"


def test_a_word_the_article_writes_in_lower_case_commits_no_one_when_it_opens_a_pledge():
    text = (
        "Title\n\nThe county will merge its three bus operators next year. Buses will carry a single county livery. "
        "The new buses will be electric. Ambulances will be sent to the coast, and extra ambulances will wait in "
        "Kelby."
    )
    assert whose(text, "single county livery") == "article"
    assert whose(text, "sent to the coast") == "article"


def test_a_pronoun_before_a_verb_in_the_past_commits_to_the_second_verb_joined_by_and():
    text = (
        "Title\n\nHarlow Dairies, the Kelby milk processor, said on Friday it had been hit by feed costs.\n\n"
        "It cut its dividend and will raise the price it pays farmers by 2p a litre."
    )
    assert whose(text, "raise the price") == "Harlow Dairies"


def test_a_person_a_who_clause_says_will_act_is_the_one_named_before_it():
    text = (
        "Title\n\nThe new chair of Kelby Rovers is local builder Tomasz Wren, who has promised to cut season ticket "
        "prices by a fifth.\n\nFans had marched against the old board."
    )
    assert whose(text, "season ticket") == "Tomasz Wren"
    text = "Title\n\nThe bakery was bought by Ola Berg, who said she would keep all 12 staff."
    assert whose(text, "12 staff") == "Ola Berg"


def test_a_body_whose_officer_says_it_will_act_commits():
    text = (
        "Title\n\nThe bin contract went to Harlow Waste, whose operations director, Jo Hale, said it would collect "
        "garden waste every week."
    )
    assert whose(text, "garden waste") == "Harlow Waste"
    text = "Title\n\nThe deal went to Harlow Waste, whose chief executive said they would hire 40 drivers."
    assert whose(text, "40 drivers") == "Harlow Waste"


def test_she_is_not_a_man_the_article_calls_he_whatever_his_given_name():
    text = (
        "Title\n\nLowri Price, 29, has bought the last plot on the Maesglas estate.\n\n"
        "The estate agent, Gethin Cole, said he had never seen a plot sell so fast.\n\n"
        "She intends to build a workshop for her pottery business on it."
    )
    assert whose(text, "pottery business") == "Lowri Price"
    text = (
        "Title\n\nOsian Pryce, 41, sold the winning ticket. Ffion Rees told the Echo she had won before.\n\n"
        "He plans to frame the receipt."
    )
    assert whose(text, "frame the receipt") == "Osian Pryce"


def test_a_weaker_cue_with_a_subject_commits_when_the_strongest_has_none():
    text = (
        "Title\n\nKelby approved the solar deal with Harlow Arrays on Monday.\n\n"
        "Harlow Arrays chief executive Jo Hale said the company would hire at least 60 local workers during "
        "construction and has promised to keep a maintenance crew of eight in Kelby."
    )
    assert whose(text, "60 local workers") == "Harlow Arrays"
    text = (
        "Title\n\nMarlin County commissioners approved a new bridge on Monday.\n\nThe county said it would keep one "
        "lane open throughout the work except for two weekend closures, which will be announced 14 days ahead."
    )
    assert whose(text, "one lane open") == "Marlin County"


def test_the_hospital_is_no_association_whose_name_only_holds_the_word():
    text = (
        "Title\n\nDunmere Valley Health will close its birthing unit in June, its chief executive Ola Brandt said. "
        "The Ohio Hospital Association said 14 rural units had closed since 2020.\n\n"
        "Brandt said the hospital would keep its prenatal clinic open."
    )
    assert whose(text, "prenatal clinic") == "Dunmere Valley Health"


def test_the_council_a_mayor_speaks_of_is_not_the_body_of_the_voice_before():
    text = (
        "Title\n\nThe town council of Marwick voted on Wednesday to stop issuing permits for new wells.\n\n"
        "Jo Fenner, the president of the Northern Builders Council, said the ban would put jobs at risk.\n\n"
        "Mayor Ana Ruiz said the council would spend $18 million over five years to buy water rights."
    )
    assert whose(text, "water rights") == "Ana Ruiz"  # (the council the story names only in lower case)
    text = text.replace("Ana Ruiz said", "Ana Ruiz, a member of the builders' council, said")
    assert whose(text, "water rights") == "Northern Builders Council"  # a mayor of the body speaks for it


def test_the_union_is_no_firm_or_site_the_story_names():
    text = (
        "Title\n\nWorkers at Verlo Robotics' Kelby plant will vote on a union in May.\n\n"
        "Verlo Robotics said it respected its Kelby workforce. Tom Adair, president of the regional "
        "machinists' council, said the union would push for a contract within a year."
    )
    assert whose(text, "contract within a year") not in ("Verlo Robotics", "Kelby")
    text = (
        "Title\n\nStaff at Harrow Freight's Kelby depot won a pay rise last month.\n\n"
        "Harrow Freight said it valued its Kelby workforce.\n\nThe union said it would monitor the new rotas closely."
    )
    assert whose(text, "new rotas") not in ("Harrow Freight", "Kelby")
    text = (
        "Title\n\nThe Kelby Nurses Union balloted 900 members at Marlow Hospital.\n\n"
        "The union said it would strike in June."
    )
    assert whose(text, "strike in June") == "Kelby Nurses Union"


def test_we_in_a_quote_closed_by_a_bodys_officer_named_after_the_verb_is_the_bodys():
    text = (
        "Title\n\nThe Marlow County Water Authority owns the pipes under Kelby.\n\n"
        '"We will have crews on standby around the clock," said the authority\'s operations director, Jo Fenn.'
    )
    assert whose(text, "crews on standby") == "Marlow County Water Authority"


def test_it_after_a_lead_in_and_it_said_is_the_body_the_sentence_before_opens_with():
    text = (
        "Title\n\nA main burst under Fenn Avenue in Kelby on Tuesday. Kelby has had three breaks this month.\n\n"
        "The Marlow Water Authority owns the pipes under most of Kelby. On Wednesday it said it would replace the "
        "whole line before the end of next year."
    )
    assert whose(text, "whole line") == "Marlow Water Authority"


def test_the_state_or_the_government_is_never_a_firm():
    text = (
        "Title\n\nThe solar park will be built by Suryan Power, a unit of the Kedia group, which won the auction.\n\n"
        "Kedia shares rose 6 per cent.\n\nThe state government has agreed to lease 9,500 acres to the developer."
    )
    assert whose(text, "9,500 acres") not in ("Kedia", "Suryan Power")


def test_a_body_opening_a_plan_does_not_take_on_the_persons_pledge_before_it():
    text = (
        "Title\n\nFRANKFURT (Wire) — Brevik Coatings, the Dutch paint maker, has agreed to be taken over by German "
        "rival Halder Chemicals for 4.1 billion euros, the two companies said.\n\n"
        "Piet Olsen, who has chaired the Rotterdam-based target since 2016, said its board would back the offer.\n\n"
        "The German group expects savings of 180 million euros by 2028 and plans to close two plants, a spokeswoman "
        "said."
    )
    assert whose(text, "close two plants") != "Piet Olsen"


def test_the_buyer_is_the_body_a_takeover_names_even_with_its_officer_after_the_verb():
    text = (
        "Halder Chemicals to buy Dutch rival Brevik\n\nFRANKFURT (Wire) — Brevik Coatings has agreed to be taken over "
        "by German rival Halder Chemicals for 4.1 billion euros, the two companies said on Tuesday.\n\n"
        "The buyer will fund the purchase with new bonds and cash, said chief financial officer Ulla Stamm, adding "
        "that 600 million euros of new shares would also be sold before the end of the year."
    )
    assert whose(text, "new bonds") == "Halder Chemicals"


def test_a_body_noun_the_sentence_before_gave_with_its_owner_is_the_owners():
    text = (
        "Title\n\nThe Marlow Water Authority owns the pipes under Kelby.\n\nKelby council and KTV 7 both asked "
        "questions. Both the Kelby City Council and the authority's board met on Monday night. The board agreed to "
        "set aside $4.2 million for new pipes."
    )
    assert whose(text, "$4.2 million") == "Marlow Water Authority"
    text = (
        "Title\n\nCoastway runs the line. If Coastway fails by March, the line could be handed to the "
        "Government's operator of last resort, he warned. The operator has agreed to refund every season ticket."
    )
    assert whose(text, "season ticket") != "Government"


@pytest.mark.parametrize(
    "told",
    [
        "Last season Kelby Town promised to install a new scoreboard at the Millgate, and it was fitted in October.",
        "In 2020 Marlow Council pledged £40m to help farmers meet new rules, a sum it has since paid in full.",
        "Last summer manager Jo Hale promised the fans a proper cup run, and Town duly reached the semi-finals.",
        "In 2019 the Dunmore Trust promised a clinic in Fenwick Cross, and the clinic did open.",
        "In 2021 Acme Homes vowed to fix the damp in every flat, and nothing happened.",
        "Acme Foods pledged to double production to end shortages, a promise it kept in April.",
    ],
)
def test_a_past_pledge_told_with_what_came_of_it_is_no_commitment(told):
    assert committed_after_a_pledge(told) == [0]


def test_we_in_a_quote_closed_by_the_named_bodys_executive_is_the_bodys():
    text = (
        "Title\n\nCalder Therapeutics will recall 400,000 pens.\n\n"
        '"We will replace every pen free of charge," said Calder\'s chief executive, Dana Whitt, in a video.'
    )
    assert whose(text, "every pen") == "Calder Therapeutics"


def test_a_lead_describing_its_body_with_a_relative_clause_is_the_body_named_next():
    text = (
        "Title\n\nA hospital trust that has been criticised for sending patients on long trips is to open its own "
        "dialysis unit within two years.\n\nBrackley Hospitals NHS Trust said the unit would have 12 chairs."
    )
    assert whose(text, "dialysis unit") == "Brackley Hospitals NHS Trust"


def test_it_said_in_a_statement_that_it_would_is_the_body_before():
    text = (
        "Title\n\nA row over patrols split Kelby on Monday.\n\nThe Kelby Police Officers' Guild represents 140 "
        "officers. On Tuesday morning it said in a short statement that it would not oppose the new rota."
    )
    assert whose(text, "new rota") == "Kelby Police Officers' Guild"


def test_a_deal_signed_in_a_whose_clause_describes_the_subject_whose_own_plan_it_is():
    text = (
        "Title\n\nThe Highvale Lions, whose coach Jan Pretor signed a three-year contract extension last month, "
        "are to play two friendlies at the new ground in January."
    )
    assert whose(text, "two friendlies") == "Highvale Lions"


def test_the_side_a_clubs_officer_speaks_of_is_the_club():
    text = (
        "Title\n\nDeccan Warriors FC sacked their coach on Monday after five straight defeats.\n\n"
        "The Warriors' chief executive, Rohan Kulkar, said the side plans to name a new head coach before the "
        "derby."
    )
    assert whose(text, "new head coach") == "Deccan Warriors FC"


@pytest.mark.parametrize(
    "refusal",
    [
        "A Hartley spokeswoman said the company will not comment on pending litigation.",
        "Asked about the inquiry, the commissioner said he will not comment while the probe is under way.",
        '"We won\'t be drawn on transfer talk," a Kelby Town spokesman said.',
        "The ministry would not say whether the plant would close.",
    ],
)
def test_a_refusal_to_comment_is_no_commitment(refusal):
    assert commitments_of(f"Title\n\nHartley Homes is being sued by 40 tenants in Kelby.\n\n{refusal}") == []


@pytest.mark.parametrize(
    "timetable",
    [
        "The next board meeting will begin at 6 p.m. on Tuesday at Kelby High School.",
        "The Eagles' opening-round match against Kinross will start at 2.10pm on Saturday.",
        "The hearing will resume on Monday at Kelby Crown Court.",
    ],
)
def test_an_events_timetable_is_no_commitment(timetable):
    assert commitments_of(f"Title\n\nThe Kelby school board met on Monday.\n\n{timetable}") == []


def test_she_is_not_a_man_the_article_calls_mr():
    text = (
        "Title\n\nDeclan Furnell, the developer, has cut the scheme to 60 homes.\n\n"
        "Councillor Siobhan Breen, who opposed the earlier plan, welcomed the smaller scheme. Mr Furnell has met "
        "residents twice since the summer.\n\nShe said she would set up a residents' forum to feed into the design."
    )
    assert whose(text, "residents' forum") == "Siobhan Breen"


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Kwanele Bay Municipality", "municipality"),
        ("Suryanagar Municipal Corporation", "corporation"),
        ("Yarrabin Shire Council", "shire"),
    ],
)
def test_a_municipality_corporation_or_shire_said_to_act_commits(body, noun):
    text = (
        f"Title\n\nThe {body} has backed the harbour plan.\n\n"
        f"Mayor Nomsa Dube said the {noun} would contribute R25 million for a new access road by June."
    )
    assert [c.sentence for c in commitments_of(text)] == [1]


def test_what_a_source_would_not_say_is_no_commitment():
    text = "Title\n\nKelby Foods will close its depot.\n\nShe would not say how many office staff would stay."
    assert [c.sentence for c in commitments_of(text)] == [0]


def test_the_union_is_a_body_whose_name_says_so_whatever_else_it_holds():
    text = (
        "Title\n\nAshby and Kelby hospitals will merge in April.\n\n"
        "The Health Workers' Alliance, which represents about 2,300 staff across both sites, has so far stayed "
        "neutral. Its regional secretary, Colin Feather, said the union would hold open meetings at both hospitals."
    )
    assert whose(text, "open meetings") == "Health Workers' Alliance"


@pytest.mark.parametrize(
    ("pledge", "agent"),
    [
        ("A further Sh45 million has been pledged by the Amani Mothers Fund to train midwives.", "Amani Mothers Fund"),
        (
            "Free lead testing near the break has been promised by the Kelby Health Department.",
            "Kelby Health Department",
        ),
        (  # a plural subject before "have been promised by" receives nothing: its agent pledges
            "Spare pumps for the next three winters have been promised by Dunmore Plant Hire Ltd.",
            "Dunmore Plant Hire Ltd",
        ),
        (  # a level of government before the agent's name is no part of it
            "Free bottled water has been promised by the state Department of Environment, officials said.",
            "Department of Environment",
        ),
    ],
)
def test_a_pledge_in_the_passive_is_its_named_agents(pledge, agent):
    assert whose(f"Title\n\nKelby Water was fined on Monday.\n\n{pledge}", pledge[:20]) == agent


def test_a_promise_received_is_none_even_with_its_giver_named():
    text = "Title\n\nKofi was given a clear promise by the chairman in front of witnesses.\n\nHe left."
    assert not commitments_of(text)


@pytest.mark.parametrize(
    ("sentence", "setter"),
    [
        (
            "Now the Environment Agency has set a deadline of July 31 for the firm to fix the outfall.",
            "Environment Agency",
        ),
        ("Judge Ada Quinn gave the company 60 days to submit a new safety plan.", "Ada Quinn"),
    ],
)
def test_a_deadline_set_for_another_is_its_setters_commitment(sentence, setter):
    assert whose(f"Title\n\nKelby Water was fined on Monday.\n\n{sentence}", sentence[:25]) == setter


@pytest.mark.parametrize(
    "record",
    [
        "In 2019, Marlow Foods promised to keep its bottling line in Kelby until 2030.",
        "The government promised in 2021 to end waits of more than a year for hip operations.",
        "When it won the ferry licence in 2018, Kelby Ferries promised to replace both its vessels.",
        "Jo Hale, the former chairman, promised the fans a new stand back in 2017.",
        "Acme Homes promised a play park once before, in 2020, and walked away from it.",
        "The authority first promised a 24-hour department in 2016, then shelved the plan.",
    ],
)
def test_a_pledge_dated_by_a_past_year_alone_is_a_record_not_a_commitment(record):
    assert committed_after_a_pledge(record) == [0]


@pytest.mark.parametrize(
    "pledge",
    [
        "Marlow Foods, founded in 1998, promised on Monday to keep all 300 jobs in Kelby.",
        "Jo Hale, who bought the club in 2023, has pledged to spend £20m on the ground.",
        "The council promised on Monday to open the new school in 2027.",
        "The club promised fans a new stand in 2028.",
        "In 2027 the council will open a new library in Kelby, its leader promised.",
    ],
)
def test_a_year_that_describes_the_subject_or_dates_the_pledged_act_leaves_the_pledge(pledge):
    assert committed_after_a_pledge(pledge) == [0, 1]


@pytest.mark.parametrize("role", ["director of housing", "head of roads and infrastructure"])
def test_it_said_by_an_officer_described_by_their_bodys_possessive_is_the_body(role):
    text = (
        "Title\n\nTayforth Council has approved a plan to repair roads. The Scottish Government will pay for part "
        f"of it. The council's {role}, Ada Quinn, said it would appoint a contractor by February."
    )
    assert whose(text, "appoint a contractor") == "Tayforth Council"


@pytest.mark.parametrize(
    ("pledge", "who"),
    [
        (
            "The Treasury has agreed to release the money from reserves, according to a letter seen by the paper.",
            "Treasury",
        ),
        ("The Centre will provide viability gap funding of Rs 2,100 crore for the park.", "Centre"),
        (
            "Ministers have also agreed to fund a study of flood defences, a Scottish Government spokeswoman said.",
            "Scottish Government",
        ),
    ],
)
def test_a_government_by_its_metonym_commits(pledge, who):
    assert whose(f"Title\n\nKelby will get new flood defences.\n\n{pledge}", pledge[:20]) == who


@pytest.mark.parametrize(
    "told",
    [
        "Voters in the province will go to the polls on Monday.",
        "Schools across the territory will reopen next week after the floods.",
        "Lawyers for the Crown will argue that the sentence was too lenient.",
    ],
)
def test_a_metonym_that_is_not_the_subject_commits_no_one(told):
    assert not [
        c for c in commitments_of(f"Title\n\nKelby will get new flood defences.\n\n{told}") if told[:20] in c.text
    ]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Corvina's chief commercial officer, Ada Quinn, said four weekly flights would be operated from June.",
            "Corvina Airways",
        ),
        (
            "Gwayi Agro Holdings chief executive Jo Lee said the first 12 boreholes would be commissioned by the end "
            "of June.",
            "Gwayi Agro Holdings",
        ),
    ],
)
def test_a_plan_in_the_passive_reported_by_an_officer_is_their_bodys(sentence, who):
    text = f"Title\n\nCorvina Airways will fly to Accra, its owners said.\n\n{sentence}"
    assert whose(text, sentence[-25:]) == who


def test_a_plan_in_the_passive_is_no_body_that_only_a_title_names():
    sentence = "Kelby Regional Education Officer Ada Quinn said no child would be turned away at the gate."
    assert whose(f"Title\n\nKelby City Council will feed 9,000 pupils.\n\n{sentence}", "no child") == "Ada Quinn"


@pytest.mark.parametrize(
    "record",
    [
        "Two years ago the council promised to build a new leisure centre in Marlow.",
        "Acme Motors had earlier said it would set up a plant in Kelby, but shelved those plans in 2023.",
        "Earlier this year, the university promised not to make any compulsory redundancies, a commitment the union "
        "says has now been broken.",
        "Jo Lee said the utility had failed to trim trees near its lines as it promised after a storm in 2021.",
        "Kahurangi Living previously promised a similar development at Okahu Bay in 2020.",
        'Back in 2016, then-chairman Jo Hale vowed the club would "never, ever" leave Kiln Lane.',
        "A £30million plan to rebuild the Main Stand collapsed in 2019 when the owners ran out of money.",
        "The cuts come two years after the university promised that no course would close without a review.",
        "The move comes just months after Acme promised to match rivals on 1,000 lines - a pledge that fizzled out.",
        "Former Mayor Tom Gault promised a housing surge, but only two of the 14 sites were ever developed.",
        "In 2021, rival carmaker Orel Motors announced a plant in Kelby that was later scrapped.",
    ],
)
def test_a_pledge_recalled_as_past_or_broken_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


def test_a_pledge_made_while_something_else_happens_stands():
    text = "Title\n\nLenders agree to deep losses as Maputo pledges a fuel tax rise.\n\nThe deal was signed on Monday."
    assert [c.sentence for c in commitments_of(text)] == [0]


def test_players_or_volunteers_of_a_body_pledge_for_it():
    text = (
        "Title\n\nThe Kelby Hospice appeal has raised £40,000.\n\n"
        "Players from Saltby Rugby Club plan to cycle 300 miles from Edinburgh to Saltby in May for the appeal."
    )
    assert whose(text, "cycle 300 miles") == "Saltby Rugby Club"


@pytest.mark.parametrize(
    "pledge",
    [
        '"We will not be asking supporters to pay for this stadium through higher ticket prices," he said.',
        "\"We are going to make sure no child's learning is disrupted, and we will have a transition team in each "
        'school," Jo Lee said.',
    ],
)
def test_a_refusal_under_way_and_making_sure_are_pledges(pledge):
    text = f"Title\n\nKelby Athletic will build a new stadium, its chairman, Jo Lee, said.\n\n{pledge}"
    assert [c.sentence for c in commitments_of(text)] == [0, 1]


def test_being_sure_something_will_happen_is_a_belief():
    text = 'Title\n\nKelby Athletic will build a new stadium.\n\n"I am sure the fans will love it," Jo Lee said.'
    assert [c.sentence for c in commitments_of(text)] == [0]


def test_an_executive_with_no_body_named_speaks_for_the_firm_described_as_the_subject_before():
    text = (
        "Kelby Foods to close 14 supermarkets\n\nKelby Foods will close 14 of its supermarkets by June, putting 600 "
        "jobs at risk.\n\nThe listed grocer, which has 212 stores, told the ASX on Monday that the outlets were losing "
        "money.\n\n"
        "Chief executive Ada Quinn said the company would offer redeployment to every affected worker."
    )
    assert whose(text, "redeployment") == "Kelby Foods"


def test_the_company_is_no_trust_or_foundation_quoted_before():
    text = (
        "Title\n\nKgomo Mining Ltd will hand 10% of its shares to the Thabaneng Community Trust.\n\n"
        '"We will make sure that every rand reaches the villages," said trust chairwoman Ada Quinn.\n\n'
        "The company plans to resume full production in March."
    )
    assert whose(text, "full production") == "Kgomo Mining Ltd"


@pytest.mark.parametrize(
    ("story", "fragment", "who"),
    [
        (
            "The Kelby Point bridge will close in June for repairs.\n\n"
            "The federal government has agreed to contribute $70 million of the cost.",
            "$70 million",
            "federal government",
        ),
        (
            "The Lowmoor ferry will stop running for six weeks.\n\nThe county council said it would run extra buses.",
            "extra buses",
            "county council",
        ),
    ],
)
def test_a_public_body_the_story_never_names_commits_by_its_words(story, fragment, who):
    assert whose(f"Title\n\n{story}", fragment) == who


def test_a_bare_authority_is_no_committer_of_its_own():
    text = "Title\n\nThe Lowmoor ferry will stop running.\n\nThe authority said it would review the contract."
    assert whose(text, "review the contract") == "article"


@pytest.mark.parametrize("opening", ["The Lowmoor ferry will stop", "The Kelby Point bridge has closed"])
def test_a_name_before_a_things_noun_is_no_body(opening):
    text = f"Title\n\n{opening} for repairs.\n\nThe authority said it would review the contract."
    assert whose(text, "review the contract") == "article"


def test_a_name_after_the_before_its_verb_is_still_a_body():
    text = "Title\n\nThe Kelby Lighthouse Trust has raised £40,000.\n\nIt said it would repaint the tower."
    assert whose(text, "repaint") == "Kelby Lighthouse Trust"


def test_a_national_government_is_no_towns_named_nearby():
    text = (
        "Title\n\nThe province will replace the Kelby River bridge.\n\n"
        '"We will build it to last," the minister told reporters at the Port Kelby fire hall.\n\n'
        "The federal government has agreed to contribute $70 million of the cost."
    )
    assert whose(text, "$70 million") == "federal government"


@pytest.mark.parametrize(("pair", "first"), [("France and Italy", "France"), ("Acme Ltd and Sicily", "Acme Ltd")])
def test_a_name_ending_in_ly_is_no_adverb_between_subject_and_verb(pair, first):
    text = f"Title\n\nThe talks ended on Monday.\n\n{pair} agreed to share naval surveillance data."
    assert whose(text, "surveillance") == first


@pytest.mark.parametrize(
    "record",
    [
        'Opposition leader Tom Ashby said: "We were promised in 2023 that the roof would be fixed within six months."',
        "Travellers on the line had been promised a new timetable in 2022 that never materialised.",
        "Speaking outside court, his mother, Ada Quinn, said the family had been promised an apology by the force.",
        '"We have made promises before and not delivered, and I know that," Jo Lee said.',
        "The provincial government has previously promised to build an all-season road, but construction has yet to "
        "begin.",
        "Last year, commissioners promised to build a new animal shelter by the end of 2025.",
        "In his 2021 election campaign, Mr Colley promised to put 200 more officers on the streets.",
        "The council promised last year to open the pool by June.",
        "The council promised a similar partnership in 2015, but talks collapsed.",
        '"Bellhaven has made promises before," said nurse Ada Quinn.',
    ],
)
def test_a_pledge_received_recalled_dated_or_left_undone_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


@pytest.mark.parametrize(
    "aside",
    [
        'The ministry called the measures "economic piracy" but did not say how it would respond.',
        '"Going by the past record, I do not think even half the waste will be cleared by March," Jo Lee said.',
    ],
)
def test_what_a_source_did_not_say_or_does_not_think_is_no_commitment(aside):
    assert committed_after_a_pledge(aside) == [0]


def test_a_pledge_made_before_and_kept_to_now_still_stands():
    text = "Title\n\nThe club has promised to build a new stand before the season starts, its chairman said."
    assert [c.sentence for c in commitments_of(text)] == [0]


@pytest.mark.parametrize(
    ("story", "fragment", "who"),
    [
        (
            "The Bank of Kelbia held rates at 4%. Kelbia Savings Bank cut 40 branches.\n\n"
            "The central bank will also begin selling part of its bond holdings in January.",
            "bond holdings",
            "Bank of Kelbia",
        ),
        (
            "Kelbia Post will be sold off.\n\nThe finance ministry plans to sell a 20 percent stake in the postal "
            "company, Kelbia Post, by June.",
            "20 percent stake",
            "finance ministry",
        ),
        (
            "Kelbia Savings Bank will close 40 branches.\n\nThe state pension fund, which owns 12 percent of Kelbia "
            "Savings Bank, said it would vote against the closures.",
            "vote against",
            "state pension fund",
        ),
        (
            "Kelby University will cut 40 jobs.\n\nThe students' union said it would hold an emergency meeting.",
            "emergency meeting",
            "students' union",
        ),
    ],
)
def test_a_body_of_a_kind_is_no_other_body_that_shares_its_noun(story, fragment, who):
    assert whose(f"Title\n\n{story}", fragment) == who


def test_a_pledge_for_next_year_still_stands():
    text = "Title\n\nThe council promised on Monday to open the pool by June next year."
    assert [c.sentence for c in commitments_of(text)] == [0]


@pytest.mark.parametrize(
    "timetable",
    [
        "Visitation will be held Friday from 4 to 7 p.m. at Kelby Funeral Home.",
        "Registration will open at 9 a.m. in the school hall.",
    ],
)
def test_an_acts_noun_opening_a_sentence_is_no_committer(timetable):
    text = f"Title\n\nThe council will close the library in June.\n\n{timetable}"
    assert [c.sentence for c in commitments_of(text)] == [0]


@pytest.mark.parametrize(
    ("vote", "body"),
    [
        ("The Kelby City Council voted 5-2 late Tuesday to create a civilian police board.", "Kelby City Council"),
        (
            "Members of Marlow District Council's planning committee voted by seven to five on Wednesday night to "
            "grant permission for 300 homes.",
            "Marlow District Council",
        ),
        ("The board of Kelby Hospitals Trust voted on Thursday to shut its night-time ward.", "Kelby Hospitals Trust"),
        (
            "The Marlow Regional Transit Authority voted six to two on Monday to raise its fare to $3.",
            "Marlow Regional Transit Authority",
        ),
        # a union and a club decide by their members' vote too
        ("Kelby Bus Drivers Union voted on Tuesday to accept a staffing agreement.", "Kelby Bus Drivers Union"),
        ("Tarby Sailing Club members voted on Saturday to sell the boathouse to the council.", "Tarby Sailing Club"),
        # the body a voting body's owner stands for, by its noun
        (
            "Kelby District Council set its budget.\n\nThe council's infrastructure committee voted on Tuesday to "
            "tar the access road.",
            "Kelby District Council",
        ),
        # the vote is the body's, never a person's the resolution of its subject lands on
        (
            'Tarby Chemists, founded in 2009 by pharmacist Ola Brant, now runs 73 sites.\n\n"We will keep every '
            "pharmacist on their current contract,\" said Ola Brant, the group's managing director.\n\n"
            "The Dispensers' Guild Union's executive committee voted to drop its legal challenge over the sale.",
            "Dispensers' Guild Union",
        ),
    ],
)
def test_a_body_that_votes_to_act_commits_the_organisation_its_clause_names(vote, body):
    text = f"Title\n\n{vote}\n\nResidents had packed the meeting."
    assert whose(text, vote.split("\n\n")[-1][:30]) == body


@pytest.mark.parametrize(
    "vote",
    [
        "Jo Hale, who voted against the plan, said she was disappointed.",  # a vote against, in a description
        "The Kelby City Council voted against a plan to close the library.",
        "Kelby Airways cabin crew voted to strike for nine days over Christmas.",  # a workforce, no deciding body
        "Parents protested outside the library after the Kelby City Council voted to sell it.",  # why, not what
        "In 2019 the Kelby City Council voted to sell the building.",  # dated by a past year alone
        "The board voted 3-2 to hold a public hearing in January.",  # no organisation named in its clause
        "The Kelby City Council voted by seven votes to five.",  # a tally, no act voted for
        "Members of the Kelby Nurses Union voted to walk out in March.",  # a mandate for a strike, not yet a pledge
    ],
)
def test_a_vote_against_one_told_as_a_reason_or_one_that_names_no_body_is_no_commitment(vote):
    text = f"Title\n\nThe Kelby City Council met on Monday. Kelby Airways flies from Kelby.\n\n{vote}"
    assert not [c for c in commitments_of(text) if c.text == vote]


def test_its_board_agreeing_commits_the_body_the_sentence_before_names():
    text = (
        "Title\n\nAcme Foods also plans to buy back shares. Its board agreed to raise the dividend to 46 cents a share."
    )
    assert whose(text, "Its board agreed") == "Acme Foods"


def test_a_forecast_in_a_clause_joined_after_the_pledge_leaves_the_pledge():
    text = (
        "Title\n\nAcme Foods will close its Kelby bakery. The company said it would offer severance packages to "
        "affected workers, and about 150 of them are expected to be offered jobs in Marlow."
    )
    assert whose(text, "offer severance") == "Acme Foods"


def test_an_organisation_cited_for_its_figures_is_no_body_the_next_speaker_speaks_for():
    text = (
        "Title\n\nAcme Foods will close its Kelby bakery, the packaged-food maker said on Tuesday. The company "
        "reported net income of $41 million. Analysts had expected more, according to KLX data. Chief "
        "Executive Jo Lee said the company would move most of the output to its plant in Marlow."
    )
    assert whose(text, "move most of the output") == "Acme Foods"


@pytest.mark.parametrize(
    "record",
    [
        "Asked about more closures, Dr Ada Lee said: \"I'm not going to make promises I can't keep.\"",  # a refusal
        'Asked whether the cuts might be reversed, Ada Lee said that was "not something we can promise".',
        '"Every time, they promise jobs for our children, and every time the jobs go elsewhere," said Jo Hale.',
        "Can the government deliver on its hospital promises when it cannot find enough nurses?",  # a question
    ],
)
def test_a_refusal_to_promise_a_habit_told_in_complaint_and_the_articles_question_are_no_commitments(record):
    assert committed_after_a_pledge(record) == [0]


def test_a_body_that_approves_a_plan_with_its_cost_adopts_it():
    text = "Title\n\nThe Kelby Hospitals Trust has approved a £3m plan to add 12 cubicles to its department by October."
    assert whose(text, "approved a £3m plan") == "Kelby Hospitals Trust"


def test_a_strike_called_off_next_week_after_the_operator_agreed_is_still_the_operators_pledge():
    text = (
        "Title\n\nA rail union called off a strike planned for next week after the operator Kelby Rail agreed on "
        "Monday to raise pay by 11 percent over two years."
    )
    assert whose(text, "called off a strike") == "Kelby Rail"


def test_projects_as_a_noun_is_no_forecast_and_leaves_the_pledge():
    text = (
        "Title\n\nThe Water Quality Authority fined Kelby Water £2m. The authority said it would ring-fence the money "
        "for river clean-up projects in Devon rather than passing it to the Treasury."
    )
    assert whose(text, "ring-fence") == "Water Quality Authority"


def test_an_unlisted_owner_before_its_body_commits_without_the_possessive():
    text = (
        "Title\n\nKelby Energy will close its last coal plant in 2033.\n\nNorth Rhine-Westphalia's state government "
        "said it would spend 400 million euros on retraining workers."
    )
    assert whose(text, "retraining") == "North Rhine-Westphalia"


def test_a_utility_opening_a_sentence_is_the_firm_an_executive_named_next_speaks_for():
    text = (
        "Kelby Water fined £2m over sewage spills\n\n"
        "Kelby Water has been fined £2m by the Water Quality Authority.\n\n"
        "The regulator said it would ring-fence the money for river projects rather than passing it to the "
        "Treasury.\n\nThe utility, which serves 900,000 customers, has agreed to cut bills.\n\n"
        "Chief executive Mark Lee said the company was sorry.\n\n"
        '"We are going to spend whatever it takes to put this right," he said.\n\n'
        "The Treasury has pledged to consult on new powers."
    )
    assert whose(text, "whatever it takes") == "Kelby Water"


def test_a_body_called_by_its_noun_before_which_commits_in_the_relative_clause():
    federal = (
        "Title\n\nKelby Power will close its last coal plant in 2030. The decision follows months of talks with the "
        "federal government, which has agreed to pay the company 1.3 billion euros in compensation."
    )
    assert whose(federal, "1.3 billion euros") == "federal government"
    trust = (
        "Title\n\nThe Kelby Hospitals Trust runs three hospitals. Patients' groups have met the trust, which has "
        "promised to reopen the ward by May."
    )
    assert whose(trust, "reopen the ward") == "Kelby Hospitals Trust"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Aim-listed group said yesterday that it would add six stills.",
        "The Warsaw-listed group, which employs 4,300 people at the site, said it would add six stills.",
        "The Kelby-based group said it would add six stills.",
    ],
)
def test_a_compound_saying_where_a_body_is_listed_or_based_is_no_name(sentence):
    text = f"Title\n\nKelby Spirits will spend £85m on its distillery, creating 60 jobs.\n\n{sentence}"
    assert whose(text, "six stills") == "Kelby Spirits"


def test_the_department_an_official_speaks_of_is_the_one_the_story_names():
    text = (
        "Title\n\nThe Kelby Department of Health confirmed 14 cases of measles on Monday.\n\n"
        '"We will rebuild trust," said Health Secretary Jose Mangubat.\n\n'
        "The department will also open free vaccination clinics in three towns, he said."
    )
    assert whose(text, "free vaccination clinics") == "Kelby Department of Health"


def test_a_long_name_before_which_commits_whole():
    text = (
        "Title\n\nThe Department of Human Settlements and Urban Development, which has agreed to build 40,000 "
        "storm-resistant houses by 2027, will begin choosing relocation sites within 60 days."
    )
    assert whose(text, "storm-resistant houses") == "Department of Human Settlements and Urban Development"


def test_a_provinces_department_commits_for_the_province():
    text = (
        "Title\n\nSnow crab fishers in New Brunswick will get $20m in aid. New Brunswick's fisheries department has "
        "promised to match the federal fund dollar for dollar, according to a statement from the province."
    )
    assert whose(text, "match the federal fund") == "New Brunswick"


def test_a_peoples_union_and_a_tiered_government_commit_as_the_story_calls_them():
    opera = (
        "Title\n\nThe Teatro Kelby in Italy will reopen in March.\n\nThe musicians' union said its members would not "
        "strike during the opening season."
    )
    assert whose(opera, "not strike") == "musicians' union"
    watches = (
        "Title\n\nThe watchmaker Vaucher will close its plant in Kelby, cutting 300 jobs.\n\nThe cantonal government "
        "has promised to fund retraining places at the regional college."
    )
    assert whose(watches, "retraining places") == "cantonal government"


def test_a_name_ending_in_its_number_before_which_commits():
    text = (
        "Title\n\nClasses will resume in Larch Creek in January. School District 94, which has agreed to reopen a "
        "rebuilt school by September, will bus pupils to Sorrel Bay until then."
    )
    assert whose(text, "reopen a rebuilt school") == "School District 94"


def test_a_persons_company_commits_as_the_company_she_runs():
    text = (
        "Title\n\nKelby Garment will open a third factory next year, chief executive Mai Lan said.\n\n"
        "Lan's company plans to list its shares on the stock exchange in 2026, she added."
    )
    assert whose(text, "list its shares") == "Kelby Garment"


def test_a_body_apposed_to_a_names_possessive_noun_commits():
    text = (
        "Title\n\nKelby Bank was fined £4m over scams. Northgate Financial bought the bank in 2019.\n\n"
        "Kelby Bank's parent company, Northgate Financial, plans to "
        "merge the bank's fraud team with its own."
    )
    assert whose(text, "merge the bank") == "Northgate Financial"


def test_is_also_to_plans_as_is_to_does():
    text = (
        "Title\n\nThe Kelby Tea Board fined three brokers on Monday.\n\n"
        "The regulator is also to publish a list of brokers who have paid growers late."
    )
    assert whose(text, "publish a list") == "Kelby Tea Board"


def test_members_an_officer_speaks_of_commit_as_the_body():
    text = (
        "Title\n\nThe Kelby Port Workers Union called a strike on Monday.\n\n"
        "Union president Jo Caldeira said members would stay off the job until the company raised its offer."
    )
    assert whose(text, "stay off the job") == "Kelby Port Workers Union"


def test_a_firm_is_no_tribunal_and_its_managing_director_speaks_for_the_firm():
    text = (
        "Title\n\nKELBY: Dunmore Refineries Ltd has given an undertaking to the Coastal Tribunal that it will "
        "cut flaring. The Tribunal said the cut was overdue. "
        "The company told the Tribunal it would install a gas recovery unit.\n\n"
        "Managing director Rohan Vale said the company would also publish its emissions. "
        '"We will share the data every month," Vale said.'
    )
    assert whose(text, "publish its emissions") == "Dunmore Refineries Ltd"
    assert whose(text, "share the data") in ("Dunmore Refineries Ltd", "Rohan Vale")  # never the Tribunal


def test_a_district_collector_is_a_title_and_a_university_opens_its_name():
    text = "Title\n\nDistrict Collector Asha Pandit said the administration would set up a health camp."
    assert whose(text, "health camp") == "Asha Pandit"
    text = "Title\n\nKELBY: Universiti Sains Kelby (USK) will move its main campus to Bukit Hijau by 2030."
    assert whose(text, "main campus") == "Universiti Sains Kelby"


def test_a_body_noun_looks_back_not_to_a_minor_body_named_later():
    text = (
        "Title\n\nA Kelby carrier will begin flights to Dunmore in March, its management has announced.\n\n"
        "Bluewing Ltd, which flies six jets, said the route would run four times a week.\n\n"
        "The managing director of the airline, Ada Okoro, spoke on Tuesday.\n\n"
        "She added that the airline would hire 120 cabin crew before the launch.\n\n"
        "A previous operator, Harmat Air, promised a similar service in 2019 but abandoned it."
    )
    assert whose(text, "cabin crew") in ("Bluewing Ltd", "Ada Okoro")


def test_a_local_papers_council_may_be_named_after_it_is_called_the_council():
    text = (
        "Title\n\nThe council will introduce weekly food waste collections from April.\n\n"
        "Residents will get a caddy.\n\n"
        "Kelby City Council said it would run an information campaign, and Kelby City Council will hire staff."
    )
    assert whose(text, "food waste") == "Kelby City Council"


def test_a_relative_clauses_object_is_not_the_subject_it_describes():
    text = "Title\n\nThe Kelby Metro Council, which owns the City Hall, has undertaken to waive the rent for two years."
    assert whose(text, "waive the rent") == "Kelby Metro Council"


def test_a_portfolio_listed_with_commas_after_a_title_ends_before_its_holders_name():
    text = (
        "Title\n\nThe department will pay R9.5 million to keep the orchestra playing, "
        "MEC for Sport, Arts and Culture Thandeka Mabaso-Ruiz announced on Monday.\n\n"
        "The MEC said the department would release the first R3 million within 14 days."
    )
    assert whose(text, "first R3 million") == "Thandeka Mabaso-Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Rail Co., which owns the main line that passes the site, has agreed to build a spur to the depot.",
        "Kelby Homes eG, which has 3,100 members and manages about 1,800 homes, will lease the land from the city.",
        "Kelby Motor Ltd, the Hanoi-based maker of electric scooters that sold 85,000 units across the region last "
        "year, will open a factory in the park by 2026.",
        "Kelby Care Ltd, a company that provides medical care in 14 county jails across the south of the state, has "
        "agreed to keep a nurse on duty.",
    ],
)
def test_a_long_relative_clause_between_a_name_and_its_pledge_keeps_the_subject(text):
    (c,) = commitments_of(text)
    assert c.who.startswith("Kelby")


@pytest.mark.parametrize("region", ["N.S.", "S.C.", "Ont."])
def test_a_towns_abbreviated_state_or_province_is_never_a_committer(region):
    text = f"Title\n\nThe volunteer fire department in Kelso Harbour, {region}, will stop answering calls this month."
    found = commitments_of(text.split("\n\n")[1])
    assert all(c.who.rstrip(".") != region.rstrip(".") for c in found)


def test_the_company_opening_a_sentence_is_the_firm_the_sentence_before_opens_with():
    text = (
        "Title\n\nThe Kelby library board voted to end its contract with Lendora and sign with Pagewell Digital.\n\n"
        "Lendora has supplied the library since 2015. Lendora said it was disappointed. Lendora shares fell.\n\n"
        "Pagewell has agreed to let the library keep its titles for 24 months.\n\n"
        "The company also will move readers' holds from the old platform, spokeswoman Cara Dunne said."
    )
    assert whose(text, "readers' holds") == "Pagewell Digital"


@pytest.mark.parametrize(
    ("story", "body"),
    [
        ("The Kelby Valleys Pension Fund will sell its oil shares. Cllr Ann Rees said the fund would", "Fund"),
        (
            "Universiti Sains Kelby (USK) is moving. Vice-chancellor Prof Dr Ann Rahim said the varsity would",
            "Universiti",
        ),
        (
            "The Kelby Metro Municipality owns the hall. Mayoral committee member Sipho Dube said the metro would",
            "Metro",
        ),
        ("The Diocese of Kelby owns the church. Bishop Ann Rees told a meeting that the diocese would", "Diocese"),
    ],
)
def test_a_body_called_by_its_own_kind_of_noun_commits_in_reported_speech(story, body):
    text = f"Title\n\n{story} repay the R3 million loan by March 2027."
    assert body in whose(text, "loan by March")


def test_a_noun_only_a_body_of_its_name_is_called_by_is_no_other_body_named_before():
    text = (
        "Title\n\nThe Eastern Cape education department said it would help pupils.\n\n"
        "Mayoral committee member Ronel Smit said the metro would not release the taxis without payment by May."
    )
    assert whose(text, "taxis without payment") == "Ronel Smit"


def test_a_body_resolving_to_act_commits():
    text = (
        "Kelby District Council voted 9-2 to lease the land. It also resolved to spend $2.1m on the car park by June."
    )
    assert whose(text, "resolved to spend") == "Kelby District Council"


@pytest.mark.parametrize(
    "text",
    [
        "They have reason to be wary: a 2018 promise by the previous operator to build a clinic was never honoured.",
        "But they have heard it before: a 2011 promise by a developer to build studios on the land was never kept.",
    ],
)
def test_a_subject_before_a_colon_is_not_the_subject_of_a_pledge_after_it(text):
    assert commitments_of(text) == []


def test_a_colon_opening_a_quote_or_inside_brackets_keeps_the_subject_before_it():
    assert whose('Title\n\nHis solicitor, Jo Strand, said: "My client will be appealing this verdict."', "appealing")
    assert commitments_of("Kelby Foods Inc. (NYSE: KLB) today announced it will build a $90m plant by 2027.")


def test_a_question_asked_in_quotes_pledges_nothing():
    text = (
        "Title\n\nResident Mair Hopkins, 67, asked: \u201cWill anyone really leave the car at home when it rains?\u201d"
    )
    assert commitments_of(text) == []


@pytest.mark.parametrize("action", ["to begin a sit-down strike", "to stage a walkout", "to take industrial action"])
def test_a_vote_to_begin_a_strike_is_a_mandate_not_a_pledge(action):
    text = f"Members of the Kelby Health Workers Union at the hospital voted last week {action} over unpaid allowances."
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Title\n\nSinar Kelby Cooperative buys seaweed from 1,140 families. The co-op, which counts 1,140 farming "
            "families in 12 villages, has also agreed to buy seaweed from non-members at the same price.",
            "Sinar Kelby Cooperative",
        ),
        (
            "Title\n\nThe Kelby Basin Authority (KBA) runs the river. The authority, set up in 2011 after floods "
            "submerged 130 villages, has committed Rs3.6 billion to the work.",
            "Kelby Basin Authority",
        ),
        (
            "Title\n\nKelby Electric Cooperative (Keco) runs the grid. The Kelby Electric Cooperative (Keco), which "
            "serves the mainland towns, has agreed to take over billing on the islands.",
            "Kelby Electric Cooperative",
        ),
        (
            "Title\n\nVolunteers have taken on the pool. The group, which calls itself Millbeck Pool Friends, will "
            "reopen the pool for lessons in June, its secretary, Gail Harker, said.",
            "Millbeck Pool Friends",
        ),
    ],
)
def test_a_body_and_its_pledge_with_a_clause_set_off_by_commas_between(text, who):
    assert commitments_of(text)[-1].who == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Lorna Patel said the air navigation provider, NorthSky Navigation, would redesign the approach by May.",
            "NorthSky Navigation",
        ),
        (
            "Dr Fiona Ross said the Glens Air Ambulance charity would base a helicopter at the airstrip from November.",
            "Glens Air Ambulance",
        ),
    ],
)
def test_a_speaker_saying_a_body_described_and_named_would_act_gives_the_body(sentence, who):
    assert whose(f"Title\n\nThe plan was published on Monday.\n\n{sentence}", "would") == who


def test_a_speakers_his_members_are_his_bodys():
    text = (
        "Title\n\nThe Kelby Dockers Union has backed the plan.\n\n"
        "Union chairman Alasdair Munro said his members would raise £40,000 for an incubator by May."
    )
    assert whose(text, "raise £40,000") == "Kelby Dockers Union"


def test_the_outlet_that_saw_a_document_is_no_agent_of_the_pledge():
    text = (
        "Title\n\nKelby Lithium, which produced about 41,000 tonnes last year, will reduce extraction by a third by "
        "2029, according to a copy of the agreement seen by Kelby News Service."
    )
    assert whose(text, "reduce extraction") == "Kelby Lithium"


def test_the_ends_of_a_route_are_no_subject_of_its_pledge():
    text = (
        "Cycle route between Pontyfelin and Caerwen will open in 2026\n\nA £14.6m segregated cycle superhighway "
        "between Pontyfelin and Caerwen will open by spring 2026, Teifion County Borough Council has confirmed.\n\n"
        "Pontyfelin has 9,000 people. Caerwen has 4,000."
    )
    assert whose(text, "superhighway") == "Teifion County Borough Council"


def test_an_unnamed_public_body_announcing_at_the_sentences_end_commits():
    text = (
        "Title\n\nSolar mini-grids will bring 24-hour electricity to seven island villages by December 2025, "
        "the provincial government announced on Monday."
    )
    assert whose(text, "mini-grids") == "provincial government"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ahmad Faizal said the Kelby Municipal Council (KMC) would build a new interchange on the trunk road.",
        "Mr Wielgosz said the rail manager, Kelby Rail Lines (KRL), would rebuild the single-track line.",
    ],
)
def test_a_body_with_its_initials_in_brackets_before_would_commits(sentence):
    assert whose(f"Title\n\n{sentence}", "would").startswith("Kelby")


@pytest.mark.parametrize(
    "text",
    [
        "There have been rumours among vendors that the vacated market site will be sold to a hotel developer.",
        "Reports circulating on social media that the ministry plans to impose a water fee are false, it said.",
        "Rumors among camp residents that the center will be closed next year have spread since March.",
    ],
)
def test_a_rumours_content_is_no_pledge(text):
    assert commitments_of(text) == []


def test_it_after_a_body_noun_subject_behind_a_fronted_phrase_is_that_body():
    text = (
        "Title\n\nKelby Aqua Ltd has promised to farm only sterile salmon in the fjord. "
        "The Kelby Fisheries Board granted the company a licence on Tuesday.\n\n"
        "Under the terms of the licence, the company is required to report every escape. "
        "It will also move its hatchery onshore by 2027, its chief executive said."
    )
    assert whose(text, "move its hatchery") == "Kelby Aqua Ltd"


def test_of_two_bodies_a_noun_fits_the_one_the_speakers_role_names_commits():
    text = (
        "Title\n\nThe Kelby Municipal Corporation and the Kelby Metro Rail Corporation met on Monday.\n\n"
        "The corporation will widen the roads to three stations, Municipal Commissioner Jo Roe said."
    )
    assert whose(text, "widen the roads") == "Kelby Municipal Corporation"


def test_it_after_a_sentence_opened_by_a_bodys_officer_is_that_body():
    text = (
        "Title\n\nKelby Lifts AG will replace its chairlift next year. Kelby Lifts AG runs four lifts. "
        "Kelby Lifts AG sold 90,000 passes last winter.\n\n"
        "A loan of CHF 12 million has been promised by Regio Kelby, the regional development agency.\n\n"
        "The agency's director, Jo Roe, said the project met the criteria. It will also fund a survey of the slope."
    )
    assert whose(text, "fund a survey") == "Regio Kelby"


def test_it_after_a_sentence_opened_by_a_bodys_board_or_management_is_that_body():
    text = (
        "Title\n\nKelby Ferries Ltd will run the new route from May. Kelby Ferries Ltd has four boats. "
        "Kelby Ferries Ltd carried 90,000 people last year.\n\n"
        "The tanks were ordered from Dunmore Plastics Ltd, a Leeds maker.\n\n"
        "The management of Dunmore Plastics Ltd confirmed the order on Thursday. It will deliver 40 tanks on Monday."
    )
    assert whose(text, "deliver 40 tanks") == "Dunmore Plastics Ltd"


@pytest.mark.parametrize(
    "text",
    [
        "It remains unclear who will pay for a solar canopy at the Kelby dock.",
        "It is still not clear when full supply will be restored to Ward 7.",
        "It remains unclear, however, who will maintain the pipeline once it is built.",
    ],
)
def test_will_inside_a_question_the_story_says_is_open_pledges_nothing(text):
    assert not commitments_of(text)


def test_a_body_no_index_knows_named_with_of_the_opening_its_pledge_is_named_whole():
    text = (
        "Title\n\nThe Union of Municipalities of the Kelby Valley, which groups eleven towns, said it would not "
        "send its waste to the plant until it runs without a break."
    )
    assert whose(text, "send its waste") == "Union of Municipalities of the Kelby Valley"


def test_they_after_a_group_of_people_opening_the_sentence_before_is_that_group():
    found = commitments_of(
        "Kelby Council said it would pay for the roof. Local graziers raised $180,000 at a fundraiser in May. "
        "They have promised to put the money towards a family room. The family's neighbours, the Brinkhorst "
        "brothers, run a 300-cow farm. They will take over 20 of the cows. Owners of 14 small dyeing units met "
        "officials of the park authority on Sunday. They agreed to close their own plants within six months. "
        "The Kelby Trust said it would help. They will open the centre in May."
    )
    who = {c.text.split()[2]: c.who for c in found if c.text.startswith("They")}
    assert who == {
        "promised": "Local graziers",
        "take": "the Brinkhorst brothers",
        "to": "Owners of 14 small dyeing units",
        "open": "Kelby Trust",
    }


def test_the_town_and_its_council_are_the_town_the_story_names_as_such_with_any_adjective():
    found = commitments_of(
        "The Flemish town of Oostvelde will pay residents up to 1,500 euros to remove paving. The town has set "
        "aside 400,000 euros for the first two years. The council has pledged to remove 5,000 square metres of "
        "paving by 2026. The town said it would organise collection days in spring."
    )
    assert [c.who for c in found[-3:]] == ["Oostvelde"] * 3


def test_a_town_s_name_keeps_its_particle():
    found = commitments_of(
        "Water has run short in the town of Real de Tecolote since May. The municipality has agreed to pay for "
        "new pumps."
    )
    assert found[-1].who == "Real de Tecolote"


def test_money_put_up_in_the_present_a_guarantee_by_an_agent_and_an_agreement_with_its_day_are_pledges():
    found = commitments_of(
        "The Kelby Shelter Fund is contributing 6.2 million dollars to the shelters. Funding for three years has "
        "been guaranteed by the Kelby Regional Council. The Ardley Library Board agreed Monday to let the bus park "
        "at schools. Marlow Timber has undertaken not to log within 500 metres of the river."
    )
    assert [c.who for c in found] == [
        "Kelby Shelter Fund",
        "Kelby Regional Council",
        "Ardley Library Board",
        "Marlow Timber",
    ]


def test_the_council_a_mayor_speaks_of_is_her_own_town_s_not_the_neighbour_s_named_before():
    found = commitments_of(
        "Grana Municipality, where the pens will be anchored, has welcomed the licence. The neighbouring Hvalby "
        "municipal council voted against the project in February. Sigrun Eik, mayor of Grana, said the council "
        "would extend the harbour."
    )
    assert found[-1].who == "Grana Municipality"


def test_a_company_spokesperson_s_we_is_the_company_not_a_municipality_named_before():
    found = commitments_of(
        "Developer Karoo Sun Energy said it would set aside 30% of subcontracts for residents of the Kameel "
        'municipality. "We will also double the number of local people in our workforce," said company '
        "spokesperson Lerato Dube."
    )
    assert found[-1].who == "Karoo Sun Energy"


def test_a_subject_naming_a_group_of_bodies_or_office_holders_commits_as_named_not_a_place_inside_it():
    found = commitments_of(
        "Village committees in Talafa and Houmala have pledged to give land for the shelters. County commissioners "
        "have promised to cover fuel and insurance, said Commissioner Dale Pruett. The village committee in Kampung "
        "Lingan Ulu has agreed to supply 30 workers a year. Yarrabee residents will move to level 4 water "
        "restrictions from Monday."
    )
    who = [c.who for c in found]
    assert who[:3] == [
        "Village committees in Talafa and Houmala",
        "County commissioners",
        "The village committee in Kampung Lingan Ulu",
    ]
    assert "Yarrabee residents" not in who  # people a rule falls on, not its makers


def test_a_group_placed_in_named_bodies_or_towns_commits_as_named():
    found = commitments_of(
        "Ghvini Municipality said it would convert a hall. Forty small family cellars in the village of Ghvini "
        "have agreed to pool their grapes for the export fund."
    )
    assert found[-1].who == "Forty small family cellars in the village of Ghvini"


def test_an_aside_between_subject_and_verb_leaves_the_subject_committing():
    found = commitments_of(
        "Kayu Mewah Ltd, which holds a licence on the ridge, has not joined the deal, the Sabah Forestry Department "
        "said. It has, however, undertaken not to log within 500 metres of the corridor. The firm, for its part, "
        "will plant 2,000 trees along the river."
    )
    assert [c.who for c in found] == ["Kayu Mewah Ltd", "Kayu Mewah Ltd"]


def test_a_body_the_story_never_names_commits_under_the_words_it_was_given():
    found = commitments_of(
        "Villagers urged the state wildlife agency to build fences around their orchards. The agency said it "
        "would station four rangers at a new post next year."
    )
    assert found[-1].who == "state wildlife agency"


def test_a_body_noun_whose_words_a_named_body_holds_is_that_body_not_its_description():
    found = commitments_of(
        "The Kelby Water Authority owns the pipes. Residents asked the water authority for a meeting. The authority "
        "said it would replace 400 lead pipes by 2027."
    )
    assert found[-1].who == "Kelby Water Authority"


def test_a_quote_after_a_sentence_introducing_its_leader_by_a_relative_clause_is_theirs():
    found = commitments_of(
        "Rosa Mendez, a fourth-generation potter who leads the Valley Growers Union (VGU), was unequivocal. "
        '"We will not sell a single wild agave to any buyer who does not replant."'
    )
    assert found[0].who in ("Rosa Mendez", "Valley Growers Union")


def test_a_description_then_the_body_s_name_with_the_and_its_initials_commits_as_that_body():
    found = commitments_of(
        "The union that represents bakers at the plant, the Kelby Bakers Union, has agreed to end the strike. "
        "The women's co-op that runs the ovens at Joal, the Groupement des Fumeuses de Joal (GFJ), has agreed to "
        "replace a third of them by 2027."
    )
    assert [c.who for c in found] == ["Kelby Bakers Union", "Groupement des Fumeuses de Joal"]


def test_the_agent_of_a_passive_with_an_irregular_participle_or_named_after_its_kind_commits():
    found = commitments_of(
        "Bray County Public Library has ordered a bookmobile. The vehicle will be built by an Indiana firm, Summit "
        "Specialty Vehicles Inc., which has promised delivery by Sept. 15. The brand's importer, Blue Maguey "
        "Imports Inc., has pledged $1 a bottle to a nursery fund run by the Valley Growers Union (VGU)."
    )
    assert [c.who for c in found] == ["Summit Specialty Vehicles Inc.", "Blue Maguey Imports Inc."]


def test_the_company_is_the_one_body_named_with_a_company_s_legal_form_not_a_fund_or_co_op():
    found = commitments_of(
        "The Groupement des Fumeuses de Joal (GFJ) signed the deal on Tuesday. The installer, SolKeur SARL, will "
        "supply 42 dryers. The Fonds Sahel Energie (FSE) is putting up the money, said Awa Ndoye, a spokeswoman for "
        "the fund.\n\nThe catch was poor this year, fishers said.\n\nThe company has set itself a deadline of "
        "March 31 to install the first 14 dryers, its director told reporters."
    )
    assert found[-1].who == "SolKeur SARL"


def test_a_local_council_named_by_its_kind_and_its_place_commits_not_the_place():
    found = commitments_of(
        "Foros da Ribeira is a village of 900 people. The parish council of Foros da Ribeira, which owns the "
        "building, will lease it for one euro a year."
    )
    assert found[-1].who == "parish council of Foros da Ribeira"


def test_a_trade_named_by_what_it_deals_in_commits_as_the_body_described_so():
    found = commitments_of(
        "Harlow Grains GmbH, a Hamburg-based importer of organic grains, signed a contract with the growers on "
        "Monday. The importer has committed to a floor price of $2,100 a tonne. Kessel Timber Oy, a sawmill near "
        "the lake, also backs the plan. The sawmill will deliver offcuts every week, its owner said."
    )
    assert [c.who for c in found if c.text.startswith("The ")] == [
        "Harlow Grains GmbH",
        "Kessel Timber Oy",
    ]


def test_a_governing_body_named_by_its_tier_commits_under_that_name_not_a_body_named_before():
    found = commitments_of(
        "The Kelby Express Travellers Sacco (KETS) met the National Transport Board on Monday. In return, the "
        "municipal board will waive the daily stage fee, the town clerk said. The temple administration has agreed "
        "to hand over all flower waste. The band council said it would set aside $400,000 for the towers."
    )
    assert [c.who for c in found] == ["municipal board", "temple administration", "band council"]


def test_the_province_is_the_one_province_the_story_names():
    found = commitments_of(
        "Manitoba and the Kelby Lake Cree Nation signed the deal on Monday. The province has committed "
        "$9 million to the towers, and the federal government the rest."
    )
    assert [c.who for c in found if c.text.startswith("The province")] == ["Manitoba"]


def test_a_family_named_by_its_surname_commits_as_the_family_not_one_member():
    found = commitments_of(
        "Silverbirch Care runs the Rosewood Lodge home, where Jean Pearce lived. The Pearce family will hand their "
        "petition to the head office on Monday. The Okafor family said they would sue the home."
    )
    assert [c.who for c in found] == ["Pearce family", "Okafor family"]


def test_the_school_corporation_is_the_body_whose_name_holds_both_words():
    found = commitments_of(
        "Tillman High School lost its lab in 2019. The county will set aside 20% of the money for the Tillman "
        "Community School Corporation. The school "
        "corporation said it would use its share to reopen the science lab at Tillman High School."
    )
    assert found[-1].who == "Tillman Community School Corporation"


def test_it_after_a_run_of_it_sentences_goes_on_with_the_body_before_the_run():
    found = commitments_of(
        "The Lowmoor Hospitals Trust (LFH) will send 1,200 patients to Harcourt Clinic. Harcourt, owned by the "
        "Alder Healthcare group, opened in 2018 with 40 beds. It has since added two operating theatres. It will "
        "not recruit nurses from LFH for the length of the contract. LFH said the deal was sound. It is unclear "
        "whether other trusts will follow. It will review the deal in 2027."
    )
    assert [c.who for c in found if c.text.startswith("It will")] == ["Harcourt Clinic", "Lowmoor Hospitals Trust"]


def test_the_club_as_a_passive_agent_is_the_club_the_story_names():
    found = commitments_of(
        "Ashbridge Town FC was fined £15,000 after a pitch invasion. A £90,000 upgrade of the cameras on Kiln Road "
        "will be paid for by the club and Ashbridge Borough Council, split fifty-fifty."
    )
    assert [c.who for c in found] == ["Ashbridge Town FC"]


def test_a_passive_plan_whose_agent_is_a_body_s_noun_commits_that_body():
    found = commitments_of(
        "Harlow Springs City Council approved the deal on Tuesday. New shelters at 40 of the busiest stops will be "
        "paid for by the city, using a grant already awarded by the Federal Transit Administration. The roads "
        "will be hit by the storm."
    )
    assert [c.who for c in found] == ["Harlow Springs City Council"]


def test_would_have_a_thing_done_is_a_result_to_bring_about_not_a_past_or_a_condition():
    found = commitments_of(
        "Bexmoor District Council shut the baths in May. The council said it would have the pool open again by "
        "Christmas. She said the council would have to close the library. He said it would have been cheaper to "
        "repair the roof. Without the grant, the council would have closed the pool."
    )
    assert [c.text[:39] for c in found] == ["The council said it would have the pool"]


def test_it_after_a_spokesperson_called_by_the_body_s_noun_is_that_body():
    found = commitments_of(
        "Silverbirch Care runs the Rosewood Lodge home, and Silverbirch Care owns nine others. Castlebrook Council "
        "has stopped sending residents there. A council spokesman said officers were deeply concerned. It will "
        "carry out unannounced spot checks every fortnight."
    )
    assert [c.who for c in found] == ["Castlebrook Council"]


def test_the_agent_of_a_passive_plan_many_words_after_its_verb_commits():
    found = commitments_of(
        "Capel Bethesda, the listed chapel that has stood empty for eleven years, is to be converted into a "
        "community hub with four flats above it by Gwaun Heritage Homes Ltd, which bought it in 2022."
    )
    assert [c.who for c in found] == ["Gwaun Heritage Homes Ltd"]


def test_initials_in_brackets_that_spell_a_common_word_still_name_the_body():
    found = commitments_of(
        "The Githuri Express Travellers Sacco (GETS) and the National Passenger Transport Board (NPTB) met on "
        "Monday. GETS, which has 64 vehicles on the route, said it would cut the fare to Sh80. Community Action for "
        "Rural Education (CARE) runs the school. CARE will also open two schools, its director said. Buyers of a "
        "sport utility vehicle (SUV) will pay more."
    )
    assert [c.who for c in found if c.text.startswith(("GETS", "CARE"))] == [
        "Githuri Express Travellers Sacco",
        "Community Action for Rural Education",
    ]


def test_an_officer_of_the_trade_a_body_was_described_by_speaks_for_that_body():
    pledges = make_brief(
        "Cork price agreed\n\nThe Serra Growers Association said members would be paid more. Cork processor "
        "Montado Cortiças SA has agreed to pay 40 euros. The Serra Growers Association welcomed it. The Serra "
        "Growers Association will hold a meeting. The company will also pay for a first-aid van, Ana Reis Lobo, "
        "the processor's chief executive, told reporters.",
        "cork.txt",
    ).commitments
    assert [c.who for c in pledges if "first-aid" in c.text] == ["Montado Cortiças SA"]


def test_they_in_an_officers_report_after_the_body_is_named_is_that_body():
    text = (
        'Teachers end strike\n\nThe Larchmont Teachers Association ended its strike on Friday. "We will be back '
        "on Monday,\" said Rosa Mendel, the association's president. The association's strike fund raised $90,000. "
        "Mendel said most of it went to members. They will donate the remaining $8,000 to the meal program, she said."
    )
    pledges = make_brief(text, "strike.txt").commitments
    assert [c.who for c in pledges if "donate" in c.text] == ["Larchmont Teachers Association"]


def test_a_public_body_called_by_a_described_noun_is_the_one_named_before_not_the_firm_it_hires():
    text = (
        "Pool to reopen\n\nKelby District Council will spend £2m on the Marsh Lane baths, which are run by "
        "Splashco Leisure. Splashco Leisure has 40 staff there. The cash-strapped authority, which cut library "
        "hours last year, said it would reopen the pool by May."
    )
    pledges = make_brief(text, "pool.txt").commitments
    assert [c.who for c in pledges if "reopen" in c.text] == ["Kelby District Council"]


def test_a_ministry_the_sentence_makes_its_subject_commits_though_its_minister_announces_it():
    found = commitments_of(
        "Canals to be lined\n\nThe Ministry of Roads and Canals will line 80 kilometres of canals in Tarsa by "
        "2027, Minister Omar Haddad announced on Monday. Haddad said the Ministry of Roads and Canals would also "
        "hire 300 guards."
    )
    assert [c.who for c in found] == ["Ministry of Roads and Canals", "Omar Haddad"]


def test_the_lender_is_a_bank_whose_name_holds_a_word_of_a_cooperative():
    text = (
        "Farm loans\n\nFarmers in Tarsa Governorate need drip systems. Tarsa Governor Adel Fathy visited Tarsa, "
        "Tarsa's villages and Tarsa's canals. Loans worth EGP 50 million have been pledged by the Delta Farmers "
        "Cooperative Bank. The bank serves 9,000 farmers. The lender will offer the loans over seven years."
    )
    assert whose(text, "The lender will") == "Delta Farmers Cooperative Bank"


def test_the_agent_of_a_passive_pledge_behind_an_owner_a_particle_or_a_tier():
    text = (
        "Clinic to get planes\n\nThe Kelby clinic will get a new base. A $3 million loan has been promised by the "
        "state's Kelby Finance Authority, created in 2023. Checks will be carried out by Tierra Verde Ltd, which "
        "trains staff. The rest will be funded by the State government's Kelby Sanitation Fund. Of the $24 million "
        "cost, $15 million has been committed by the federal government through its health fund. The state "
        "government has pledged $2 million for staff."
    )
    found = {c.text.split()[1]: c.who for c in make_brief(text, "clinic.txt").commitments}
    assert found == {
        "$3": "Kelby Finance Authority",
        "will": "Tierra Verde Ltd",
        "rest": "Kelby Sanitation Fund",
        "the": "federal government",
        "state": "state government",
    }
    text = (
        "Clinic gets new base\n\nThe Kelby clinic will get a new base. The federal government will also pay for two "
        "planes. The state government has pledged $2 million for staff."
    )
    assert whose(text, "The state government") == "state government"  # no clinic named in lower case


def test_a_chief_executives_we_is_the_firm_before_a_state_and_a_department_named_by_its_province_commits():
    text = (
        "Silver miner to build aqueduct for parched Sonora town\n\nMinera Loma Gris will build an aqueduct to the "
        "mining town of Real de Tecolote, Sonora, the company's chief executive announced. Residents buy water "
        'from trucks. "We will also stop drawing water '
        "from the town's wells,\" said chief executive Graham Whitley."
    )
    assert whose(text, '"We will also') == "Minera Loma Gris"
    text = (
        "Schools ready\n\nThe Gauteng education department says it is ready for the new school year.\n\nThe "
        "department has set aside R120 million for classroom repairs, spokesperson Lerato Mokoena said."
    )
    assert whose(text, "The department has") == "Gauteng education department"


def test_it_after_the_pledgers_noun_or_its_officer_through_the_noun_is_that_pledger():
    text = (
        "Festival money\n\nThe Kelby Festival Commission runs the festival. The commission said it was grateful. "
        "The commission has 12 staff. A further $1.2 million has been promised by Tanner Breweries Ltd., the "
        "festival's sponsor. The brewery's managing director, Mr Don Gooding, said the company was proud. It will "
        "also stage three free concerts."
    )
    assert briefed_whose(text, "It will also stage") == "Tanner Breweries Ltd."
    text = (
        "Park loan\n\nPermona Leisure Bhd will build a water park. Permona said sales were up. Permona has 900 staff. "
        "A RM400mil loan has been committed by Bank Seri Kelby Bhd. The lender has financed the group since 2009. "
        "It has also agreed to provide a RM50mil working capital line."
    )
    assert briefed_whose(text, "It has also agreed") == "Bank Seri Kelby Bhd"
    text = (
        "Rail link\n\nKelby Regional Rail will build a tram-train line. Kelby Regional Rail said it was good news. "
        "Funding of PLN 610 million has been promised by the Centre for Rail Investment (CRI), a government agency "
        "that distributes EU funds. The agency's president, Marta Rzepa, signed the letter last week. It has also "
        "agreed to pay for a feasibility study."
    )
    assert briefed_whose(text, "It has also agreed") == "Centre for Rail Investment"


def briefed_whose(text, fragment):
    return next(c.who for c in make_brief(text, "story.txt").commitments if fragment in c.text)


def test_it_after_a_pledge_of_a_body_given_only_in_lower_case_is_that_body():
    text = (
        "Fares deal\n\nKelby Express Sacco and Mwanga Sacco agreed to cap fares. Kelby Express Sacco runs 60 "
        "matatus. In return, the municipal board will waive the daily stage fee for six months, board chairperson "
        "Grace Mutua said. It will also repaint the zebra crossings before March, she added."
    )
    assert briefed_whose(text, "It will also repaint") == "municipal board"


def test_it_closed_by_a_noun_the_last_opener_is_named_on_is_that_opener_not_the_storys_main_body():
    text = (
        "Port dredging\n\nTerminal Kelby S.A. (TKS) will deepen the channel. TKS said the work starts in May. TKS "
        "runs two berths. The fishing union had urged TKS to pay. Minera Loma Gris, the port's largest customer, "
        "said it hoped the work would finish on time. It has committed to shipping 1.2 million tonnes a year through "
        "the port, the miner said in a statement."
    )
    assert briefed_whose(text, "It has committed") == "Minera Loma Gris"


def test_the_agent_of_money_set_aside_in_the_passive_commits():
    text = (
        "Recall refunds\n\nA listeria recall hit Kelby delis. $12 million has been set aside by Tanner Foods to "
        "refund retailers, according to court papers."
    )
    assert briefed_whose(text, "set aside") == "Tanner Foods"


def test_the_area_a_council_governs_stands_for_that_council():
    text = (
        "Koala corridor\n\nKelby Shire Council and developer Greystone Land have agreed to set aside 140 hectares "
        "of bushland. Bellbird Ridge Landcare, which has agreed to run planting days every month, will also manage a "
        "seedling nursery. The shire also plans to lower the speed limit on Coorabin Road."
    )
    assert briefed_whose(text, "The shire also plans") == "Kelby Shire Council"


def test_a_plural_opening_whose_singular_the_article_writes_in_lower_case_commits_no_one():
    text = (
        "Gala called off\n\nThe Tenby gala is off and every ticket-holder will get a refund. Refunds will go "
        "out within 30 days."
    )
    assert briefed_whose(text, "Refunds will go") == "article"


def test_a_body_that_called_something_off_and_will_refund_commits_to_the_refund():
    text = (
        "Gala called off\n\nPromoter Corran Events has called off the Tenby gala and will refund every "
        "ticket-holder.\n\nRefunds will be paid within 30 days, the company said. Corran Events said it was sorry."
    )
    assert briefed_whose(text, "will refund every") == "Corran Events"
    assert briefed_whose(text, "Refunds will be paid") == "Corran Events"


def test_the_agent_of_a_passive_pledge_called_by_what_it_does_for_another_commits():
    text = (
        "Gala called off\n\nPromoter Corran Events has cancelled the Tenby gala. Refunds will be processed "
        "by ticketing agent SeatHaven within 30 days, the company said."
    )
    assert briefed_whose(text, "Refunds will be processed") == "SeatHaven"


def test_a_regional_government_named_by_a_place_the_story_names_nowhere_else_is_that_place():
    text = (
        "Carmaker to build plant\n\nKelby Motors will build a battery plant near Tarvel.\n\nThe Oruña regional "
        "government has pledged to build a rail link to the site at a cost of €180m."
    )
    assert briefed_whose(text, "rail link") == "Oruña"


def test_a_pledge_of_a_place_s_own_government_named_by_the_place_is_a_commitment():
    text = (
        "Carmaker to build plant\n\nKelby Motors will build a battery plant near Tarvel. The Oruña regional "
        "government has pledged to build a rail link."
    )
    assert briefed_whose(text, "rail link") == "Oruña"


def test_the_noun_a_closing_attribution_calls_a_body_by_stands_for_that_body_later():
    text = (
        "Shaft to stay open\n\nDunmore Copper will spend R2bn on its Ketla shaft, the miner said on Monday. Kelby "
        "Securities, which advised Dunmore Copper, said the price was fair. Kelby Securities raised its target. The "
        "miner also plans to build a solar farm at the site."
    )
    assert briefed_whose(text, "solar farm") == "Dunmore Copper"


def test_a_closing_attribution_after_what_was_done_to_the_opener_does_not_call_the_opener_by_the_noun():
    text = (
        "Leopard back\n\nA male leopard, named Zara, slipped through a fence at Hollow Park Zoo on Friday, and "
        "Hollow Park Zoo shut its gates. Zara was checked by vets, the zoo said. Mr Penn said the zoo would refund "
        "all tickets."
    )
    assert briefed_whose(text, "refund all tickets") == "Hollow Park Zoo"


def test_a_relative_clause_s_body_by_its_noun_is_not_displaced_by_the_main_clause_s_agent():
    text = (
        "Toll road approved\n\nKelby Tollways Corp. will build a 40km toll road. The P9-billion project, which the "
        "firm agreed to finance without any subsidy, was approved by the Roads Regulatory Board last week."
    )
    assert briefed_whose(text, "which the firm agreed") == "Kelby Tollways Corp."


def test_the_company_is_the_firm_named_just_before_not_a_club_that_sold_it_a_stake():
    text = (
        "Ski field saved\n\nMembers of Tarvel Ski Club voted on Saturday to sell a stake in the field to Peak Lift "
        "Services. The company will replace the rope tows with a chairlift."
    )
    assert briefed_whose(text, "replace the rope tows") == "Peak Lift Services"


def test_it_never_stands_for_a_contracted_pronoun_or_a_number_word_opening_a_sentence_before():
    quoted = (
        "Homes approved\n\nThe homes in Kelby were approved on Monday.\n\nDeclan Furrow, the chief executive, briefed "
        'councillors. "The money is there. We\'ll go to tender within six weeks," he said. It will provide €2m '
        "under the housing programme, the statement added."
    )
    counted = (
        "Homes approved\n\nTwenty homes in Kelby were approved on Monday. It will provide €2m under the housing "
        "programme, the statement added."
    )
    assert briefed_whose(quoted, "It will provide") == "article"
    assert briefed_whose(counted, "It will provide") == "article"


def test_it_after_a_statement_from_a_body_is_that_body():
    text = (
        "Homes approved\n\nTwenty homes in Kelby were approved on Monday. A statement from the Department of Works "
        "said the Minister had approved the scheme. It will provide €2m under the housing programme, the "
        "statement added."
    )
    assert briefed_whose(text, "It will provide") == "Department of Works"


def test_the_agent_of_a_passive_pledge_described_then_named_in_apposition_commits():
    owner = (
        "New stand\n\nKelby Town will build a new stand. £1m towards it has been pledged by the club's owner, "
        "Marlow Leisure Holdings, which bought the club in 2019."
    )
    distillery = (
        "Flood wall\n\nKelby will get a flood wall. A further £500,000 has been pledged by the owner of the town's "
        "distillery, Glenmore Spirits Ltd, whose warehouses flooded in 2019."
    )
    assert briefed_whose(owner, "has been pledged by") == "Marlow Leisure Holdings"
    assert briefed_whose(distillery, "has been pledged by") == "Glenmore Spirits Ltd"


def test_councillors_or_town_hall_chiefs_unqualified_are_the_council_the_story_names():
    text = (
        "Budget set\n\nKelby District Council has set its budget for next year. Councillors also agreed to set "
        "aside £250,000 for a hardship fund. Town hall chiefs have agreed to sell the old depot to a developer for "
        "£1m."
    )
    assert briefed_whose(text, "hardship fund") == "Kelby District Council"
    assert briefed_whose(text, "old depot") == "Kelby District Council"


def test_the_ministry_never_named_is_the_one_a_place_s_possessive_described_before():
    text = (
        "Tea fees\n\nGrowers in Kelby have asked for lower auction fees. Ghana's agriculture ministry said last "
        "year that the fees were too high. Brokers opposed any cap. The ministry will host a meeting of growers and "
        "buyers on February 18."
    )
    assert briefed_whose(text, "host a meeting") == "Ghana's agriculture ministry"


def test_the_ministry_an_official_of_it_speaks_of_is_the_one_the_official_is_described_by():
    text = (
        "Rail delay\n\nThe new rail link will open a year late. A transport ministry official said the ministry "
        "would send inspectors to the site every three months."
    )
    assert briefed_whose(text, "send inspectors") == "transport ministry"


def test_what_a_body_vowed_will_be_done_is_the_body_s_pledge():
    text = (
        "Bins backlog\n\nRubbish has piled up in Kelby for three weeks. Now bosses at Kelby District Council have "
        "vowed that every missed collection will be cleared by Friday."
    )
    assert briefed_whose(text, "every missed collection") == "Kelby District Council"


def test_what_someone_vowed_a_body_by_its_noun_will_do_is_not_theirs_but_the_body_s():
    text = (
        "School row\n\nKelby Unified School District has cut its bus routes. Superintendent Jo Lee said scores had "
        "improved and vowed that the district would not back down."
    )
    assert briefed_whose(text, "not back down") == "Kelby Unified School District"


def test_a_mayor_s_title_words_are_no_town_the_mayor_s_city_is():
    text = (
        "Cameras for the city\n\nCrime has risen in the CBD. Executive Mayor Jo Ndlovu said the city had set aside "
        "R140 million for the cameras and would open a control room by June."
    )
    assert briefed_whose(text, "set aside") == "Jo Ndlovu"


def test_a_family_whose_relative_clause_comes_before_its_pledge_commits_as_a_family():
    text = (
        "Bakery sold\n\nHalden Foods will buy Marrow's Bakery. The Marrow family, which owns 54 per cent of the "
        "shares, has given an irrevocable undertaking to vote in favour of the deal."
    )
    assert briefed_whose(text, "irrevocable undertaking") == "Marrow family"


def test_making_a_complaint_or_a_donation_is_an_act_promised_not_a_state_brought_about():
    text = (
        "Title\n\nMother Ada Quill, 34, said her son had been ill for a week. She said she would make a formal "
        "complaint to Kelby Trading Standards. Her neighbour said he would make a donation to the ward. "
        "Ada Quill said the cuts would make services worse."
    )
    found = {c.text: c.who for c in commitments_of(text)}
    assert found.get("She said she would make a formal complaint to Kelby Trading Standards.") == "Ada Quill"
    assert any("make a donation" in t for t in found)
    assert not any("make services worse" in t for t in found)


def test_the_noun_a_body_is_called_in_an_apposition_stands_for_it_though_its_name_holds_none():
    text = (
        "Club sold\n\nKelby Town has been sold. Marrow Hill Capital, a New York-based fund that owns stakes in "
        "three clubs, signed the deal yesterday. Its managing partner, Jo Voss, met staff at the ground. "
        "The fund will also freeze season ticket prices for three seasons."
    )
    assert briefed_whose(text, "freeze season ticket prices") == "Marrow Hill Capital"


def test_a_clause_after_a_comma_is_no_apposition_calling_the_body_before_it():
    text = (
        "Recall\n\nCorvel Motors is recalling 90,000 cars. According to papers filed with the Kelby Safety "
        "Administration, the company knows of 37 fires. The company said it would offer free repairs."
    )
    assert briefed_whose(text, "offer free repairs") == "Corvel Motors"


def test_an_apposition_with_the_closed_by_a_participle_still_calls_the_body_so():
    text = (
        "Licence\n\nFjordlax Aqua, the fish farming company majority-owned by Nordhav ASA, has promised to use "
        "sterile salmon. The Kelby Licensing Authority granted a licence on Tuesday.\n\nUnder the licence, "
        "the company is required to report every escape. It will also move its hatchery onshore by 2027."
    )
    assert briefed_whose(text, "move its hatchery onshore") == "Fjordlax Aqua"


def test_who_said_it_set_between_the_subject_and_its_verb_leaves_the_subject_committing():
    text = (
        "Bills\n\nKelby Energy wants a 9% rate rise. Chief executive Jo Albright said he would give up his own "
        "pay rise. The company, Albright said, will suspend shutoffs until April for customers in its programme."
    )
    assert briefed_whose(text, "suspend shutoffs") == "Kelby Energy"


def test_he_after_a_place_described_between_commas_is_the_person_named_there():
    text = (
        "Rail line late\n\nThe Kelby tram line will open a year late. The mayor of Wyvern, Dan Osterley, who chairs "
        "the combined authority, said he would commission an independent review of the project."
    )
    assert briefed_whose(text, "commission an independent review") == "Dan Osterley"


def test_a_bullets_body_noun_after_a_word_that_says_which_is_the_body_the_story_calls_so():
    text = (
        "Shop pulls calendars after girl falls ill\n\n"
        "Chocolate firm vows to test every batch after factory blunder\n\n"
        "US fund promises to keep Kelby Town at Ferris Road\n\n"
        "Marrow's, the supermarket chain, said it had removed the calendars. They were made by Kelby Sweets, "
        "a Leicestershire chocolate firm. Kelby Town was bought by Hill Ridge Capital, a New York-based fund."
    )
    assert briefed_whose(text, "test every batch") == "Kelby Sweets"
    assert briefed_whose(text, "keep Kelby Town") == "Hill Ridge Capital"


def test_a_bodys_unnamed_officials_pledge_for_the_body_that_closes_the_sentence_as_its_source():
    text = (
        "Title\n\nAcme Air cancelled 4,000 flights. Federal regulators will examine whether the carrier refunded "
        "passengers quickly, a spokeswoman for the Kelby Department of Transportation said. "
        "Officials will meet again in May."
    )
    found = {c.text[:31]: c.who for c in commitments_of(text)}
    assert found == {"Federal regulators will examine": "Kelby Department of Transportation"}


def test_unnamed_officials_pledge_for_a_source_closing_the_sentence_by_its_noun_acronym_or_before_a_clause():
    text = (
        "Title\n\nThe Kelby Inspectorate of Jails found drugs at HMP Farrowby. The Kelby Bureau of Investigation "
        "is looking into a death there. Inspectors will return within six months, the inspectorate said. "
        "Agents will hand their findings to the coroner, a KBI spokesman said on Tuesday. "
        "Prosecutors will seek a retrial of Dean Moss, the Crown Prosecution Service confirmed, and a date is "
        "expected in May. Officials will travel to Brussels next week, a spokeswoman said."
    )
    found = {c.text[:12]: c.who for c in commitments_of(text)}
    assert found == {
        "Inspectors w": "Kelby Inspectorate of Jails",
        "Agents will ": "Kelby Bureau of Investigation",
        "Prosecutors ": "Crown Prosecution Service",
    }  # (a spokeswoman for no one named is no body's source)


def test_a_plan_in_the_passive_is_the_body_whose_word_closes_the_sentence():
    text = (
        "Title\n\nThe Kelby Ministry of Justice ordered changes at HMP Farrowby. Steel netting will be put up over "
        "every yard at the jail, the Kelby Ministry of Justice said last night. Response times will be monitored for "
        "a year, a spokesman for the Kelby Prison Service said. Visits will be disrupted for weeks, the Kelby "
        "Prison Service said. The gate will be shut for a month, visitor Jo Lee said."
    )
    found = {c.text[:14]: c.who for c in commitments_of(text)}
    assert found == {"Steel netting ": "Kelby Ministry of Justice", "Response times": "Kelby Prison Service"}


def test_its_members_opening_a_sentence_pledge_for_the_body_named_before():
    text = (
        "Title\n\nThe Kelby Warehouse Alliance, which represents 2,100 sorting staff, dismissed the offer. "
        "Its members will stay out until Christmas Eve and will picket three hubs."
    )
    assert briefed_whose(text, "stay out until Christmas Eve") == "Kelby Warehouse Alliance"


def test_a_trade_noun_opening_a_bullet_is_no_actor_but_the_firm_the_story_is_about():
    text = (
        "Supermarket pulls calendars after girl, 6, rushed to hospital\n\nMarrow's strips shelves of calendars in "
        "all 480 stores\n\nGrocer promises full refunds to shoppers - no receipt needed\n\nBy AMY FARTHING\n\n"
        "A supermarket has pulled thousands of calendars after a girl was rushed to hospital.\n\n"
        "Marrow's said yesterday it had removed the calendar from all 480 of its stores. Marrow's apologised."
    )
    brief = make_brief(text, "story.txt")
    assert "Grocer" not in {a.name for a in (*brief.actors, *brief.minor_actors)}
    assert briefed_whose(text, "full refunds") == "Marrow's"


def test_they_opening_a_sentence_is_the_body_with_a_plural_name_that_opened_one_just_before():
    text = (
        "Cruise line quits Saltby\n\nMarlo Cruises will stop calling at Saltby from April. Traders in Saltby said "
        "Saltby would lose £2m a year. Falwick Harbour Commissioners, who run the rival port, said the deal followed "
        "two years of talks. The agreement runs for 15 years. They will dredge the main berth before the first call."
    )
    assert briefed_whose(text, "dredge the main berth") == "Falwick Harbour Commissioners"


def test_the_council_is_no_builder_nor_credit_union_named_before_it():
    text = (
        "Village to rebuild\n\nSixty homes will be installed by Kestrel Modular Homes, a builder from nearby "
        "Tarnby, before January. The village council voted 5-0 on Monday to waive permit fees. Mayor Jo Ostrowski "
        "said the council would also hire two extra inspectors. Economists at Tarnby Credit Union expect costs to "
        "rise."
    )
    assert briefed_whose(text, "hire two extra inspectors") not in ("Kestrel Modular Homes", "Tarnby Credit Union")


def test_what_becomes_of_the_money_pledged_is_no_plan_of_its_own():
    text = (
        "Aid for Dalmara\n\nEU ministers met in Brussels on Monday. Separately, the EU committed 1.5 billion euros "
        "in budget support to Dalmara over three years, part of which will be used to rebuild ports."
    )
    assert briefed_whose(text, "part of which") == "EU"


def test_they_after_a_plural_subject_that_names_no_one_is_that_subject():
    text = (
        "Officers jailed\n\nThe Harwick District Court jailed two officers on Monday. Prosecutors said they would "
        "appeal the sentences. Lawyers for the plaintiffs told reporters they would ask for costs."
    )
    assert briefed_whose(text, "appeal the sentences") == "Prosecutors"
    assert briefed_whose(text, "ask for costs") == "Lawyers for the plaintiffs"


def test_the_city_is_no_union_whose_name_holds_a_local_word():
    text = (
        "Strike ends\n\nDanforth's garbage strike is over. Mayor Carla Whitcombe and leaders of Municipal Workers "
        "United Local 418 signed a contract at City Hall. Under the agreement, the city will raise wages by 4% a "
        "year. Local 418 members will return on Monday, Municipal Workers United Local 418 said."
    )
    assert briefed_whose(text, "raise wages") != "Municipal Workers United Local 418"


def test_the_union_of_a_branch_president_is_the_union_that_branch_is_of():
    text = (
        "Strike deadline\n\nKelby Transit Workers Union Local 417 represents 640 drivers at Kelby Transit, the "
        "commission that runs the buses. Its members have been without a contract since March. Local 417 president "
        "Deb Marchetti said her members were exhausted. She said the union would keep bargaining through the weekend."
    )
    assert briefed_whose(text, "keep bargaining") == "Kelby Transit Workers Union Local 417"


def test_the_council_a_speaker_names_is_no_firm_the_sentence_before_is_about():
    text = (
        "Lift rebuilt\n\nBergbahnen Kelberg AG will replace the village's chairlift by 2027. The operator has "
        "ordered the cabins. Mayor Reto Caduff welcomed the plan. Caduff said the municipal council would put CHF 8 "
        "million towards the project."
    )
    assert briefed_whose(text, "put CHF 8 million") != "Bergbahnen Kelberg AG"


def test_a_body_described_by_its_kind_then_named_between_commas_is_an_actor_that_commits():
    text = (
        "Charity left money\n\nA charity that trains guide dogs in Northern Ireland, Paws Ahead NI, has been left "
        "£800,000 in a will.\n\nIts director, Siobhan McCartan, said the charity would use the money to build a new "
        "kennel block in Lisburn."
    )
    assert briefed_whose(text, "kennel block") == "Paws Ahead NI"


def test_two_bodies_by_their_nouns_as_one_subject_commit_as_the_first_named():
    text = (
        "Flood wall\n\nThe Environment Agency will build a flood wall in Kelby. North Wendshire County Council will "
        "pay for the pumps. The agency and the county council have also agreed to share the cost of a warning siren."
    )
    assert briefed_whose(text, "warning siren") == "Environment Agency"


def test_the_department_is_the_ministry_the_story_names_sentences_before():
    text = (
        "Jail nets\n\nSteel netting will go up over every yard at the jail, the Ministry of Justice said last night. "
        "HM Inspectorate of Prisons found that drones had turned the yards into a delivery service. Its report said "
        "one in three inmates tested positive for drugs. Inspectors will return within six months, the inspectorate "
        "said. The department will spend £2.4million on the nets."
    )
    assert briefed_whose(text, "£2.4million on the nets") == "Ministry of Justice"


def test_it_said_at_a_time_that_it_would_is_the_body_whose_words_these_are():
    text = (
        "Sewage pledge\n\nA water company has promised to spend £1.2billion. Kelby Water, which serves 900,000 "
        "homes, was fined in 2024. 'We let people down,' said Kelby boss Adrian Voake. Voake blamed wet winters. "
        "Kelby Water will publish live data from April.\n\nWater regulator Ofwat must approve any rise in bills. It "
        "said last night it would examine whether shareholders should carry more of the cost."
    )
    assert briefed_whose(text, "examine whether shareholders") == "Ofwat"


def test_a_bullets_noun_with_a_word_of_one_bodys_name_is_that_body():
    text = (
        "Islanders cut off as ferry firm axes 200 sailings\n\nFerry bosses promise patients a place on the next "
        "sailing\n\nFreight operator agrees to carry islanders' cars on its lorry ferry\n\nBy Eilidh Fraser\n\n"
        "Westerly Isles Ferries has cancelled 200 sailings to Kelmay this month. Skerrmore Freight, which runs a "
        "lorry ferry, said it would carry up to ten cars a day. Westerly Isles Ferries said it was sorry."
    )
    assert briefed_whose(text, "Freight operator agrees") == "Skerrmore Freight"


def test_he_is_not_the_person_whose_british_given_name_is_a_womans():
    text = (
        "Club kit appeal\n\nKirsty Bryce chairs the supporters' group and Jordan Hale is its treasurer. "
        "He said he would pay for the new kit himself."
    )
    assert briefed_whose(text, "He said he would") == "Jordan Hale"


def test_the_agency_is_no_firm_whose_name_ends_in_its_trade():
    text = (
        "Solvent leak\n\nKelmarsh Chemical said on Friday it would pay for the cleanup of Otter Creek. "
        "Kelmarsh Chemical runs the plant.\n\n"
        "The Ohio Department of Natural Resources said it had ordered Kelmarsh to stop the leak. "
        "Samples taken below the plant showed the solvent at 30 times the limit, the department said. "
        "The agency will now test the creek every day until the levels fall, a department spokesman said."
    )
    assert briefed_whose(text, "The agency will now") == "Ohio Department of Natural Resources"


def test_the_agency_after_its_initials_report_is_the_body_they_stand_for():
    text = (
        "The Centers for Disease Control and Prevention said it had confirmed infections in four states. "
        "The Food and Drug Administration said it had inspected the plant.\n\n"
        "Anyone with a fever should see a doctor, the CDC said. The agency plans to brief state health departments "
        "on Wednesday."
    )
    assert briefed_whose(text, "The agency plans") == "Centers for Disease Control and Prevention"


def test_people_of_ours_as_the_subject_are_what_we_undertake():
    text = (
        "Snack maker quits market\n\nKelby Foods said on Tuesday it had stopped selling crisps in the country. "
        '"Every one of our Russian employees will receive a full year\'s pay, and we will not sell the brand there," '
        "Kelby chief executive Jo Roe said on a call with analysts."
    )
    assert briefed_whose(text, "Every one of our") == "Kelby Foods"


def test_a_passive_about_what_is_ours_is_done_by_we_the_leaders_council():
    text = (
        "Refugees to be housed\n\nNeighbouring council refuses to sign up\n\nKelby Borough Council voted last night "
        "to join the scheme. Council leader Jo Roe said: 'Nobody on our waiting list will be bumped down it.'\n\n"
        "But Ashby District Council said it would not sign up."
    )
    assert briefed_whose(text, "Council leader Jo Roe") == "Kelby Borough Council"


def test_the_club_is_no_venue_named_only_as_where_something_happened():
    text = (
        "Stadium plan\n\nKelby Wanderers have unveiled plans for a new ground. Manager Jo Roe spoke to fans at a "
        "meeting in the Wanderers Social Club on Monday. The club will freeze season ticket prices for three years, "
        "Jo Roe said."
    )
    assert briefed_whose(text, "freeze season ticket") == "Kelby Wanderers"


def test_the_club_is_a_club_named_as_acting_too():
    text = (
        "Golf plan\n\nResidents met in the village hall on Monday. Kelby Golf Club said it would open its course to "
        "walkers on Sundays. The club will also plant 200 trees, a spokesman said."
    )
    assert briefed_whose(text, "plant 200 trees") == "Kelby Golf Club"


def test_an_officer_after_a_body_called_by_its_noun_speaks_for_it_not_for_a_line_it_runs():
    text = (
        "Trains pulled\n\nThe Kelby Valley Transit Authority will pull 40 cars after a Redline train derailed. "
        "The Redline carries 30,000 riders a day on the Redline's 12 stations. "
        "The authority will run shuttle buses between the Redline's stations. "
        '"We will not put those cars back until every wheel is checked," General Manager Jo Roe said.'
    )
    assert briefed_whose(text, "We will not put those cars") == "Kelby Valley Transit Authority"


def test_a_body_described_by_a_passive_participle_in_the_lead_is_the_one_named_next():
    text = (
        "Desks to shut\n\nA POLICE force criticised by inspectors is to shut six of its ten front desks. "
        "Kelby Police said the desks had few visitors. Chief Constable Jo Roe said officers would go back on patrol."
    )
    assert briefed_whose(text, "is to shut six") == "Kelby Police"


def test_a_body_chaired_by_a_person_is_not_a_body_named_later():
    text = (
        "Spire appeal\n\nA restoration committee chaired by retired engineer Sean Cotter plans to hold a sponsored "
        "climb in May. St Fintan's Church needs £400,000 for its spire."
    )
    assert briefed_whose(text, "plans to hold a sponsored") == "Sean Cotter"


def test_what_everyone_of_a_kind_will_get_in_a_speakers_words_is_the_speakers_bodys_pledge():
    text = (
        "Operations cancelled\n\nKelby Hospitals NHS Trust cancelled 900 operations last month. "
        '"Every patient whose operation was cancelled will get a phone call within 14 days," said chief executive '
        "Jo Roe of Kelby Hospitals NHS Trust."
    )
    assert briefed_whose(text, "Every patient whose operation") == "Kelby Hospitals NHS Trust"


def test_nobody_paying_more_after_a_lead_in_is_a_pledge():
    text = (
        "Price cut\n\nNorvale Pharmaceuticals will cut the price of its inhaler. "
        '"From Jan. 1, nobody who uses the inhaler will pay more than $35 a month," Norvale chief executive Jo Roe '
        "said."
    )
    assert briefed_whose(text, "nobody who uses") == "Norvale Pharmaceuticals"


def test_what_everyone_will_feel_or_have_to_pay_is_no_pledge():
    text = (
        'Bills rise\n\nPrices rose again. "Every household will feel the pinch," economist Jo Roe said. '
        '"No family will have to pay less," she added.'
    )
    assert make_brief(text, "story.txt").commitments == ()


def test_a_spokeswoman_for_a_firm_named_with_its_possessive_speaks_for_it():
    text = (
        "Stores shut\n\nCartley's will close 20 stores. Every colleague affected will be offered a role at another "
        "store, a spokeswoman for Cartley's said."
    )
    assert briefed_whose(text, "Every colleague affected") == "Cartley's"


def test_a_bare_chairman_speaks_for_the_story_s_body_not_a_venue_named_more():
    text = (
        "Stadium plan\n\nKelby Wanderers have unveiled plans for a new ground. Fans met in the Wanderers Social Club "
        "on Monday. Kelby Wanderers want it open by 2029. Ticket sales in the Wanderers Social Club were brisk. "
        "Drinks in the Wanderers Social Club were free. Chairman Jo Roe said season ticket prices "
        "would be frozen for three seasons."
    )
    assert briefed_whose(text, "season ticket prices") == "Kelby Wanderers"


def test_an_employer_named_after_at_the_is_no_venue():
    text = (
        "Budget passed\n\nThe budget will fund six new deputies at the Kelby County Sheriff's Office. The office will "
        "hire them by January, Sheriff Jo Roe said."
    )
    assert briefed_whose(text, "The office will hire") == "Kelby County Sheriff's Office"


def test_an_officer_promising_a_thing_would_be_done_commits_their_body():
    text = (
        "Cars recalled\n\nKelby Motors is to recall 30,000 cars. Kelby Motors said fires were rare. "
        '"We will put it right," said Jo Roe, managing director of Kelby Motors. '
        "Roe promised that every affected owner would be offered a courtesy car within ten days."
    )
    assert briefed_whose(text, "Roe promised that every") == "Kelby Motors"


def test_a_person_promising_their_own_act_keeps_it():
    text = "Fight on\n\nJo Roe, a councillor, promised that she would take the case to court."
    assert briefed_whose(text, "promised that she would") == "Jo Roe"


def test_a_long_subject_before_would_be_done_after_a_promise_is_still_a_plan_done():
    text = (
        "Stadium plan\n\nKelby Rovers will build a new ground. Kelby Rovers said it would hold 20,000 fans. "
        '"We will not leave," said Jo Roe, chief executive of Kelby Rovers. Roe promised that the old ground\'s '
        "children's playground and two grass pitches would be rebuilt next to the new stadium."
    )
    assert briefed_whose(text, "Roe promised that the old") == "Kelby Rovers"


def test_a_spokeswoman_for_the_trade_noun_speaks_for_the_body_the_story_is_about():
    text = (
        "Power cuts\n\nHarlow Electric said 40,000 homes were still without power. Harlow Electric crews worked "
        "through the night. Every customer left without power for three days will get a $50 credit, said Jo Roe, a "
        "spokeswoman for the utility."
    )
    assert briefed_whose(text, "Every customer left") == "Harlow Electric"


def test_bosses_called_by_a_word_of_one_bodys_name_or_by_none_are_that_bodys():
    text = (
        "Islanders stranded\n\nWestray Ferries has cancelled 200 sailings to Kelmay this month. The Kelmay Islanders "
        "Group said it was angry. Ferry bosses will charter a relief ship next week."
    )
    assert briefed_whose(text, "charter a relief ship") == "Westray Ferries"
    text = (
        "Backlog grows\n\nMarlow Vale Hospitals NHS Trust has cancelled 900 operations. Marlow Vale Hospitals NHS "
        "Trust apologised. Bosses have promised to clear the backlog by June."
    )
    assert briefed_whose(text, "clear the backlog") == "Marlow Vale Hospitals NHS Trust"


def test_a_body_that_only_owns_a_thing_after_the_verb_is_not_whom_the_next_officer_speaks_for():
    text = (
        "Airline to quit Kelby\n\nBUDGET airline Skylark is to close its base at Kelby Airport in May.\n\n"
        "Skylark Airways carried 900,000 passengers from the city last year, half of the airport's total.\n\n"
        "Chief executive Jo Roe said the airport had put up its charges.\n\n"
        '"We will offer every one of our 80 staff a job at another base," Ms Roe said.'
    )
    assert briefed_whose(text, "We will offer every one") == "Skylark Airways"


def test_a_union_secretary_speaks_for_the_union_that_opened_the_sentence_before_not_the_body_it_fights():
    text = (
        "Nurses row\n\nThe Kelby Trust has cut pay for night shifts at Carnford Hospital. The trust says it must save "
        "money. The Allied Porters' Union said its members would not cover weekend shifts until the trust paid them "
        "the agency rate. Regional secretary Jo Roe said the trust was wasting money on agency staff. She said members "
        "would keep the wards fully staffed throughout the dispute."
    )
    assert briefed_whose(text, "She said members would keep") == "Allied Porters' Union"


def test_what_an_officer_says_a_thing_will_do_is_their_bodys_pledge():
    text = (
        "Hospice saved\n\nThe Little Wrens Hospice in Kelby has raised £2m from a public appeal. Chief executive "
        "Jo Roe said the children's unit would stay open through the winter. She said she was proud of the town."
    )
    assert briefed_whose(text, "the children's unit would stay open") == "Little Wrens Hospice"


def test_what_a_club_chairman_says_will_be_done_is_the_clubs_pledge():
    text = (
        "Rovers move\n\nKelby Rovers will leave their ground for a new stadium in 2028. Chairman Jo Roe said "
        "season ticket prices would be frozen for the first three seasons. Fans have mixed feelings."
    )
    assert briefed_whose(text, "season ticket prices would be frozen") == "Kelby Rovers"


def test_an_officer_saying_what_they_themself_will_do_keeps_the_pledge():
    text = (
        "Hospice saved\n\nThe Little Wrens Hospice in Kelby has raised £2m from a public appeal. Chief executive "
        "Jo Roe said she would stay in post until the new unit opens."
    )
    assert briefed_whose(text, "she would stay in post") == "Jo Roe"


def test_a_prison_governors_we_is_the_prison_a_states_governors_their_own():
    prison = (
        'Jail fails\n\nInspectors have rated HMP Kelby unsafe. Governor Jo Roe said: "We will fix every broken '
        'window by June."'
    )
    assert briefed_whose(prison, "We will fix every broken window") == "HMP Kelby"
    state = (
        'Storm aid\n\nFloods hit Kelby County last week. Governor Jo Roe said: "We will rebuild every bridge by June."'
    )
    assert briefed_whose(state, "We will rebuild every bridge") == "Jo Roe"


def test_what_we_will_get_done_is_ours_not_something_we_receive():
    text = (
        'Plant shut\n\nAcme Foods is to shut its Kelby plant. Chief executive Jo Roe said: "We will get every '
        'worker placed in a new job by June."'
    )
    assert briefed_whose(text, "We will get every worker placed") == "Acme Foods"


def test_an_officers_body_by_its_noun_is_one_named_by_then_not_one_the_story_names_later():
    text = (
        "Food bank grows\n\nThe Open Hands Food Bank handed out 14,200 parcels this year. The charity started in a "
        "church hall in 2012. Manager Jo Roe said the charity would open a second hub in December. Demand is rising "
        "across the country. The Kelby Trust, which supports 1,400 food banks, said demand was at a record high."
    )
    assert briefed_whose(text, "Manager Jo Roe said the charity would") == "Open Hands Food Bank"


def test_an_officer_of_a_body_named_by_its_noun_in_the_possessive_speaks_for_that_body():
    text = (
        "Milk price cut\n\nThe Kelby Dairy Co-operative has cut the price it pays farmers. Figures from the Kelby "
        "Development Board put the cost of a litre at 38p. Jo Roe, the co-operative's chair, said it had no choice. "
        '"We will lend any member up to £20,000 interest-free," she said.'
    )
    assert briefed_whose(text, "We will lend any member") == "Kelby Dairy Co-operative"


def test_a_chief_fire_officer_heads_the_fire_service_not_the_fire_authority_that_governs_it():
    text = (
        "Station to close\n\nKelby Fire and Rescue Service is to close Mill Road fire station. Jo Lee, chair of Kelby "
        "Fire Authority, said the decision was hard. Chief Fire Officer Jo Roe said the service faced a £3m gap. "
        '"Every firefighter at Mill Road will be offered a post at another station," she said.'
    )
    assert briefed_whose(text, "Every firefighter at Mill Road") == "Kelby Fire and Rescue Service"


def test_what_people_will_get_with_no_speaker_is_given_by_the_body_the_story_is_about():
    text = (
        "Acme cuts jobs\n\nAcme Systems is to cut 900 jobs, the firm said on Monday. Acme Systems makes payroll "
        "software. Laid-off workers will get 16 weeks of base pay plus two weeks for every year served."
    )
    assert briefed_whose(text, "Laid-off workers will get") == "Acme Systems"


def test_a_body_noun_is_the_one_body_named_by_it_or_its_plural_not_the_firm_named_last():
    text = (
        "Water warning\n\nKelby Public Utilities issued a do-not-drink advisory for its 6,300 customers on Tuesday. "
        "State tests traced the chemicals to the Acme Chemical plant on the river. Acme Chemical said it had "
        "followed every term of its permit. The utility is to shut both wells by Friday, a spokeswoman said."
    )
    assert briefed_whose(text, "The utility is to shut") == "Kelby Public Utilities"


def test_a_body_noun_is_no_body_it_only_qualifies_nor_one_the_story_names_later():
    text = (
        "Charity row\n\nThe Kelby Hospice Trust has been criticised over pay. The Charity Commission opened an "
        "inquiry last year. From January, the charity will publish every manager's pay, Dame Ann Lee said."
    )
    assert briefed_whose(text, "the charity will publish") == "Kelby Hospice Trust"


def test_what_will_be_done_to_a_thing_by_a_body_noun_is_that_bodys_pledge():
    text = (
        "Sewage plan\n\nKelby Water has been fined £2m over spills into the bay. Its chief executive, Jo Roe, "
        "blamed the wettest winters on record. Live data from all 38 overflows will be published online by the "
        "firm from April."
    )
    assert briefed_whose(text, "Live data") == "Kelby Water"


def test_what_will_be_done_to_a_thing_said_by_a_body_noun_is_that_bodys_pledge():
    text = (
        "Airline to repay travellers\n\nAcme Airlines has agreed to refund every passenger whose flight was "
        "cancelled last week. The Kelby-based airline cancelled 9,800 flights after its scheduling system "
        "failed.\n\nRefunds will be paid automatically within seven days, and travellers need not file a claim, "
        "the airline said in a statement on Thursday."
    )
    assert briefed_whose(text, "Refunds will be paid") == "Acme Airlines"


def test_what_the_city_will_do_in_a_city_officers_words_is_the_city_councils():
    text = (
        "City to claw back tax breaks\n\nThe Kelby City Council voted 7-2 on Thursday to recover $22 million in "
        "tax breaks it gave Acme Software. Acme cut 600 jobs at its campus this autumn.\n\nThe city will send the "
        "company a formal notice of default on Monday, City Attorney Jo Roe said."
    )
    assert briefed_whose(text, "The city will send") == "Kelby City Council"


def test_a_body_that_only_pledged_to_act_before_a_chairman_is_not_the_body_he_speaks_for():
    text = (
        "Stand deal agreed\n\nKelby Athletic's plans for a new stand moved closer yesterday. Kelby Athletic "
        "has raised £1.2m from fans. The car park next to the ground is owned by Marlow County Council.\n\n"
        "Marlow County Council has promised to keep the car park open to fans on matchdays.\n\n"
        '"This stand is only the start," said chairman Jo Roe. "We will lay a new pitch next summer."'
    )
    assert briefed_whose(text, "We will lay a new pitch") == "Kelby Athletic"


def test_a_branch_officer_of_a_unions_branch_named_for_a_place_speaks_for_the_union():
    text = (
        "Kelby University staff to strike\n\nLecturers at the University of Kelby will walk out for ten days, "
        "the Lecturers' Union has announced. Members of the union's Kelby branch voted by 78 per cent for action."
        "\n\nBranch president Jo Roe said staff had been left with no option.\n\n"
        '"We will stand on the picket lines for as long as it takes," she said.\n\n'
        "Kelby University said it regretted the action."
    )
    assert briefed_whose(text, "We will stand on the picket") == "Lecturers' Union"


def test_a_pledge_of_a_body_the_story_describes_but_never_names_is_that_bodys_description():
    text = (
        "Housing plan\n\nKelby will add 2,000 affordable homes by 2030, the mayor said on Tuesday.\n\n"
        "The city's housing authority plans to convert three empty office blocks into 640 flats."
    )
    assert briefed_whose(text, "housing authority plans") == "city's housing authority"


def test_a_branch_officer_of_a_body_at_a_place_speaks_for_the_body_not_the_place_named_body():
    text = (
        "Kelby cuts\n\nThe University of Kelby is to close its music department, with the loss of 40 posts.\n\n"
        "Dr Jo Roe, branch president of the Lecturers' Union at Kelby, said the cuts were reckless. "
        '"We will open a ballot for strike action on Monday," she said.'
    )
    assert briefed_whose(text, "We will open a ballot") == "Lecturers' Union"


def test_a_chair_of_trustees_speaks_for_the_body_that_spoke_before_them_past_what_it_is():
    text = (
        "Museum to close\n\nThe Kelby Toy Museum will welcome its last visitors on June 30, the Marlow Trust, the "
        "charity that runs it, confirmed yesterday.\n\nChair of trustees Ann Lee said losing the grant had left it "
        'with no choice. "We will not sell a single toy to pay our bills," she said.'
    )
    assert briefed_whose(text, "We will not sell") == "Marlow Trust"


def test_what_a_venue_will_do_is_the_pledge_of_the_body_that_runs_it_named_in_the_closing_attribution():
    text = (
        "Museum to close\n\nA much-loved toy museum is to shut.\n\nThe Kelby Toy Museum, home to 12,000 toys, will "
        "welcome its last visitors on June 30, the Marlow Trust, the charity that runs it, confirmed yesterday."
    )
    assert briefed_whose(text, "The Kelby Toy Museum") == "Marlow Trust"


def test_people_picked_out_by_what_they_did_who_will_be_paid_are_paid_by_the_body_the_story_is_about():
    text = (
        "Jobs cut\n\nThe University of Kelby is to cut 210 jobs. The University of Kelby blamed falling fees. "
        "The University of Kelby will close two departments.\n\n"
        "Staff who leave under the voluntary scheme will be paid a year's salary, capped at £60,000."
    )
    assert briefed_whose(text, "Staff who leave") == "University of Kelby"


def test_the_agent_of_a_passive_pledge_past_its_complements_is_its_committer():
    text = (
        "Courtroom in town hall\n\nA temporary courtroom will open in Kelby's town hall next month. Court "
        "officials said the backlog had reached 900 cases.\n\n"
        "The hall will be leased to the courts service for £1 a year by Kelby Borough Council."
    )
    assert briefed_whose(text, "The hall will be leased") == "Kelby Borough Council"


def test_the_firm_is_not_a_care_home_it_runs():
    text = (
        "Care home to shut\n\nAcme Care is to close Elm House care home in Kelby in March. Elm House has 38 "
        "residents. Residents of Elm House were told on Monday.\n\n"
        "Families will be paid £1,500 each towards the move, the firm said."
    )
    assert briefed_whose(text, "Families will be paid") == "Acme Care"


def test_people_an_officer_says_will_be_offered_something_are_offered_it_by_the_officers_body():
    text = (
        "Acme Homes will knock down the Elm Street flats, the landlord said. Jo Roe, its chief executive, said "
        "all 58 households would be offered a new home within six weeks."
    )
    assert briefed_whose(text, "all 58 households") == "Acme Homes"


def test_the_company_is_no_body_named_as_commissioners():
    text = (
        "Cruise calls move\n\nKelby Harbour Commissioners, who run the port, said the deal followed two years of "
        "talks. Kelby Harbour Commissioners will dredge the main berth.\n\nBolt Seaways said it would add eight calls "
        "in 2028. The Bristol-based firm has used the port since 2019. The company will also base one ship in Kelby "
        "over the winter, a spokesman said."
    )
    assert briefed_whose(text, "base one ship") == "Bolt Seaways"


def test_the_firm_is_the_one_that_spoke_just_before_past_a_word_that_places_it():
    text = (
        "Sewage pledge\n\nKelby Water will spend £1bn on new tanks. Kelby Water was fined last year. Kelby Water "
        "apologised.\n\nNeighbouring Marlow Water, whose sewers also drain into the works, insisted it was not "
        "responsible. But the firm will pay a third of the cost of a new storm tank, a spokesman confirmed."
    )
    assert briefed_whose(text, "a third of the cost") == "Marlow Water"


def test_the_agent_of_a_passive_pledge_about_a_thing_may_be_named_after_their_post():
    text = (
        "School cuts\n\nThe Kelby school district faces a $9 million gap.\n\n"
        "A list of possible cuts will be presented to the school board on Jan. 12 by the district's treasurer, "
        "Jo Roe."
    )
    assert briefed_whose(text, "A list of possible cuts") == "Jo Roe"


def test_a_things_fate_its_bosses_confirm_is_their_bodys_never_a_unions():
    text = (
        "Fire station to shut\n\nA FIRE station that has served Marlow since 1956 will close its doors in September, "
        "fire bosses have confirmed.\n\nKelby Fire and Rescue Service says the move will save £1.4m. The Fire "
        "Brigades Union said the plan put lives at risk. The Fire Brigades Union will ballot members. Kelby Fire "
        "and Rescue Service said response times would hold.\n\nMarlow South MP Jo Roe said the closure would leave "
        "the town's estates further from help."
    )
    assert briefed_whose(text, "A FIRE station") == "Kelby Fire and Rescue Service"


def test_what_will_be_done_after_a_body_voted_for_it_is_that_bodys():
    text = (
        "Night cover cut\n\nNight-time crews will be withdrawn from six fire stations from April, after the fire "
        "authority voted 9-5 on Wednesday to cut £6.8m from the budget.\n\nJo Roe, who chairs Kelby Fire Authority, "
        "said there was no painless option left."
    )
    assert briefed_whose(text, "Night-time crews") == "Kelby Fire Authority"
    text = (
        "Library hours\n\nOpening hours will be cut at four libraries, after Marlow Borough Council voted to save "
        "£2m.\n\nMarlow Borough Council said the change was regrettable."
    )
    assert briefed_whose(text, "Opening hours") == "Marlow Borough Council"


@pytest.mark.parametrize("adverb", ["also", "now", "still"])
def test_an_obligation_after_an_adverb_is_no_pledge(adverb):
    assert commitments_of(f"Acme Rail will {adverb} have to pay a £2m fine.") == []


def test_a_past_promise_its_own_clause_says_was_never_kept_is_no_pledge():
    assert commitments_of("Acme Rail has promised repeatedly that the line would reopen, but it never did.") == []
    assert commitments_of("The council pledged to fix the roof, but the council has not.") == []


def test_we_of_a_bodys_director_of_a_department_is_the_bodys():
    text = (
        'Line shut\n\nTrains stopped on the Kelby line.\n\n"We will reopen the line by May," said Acme Rail\'s '
        "operations director, Jo Roe."
    )
    assert briefed_whose(text, "reopen the line") == "Acme Rail"


def test_a_number_of_people_given_something_are_given_it_by_the_body_the_story_is_about():
    text = (
        "Plant to shut\n\nAcme Foods is to close its plant at Kelby in July, putting 85 jobs at risk. Jo Roe, the "
        "company's chief executive, said trade had halved. All 85 staff will be offered jobs at the firm's Marlow "
        "plant, 40 miles away."
    )
    assert briefed_whose(text, "All 85 staff will be offered") == "Acme Foods"


def test_its_after_a_body_noun_opening_the_sentence_before_is_the_one_body_named_just_before_that():
    text = (
        "Fire alarms\n\nA blaze at Marlow Court, a 96-unit block, killed one woman. Kelby Homes, which owns Marlow "
        "Court, said it would fit sprinklers. The landlord will not raise rents at Marlow Court, a spokesperson "
        "added.\n\nJo Roe, president of Kelby Professional Firefighters, said crews were short that night. The union "
        "is not waiting for City Hall. Its members will fit 1,000 free smoke alarms, Roe said."
    )
    assert briefed_whose(text, "Its members will fit") == "Kelby Professional Firefighters"


def test_a_discounter_named_by_its_trade_is_a_body_and_its_it_is_its_own():
    text = (
        "Shops to close\n\nAcme Stores is to close 40 shops, putting 900 jobs at risk, Acme Stores said. The chain "
        "blamed rents. Shop worker Jo Roe said staff were stunned.\n\nRival discounter Thriftco said it would offer "
        "an interview to every Acme worker who loses their job."
    )
    assert briefed_whose(text, "Rival discounter Thriftco") == "Thriftco"


def test_a_chief_executive_named_after_a_trust_and_the_schools_it_acts_on_speaks_for_the_trust():
    text = (
        "Schools to close\n\nMarlow Learning Trust will shut Kelby Primary in July and move its pupils to Pellcombe "
        "Primary, five miles away.\n\nChief executive Jo Roe said the school was losing money.\n\n"
        '"We will run a free bus for every child who moves to Pellcombe," said Ms Roe. Pellcombe Primary has room '
        "for them. Parents at Pellcombe Primary were told on Monday."
    )
    assert briefed_whose(text, "We will run a free bus") == "Marlow Learning Trust"


def test_we_of_a_unions_secretary_named_with_the_union_before_the_post_is_the_unions():
    text = (
        "Schools to close\n\nMarlow Learning Trust will shut two schools in July. The Kelby Teachers Union said staff "
        "learned of it on Facebook.\n\n"
        '"We will ballot our members before Easter," said Kelby Teachers Union regional secretary Jo Roe.'
    )
    assert briefed_whose(text, "We will ballot") == "Kelby Teachers Union"


def test_an_officer_described_but_not_named_is_the_one_the_next_sentence_names_by_their_post():
    text = (
        "Stations to shut\n\nA POLICE and fire boss is to shut nine police front counters to plug a £14m hole.\n\n"
        "Kelby's Police, Fire and Crime Commissioner Jo Roe announced the cuts this morning.\n\n"
        "Officers said they were shocked."
    )
    assert briefed_whose(text, "A POLICE and fire boss") == "Jo Roe"


def test_an_officer_described_is_no_one_the_next_sentence_names_after_its_subject():
    text = (
        "Stations to shut\n\nA police boss is to shut nine front counters to plug a £14m hole.\n\n"
        "Critics including shopkeeper Jo Roe said the move was wrong."
    )
    assert briefed_whose(text, "A police boss") != "Jo Roe"


def test_the_inspectorate_is_the_body_named_as_one_not_the_one_named_most():
    text = (
        "Jail report\n\nHMP Kelby is overcrowded, according to a report by HM Inspectorate of Prisons. HMP Kelby "
        "holds 1,140 men. HMP Kelby staff are stretched.\n\nInspectors found cells shared by three. The inspectorate "
        "said it would return within 12 months."
    )
    assert briefed_whose(text, "The inspectorate said it would return") == "HM Inspectorate of Prisons"


def test_the_inspectorate_is_no_police_force_and_it_s_opening_a_quote_names_no_one():
    text = (
        "Stations to shut\n\nKelby Police will shut nine front desks, Kelby Police said. Kelby Police blamed cuts.\n\n"
        '"Put an engine ten miles away and people will die. It\'s as simple as that," Jo Roe said.\n\n'
        "Police watchdog HMICB rated the force as poor at answering calls.\n\n"
        "The inspectorate will return in the autumn to check the changes, a spokesman said."
    )
    who = briefed_whose(text, "The inspectorate will return")
    assert who not in ("Kelby Police", "It's")


def test_we_of_the_prisons_governor_is_the_prison():
    text = (
        "Jail report\n\nHalf the men leaving HMP Kelby have nowhere to live, inspectors found.\n\n"
        "Jo Roe, the prison's governor, said notice of releases was short. "
        '"We will open a resettlement unit by June," she said.'
    )
    assert briefed_whose(text, "We will open a resettlement unit") == "HMP Kelby"


def test_the_spokesperson_closing_the_next_sentence_speaks_for_the_body_of_the_one_met_before():
    text = (
        "Jail report\n\nHalf the men leaving HMP Kelby have nowhere to live.\n\n"
        "A Ministry of Justice spokesperson said the department would not pause the scheme. An extra £6m for "
        "housing is to be shared between the 20 prisons with the worst figures, the spokesperson said."
    )
    assert briefed_whose(text, "An extra £6m for housing") == "Ministry of Justice"


def test_a_posts_abbreviation_that_is_a_named_bodys_initials_is_that_body():
    text = (
        "Ferry stuck\n\nThe Maritime and Coastguard Agency said it had detained the Kelby Venturer. Islanders are "
        "short of food.\n\nAn MCA spokeswoman said inspectors would board the ship before it sailed."
    )
    assert briefed_whose(text, "An MCA spokeswoman said") == "Maritime and Coastguard Agency"


def test_the_department_a_sentence_opens_on_is_the_one_named_just_before_of_several():
    text = (
        "Jail deaths\n\nThe Justice Department said Wednesday it would examine conditions at the Kelby jail. "
        "The Justice Department has opened eleven such reviews this year. "
        "Kelby County Probation Department said it would move up to 150 people from cells to ankle monitors. "
        "The department is to hire eight more officers to supervise them."
    )
    assert briefed_whose(text, "The department is to hire") == "Kelby County Probation Department"


def test_the_ministry_a_minister_speaks_of_is_the_one_their_title_names_not_the_one_just_named():
    text = (
        "School rebuild\n\nTwo classroom blocks at Kelby school will be rebuilt by November, the Education Ministry "
        "said. The Education Ministry has rebuilt nine schools this year. "
        "Officials from the Works Ministry will inspect the site every fortnight. "
        "Deputy Education Minister Jo Roe said the ministry would also supply 400 new desks before the next term."
    )
    assert briefed_whose(text, "supply 400 new desks") == "Education Ministry"


def test_people_who_will_pay_after_a_body_confirmed_a_rise_feel_that_bodys_decision():
    text = (
        "Bills up\n\nTHOUSANDS of water customers will pay £3.20 a month more from April after Kelby Water confirmed "
        "a mid-year price rise yesterday. Ofwat said it would look at the rise. Kelby Water runs 40 works."
    )
    assert briefed_whose(text, "will pay £3.20") == "Kelby Water"


def test_a_branch_secretary_speaks_for_the_union_named_before_the_post_whatever_its_name():
    text = (
        "Libraries to shut\n\nKelby Council will close six libraries in April. Unison branch secretary Jo Roe said "
        'the service had lost 40 staff since 2020. "We will fight every one of these closures," Ms Roe said.'
    )
    assert briefed_whose(text, "We will fight") == "Unison"


def test_the_union_said_after_a_body_described_as_representing_staff_is_that_body():
    text = (
        "Parcel strike\n\nThe Kelby Drivers' Union, which represents 6,000 drivers, agreed a pay rise and will "
        "suspend strikes. The Kelby Drivers' Union will ballot members. But the Warehouse Alliance, which "
        "represents 2,100 sorting staff, dismissed the offer. Its members will stay out until Christmas Eve, "
        "the union said."
    )
    assert briefed_whose(text, "Its members will stay out") == "Warehouse Alliance"


def test_a_title_owned_by_a_names_last_word_is_the_body_whose_names_end_so():
    text = (
        "Body cameras\n\nThe Kelby County Board of Supervisors froze spending last spring. Sheriff Ann Lee "
        "ordered cameras for every deputy. Kelby County Sheriff's Office will train deputies in June.\n\n"
        "Board of Supervisors chairman Tom Roe said the board would cover the $2.4 million cost from reserves."
    )
    assert briefed_whose(text, "cover the $2.4 million") == "Kelby County Board of Supervisors"


def test_a_chief_executive_after_a_described_carrier_is_the_body_the_sentence_before_opens_with():
    text = (
        "Airline quits Kelby\n\nMarlow Air will end all flights from Kelby Regional Airport on June 1, the carrier "
        "said. The regional carrier has flown the route twice a day since 2019. Chief executive Jo Roe blamed a "
        'shortage of pilots. "We will refund every ticket," Roe said. Kelby Regional Airport handled 41,000 '
        "passengers last year."
    )
    assert briefed_whose(text, "We will refund") == "Marlow Air"


def test_a_carrier_is_no_airport():
    from briefcli.extract.committer import noun_fits

    assert not noun_fits("carrier", "Kelby Regional Airport")
    assert noun_fits("carrier", "Marlow Air")


def test_we_of_a_union_locals_president_is_the_local():
    text = (
        "Home to close\n\nKelby Care will close its home in Marlow by May. About 80 aides belong to Care Workers "
        'Local 12. "We will not sign off on any deal that cuts wages," said Jo Roe, the local\'s president.'
    )
    assert briefed_whose(text, "We will not sign off") == "Care Workers Local 12"


def test_a_chief_executive_after_a_firm_described_by_where_it_is_based_speaks_for_the_body_it_stands_for():
    text = (
        "Care home to close\n\nKelby Care will close its Marlow Lodge home by May 15, the company said.\n\nThe "
        'Cleveland-based operator, which runs 31 homes, said Medicaid paid too little. "We will not leave a single '
        'resident without a bed," chief executive Jo Roe said. Marlow Lodge has 97 residents. Marlow Lodge opened in '
        "1990, and families at Marlow Lodge were angry."
    )
    assert briefed_whose(text, "We will not leave") == "Kelby Care"


def test_a_passive_pledge_the_firm_confirmed_goes_on_with_the_firm_whose_pledge_came_just_before():
    text = (
        "Pie factory to shut\n\nBolt Foods will close its Kelby factory, managing director Jo Roe told staff, after "
        "Acme Stores dropped a deal. Acme Stores said the deal had ended. Acme Stores moved its pies to another "
        'supplier, and Acme Stores will open a depot. Mr Roe said: "We will pay every colleague a month\'s wages." '
        "Staff will be paid until the end of June, the firm confirmed."
    )
    assert briefed_whose(text, "Staff will be paid") == "Bolt Foods"


def test_we_of_a_council_s_cabinet_member_set_before_the_name_is_the_council_s():
    text = (
        "Homes to close\n\nBolt Care will close two homes in Kelby. Kelby City Council's cabinet member for adult "
        'social care, Jo Roe, said officers had visited residents. "We will find every resident a bed," she said.'
    )
    assert briefed_whose(text, "We will find every resident") == "Kelby City Council"


def test_a_pledge_done_to_people_naming_no_doer_goes_on_with_the_pledger_of_the_sentence_before():
    text = (
        "Flights axed\n\nKelby Air is to cancel 1,200 flights from Marlow. Chief executive Jo Roe blamed late jets. "
        "'We will refund every passenger in full within seven days,' said Ms Roe. Customers will be emailed by "
        "Friday with the choice of a refund. The Civil Aviation Authority said it was watching."
    )
    assert briefed_whose(text, "Customers will be emailed") == "Kelby Air"


def test_a_place_s_closure_is_the_body_the_story_says_runs_it():
    text = (
        "Toy museum to close\n\nMuch-loved museum will shut its doors for good on June 30\n\n"
        "A MUSEUM that has delighted generations of Kelby children is to close in the summer after the council axed "
        "its funding.\n\nThe Kelby Toy Museum will welcome its last visitors on June 30, the Marlow Trust, the "
        "charity that runs it, confirmed yesterday. The museum opened in 1964."
    )
    assert briefed_whose(text, "A MUSEUM that has delighted") == "Marlow Trust"
    assert briefed_whose(text, "The Kelby Toy Museum will welcome") == "Marlow Trust"


def test_a_founder_introduced_after_a_described_rival_s_pledge_speaks_for_the_rival():
    text = (
        "Bills rise\n\nAcme Broadband will raise bills by £4.50 a month. Acme Broadband blamed costs. Acme Broadband "
        "said customers could leave. Rival provider Kestrel Fibre has pledged to cover exit fees for anyone leaving "
        'Acme Broadband. Founder Jo Roe said: "We will pay the fees the day your new line goes live."'
    )
    assert briefed_whose(text, "We will pay the fees") == "Kestrel Fibre"


def test_a_hospital_unit_s_closure_naming_no_doer_is_the_body_that_runs_the_hospitals():
    text = (
        "A&E to close at night\n\nKELBY'S only A&E will close its doors every night from May, leaving 90,000 people "
        "a long trip. Kelby Hospitals NHS Trust said it could not find the doctors. Marlow Council called it a "
        "disgrace."
    )
    assert briefed_whose(text, "only A&E will close") == "Kelby Hospitals NHS Trust"


def test_we_of_a_regional_vice_president_is_the_body_s():
    text = (
        "Bus firm quits\n\nVelo Transit will stop running Kelby's buses on June 30. Velo Transit, a Dallas-based "
        'company, has lost a quarter of its drivers, regional vice president Jo Roe said. "We will run every route '
        'until June 30," Roe said. Mayor Tom Lee said the city was angry.'
    )
    assert briefed_whose(text, "We will run every route") == "Velo Transit"


def test_we_of_a_fire_chief_is_the_fire_and_rescue_service_s():
    text = (
        "Paid crews\n\nKelby County will replace two volunteer stations with Kelby County Fire and Rescue, a paid "
        'department. "We will have a paid crew on duty around the clock from July 1," Fire Chief Jo Roe said. '
        "The state fire commissioner's office welcomed the plan."
    )
    assert briefed_whose(text, "We will have a paid crew") == "Kelby County Fire and Rescue"


def test_a_passive_after_a_body_called_with_a_possessive_voted_is_that_body_s():
    text = (
        "Night crews cut\n\nThree fire stations in Kelby will be staffed only by on-call firefighters from October, "
        "after the county's fire authority voted on Wednesday to end full-time night crews. Kelby Fire Authority "
        "said it had to save £2m. The Fire Brigades Union called it reckless."
    )
    assert briefed_whose(text, "Three fire stations") == "Kelby Fire Authority"


def test_a_headline_firm_sums_up_the_pledge_of_the_firm_the_story_reports_not_one_only_described_as_a_firm():
    text = (
        "BILL SHOCK: Families hit with surprise demands\n\n"
        "Kelby Power customers sent catch-up bills after meters failed\n\n"
        "Firm vows to spread every catch-up bill over two years with no interest\n\n"
        "By JO LEE, MONEY EDITOR\n\n"
        "THOUSANDS of Kelby Power customers were sent demands after their meters stopped working. Every affected "
        "customer will be given two years to pay off what they owe, with no interest, Kelby Power said. Acme Fit, "
        "the firm that fitted the meters, has agreed to replace every faulty one by May."
    )
    assert briefed_whose(text, "Firm vows") == "Kelby Power"
    assert briefed_whose(text, "Acme Fit, the firm") == "Acme Fit"


def test_a_headline_council_stays_the_council_it_names_whoever_reports_a_like_pledge():
    text = (
        "MOULD MISERY: Families in damp flats\n\n"
        "Tenants say they have complained for three years\n\n"
        "Council to inspect every flat in the block\n\n"
        "Landlord blames a leaking roof\n\n"
        "By JO LEE, HOUSING EDITOR\n\n"
        "FAMILIES in a Kelby block have lived with mould for years. Kelby Borough Council said it would send officers "
        "to the block. Roe Homes, which owns the block, said it would inspect every flat in the block by June."
    )
    assert briefed_whose(text, "Council to inspect") == "Kelby Borough Council"


def test_hospital_bosses_are_the_body_that_runs_the_hospital():
    text = (
        "LEFT ON A TROLLEY FOR 30 HOURS\n\n"
        "Pensioner waited more than a day for a bed at Kelby General\n\n"
        "Hospital bosses vow to add ten beds to the ward\n\n"
        "Watchdog to inspect the emergency department\n\n"
        "By JO LEE, HEALTH EDITOR\n\n"
        "A PENSIONER was left on a trolley at Kelby General Hospital for 30 hours. Jo Roe, chief executive of the "
        'North Kelby Hospitals NHS Trust, said she was sorry. "We will have ten more beds on the ward by March," she '
        "said. The hospital's bosses have also promised to review his care."
    )
    assert briefed_whose(text, "Hospital bosses vow") == "North Kelby Hospitals NHS Trust"
    assert briefed_whose(text, "The hospital's bosses") == "North Kelby Hospitals NHS Trust"


def test_hospital_bosses_stay_the_hospitals_when_no_body_runs_it():
    text = (
        "Kelby General Hospital has run out of beds. Hospital bosses have promised to open a new ward by March, "
        "Jo Roe said."
    )
    assert briefed_whose(text, "Hospital bosses") == "Kelby General Hospital"


def test_cops_in_a_headline_are_the_police_force_the_story_names():
    text = (
        "DRONE DRUG DROPS: Jail hit almost every day\n\n"
        "Inspectors found drones over HMP Kelby near-daily\n\n"
        "Cops to set up drone squad to hunt down the pilots\n\n"
        "Union warns staff could walk out\n\n"
        "By JO LEE, CRIME REPORTER\n\n"
        "DRONES drop drugs into HMP Kelby almost every day, inspectors said. North Kelby Police said it had arrested "
        "three men. Chief Constable Jo Roe said the force would set up a drone squad by spring."
    )
    assert briefed_whose(text, "Cops to set up") == "North Kelby Police"


def test_a_place_called_by_its_common_noun_pledges_for_the_body_whose_place_it_is():
    text = (
        "Ferry refit to take a year\n\n"
        "The Kelby ferry will be out of service until 2028. Roe Marine won the contract last week to rebuild the "
        "ferry's hull at its mainland yard. It expects the job to take a year. The yard has promised to hand the "
        "ferry back by March."
    )
    assert briefed_whose(text, "The yard has promised") == "Roe Marine"


def test_a_place_no_body_calls_its_own_pledges_for_no_one():
    text = (
        "Ferry refit to take a year\n\n"
        "Roe Marine won the contract last week to rebuild the ferry. A yard in Kelby was chosen. The yard has "
        "promised to hand the ferry back by March."
    )
    assert briefed_whose(text, "The yard has promised") == "article"


def test_a_town_alone_is_no_short_form_of_its_college_where_the_story_names_the_towns_council():
    text = (
        "Kelby furnace to close\n\n"
        'Roe Steel is to close the last furnace at its Kelby works in September. "We will pay every worker who '
        "goes a year's wages,\" said Jo Lee, the company's chief executive. Kelby College has agreed to run free "
        "courses for laid-off workers. Ann Bell, leader of Kelby Borough Council, said the council would help."
    )
    assert briefed_whose(text, "We will pay every worker") == "Roe Steel"
    roles = {a.name: a.role for a in make_brief(text, "story.txt").actors}
    assert roles["Jo Lee"] == "chief executive of Roe Steel"


def test_the_authority_is_the_one_local_council_where_no_body_is_named_an_authority():
    text = (
        "Bins to be emptied every three weeks\n\n"
        "Kelby Borough Council will empty black bins every three weeks from June. Council leader Jo Roe said the "
        "council had no easy choices left. Roe Waste, which runs the tip, has agreed to open it on Sundays. "
        "Residents were angry. The authority will not bring in a charge for garden waste this year."
    )
    assert briefed_whose(text, "The authority will not") == "Kelby Borough Council"


def test_the_authority_is_the_body_named_an_authority_before_a_council():
    text = (
        "Water cuts\n\n"
        "Kelby Water Authority will cut supplies at night. Kelby Borough Council said it was worried. Residents "
        "were angry. The authority will not charge for bottled water."
    )
    assert briefed_whose(text, "The authority will not") == "Kelby Water Authority"


def test_what_a_council_leader_announces_in_the_passive_is_the_councils_as_their_we_is():
    text = (
        "Bins to be emptied every three weeks\n\n"
        "Kelby Borough Council will empty black bins every three weeks from June. Council leader Jo Roe said: "
        '"We will give every household a second recycling box." Nappies will be collected every week for families '
        "who sign up, she added."
    )
    assert briefed_whose(text, "We will give") == "Kelby Borough Council"
    assert briefed_whose(text, "Nappies will be collected") == "Kelby Borough Council"


def test_a_passive_paid_by_the_government_through_a_department_is_the_departments():
    text = (
        "Furnace switch\n\n"
        "Roe Steel will build an electric furnace at its Kelby works. About £400m of the cost will be paid by the "
        "government through the Department for Industry, which said the money would come in three parts."
    )
    assert briefed_whose(text, "About £400m") == "Department for Industry"


def test_a_passive_paid_by_a_named_body_stays_that_bodys():
    text = (
        "Furnace switch\n\n"
        "Roe Steel will build an electric furnace. About £400m of the cost will be paid by Kelby Borough Council "
        "through a loan, the council said."
    )
    assert briefed_whose(text, "About £400m") == "Kelby Borough Council"


def test_a_pledge_closed_by_their_landlord_is_the_body_that_owns_the_homes():
    text = (
        "Mould flats\n\n"
        "FAMILIES living with black mould in a Kelby tower block will be moved out by the end of June while the "
        "building is repaired, their landlord has promised. Roe Homes, which owns all 94 flats, made the pledge "
        "after its own surveyors found damp. Kelby Borough Council said it would inspect every flat."
    )
    assert briefed_whose(text, "FAMILIES living") == "Roe Homes"


def test_a_metro_mayor_is_no_place_called_metro_and_her_we_is_her_authority_s():
    text = (
        "Trams to stop at 10pm\n\n"
        "Metro mayor Jo Quade, whose Kelby Combined Authority owns the tracks, called the cuts a scandal.\n\n"
        '"We will hold fares for under-18s at £1 until 2030," she said.'
    )
    assert briefed_whose(text, "We will hold") == "Kelby Combined Authority"
    assert "Metro" not in {a.name for a in make_brief(text, "story.txt").actors}


def test_bosses_of_a_noun_inside_a_camel_cased_name_are_that_body_s():
    text = (
        "Night trams axed\n\n"
        "TRAM bosses are to scrap every service after 10pm.\n\n"
        "KelTram, which runs the network, blamed rising costs. The Department for Transport said fares were a "
        "local matter."
    )
    assert briefed_whose(text, "TRAM bosses") == "KelTram"


def test_what_a_body_s_chief_executive_says_it_will_do_is_the_body_s():
    text = (
        "Brewery to open\n\nAcme Brewing will build a plant in Kelby. Jo Roe, Acme's chief executive, spoke at the "
        "courthouse. Mayor Ann Dale welcomed it.\n\nRoe said the brewery recycles most of its water. It will not "
        "take water from the town's mains when the lake is low, she said, and will truck water in instead."
    )
    assert briefed_whose(text, "It will not take water") == "Acme Brewing"


def test_a_us_town_s_board_of_aldermen_is_its_mayor_s_body():
    text = (
        "Water line for brewery\n\nKELBY, Tenn. (NWN) — The town of Kelby will pay for a water line. "
        "The Kelby Board of Aldermen voted last week to borrow $9 million for a water line.\n\n"
        '"We will have a water line at that fence before they pour the first slab," said Kelby Mayor Jo Quade.'
    )
    assert briefed_whose(text, "We will have a water line") == "Kelby Board of Aldermen"


def test_an_executive_speaks_for_the_subject_before_them_not_a_body_it_deals_with():
    text = (
        "Hospice cuts beds\n\nKelby Hospice has cared for dying patients since 1986 and gets a quarter of its money "
        'from the NHS.\n\nChief executive Jo Roe said: "Our costs have risen by a third, and the NHS share has '
        'barely moved."\n\n"We will keep our community nurses on the road seven days a week," she said.'
    )
    assert briefed_whose(text, "We will keep our community nurses") == "Kelby Hospice"


def test_a_place_a_body_is_based_in_is_no_name_the_subject_describes():
    text = (
        "Brewer sells pubs\n\nRoe's Brewery, based in Kelby, will hand 38 of its pubs to Acme Taverns in a £31m deal. "
        "Locals were shocked."
    )
    assert briefed_whose(text, "will hand 38") == "Roe's Brewery"


def test_the_kind_before_called_stands_for_the_named_body():
    text = (
        "Pub sale\n\nThe Plough in Kelby is one of the pubs being sold.\n\n"
        "Regulars have set up a group called Save the Plough. The group has vowed to raise £450,000 by selling "
        "shares. Jo Roe has drunk at the Plough since he was 18."
    )
    assert briefed_whose(text, "The group has vowed") == "Save the Plough"


def test_a_thing_done_by_the_body_a_closing_clause_names_is_that_body_s_pledge():
    text = (
        "Lake to be drained\n\nAnglers were dismayed.\n\nLake Orrin will be drawn down 14 feet from September while "
        "the old dam is rebuilt, the Kelby County Board of Supervisors decided Tuesday."
    )
    assert briefed_whose(text, "Lake Orrin will be drawn") == "Kelby County Board of Supervisors"


def test_a_thing_done_by_the_body_that_runs_it_is_that_body_s_pledge_whatever_follows():
    text = (
        "Schools to merge\n\nAcme Learning Trust runs eleven schools in Kelby.\n\n"
        "Two village primary schools in Kelby are to be merged on a single site from 2029, the academy trust that "
        "runs them announced on Tuesday, in the latest sign of falling rolls."
    )
    assert briefed_whose(text, "Two village primary schools") == "Acme Learning Trust"


def test_a_fire_chief_s_we_is_the_fire_service_the_story_names_first_of_several():
    text = (
        "Station to close at night\n\nThe Kelby Fire Department will leave Station 2 empty at night from May.\n\n"
        '"We will move a second ambulance to Station 3 and run it around the clock," Fire Chief Jo Roe said.\n\n'
        "The Marlow Rural Fire District will answer calls on the north side."
    )
    assert briefed_whose(text, "We will move a second ambulance") == "Kelby Fire Department"


def test_a_builder_is_the_homes_firm_and_the_firm_is_no_court():
    text = (
        "Homes approved\n\n"
        "Kelby Homes has won its appeal to build 850 homes on Marlow meadows. The High Court threw out the "
        "villagers' challenge. The High Court judge said the inspector had made no error.\n\n"
        "A new GP surgery will be paid for by the firm and handed to the health board before the 300th home is sold, "
        "bosses said. Villagers were unconvinced.\n\nThe builder has also promised to pay for a footbridge."
    )
    assert briefed_whose(text, "The builder has also promised") == "Kelby Homes"
    assert briefed_whose(text, "A new GP surgery") != "High Court"


def test_a_thing_no_one_does_then_a_body_s_pledge_in_one_sentence_is_that_body_s():
    text = (
        "Creamery to close\n\nKelby Creamery will close in June with 280 jobs lost.\n\n"
        "A jobs fair will be held at the creamery before Easter, and the council is to ask the government for £2m "
        "to retrain staff, said Jo Roe, the leader of Marlow District Council."
    )
    assert briefed_whose(text, "A jobs fair") == "Marlow District Council"


def test_a_lead_s_court_described_before_it_is_named_is_the_court_named_next():
    text = (
        "Court drops probation firm\n\nKELBY, Ga. (KCN) — A Georgia county court will end its contract with a "
        "private probation company on June 30, its chief judge said Tuesday.\n\n"
        "The Marlow County State Court made the decision after an audit of the firm's fees."
    )
    assert briefed_whose(text, "A Georgia county court") == "Marlow County State Court"


def test_a_thing_to_be_done_by_a_body_s_chiefs_is_that_body_s():
    text = (
        "Wolves escape\n\nA SAFARI park's licence is to be reviewed by council chiefs after six wolves broke out.\n\n"
        "Marlow District Council said inspectors would visit within 14 days. Kelby Safari Park apologised."
    )
    assert briefed_whose(text, "licence is to be reviewed") == "Marlow District Council"


def test_a_plan_no_one_does_is_the_plan_of_the_body_that_makes_the_story_s_pledges():
    text = (
        "Water bills to rise\n\nKelby Water will raise bills by 9% from April, the firm said on Monday.\n\n"
        "Ofwat said the rise was the largest in the region. Critics called it a disgrace.\n\n"
        "Households with incomes below £21,000 will be offered half-price bills from April.\n\n"
        "The company has also pledged to cut leaks by a fifth by 2030."
    )
    assert briefed_whose(text, "Households with incomes") == "Kelby Water"


def test_a_plan_no_one_does_stays_the_article_s_when_no_body_makes_most_pledges():
    text = (
        "Water bills to rise\n\nKelby Water will raise bills by 9% from April, the firm said on Monday.\n\n"
        "Ofwat said the rise was the largest in the region. Marlow Council has pledged to help tenants.\n\n"
        "Households with incomes below £21,000 will be offered half-price bills from April."
    )
    assert briefed_whose(text, "Households with incomes") == "article"


def test_a_plan_whose_noun_cannot_stand_for_the_story_s_pledging_body_is_not_that_body_s():
    text = (
        "Bus cuts\n\nThe Kelby Regional Transit Authority will cut 12 routes in June, the agency said.\n\n"
        "It will also raise the base fare to $2 from July, its director said.\n\n"
        "A warehouse on Route 9 employs 900 people. The company said it would run free shuttle vans."
    )
    assert briefed_whose(text, "The company said it would run") == "article"


def test_a_union_leader_s_we_is_the_union_s():
    text = (
        "Maternity unit to close\n\nKelby Health will close the maternity unit at Roe Hospital in May.\n\n"
        "Jo Lee, the leader of the Roe chapter of the Care Workers Union, said staff had warned managers.\n\n"
        '"They did nothing," Lee said. "We will be at the hearing with 200 nurses, and we will bring the rota '
        'sheets to show what happened."'
    )
    assert briefed_whose(text, "We will be at the hearing") == "Care Workers Union"


def test_a_statement_s_we_is_the_body_that_put_the_statement_out():
    text = (
        "Tariff row\n\nKelby's Trade Ministry called the measure unjustified in a statement on Tuesday. "
        "The ministry said it would appeal.\n\n"
        '"We will defend the rights of our exporters by every legal means," the statement said.'
    )
    assert briefed_whose(text, "We will defend the rights") == "Trade Ministry"


def test_it_opening_a_pledge_is_the_body_that_spoke_the_sentence_before():
    text = (
        "School to close\n\nKelby Learning Trust will close Roe Primary in July, its chief executive, Helen Garside, "
        'said.\n\n"Small schools matter, but a school of 41 children cannot offer a broad curriculum," she said.\n\n'
        '"We looked at every alternative, and none of them worked," she added.\n\n'
        "All 41 pupils will be offered places in Marlow, and free transport will be provided for as long as they "
        "attend, the trust said.\n\nIt has also pledged to keep the playing field open to the village for five years."
    )
    assert briefed_whose(text, "It has also pledged") == "Kelby Learning Trust"


def test_the_we_of_the_county_council_s_cabinet_member_is_that_council_s():
    text = (
        "School to close\n\nKelby Learning Trust will close Roe Primary in July.\n\n"
        "Marlow County Council, which runs school transport, said it had no objection. Roe Parish Council objected.\n\n"
        "Cllr Jo Lee, the county council's cabinet member for education, said: \"We will make sure no child spends "
        'more than 25 minutes on a bus, and we will check the routes ourselves before September."'
    )
    assert briefed_whose(text, "Cllr Jo Lee") == "Marlow County Council"


def test_an_officer_named_at_a_sentence_s_end_speaks_for_its_subject_not_its_object():
    text = (
        "Duties challenged\n\nBRUSSELS (Wire) - The EU will impose duties on Kelby cables from May.\n\n"
        "Roe Cables, which sells 40% of its output in Europe, will ask the EU's General Court to annul the "
        "duties, chief executive Jo Lee told Wire.\n\n"
        '"We will not pass the duty on to our customers in Europe this year," Lee said.'
    )
    assert briefed_whose(text, "We will not pass") == "Roe Cables"


def test_a_union_lodge_or_local_and_an_owners_premises_named_together_can_be_pledged_for():
    found = commitments_of(
        "Title\n\nThe Kelby Police Officers Union met on Monday. He said the lodge would pay for legal representation "
        "for its members. She said the local would hold a strike vote on December 14. Acme Foods said the shops "
        "would close in three waves between January and March."
    )
    assert [c.sentence for c in found] == [1, 2, 3]
    (forecast,) = commitments_of(
        "Title\n\nAcme Foods said its branches would shut by June. Economist Jo Hart warned that many small shops "
        "would close within 12 months."
    )
    assert forecast.sentence == 0  # shops at large closing is a forecast, no owner's decision


def test_a_pledge_reported_in_the_pluperfect_is_a_standing_pledge_unless_recalled_with_its_date():
    base = "Kelby Nurses Union is in talks with the Marlow trust. "
    (c,) = [
        c
        for c in commitments_of(base + "Jo Pennywise said the union had promised to ballot members in May.")
        if "ballot" in c.text
    ]
    assert c.who == "Kelby Nurses Union"
    for recalled in (
        "Jo Pennywise said the union had promised members in 2024 never to cut dues.",
        "Jo Pennywise said the union had promised a new office in two previous ballots and failed to deliver.",
        "Jo Pennywise said the union had planned to ballot members in May.",  # (a plan so told is as often given up)
    ):
        assert not [c for c in commitments_of(base + recalled) if "Pennywise" in c.text], recalled


def test_a_campaigns_organiser_speaks_for_no_council_named_before_her():
    text = (
        "Kelby council leaders voted on Tuesday to close the Fenwick Road library.\n\n"
        "Kelby Council said the decision would save £200,000 a year.\n\n"
        "The campaign's organiser, Jo Lee, said the group would hold a protest outside the town hall on Saturday.\n\n"
        '"We will not let this library go without a fight," she said.'
    )
    assert briefed_whose(text, "the group would hold a protest") == "Jo Lee"
    assert briefed_whose(text, "We will not let this library go") == "Jo Lee"


def test_residents_who_say_they_will_press_the_city_are_not_the_city():
    text = (
        "The mayor of Houston said on Monday the city would spend $4 million on new flood walls by 2027.\n\n"
        "Residents said they would keep pressing the city for a buyout scheme."
    )
    assert briefed_whose(text, "Residents said they would") == "Residents"


def test_the_state_that_promised_is_no_city_named_before_it():
    text = (
        "The mayor of Houston said on Monday the city would spend $4 million on new flood walls by 2027.\n\n"
        "Officials said the state had promised to match the city's funding."
    )
    assert briefed_whose(text, "the state had promised") != "Houston"


def test_a_body_in_a_place_named_after_it_is_the_subject_not_the_place():
    text = (
        "Kelby hospital to end births\n\n"
        "Fenwick Community Hospital in west suburban Kelby Park will stop delivering babies at the end of June, "
        "hospital officials said."
    )
    assert briefed_whose(text, "will stop delivering babies") == "Fenwick Community Hospital"


def test_an_officer_of_an_unnamed_body_speaks_for_it_not_for_a_body_named_before():
    text = (
        "Kelby hospital to end births\n\n"
        "Fenwick Community Hospital will stop delivering babies on June 30, hospital leaders announced Tuesday.\n\n"
        "Tenant association president Jo Roe said the tenant association will hold a meeting next week to explain "
        "the decision."
    )
    assert briefed_whose(text, "the tenant association will hold") == "Jo Roe"


def test_the_team_is_the_club_the_story_names_not_the_last_firm():
    text = (
        "Soccer club's stadium deal stalls\n\n"
        "Marlow Tide FC wants to build a stadium in Coral Haven, but talks with the city have stalled over parking.\n\n"
        "The Pipeline Safety Administration said Gulf Pipeline Co. failed to inspect the line.\n\n"
        "The team has offered to fund shuttles for the first five years."
    )
    assert briefed_whose(text, "The team has offered") == "Marlow Tide FC"


def test_the_co_op_is_the_body_described_as_a_cooperative():
    text = (
        "Kelby grocery co-op to close two stores\n\n"
        "Front Range Fresh, the member-owned grocery cooperative with five stores across Kelby, will close two "
        "locations by the end of August, its board announced Tuesday.\n\n"
        "Jo Roe, president of the Cedar Row Neighbors association, said she had asked the city for help.\n\n"
        "The co-op says it will offer all of them jobs at its three remaining stores."
    )
    assert briefed_whose(text, "The co-op says it will offer") == "Front Range Fresh"


def test_people_who_told_a_body_they_will_act_are_themselves_not_a_body_named_before():
    text = (
        "Senate panel advances rural air bill\n\n"
        "The Senate Commerce Committee on Wednesday advanced a bill.\n\n"
        "Several carriers have told the Transportation Department they plan to exit subsidized routes.\n\n"
        "Residents told the council they would fight the closure."
    )
    assert briefed_whose(text, "Several carriers have told") == "Several carriers"
    assert briefed_whose(text, "Residents told the council") == "Residents"


def test_a_town_in_reported_speech_can_commit():
    (c,) = commitments_of("Jo Roe said on Tuesday that the town would build a new library by 2027.")
    assert "library" in c.what


def test_a_quote_its_own_sentence_attributes_does_not_borrow_the_next_sentences_speaker():
    text = (
        "Bridge to reopen\n\nThe bridge closed in March after a crack was found. "
        '"We will reopen the bridge by May," the mayor said on Tuesday. '
        "A spokesperson for the Kelby Water Authority said rates had risen twice."
    )
    assert briefed_whose(text, "reopen the bridge") != "Kelby Water Authority"


def test_an_unnamed_mayors_we_is_the_one_city_council_the_story_names():
    text = (
        "Bridge to reopen\n\nThe bridge in Kelby closed in March after a crack was found. Kelby City Council met "
        'on Monday. "We will reopen the bridge by May," the mayor said on Tuesday.'
    )
    assert briefed_whose(text, "reopen the bridge") == "Kelby City Council"


def test_what_someone_knows_or_fears_will_happen_is_no_pledge():
    assert not commitments_of(
        'She told the Kelby Mirror: "Our members go into work every day knowing they will be caring for patients in '
        'corridors."'
    )


def test_what_a_speaker_keeps_being_told_or_is_promised_each_time_is_no_pledge():
    assert not commitments_of(
        '"Every time it floods, they promise a fix," said Jo Roe, 58. "But we keep getting told one more bond will '
        'solve it."'
    )
    (c,) = commitments_of("Mr Roe said the group had been told by managers that the trust will pay taxi fares.")
    assert "taxi fares" in c.what


def test_a_schools_closing_and_its_pupils_move_are_the_district_the_story_names_but_its_principals_plan_is_its_own():
    text = (
        "Schools to close\n\nThe Kelby School District board voted 5-2 Thursday to close two elementary schools. "
        "Fenwick Elementary and Orchard Lane Elementary will shut their doors in June. About 640 students will be "
        "moved to three other buildings starting in August. Principal Jo Roe said Fenwick Elementary is to hold a "
        "farewell open house in May."
    )
    assert briefed_whose(text, "shut their doors") == "Kelby School District"
    assert briefed_whose(text, "640 students") == "Kelby School District"
    assert briefed_whose(text, "farewell open house") != "Kelby School District"


def test_money_going_to_a_thing_and_what_people_thought_it_was_going_to_are_no_plans():
    assert not commitments_of(
        '"We had families who paid $150 a kid thinking it was going to lights and umpires," Jo Roe said. '
        '"It was going to a boat."'
    )


def test_unnamed_fans_or_city_leaders_plans_are_not_the_team_the_story_is_about():
    text = (
        "Team to move\n\nThe Kelby Ridgebacks will move to a new arena in Castle Mesa in 2027. The Ridgebacks will "
        "play two more seasons in Denver. The Ridgebacks will also open a training rink in 2028. City leaders said no "
        "existing city tax money will go to the arena. Some longtime fans said they were sad to see the team leave "
        "Denver but planned to make the drive."
    )
    assert briefed_whose(text, "no existing city tax money") != "Kelby Ridgebacks"
    assert briefed_whose(text, "make the drive") != "Kelby Ridgebacks"


def test_people_placed_by_their_town_are_not_the_towns_body_and_a_hypothetical_body_pledges_nothing():
    text = (
        "Pool closure fought\n\nKelby Council wants to close the Kelby Lido. Parents in the seaside town of Kelby "
        'have vowed to fight the plan. A spokeswoman for Kelby Council said: "A larger combined pool would give '
        'swimmers better facilities." The council will hold a meeting in May.'
    )
    found = {c.text[:12]: c.who for c in commitments_of(text)}
    assert found == {"The council ": "Kelby Council"}


def test_a_pledge_in_a_condition_of_time_and_a_turn_to_speak_pledge_nothing():
    text = (
        "Bus strike\n\nThe drivers' union, the Kelby Transport Workers' Organization, said the strike would continue "
        "until the company and the Kelby Transport Ministry agreed to station guards on late routes. More than 200 "
        "people packed the hall for the vote, and about 30 signed up to speak."
    )
    assert commitments_of(text) == []


def test_a_body_described_by_where_it_is_based_pledges_under_its_name():
    text = "Clubs planned\n\nDubai-based Zenhaus Padel plans to open 14 new clubs across the kingdom by 2027."
    assert briefed_whose(text, "plans to open 14") == "Zenhaus Padel"


def test_what_a_survey_found_others_planned_is_no_pledge_but_a_body_set_up_after_a_study_still_pledges():
    text = (
        "Bus cuts\n\nKelby Kotsu will cut a third of its routes, the company said. A survey by an industry group "
        "last year found that more than 70% of private bus companies had reduced or planned to reduce services. "
        "Clean Air Kelby, a campaign group set up by parents after a 2023 study found illegal pollution levels, said "
        "it would hold events across the city."
    )
    found = {c.text[:12]: c.who for c in commitments_of(text)}
    assert "A survey by " not in found
    assert found["Clean Air Ke"] == "Clean Air Kelby"


def test_what_a_thing_will_let_happen_and_what_critics_say_it_would_do_are_no_pledges():
    text = (
        "Chain files for bankruptcy\n\nKelby Home said it had secured $85 million in financing from its lenders, "
        "led by Carrow Street Capital, which will let its remaining stores stay open. Opponents say it would undercut "
        "rail freight and wear out bridges. Kelby Home will close 140 stores by June."
    )
    found = {c.text[:12]: c.who for c in commitments_of(text)}
    assert found == {"Kelby Home w": "Kelby Home"}


def test_a_town_named_by_its_kind_that_says_it_would_spend_pledges_for_itself_not_the_firm_before():
    text = (
        "Bus routes cut\n\nKelby Kotsu will cut a third of its routes from April, the company said. The town of "
        "Kamisawa, which will lose four of its five routes, said it would spend about 30 million yen a year to fund "
        "on-demand vans."
    )
    found = {c.text[:12]: c.who for c in commitments_of(text)}
    assert found == {"Kelby Kotsu ": "Kelby Kotsu", "The town of ": "Kamisawa"}


def test_a_headlines_bare_noun_sums_up_only_the_report_of_a_body_it_can_stand_for():
    found = commitments_of(
        "'Signs hidden by brambles': Council vows to fence off quarry lake where boy drowned\n\n"
        "Council vows to fence off quarry lake within three months\n\n"
        "Quarry firm to pay for safety kit around the water\n\n"
        "Coroner says warning signs were 'hidden by brambles'\n\nBy JO LEE\n\n"
        "A council has promised to fence off a flooded quarry near Kelby. Kelby County Council, which runs the "
        "footpath to the water's edge, said it would close the path around the quarry. Dunmere Aggregates, which "
        "owns the site, said it had repaired the fence 11 times this year."
    )
    assert not [c for c in found if c.text.startswith("Quarry firm")]  # (no council's words in a firm's mouth)
    assert [c.who for c in found] == ["Kelby County Council"] * 3


def test_a_capital_opening_the_sentence_before_a_bodys_noun_says_which_body_and_is_no_name():
    found = commitments_of(
        "Wolves escape\n\nSafari park bosses said they would pay farmers £40,000 for every sheep killed. The wolves "
        "escaped from Wyvernbrook Safari Park on Sunday. The Aragón regional government has pledged to build a "
        "fence by March."
    )
    assert [c.who for c in found] == ["Wyvernbrook Safari Park", "Aragón"]


def test_a_headlines_bare_noun_is_the_body_the_story_itself_calls_by_that_noun():
    found = commitments_of(
        "EU fines travel firm Sunmarra £40m\n\nFirm vows to fight the ruling\n\n"
        "UK regulator to launch its own probe into whether Brits overpaid\n\n"
        "By JO LEE\n\n"
        "The European Commission found that Sunmarra had barred hotels from offering cheaper rooms elsewhere. The "
        "Commission fined the firm £40m on Tuesday.\n\n"
        "Back home, the Civil Aviation Authority said it would look at whether British families had paid more. The "
        "regulator could order refunds."
    )
    assert [(c.text[:10], c.who) for c in found] == [
        ("Firm vows ", "Sunmarra"),
        ("UK regulat", "Civil Aviation Authority"),
        ("Back home,", "Civil Aviation Authority"),
    ]


def test_a_body_described_by_the_people_it_represents_is_the_one_named_by_their_word():
    found = commitments_of(
        "Campus plan opposed\n\n"
        "A residents' group in Fernhill has vowed to fight plans by the University of Kelby to build a campus. "
        "The University of Kelby bought the site in 2021. The University of Kelby says it needs the space. "
        "Traffic is already heavy on the main road. Speaking for 640 members, the chairman of the Fernhill Residents' "
        "Association, Jo Roe, said the campus would bring traffic to a quiet area."
    )  # (not the body the story is most about)
    assert [c.who for c in found][:1] == ["Fernhill Residents' Association"]


def test_a_university_spokesman_speaks_for_the_university_not_its_students_union():
    found = commitments_of(
        "Campus plan\n\nThe University of Kelby wants to build a campus. The University of Kelby Students' Union "
        "backed the plan. The Kelby Chamber of Commerce said the campus could create 900 jobs. A university "
        "spokesman said it would hold further meetings with residents before the consultation closes."
    )
    assert [c.who for c in found] == ["University of Kelby"]


def test_promises_after_than_are_a_noun_and_a_bodys_crews_or_pilots_commit_it():
    found = commitments_of(
        "Burst main\n\nResidents on the Westgate estate said they wanted to see action rather than promises. "
        "Kelby Fire and Rescue Service said its crews would give water to every home on the estate by Friday."
    )
    assert [(c.text[:10], c.who) for c in found] == [("Kelby Fire", "Kelby Fire and Rescue Service")]


def test_what_a_measure_will_do_said_of_the_measure_is_a_forecast_not_a_pledge():
    found = commitments_of(
        "Ferry cuts\n\nWestwind Ferries will cut its winter sailings to Carrach from November. The company says the "
        "change will save about £1.1m a year. The airport says the scheme would create about 1,800 jobs. The company "
        "will also refund every season ticket by March."
    )
    assert [c.text[:22] for c in found] == ["Westwind Ferries will ", "The company will also "]


def test_a_police_or_fire_chief_s_the_department_is_their_own_not_another_department_the_story_names():
    text = (
        "Station fights\n\nThe Kelby Department of Transportation said it would repaint the bus station in May. "
        "Kelby police Chief Jo Roe said the department will put two officers at the station every evening."
    )
    assert whose(text, "two officers") == "Jo Roe"
    named = text.replace("in May. ", "in May. The Kelby Police Department has 90 officers. ")
    assert whose(named, "two officers") == "Kelby Police Department"


def test_the_agency_said_late_in_a_story_names_no_public_body_only_because_it_is_the_one_the_story_has():
    text = (
        "Kelby Regional Transit cuts six bus routes\n\nThe board of Kelby Regional Transit voted on Thursday to cut "
        "six routes. Commissioner Jo Roe said she "
        "would ask the Kelby County Board of Commissioners for $1.5 million. Riders were angry. The cuts were the "
        "deepest in years. The new timetable will be posted at every stop by June 1, the agency said."
    )
    assert whose(text, "new timetable") == "Kelby Regional Transit"  # (the body the story is about)


def test_the_campaign_is_the_body_the_story_writes_as_the_x_campaign_not_the_school_it_fights_for():
    text = (
        "School closure\n\nThe Acme Trust will close Kelby Academy. Gemma Price has set up the Save Kelby Academy "
        "campaign, which gathered 1,600 signatures. Kelby Academy has 300 pupils. The campaign is to hold a march "
        "from Castle Street to the Town Hall on Saturday, and will present the petition to the trust."
    )
    assert whose(text, "The campaign is to hold") == "Save Kelby Academy"


def test_a_body_named_as_the_qualifier_of_a_description_is_not_what_the_noun_stands_for():
    text = (
        "Stadium plan\n\nKelby Athletic, a League One club with a small ground, wants to move. The council will lend "
        "Kelby Athletic £90m. In return, the club has agreed to repay the loan from stadium revenues."
    )
    assert whose(text, "the club has agreed") == "Kelby Athletic"


def test_a_renewables_firm_is_an_organisation_whose_officer_s_the_company_it_stands_for():
    text = (
        "Solar farm\n\nKelby Parish Council will object to the solar farm. Brightfield Renewables, the developer "
        "behind the project, will apply in the spring. Brightfield's project manager, Jo Roe, said the company had "
        "listened to residents. It has agreed to move the nearest panels 200 metres back from homes."
    )
    assert whose(text, "It has agreed") == "Brightfield Renewables"


def test_a_body_named_by_a_plural_s_possessive_and_its_noun_can_commit():
    found = commitments_of(
        "Cuts\n\nKelby University is closing 14 courses. The students' union has agreed to run coaches to a rally, "
        "its president, Jo Roe, says."
    )
    assert [c.text[:30] for c in found] == ["The students' union has agreed"]


def test_an_academy_s_closing_is_its_trust_s_but_its_head_teacher_s_the_school_is_the_school():
    text = (
        "School\n\nThe Acme Learning Trust runs six schools in Kelby.\n\nKelby Academy will close in July, the Acme "
        "Learning Trust said. Kelby Academy's head teacher, Tom Roe, said staff were devastated. He said the school "
        "would continue to put pupils first until the last day."
    )
    assert whose(text, "will close in July") == "Acme Learning Trust"
    assert whose(text, "put pupils first") == "Kelby Academy"


def test_a_leaders_possessive_and_a_body_noun_is_a_subject_that_commits_and_stays_theirs_without_a_role_naming_it():
    text = (
        "Brazil's foreign minister, Rodrigo Nunes, called the talks useful. His government will host a second "
        "round in Brasilia in February, he said."
    )
    assert whose(text, "His government will host") == "Rodrigo Nunes"
    text = (
        "Defence Minister Kaarel Tamm said the drones had come from the east. His country would not close its "
        "border crossings, he added."
    )
    assert whose(text, "His country would not close") == "Kaarel Tamm"
    text = 'Jo Castel spoke on Monday. "My office will prosecute every one of these cases," Castel said.'
    assert whose(text, "My office will prosecute") == "Jo Castel"


def test_her_group_is_the_group_her_role_names():
    text = (
        "Hetty Vale, executive director of the seniors' advocacy group Open Doors Kelby, says dozens of residents "
        "were trapped by snow. Brightline Services will clear the main roads. Her group plans to recruit 100 "
        "volunteers by January."
    )
    assert whose(text, "Her group plans") == "Open Doors Kelby"


def test_a_public_defenders_office_is_one_body_and_his_office_is_it():
    text = (
        '"We will hire 30 more lawyers," said Luis Cardo, head of the Kelby County Public Defender\'s Office. '
        "The Kelby County Attorney's Office said it was ready. His office will not ask for further delays, Cardo "
        "said."
    )
    assert whose(text, "His office will not ask") == "Kelby County Public Defender's Office"


def test_a_cue_after_an_article_is_an_adjective_and_commits_no_one():
    text = (
        "Transit fares rise. Gregory Ash said the authority could roll back part of the increase if the county "
        "council approves a proposed $150 million transit fund."
    )
    assert commitments_of(text) == []


def test_a_companys_spokesperson_saying_the_company_means_their_own_not_the_firm_named_before():
    text = (
        "Two insurers responded. Cascade Mutual Insurance agreed to pause non-renewals for 12 months, the company "
        'said in a statement. "We will also add 40 adjusters by the end of the month," said Cascade Mutual chief '
        "executive Robert Lind. A spokesperson for Pinecrest Home Assurance said the company plans to review every "
        "denied claim by June."
    )
    assert whose(text, "review every denied claim") == "Pinecrest Home Assurance"
    text = (
        "North Vale Hospitals NHS Trust runs the unit. The Association of Midwifery Staff, which represents the "
        "unit's 19 midwives, said the trust had agreed to keep the unit open until March."
    )
    assert whose(text, "the trust had agreed") == "North Vale Hospitals NHS Trust"


def test_members_a_groups_founder_speaks_of_are_the_groups():
    text = (
        "Gareth Lyle, 49, who set up the Save Westmere Buses group, said members would hand a petition to the "
        "council on Thursday."
    )
    assert whose(text, "members would hand") == "Save Westmere Buses"


def test_the_agency_a_minister_speaks_of_is_no_country_named_before_it():
    text = (
        "Portugal wants the lithium. Deputy Environment Minister Helena Sarmento said Portugal would not approve "
        "any risky project. She said the environment agency would publish its decision on the licence by the end "
        "of September."
    )
    assert whose(text, "the environment agency would publish") != "Portugal"


def test_it_after_the_group_said_is_the_group_the_story_names_not_a_country_listed_before():
    text = (
        "Rojas is one of about 18,000 smallholders in Colombia, Peru and Ethiopia who sell to Aurelia Coffee Group, "
        "the roaster, and in September the group said it would pay all of them at least $2.40 a pound for five "
        "harvests."
    )
    assert whose(text, "pay all of them") == "Aurelia Coffee Group"


def test_it_after_the_company_said_is_the_company_the_story_names():
    text = (
        "The Kelby Transit Authority will cut four bus routes. The Amalgamated Transit Union said the cuts meant "
        "layoffs for 90 of its members. Route 22 carries most of the night shift to Pellham Logistics' warehouse on "
        "the east side. The company said it would run free shuttle vans for those workers starting in July."
    )
    assert whose(text, "run free shuttle vans") == "Pellham Logistics"


def test_a_public_bodys_noun_is_no_company_by_its_legal_form():
    text = (
        "Sungai Lingan Plantations Bhd has agreed to leave a wildlife corridor. Elephants cross the estate at night. "
        "The agency said it would station four rangers at a new post next year."
    )
    assert whose(text, "station four rangers") != "Sungai Lingan Plantations Bhd"


def test_a_will_in_a_whose_or_where_aside_describes_a_place_and_commits_no_one():
    text = "Farmer Philip Gorr, 55, whose land the mast will stand on, declined to comment on Monday."
    assert commitments_of(text) == []
    text = "Jo Lee owns the old yard, where the depot will be built by 2027, and said she was pleased."
    assert commitments_of(text) == []


def test_we_are_also_committing_money_is_a_pledge():
    (c,) = commitments_of(
        'Corvanta Therapeutics cut the price. "We are also committing £12m over three years to a real-world evidence '
        'programme with 40 NHS trusts," its chief executive said.'
    )
    assert c.amount == "£12m"


def test_a_comparison_with_what_they_would_have_paid_leaves_the_pledge_standing():
    text = (
        "The university's registrar spoke. \"We will guarantee a room to every first-year student who applied by our "
        'deadline, and nobody will pay more for a hotel room than they would have paid in halls," she said.'
    )
    assert len(commitments_of(text)) == 1


def test_councillors_or_cabinet_members_agreeing_commit_the_council_the_story_names():
    text = (
        "Ashbury City Council approved the cycle lanes on Tuesday. Cllr Sarah Pemberton said footfall would be "
        "monitored monthly. He said the design could be revisited if footfall fell. Cabinet members agreed to "
        "publish an independent review of the scheme six months after it opens."
    )
    assert whose(text, "Cabinet members agreed") == "Ashbury City Council"


def test_a_surname_stressed_by_himself_speaks_and_pledges():
    story = (
        "Chef owes suppliers\n\nTelly chef Dominic Crane owes £2m to suppliers.\n\n"
        "Crane himself broke his silence last night, posting: \"I promise you will be paid, and I'll be ringing each "
        'of you this week."'
    )
    assert whose(story, "I promise you will be paid") == "Dominic Crane"


def test_a_shops_name_after_its_owners_possessive_is_one_body_and_the_paper_is_no_chain():
    story = (
        "Chef owes suppliers\n\nTelly chef Dominic Crane's restaurant chain owes £2.3million to suppliers, the Daily "
        "Rocket can reveal.\n\nOne farmer told the Daily Rocket he had not been paid for months.\n\n"
        "Last night a spokesman for Crane's Kitchen said the company will pay every supplier in full by March.\n\n"
        "He added that the chain had agreed a new credit facility and was to start clearing the oldest debts."
    )
    assert whose(story, "the company will pay every supplier") == "Crane's Kitchen"
    assert whose(story, "He added that the chain") == "Crane's Kitchen"


def test_a_body_by_its_qualified_noun_opening_joined_verbs_commits():
    base = (
        "Library closure\n\nThe Kelby Public Library will close its Eastgate branch, the Kelby City Council said.\n\n"
        "At a meeting of the Eastgate Neighborhood Council on Wednesday, residents spoke against it.\n\n"
    )
    joined = base + "The neighborhood council voted to oppose the closure and agreed to send a letter to the mayor."
    assert whose(joined, "agreed to send a letter") == "Eastgate Neighborhood Council"
    reported = base + "Its chair, Jo Lee, said the neighborhood council would send a letter to the mayor."
    assert whose(reported, "would send a letter") == "Eastgate Neighborhood Council"


def test_it_is_never_the_site_it_owns():
    story = (
        "Brackwater Resources slides after dam seepage\n\nShares in Brackwater Resources fell 9.3 per cent on "
        "Wednesday after the London-listed miner disclosed seepage at its Silverfir copper mine and said it would cut "
        "throughput at the site.\n\nSilverfir produced 41,000 tonnes of copper last year, a third of the group's "
        "output.\n\nBrackwater Resources said the seepage posed no risk to drinking water."
    )
    assert whose(story, "said it would cut throughput") != "Silverfir"


@pytest.mark.parametrize(
    "fragment",
    ["A water utility serving", "Until the new plant is running, the authority"],
)
def test_a_body_named_by_a_kind_the_storys_firm_is_not_never_goes_to_that_firm(fragment):
    # the firm that makes most pledges takes a plan no one does, not one whose subject is a body of another kind
    text = (
        "A water utility serving about 41,000 people said Monday it would build a $38 million filtration plant. "
        "Acme Specialty Chemicals said it would not pay for the plant. Acme Specialty Chemicals has agreed to hand "
        "its records to regulators and will fund a study. Until the new plant is running, the authority plans to "
        "give every household a pitcher filter."
    )
    assert whose(text, fragment) != "Acme Specialty Chemicals"


def test_a_trade_noun_is_no_firm_whose_name_says_another_trade():
    assert lexicon.other_trade("utility", "Acme Specialty Chemicals")
    assert not lexicon.other_trade("utility", "Kelby Water") and not lexicon.other_trade("utility", "Kelby")
    assert lexicon.other_trade("insurer", "Kelby Homes") and not lexicon.other_trade("insurer", "Kelby Mutual")


def test_a_department_named_by_its_field_is_no_department_of_another_field():
    text = (
        "Claims\n\nThe India Weather Department said the monsoon had failed. Farmers said they were owed money. "
        "The agriculture department plans to set up grievance desks in all eight districts from next week."
    )
    assert whose(text, "grievance desks") == "agriculture department"
    named = (
        "Claims\n\nThe Department of Agriculture said the monsoon had failed. "
        "The agriculture department plans to set up grievance desks in all eight districts from next week."
    )
    assert whose(named, "grievance desks") == "Department of Agriculture"


def test_a_decision_confirmed_on_a_day_of_a_thing_with_no_article_is_the_confirmers():
    text = (
        "Ward\n\nHealth Minister Jo Roe confirmed on Monday that birthing services would move to Kelby Base "
        "Hospital, 140 kilometres away. Analyst Al Lee said prices would rise."
    )
    assert whose(text, "birthing services") == "Jo Roe"
    assert not [c for c in commitments_of(text) if "prices would rise" in c.text]


def test_an_amount_in_pence_gives_a_plan_its_weight():
    text = "Fuel\n\nFuel duty is to rise by 8p a litre over the next two years, the Chancellor, Jo Roe, said."
    assert whose(text, "Fuel duty") == "Jo Roe"
    assert commitments._AMOUNT.search("by 8p a litre") and not commitments._AMOUNT.search("at 3pm or 3.30pm")


@pytest.mark.parametrize(
    "sentence",
    [
        "The department noted that the province met a 2023 pledge to open 12 clinics, and said the plan was funded.",
        "Kelby Foods said it met its 2022 promise to cut methane emissions by 45 per cent a year ahead of schedule.",
        "Kelby kept a 2023 promise to cap costs for its patients at $35, and company officials have said little since.",
        "Neale did keep his 2019 promise to build a new 2,000-seat stand, which opened in 2022.",
        '"They made this promise once already," Jo Roe said.',
    ],
)
def test_a_pledge_named_by_its_year_or_this_is_a_noun_no_pledge_made(sentence):
    assert commitments_of(sentence) == []


def test_a_plurals_curly_apostrophe_before_said_is_no_quote_closing():
    (c,) = commitments_of("The Kelby Nurses’ Union said on Monday it will strike in May.")
    assert "strike in May" in c.what
    assert c.who == "Kelby Nurses' Union"


def test_an_officer_pledging_that_their_body_by_name_will_act_gives_the_body():
    text = (
        "Data breach\n\nKelby Health Data said hackers took 90,000 records. Its chief executive, Ida Roe, "
        "apologised on Monday. She pledged that Kelby Health Data would hire an outside firm to audit its security."
    )
    assert whose(text, "She pledged") == "Kelby Health Data"


@pytest.mark.parametrize("staff", ["prosecutors", "detectives", "engineers"])
def test_a_spokespersons_word_on_their_bodys_staff_is_the_bodys_pledge(staff):
    text = (
        "Retrial\n\nA spokeswoman for the Kelby County District Attorney's "
        f"Office, Ann Roe, said {staff} planned to seek a new hearing date for Vey."
    )
    assert whose(text, "planned to seek") == "Kelby County District Attorney's Office"


def test_a_firms_officer_with_no_firm_named_speaks_for_the_firm_the_story_is_about_not_an_analysts():
    text = (
        "Vexco Foods will open its new bakery in Kelby a year late. Vexco Foods said bread sales had slowed. "
        '"Vexco is playing safe," said Ann Vey, an analyst at Roe Capital. Vey said the delay would save '
        "$40 million this year. Chief financial officer Jo Kelby said the company would hand $20 million of it "
        "back to its shareholders."
    )
    assert whose(text, "hand $20 million") == "Vexco Foods"


def test_an_officer_named_after_a_bodys_bosses_speaks_for_that_body_not_the_place_it_runs():
    text = (
        "Jo Roe waited 50 days for an X-ray at Kelby Clinic. Bosses at Vey Valley Care Trust, which runs "
        "Kelby Clinic, apologised and admitted the clinic had been short of staff. Chief executive Ann Kelby said: "
        '"We will open a new wing by December and we are hiring 12 radiographers."'
    )
    assert whose(text, "open a new wing") == "Vey Valley Care Trust"


def test_a_chief_constables_i_will_is_their_own_pledge_not_the_forces():
    text = (
        "Kelby Police will re-examine 300 closed burglary cases. Chief Constable Jo Roe said: 'By the spring, "
        "every case we closed without a visit will be looked at again by a detective.'\n\n"
        "'I will put the findings before the police board, whatever they say.'"
    )
    assert whose(text, "put the findings") == "Jo Roe"


def test_a_reported_clauses_person_called_by_a_noun_is_the_one_the_story_gives_that_role():
    text = (
        "Pop star Ann Vey's candle company has collapsed owing $4 million. A representative for Vey, Jo Roe, denied "
        "any wrongdoing. Roe said the star would not take any money from the sale of the brand."
    )
    assert whose(text, "not take any money") == "Ann Vey"
    text = (
        "Soap star Ann Vey has quit Kelby Lane after 12 years, her agent Jo Roe confirmed. And the Kelby Post "
        "understands the star is set to host a cookery series for a streaming service."
    )
    assert whose(text, "set to host") == "Ann Vey"


def test_an_alliance_is_no_company_and_a_school_met_in_is_a_venue():
    from briefcli.extract.committer import Resolver

    assert not committer.noun_fits("company", "NATO") and not committer.noun_fits("firm", "Labour")
    assert committer.noun_fits("company", "Google")
    _, sentences, index, _ = analyse(
        "Title\n\nThe Kelby School District board voted 5-2 on Tuesday to close two schools.\n\n"
        "The vote followed a long meeting in the hall at Kelby Vale High School.\n\nSuperintendent Ann Roe told the "
        "board the district had lost a fifth of its pupils."
    )
    resolver = Resolver(index, sentences)
    assert "Kelby Vale High School" in resolver.venues
    assert resolver.party_of("Ann Roe") == "Kelby School District"


def test_the_councils_leader_is_no_charitys_named_before():
    text = (
        "The district council refused the lorry depot in May. The minister overruled it on Tuesday.\n\n"
        "The walkers' charity Vey Meadow Protectors said the ruling was a blow.\n\n"
        "The council's leader, Cllr Jo Roe, said the authority was dismayed. She added that the council would now "
        "seek limits on lorry traffic."
    )
    _, _, index, _ = analyse(text)
    assert {a.name: a.role for a in index.actors}["Jo Roe"] == "the council's leader"
    assert whose(text, "would now seek") != "Vey Meadow Protectors"


def test_their_attorney_with_no_client_named_just_before_pledges_for_the_unnamed_family():
    text = (
        "Vexco boss Jo Roe apologised on Friday. Roe said Vexco would replace 4,000 ladders. "
        "Roe added that the firm regretted the faults. A couple in Kelby are taking the firm to court. Their case "
        "lists five injuries. The case seeks compensation. Their attorney, Ann Vey, spoke to reporters. "
        '"We will demand every design file the firm holds," Vey said.'
    )
    assert whose(text, "design file") == "Ann Vey"


def test_a_lawyers_client_is_no_chief_of_the_firm_the_story_is_about():
    text = (
        "Vexco boss Jo Roe apologised on Friday. Roe said Vexco would replace 4,000 ladders. "
        "Roe added that the firm regretted the faults. Builders in Kelby are taking the firm to court. Their case "
        "lists five injuries. The case seeks compensation. Lawyer Ann Vey spoke to reporters. "
        '"We will demand every design file the firm holds," Vey said.'
    )
    assert whose(text, "design file") == "Ann Vey"


def test_the_group_of_an_officer_introduced_by_its_is_the_body_opening_the_sentence_before_after_its_kind():
    text = (
        "The Vey Fields rally will take place in June. Tenants' group Kelby Homes Voice condemned the rent rise "
        "Marlow District Council approved for Vexco Lettings. "
        'Its secretary, retired nurse Jo Roe, 66, said: "Nobody asked us." '
        "She said the group would take the council to a tribunal by the spring."
    )
    assert whose(text, "tribunal") == "Kelby Homes Voice"


def test_an_outlet_that_obtained_a_memo_is_no_employer_of_the_chief_who_wrote_it():
    text = (
        "Vexco Systems said it will cut 900 jobs. In a letter, seen by KNN News, chief executive Tom Roe said the "
        "company had to shrink. He said those leaving would get three months' wages."
    )
    assert whose(text, "three months") == "Vexco Systems"


def test_a_person_a_tabloid_describes_after_a_lead_in_opens_the_sentence_and_is_the_he_of_the_next():
    text = (
        "Kelby striker Dan Marlow, 24, was fined £8,000 for missing a drugs test. His agent, Tom Vey, told the "
        "tribunal his client had been unwell. After the hearing, a tearful Dan hugged his mother and vowed to "
        'repay the club. "I will pay for new kit for the academy," he said.'
    )
    assert whose(text, "vowed to repay") == "Dan Marlow"
    assert whose(text, "new kit") == "Dan Marlow"


def test_an_officer_whose_role_names_an_unlisted_body_speaks_for_no_other_body_named_before():
    text = (
        "Vexco Buses will cut the Kelby night service in May. Nurse Jo Roe, 44, who set up the River Link campaign "
        'group, said: "Shift workers will be stranded." She said her group would hold a rally at the depot on '
        "Friday."
    )
    assert whose(text, "hold a rally") == "Jo Roe"


def test_two_bodies_saying_they_agreed_are_given_the_first_named_the_lead_party():
    text = (
        "Title\n\nVexco Haulage and Marlow Freight said on Friday they have agreed terms for a £90m tie-up. "
        "Marlow Freight will keep its Kelby depot, and Marlow Freight drivers keep their routes."
    )
    assert whose(text, "they have agreed terms") == "Vexco Haulage"
    text = "Title\n\nKelby Ports said on Friday it would buy Vexco Haulage and Marlow Freight."
    assert whose(text, "it would buy") == "Kelby Ports"


def test_a_surname_that_is_a_common_word_speaks_at_a_sentences_start():
    text = (
        "Mira Solano, 41, lost her savings in the collapse of a credit union. She hired the solicitor Helen Fields, "
        'who called the losses a scandal. "I trusted them," Solano said. Fields said she would bring a claim '
        "against the union's directors before Easter."
    )
    assert whose(text, "bring a claim") == "Helen Fields"


def test_the_club_is_the_sports_club_not_a_venue_named_club_something():
    text = (
        "Harwick Rovers signed winger Leon Abara at a launch party in Club Zephyr on Saturday. "
        "Harwick Rovers said the fee was a club record. "
        'A club spokesman said: "We will open a youth academy in his home town." '
        "The club is also to build a new stand by 2028."
    )
    assert whose(text, "youth academy") == "Harwick Rovers"
    assert whose(text, "new stand") == "Harwick Rovers"


@pytest.mark.parametrize(
    "pledge",
    [
        "The star vowed to fund a new bandstand.",
        "On Friday the star posted a video and vowed to fund a new bandstand.",
        "Speaking at the park gates, the mum-of-three vowed to fund a new bandstand.",
    ],
)
def test_a_person_called_by_a_noun_alone_pledges_as_that_person(pledge):
    text = "Reality TV star Kimi Hale, 31, grew up near Kelby Park, whose bandstand burned down in May. " + pledge
    assert whose(text, "new bandstand") == "Kimi Hale"


def test_a_described_subject_of_the_wrong_sex_is_no_one_named():
    text = "Reality TV star Kimi Hale, 31, grew up near the park. The grandad-of-four vowed to plant new trees."
    assert whose(text, "plant new trees") != "Kimi Hale"


def test_a_condition_opening_a_clause_of_its_own_leaves_the_pledge_before_it():
    said = 'Landlord Nora Quist lost the case on Monday. "{}," Quist said.'
    (pledge,) = commitments_of(said.format("We will sue, and if the court refuses we will go to the ombudsman"))
    assert pledge.who == "Nora Quist"
    assert not commitments_of(said.format("If the court refuses, we will sell the flats"))


def test_a_group_noun_in_a_clause_a_speaker_reports_is_no_subject_with_the_speaker():
    text = (
        "Farming minister Ravi Colter set out the grants on Monday. He said cooperatives would be expected to "
        "share machinery by 2029."
    )
    assert whose(text, "share machinery") != "He said cooperatives"


def test_the_museum_is_a_body_whose_name_holds_museum_not_the_council_the_story_names_most():
    brief = make_brief(
        "Whale skeleton on loan\n\n"
        "A Kelby museum is to lend its whale skeleton to a school in Wales. "
        "The board of the Harlow Museum Trust agreed the loan in May. "
        "Kelby City Council said it welcomed the loan. Kelby City Council owns the building. "
        "Kelby City Council will pay for the lorry, its leader said. "
        "The museum said it would send the skeleton in July.",
        "t",
    )
    museums = [c.who for c in brief.commitments if "museum" in c.text]
    assert len(museums) == 2 and "Kelby City Council" not in museums


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_contracted_will_pledges_with_either_apostrophe(apostrophe):
    brief = make_brief(
        "Council tax to rise\n\n"
        "Councillor Ian Hale said the rise was unfair. "
        f'He added: "I{apostrophe}ll be voting against the budget on Monday."',
        "t",
    )
    assert [c.who for c in brief.commitments] == ["Ian Hale"]


@pytest.mark.parametrize(
    "vow",
    [
        "We will do everything we can to come straight back up.",
        "We will do whatever it takes to come straight back up.",
        "We will do all we can to come straight back up.",
        "We will do our best to come straight back up.",
    ],
)
def test_a_vow_of_effort_with_will_do_is_a_pledge(vow):
    brief = make_brief(
        f'Club relegated\n\nKelby Rovers were relegated on Saturday. Chairman Omar Roe said: "{vow}"', "t"
    )
    assert len(brief.commitments) == 1


def test_will_do_harm_is_no_pledge():
    brief = make_brief("Storm warning\n\nThe storm will do damage along the coast, forecaster Omar Roe said.", "t")
    assert brief.commitments == ()


def test_a_pledge_of_a_company_set_between_commas_after_its_owner_is_the_companys():
    text = (
        "Card confirmed for spring\n\n"
        "Ian Dorrow has run the Pellham darts league for twenty years. Dorrow said his company, Dorrow Oche Events, "
        "would repaint the club's hall in June."
    )
    assert whose(text, "repaint the club's hall") == "Dorrow Oche Events"


@pytest.mark.parametrize(
    "record",
    [
        "In 2018, Brackwell Chemicals promised county inspectors it would fence off the old quarry.",
        "After a 2021 audit found damp in every flat, Jo Lane promised to fix the roofs by spring.",
        "The airport made the same pledge in 2017, when it vowed to end night flights.",
        "Neighbours say Tom Ashby once promised to mend the shared fence.",
        '"The landlord promised us in 2021 that the heating would be fixed."',
        "The new goalposts promised by the Harlow Trust in 2021 were later withdrawn, the club said.",
        '"Ministers promised the village a bypass last summer and it never arrived."',
    ],
)
def test_a_pledge_told_as_made_long_ago_or_come_to_nothing_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


@pytest.mark.parametrize(
    "record",
    [
        "It is a bad week for Jo Lee, who in 2019 vowed on a podcast that every branch would stay open.",
        "Last spring, Kelby Zoo pledged to rebuild the penguin pool by Christmas.",
        "The club pledged to finish the clubhouse by May, a promise it did not keep.",
        "Dunmore Buses had said in 2018 that it would restore the night route.",
    ],
)
def test_a_pledge_dated_by_a_past_season_or_year_or_said_unkept_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


@pytest.mark.parametrize(
    "record",
    [
        "Kelby Power promised after a blackout in 2021 that it would bury its cables.",
        "The trust pledged in its 2020 plan that no ward would close.",
        "In 2018 the club said it would rebuild the stand within a year, but the work stalled.",
        "Last season Tom Reed promised to train harder after a red card.",
        "The actor had told fans last year he would never sell the farm.",
        '"They\'ve been telling us for months they would mend the roof," tenant Ann Cole said.',
        '"They keep telling me the bus will come back," Ann Cole said.',
    ],
)
def test_a_pledge_dated_at_a_past_occasion_stalled_or_told_again_and_again_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


@pytest.mark.parametrize(
    "record",
    [
        "Ann Cole vowed in 2021 to keep the pool open, but she said rising costs had made that vow hard to keep.",
        "The club promised after a brawl outside the ground in 2023 to hire extra stewards.",
    ],
)
def test_a_pledge_named_back_by_that_or_dated_at_a_long_occasion_is_no_commitment(record):
    assert committed_after_a_pledge(record) == [0]


def test_a_pledge_not_to_break_that_promise_stands():
    pledge = '"I won\'t be the mayor who breaks that promise," Ann Cole said.'
    assert committed_after_a_pledge(pledge) == [0, 1]


def test_a_pledge_whose_own_deadline_is_a_year_stands():
    assert committed_after_a_pledge("Kelby Power promised to open a depot in the 2028 financial year.") == [0, 1]


def test_a_past_pledge_recalled_inside_a_quote_is_no_commitment():
    assert committed_after_a_pledge('"They promised us a new roof years back," tenant Sue Darrow said.') == [0]
    recalled = '"We promised them a library, and now it is built," Ms Hale said.'
    assert committed_after_a_pledge(recalled) == [0]
    assert committed_after_a_pledge('"They have promised to mend the roof," tenant Sue Darrow said.') == [0, 1]
    assert committed_after_a_pledge('"The council promised us today that it would fix the bridge," she said.') == [0, 1]


def test_a_speakers_own_staff_commit_the_speaker():
    pledge = '"My officers will patrol the park every evening this month," police chief Ann Cole said.'
    assert whose(f"Title\n\n{pledge}", "patrol the park") == "Ann Cole"
    assert committed_after_a_pledge('"My children will go to another school," Ann Cole said.') == [0]


def test_a_pledge_only_once_another_acts_is_conditional():
    conditional = "The union said it would call off the strike only once the new rota had been agreed."
    assert committed_after_a_pledge(conditional) == [0]
    assert committed_after_a_pledge("The union said it would call off the strike next week.") == [0, 1]


@pytest.mark.parametrize("history", ["That promise expired in June.", "Their commitment ran out last year."])
def test_a_pledge_named_as_the_subject_of_its_history_is_no_commitment(history):
    assert committed_after_a_pledge(history) == [0]


def test_someone_the_speaker_has_told_will_have_something_is_given_it_by_the_speaker():
    text = (
        "School roof to be fixed\n\nHeadteacher Ann Vey said the roof had leaked since March.\n\n"
        "Council leader Tom Hale visited the school on Tuesday.\n\n"
        '"I have told the head she will have every penny the school needs," Hale said.'
    )
    assert whose(text, "every penny") == "Tom Hale"


def test_a_pledge_verb_opening_a_quote_of_we_yields_to_the_quotes_words():
    text = (
        "Bus firm fined\n\nKelby Buses was fined £20,000 on Monday. "
        "Managing director Tom Roe said drivers were short.\n\n"
        'But Mr Roe pledged: "We will hire 40 drivers by spring."'
    )
    assert whose(text, "hire 40 drivers") == "Kelby Buses"


def test_a_pledge_reported_in_the_pluperfect_to_whom_it_was_made_stands_when_undated():
    pledge = "Ann Hollis told MPs that the ministry had privately promised county leaders it would reopen the line."
    assert committed_after_a_pledge(pledge) == [0, 1]


def test_a_kinship_noun_after_an_opening_phrase_is_the_woman_the_last_sentence_opens_with():
    text = (
        "Title\n\nIrene Platt, 71, inherited her neighbour's cottage in May. Her niece Carla says the will is "
        "a fake.\n\n"
        "But Irene says he wrote it before two witnesses and that Carla never visited him.\n\n"
        "Despite the row, the widow has promised to give the cottage's garden to the village school."
    )
    assert whose(text, "village school") == "Irene Platt"


@pytest.mark.parametrize(
    "line",
    [
        "\u2018I\u2019ll be down there painting the hall every Sunday,\u2019 Nell Parr said.",
        '"I\'ll be going round every house in Marsby myself on Friday," Nell Parr said.',
        '"I\'ll be going for the county title next year," Nell Parr said.',
    ],
)
def test_a_speakers_contracted_promise_to_be_somewhere_or_to_go_is_a_commitment(line):
    assert whose(f"Title\n\nNell Parr, 52, runs the Marsby hall.\n\n{line}", "Nell Parr said") == "Nell Parr"


@pytest.mark.parametrize(
    "line",
    [
        '"I suppose I\'ll be at the back of the queue anyway," Nell Parr said.',
        '"I reckon we\'ll be there till Christmas," Nell Parr said.',
        '"I\'ll be going through hell until it is settled," Nell Parr said.',
    ],
)
def test_a_guess_about_where_the_speaker_will_be_is_no_commitment(line):
    assert commitments_of(f"Title\n\nNell Parr, 52, runs the Marsby hall.\n\n{line}") == []


def test_a_great_grandparent_noun_is_the_woman_whose_quotes_came_just_before():
    text = (
        "Title\n\nThe Tolby bus route was cut in May, Ruth Kemp, the bus firm's manager, said.\n\n"
        "Pensioner Edna Marsh, 84, has missed three hospital visits since then.\n\n"
        "The widow said: \"I can't walk to the stop. I have asked twice.\n\n"
        '"Nobody has called me back. Nobody cares."\n\n'
        "The great-gran vowed to take the bus firm to the ombudsman."
    )
    assert whose(text, "great-gran") == "Edna Marsh"


@pytest.mark.parametrize(("members", "body"), [("trustees", "Board of Trustees"), ("regents", "Board of Regents")])
def test_a_boards_members_said_to_act_are_the_board(members, body):
    text = (
        f"Title\n\nThe Harnmoor College {body} met on Friday. Board chair Olive Brandt said the {members} would "
        "also sell the college's farm next year."
    )
    assert whose(text, "college's farm") == f"Harnmoor College {body}"


def test_we_in_a_quote_of_a_body_head_named_with_two_posts_is_the_bodys():
    text = (
        "Title\n\nKelby Valley Health shut its Marlow clinic on Friday. Kelby Valley's president and CEO, Dr. Ann "
        'Vole, said the decision was hard.\n\n"We will run a mobile clinic from May," Vole said.'
    )
    assert whose(text, "mobile clinic") == "Kelby Valley Health"


# A story about one body (Kelby Water Ltd, named three times), then sentences about another, then "It will ...".
_ABOUT_KELBY_WATER = (
    "Title\n\nKelby Water Ltd said on Monday that a main had burst. Kelby Water Ltd blamed the frost, and Kelby Water "
    "Ltd apologised.\n\n"
)


@pytest.mark.parametrize(
    ("middle", "closing", "body"),
    [
        # the body by its noun, then "It": the body the noun's sentence goes on with, not one named in passing
        (
            "Vey Drainage Ltd, a small builder from Dunmore, was hired to dig the trench. The family-owned business "
            "has worked for Kelby Water Ltd for a decade.",
            ".",
            "Vey Drainage Ltd",
        ),
        (
            "Vey Drainage Ltd, a small builder from Dunmore, was hired to dig the trench. The family-owned business "
            "has worked for Kelby Water Ltd for a decade.",
            ", the company said.",
            "Vey Drainage Ltd",
        ),
        # ... its apposition ending on what it does: "the firm acting for"
        (
            "Roe Vey Solicitors, the firm representing Ann Cole, sent a letter to Kelby Water Ltd. The firm handles "
            "many flood claims.",
            ".",
            "Roe Vey Solicitors",
        ),
        # ... its people or its parts between ("Its members", "Officers")
        (
            "The Kelby Swimmers Club called the spill a disgrace. Its volunteers tested the river for Kelby Water Ltd.",
            ".",
            "Kelby Swimmers Club",
        ),
        (
            "Dunmore District Council said it was looking into the spill. Inspectors called at Kelby Water Ltd "
            "on Friday.",
            ".",
            "Dunmore District Council",
        ),
        # ... or a thing of its own ("The site's fence needs mending")
        (
            "Vey Properties Ltd, his company, runs two caravan sites. The site's fence, paid for by Kelby Water Ltd, "
            "was mended in May.",
            ".",
            "Vey Properties Ltd",
        ),
        # ... named by its name's first word alone, its branch named after a town between
        (
            'A spokeswoman for Dunmore Building Society said: "We will refund her in full." Dunmore also said its '
            "checks had failed. Its Vey Green office sent Kelby Water Ltd three cheques in a week.",
            ".",
            "Dunmore Building Society",
        ),
        # ... after a phrase set before it and "the", or by its board
        (
            "Further north, the Dunmore County Ambulance District opened a new depot on Monday. The £2m building "
            "was paid for by a grant, staff told Kelby Water Ltd.",
            ".",
            "Dunmore County Ambulance District",
        ),
        (
            "The board of directors of Vey Cable Ltd signed a deal with Kelby Water Ltd on Monday. Pipes near the "
            "line must be checked each spring.",
            ", the company said.",
            "Vey Cable Ltd",
        ),
    ],
)
def test_an_opening_it_goes_on_with_the_body_the_sentences_before_are_about(middle, closing, body):
    text = f"{_ABOUT_KELBY_WATER}{middle} It will pay £5,000 to the families by May{closing}"
    assert whose(text, "£5,000") == body


@pytest.mark.parametrize(
    ("lead", "line", "body"),
    [
        (
            "The Dunmore Institute said on Monday that rents had risen by a fifth.",
            "The institute will publish its next survey in June, its director said.",
            "Dunmore Institute",
        ),
        (
            "The Kelby University Faculty Senate met on Monday.",
            "The senate will publish its report next Tuesday, its chair said.",
            "Kelby University Faculty Senate",
        ),
    ],
)
def test_an_institute_or_a_senate_by_its_noun_commits(lead, line, body):
    assert whose(f"Title\n\n{lead}\n\n{line}", "publish") == body


def test_an_opening_it_three_sentences_from_a_body_opening_one_is_the_storys_body():
    text = (
        "Title\n\nKelby Media said on Friday that profits rose. Kelby Media owns 8% of Vey Search, and Kelby Media "
        "plans a new studio.\n\nBut its own internet business, Dunmore Online, had mixed fortunes. It lost 4,000 "
        "subscribers in the fourth quarter. However, the company said Dunmore Online's underlying profit rose 8%. It "
        "hopes to increase subscribers by offering the service free to Kelby Media customers."
    )
    assert whose(text, "increase subscribers") == "Kelby Media"
