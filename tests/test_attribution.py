import pytest

from briefcli.brief import make_brief
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


def test_the_subject_speaks_across_several_parts_between_commas():
    _, _, _, found = analyse(
        "Outgoing owner Trevor Brame, 72, who has run the club since 2009, admitted he had run out of road. "
        "The Harwick Supporters Trust (HST), which holds a 4 per cent stake in the club, said it welcomed the bid."
    )
    assert found == ["Trevor Brame", "Harwick Supporters Trust"]


def test_people_who_speak_for_a_body_make_it_the_source():
    _, _, _, found = analyse(
        "Analysts at Greyton Energy Research estimated that bills could rise by 20 pounds a year. "
        "A spokeswoman for Harwick Council said the club would survive. "
        "Fans in Harwick said the club was finished. Greyton Energy Research and Harwick Council met."
    )
    assert found[:3] == ["Greyton Energy Research", "Harwick Council", None]


def test_a_title_and_surname_fold_into_the_full_name():
    _, _, index, found = analyse(
        "Council leader Sandra Pyke vowed to hire crews. 'We will start on Monday,' Cllr Pyke said. "
        "Police Chief Ray Vukic said he would help. Chief Vukic left."
    )
    names = {a.name for a in index.actors}
    assert {"Sandra Pyke", "Ray Vukic"} <= names and not {"Pyke", "Vukic"} & names
    assert found[1] == "Sandra Pyke"


def test_a_compound_description_opening_the_sentence_is_no_part_of_the_name():
    _, _, index, found = analyse("Mum-of-three Jade Ellery, 34, said she had seen rats. Haider al-Abadi spoke.")
    actors = {a.name: a for a in index.actors}
    assert "Mum-of-three Jade Ellery" not in actors
    assert "Haider al-Abadi" in actors
    assert found[0] == "Jade Ellery"


def test_a_body_named_with_its_short_form_in_brackets_speaks():
    *_, who = analyse(
        "Title\n\nThe Coastal Ferry Workers Association (CFWA) said the new timetable was unsafe. "
        "The port's new schedule (drawn up by Harbour Line) said little about night crossings."
    )
    assert who[0] == "Coastal Ferry Workers Association"
    assert who[1] is None  # a name in brackets that is not the subject's short form never speaks


def test_a_quote_then_speech_verb_then_a_title_then_the_name():
    *_, who = analyse(
        'Title\n\n"The new depot will cost the town its last green field," said Friends of Millbrook '
        "chairwoman Ruth Calloway. "
        '"We will appeal," said the council, which Dan Ferris now leads.'
    )
    assert who[0] == "Ruth Calloway"
    assert who[1] != "Dan Ferris"  # past a comma the name is no longer the speaker
    *_, who = analyse('Title\n\n"We will appeal the ban," said Ferry Workers Union leader Ruth Calloway on Monday.')
    assert who == ["Ruth Calloway"]  # the person, not the body she leads


def test_a_name_inside_a_relative_clause_before_the_verb_is_not_the_speaker():
    *_, who = analyse(
        "Ferry sale\n\nHarbour Line Group agreed to buy Northsea Ferries Ltd on Monday. "
        "The state, which owns 30% of Northsea Ferries Ltd, said it backed the sale. "
        "Harbour Line Group, which has bid for Northsea Ferries Ltd twice before, said the price was fair. "
        "The price, which Harbour Line Group said was final, was well above the offer."
    )
    assert who == [None, None, "Harbour Line Group", "Harbour Line Group"]


def test_a_bare_quote_after_an_article_sentence_about_a_source_is_theirs():
    *_, who = analyse(
        "Title\n\nThe inventor Nils Berg said the water pump would cost less than a bicycle. "
        "Mr Berg has already tried the pump in three villages in Kenya. "
        '"We put in 25 pumps two years ago, and only one has broken."\n\n'
        "Police arrested Tom Reyes in the village on Monday. "
        '"It was a quiet place until now."'
    )
    assert who == ["Nils Berg", None, "Nils Berg", None, None]  # Reyes has not spoken


def test_a_speaker_behind_two_appositions_speaks():
    *_, who = analyse(
        "Title\n\nHugo Lueders, director for policy at the Brussels office of Harbour Line Group, a ferry company "
        "owned by Danish investors, said the rules would cost jobs."
    )
    assert who == ["Hugo Lueders"]


def test_a_body_that_blames_speaks():
    *_, who = analyse("Title\n\nHarbour Line Group has blamed high fuel prices for a 40% drop in profits.")
    assert who == ["Harbour Line Group"]


def test_it_said_is_the_body_named_last():
    *_, who = analyse(
        "Title\n\nHarbour Line Group lost £12m last year, its accounts show. "
        "However, it said bookings for the summer were strong. "
        "The ferry, which it had described as safe, was withdrawn."
    )
    assert who == [None, "Harbour Line Group", None]  # not the 'it' of a relative clause


def test_a_quote_attributed_in_the_sentence_after_it():
    *_, who = analyse(
        'Title\n\nThe Kelso line closed in May. "We will reopen the line by March." '
        "That was the promise from Jane Doe, the operator's chief executive.\n\nRain fell."
    )
    assert who == [None, "Jane Doe", "Jane Doe", None]


def test_a_quote_whose_pledge_came_from_a_titled_person_or_was_made_by_a_bodys_officer():
    *_, who = analyse(
        'Title\n\nThe case was reopened in May. "We are going to look at every case he touched." '
        "That pledge came from District Attorney Jo Roe, whose office reopened it.\n\nRain fell."
    )
    assert who == [None, "Jo Roe", "Jo Roe", None]
    *_, who = analyse(
        'Title\n\nTwo boys drowned at Kelby Lake. "We will pay for new signs around the lake." '
        "The pledge was made by the operations director of Acme Aggregates, which owns the site.\n\nRain fell."
    )
    assert who == [None, "Acme Aggregates", "Acme Aggregates", None]


@pytest.mark.parametrize(
    "attribution",
    [
        "said the chief executive of Acme Foods.",
        "said the firm's chief executive.",
        "said the managing director, whose family has run Acme Foods for four generations.",
    ],
)
def test_a_quote_closed_by_an_unnamed_officer_of_a_body_is_the_bodys(attribution):
    *_, who = analyse(f'Title\n\nAcme Foods was sold to Bolt Capital.\n\n"We will keep every job," {attribution}\n')
    assert who == [None, "Acme Foods"]


def test_a_speaker_described_after_the_quote_is_the_person_named_last():
    *_, who = analyse(
        "Title\n\nCoach Tom Brill watched the match.\n\n"
        "'We will win the league this season,' the 58-year-old grinned. 'Nobody can stop us.'\n\n"
        "Prices rose, the report said."
    )
    assert who == [None, "Tom Brill", "Tom Brill", None]


def test_he_said_after_a_sentence_that_opens_with_another_person_is_that_person():
    *_, who = analyse(
        "Title\n\nJudge Ann Vale said the fraud was cruel.\n\n"
        "Detective Inspector Omar Bell of the Kelby Police, who led the inquiry, branded him callous. "
        "He said the force would seize his house."
    )
    assert who[2] == "Omar Bell"


def test_she_said_after_a_sentence_opening_with_a_title_that_names_a_party():
    *_, who = analyse(
        "Title\n\nDr Owen Faraday said the trust would act.\n\n"
        "Local Labour MP Yvonne Achebe, who raised the closure, hailed the decision.\n\n"
        'She added: "I will keep pushing."'
    )
    assert who[2] == "Yvonne Achebe"


def test_a_described_speaker_is_the_person_named_before_but_a_spokesman_is_nobody_named():
    *_, who = analyse(
        "Title\n\nLawyer Omar Bell said the charges should be dropped. "
        "The lawyer added that he has proof the police knew Ida Lind was in Berlin.\n\n"
        'The spokesman said: "He can speak for himself."\n\n'
        'Ada Kerr of the Harbour Board said: "We cannot comment." '
        '"We expect a verdict from the Kelby Athletics Federation in May."'
    )
    assert who[1] == "Omar Bell"
    assert who[2] is None
    assert who[4] == who[3]


def test_a_quote_paragraph_is_of_whoever_goes_on_in_the_next_one():
    *_, who = analyse(
        'Title\n\nPriya Shah runs Velto.\n\n"We will hire 500 engineers next year."\n\n'
        "Shah, 52, added that the plant would open in May.\n\n"
        '"Prices will fall."\n\nTom Reyes said sales were weak.'
    )
    assert who == [None, "Priya Shah", "Priya Shah", "Priya Shah", "Tom Reyes"]


def test_he_and_she_agree_with_the_persons_given_name_or_honorific():
    _, _, _, found = analyse(
        "Maureen Tall, the charity's treasurer, said the books were in order. "
        "A spokesman for the foundation, David Pern, defended the spending. He added: 'We will publish an audit.' "
        "Mr Cole said nothing more. Andy Clark spoke first. Marja Quill, the union's chief, said delays were rare. "
        "Bad weather is easier now, she added."
    )
    assert found[2] == "David Pern"
    assert found[-1] == "Marja Quill"


def test_a_given_name_of_either_sex_agrees_with_both_pronouns():
    from briefcli.extract import lexicon

    assert lexicon.may_be("Jordan Lee", "she") and lexicon.may_be("Jordan Lee", "he")
    assert not lexicon.may_be("Mrs Cole", "he") and not lexicon.may_be("Daniel Ross", "she")


def test_a_group_noun_before_the_verb_speaks_not_the_place_before_it():
    _, _, _, who = analyse(
        "Rescuers reached Port Delling and Sandmere Beach, Rhode Island, officials said. "
        "Sandmere Beach has 4,000 residents, Ann Cole said."
    )
    assert who[0] is None


def test_he_added_goes_on_in_the_voice_of_an_unnamed_spokesman():
    _, _, _, who = analyse(
        "Title\n\n'I have resigned,' said Tom Pask, 41, the charity's founder. "
        "A spokesman for the Hallam Lights Trust said the dinner had lost money. "
        "He added: 'We will publish a full audit by March.'"
    )
    assert who[-2:] == ["Hallam Lights Trust", "Hallam Lights Trust"]


def test_she_added_at_the_end_goes_on_in_the_voice_of_an_unnamed_spokeswoman_named_after_her_quote():
    _, _, _, who = analyse(
        "Title\n\n'We cannot pay,' said Ruth Abbey, the district council leader. Marlow County Council owns the "
        'land. "The council has no duty to fund pools," a county hall spokeswoman said. But the council will waive '
        "the rent this year, she added."
    )
    assert who[-2:] == ["Marlow County Council", "Marlow County Council"]


def test_a_quote_after_the_articles_own_words_is_not_the_last_paragraphs_voice():
    _, _, _, who = analyse(
        "Title\n\nThe ministry backed the bill. 'We will send a team this week,' ministry spokesperson Ola Brandt said."
        "\n\nOregon's mayor is not waiting. 'We will reopen the library by May 3.' That promise came from "
        "Mayor Lita Crane, who spoke on Tuesday."
    )
    assert who[-3:] == [None, "Lita Crane", "Lita Crane"]


def test_he_said_is_the_person_the_sentence_before_opens_with_after_a_lower_case_title():
    _, _, _, who = analyse(
        "Title\n\n'We will win,' said manager Olly Brack. "
        "Kelby chairman Sir Aldo Venn, who bought the club in 2021, has pledged to spend more. "
        "In a letter to fans, he said the club would freeze prices."
    )
    assert who[-1] == "Sir Aldo Venn"


def test_a_study_speaks_for_its_author_and_a_name_after_said_that_is_not_the_speaker():
    _, _, _, who = analyse(
        "Harbour fees rose again this year at Portlow. "
        "A report published on Monday by the Coastal Freight Institute found that fees had doubled since 2020. "
        "The fee rise is under review by the Coastal Freight Institute and the Portlow Harbour Board. "
        "Shipping analysts estimated that Portlow Harbour Board would lose 40 ships a year."
    )
    assert who[1] == "Coastal Freight Institute"  # the author of the report
    assert who[2] is None  # "under review by" names no author of a finding
    assert who[3] is None  # "estimated that X ...": X opens the reported clause


def test_an_unnamed_spokesperson_speaks_for_the_body_their_words_or_the_story_name():
    _, _, _, who = analyse(
        "Parking fines at Eastmoor General Hospital have doubled, according to the Eastmoor Hospitals NHS Trust. "
        "Visitors said the Brightpark Parking Company had fined them while they sat with dying relatives. "
        "A trust spokesman said the money went back into patient care. "
        "A spokeswoman said the fines had been issued correctly under the rules. "
        "The spokeswoman for the visitors' group said they would appeal."
    )
    assert who[2] == "Eastmoor Hospitals NHS Trust"  # the body whose name holds "trust"
    assert who[3] == "Brightpark Parking Company"  # no word to go by: the body named last
    assert who[4] is None  # "the spokeswoman" was met before, and may speak for another body


def test_a_surname_shaped_like_a_participle_opening_the_sentence_speaks():
    _, _, _, who = analyse(
        "Nora Kettering, the state treasurer, opened an inquiry into the lottery on Monday. "
        "Kettering said auditors in two other states had asked to join it. "
        "Speaking to reporters, the treasurer's deputy said little."
    )
    assert who[1] == "Nora Kettering"


def test_a_name_that_opens_the_reported_clause_is_not_the_speaker_but_a_calculating_body_is():
    _, _, _, who = analyse(
        "Rents rose again in the spring. "
        "Tenant groups said Harwick landlords had raised rents by a fifth. "
        "The Rowley Housing Institute calculated that rents in Harwick had doubled since 2015."
    )
    assert who[1] is None  # "said Harwick landlords had ...": Harwick opens what was said
    assert who[2] == "Rowley Housing Institute"


def test_a_participle_of_speech_is_spoken_by_the_subject_the_sentence_opens_with():
    _, _, _, who = analyse(
        "Ruth Trask, a senator, asked why prices of the heart drug rose sixfold this year. "
        "Brenwick Pharma's chief executive, Odile Marchand, defended the rise in a letter to investors last month, "
        "saying the price paid for new research. "
        "Trask declined to say more at the hearing, saying the inquiry had only begun."
    )
    assert who[1] == "Odile Marchand"  # the person in the apposition of the opening description
    assert who[2] == "Ruth Trask"


def test_a_quote_is_attributed_by_the_paragraph_after_that_names_it():
    _, _, _, who = analyse(
        "Title\n\nMarta Lind runs Kelby Rail. The line shut in May.\n\n"
        '"We will reopen the line by May."\n\nThat pledge came from Lind on Tuesday.'
    )
    assert who[-2:] == ["Marta Lind", "Marta Lind"]


def test_the_name_in_a_titles_apposition_speaks_not_the_other_holder_of_a_like_title():
    _, _, _, who = analyse(
        "The rail line opened on Monday. "
        "The Secretary of State for Transport, Housing and Regions, Mina Osei, announced that the line had cost "
        "less than planned. "
        "Tom Hale, the Shadow Secretary of State for Transport, Housing and Regions, said the line was late."
    )
    assert who[1:] == ["Mina Osei", "Tom Hale"]


def test_a_name_after_a_verb_that_takes_an_object_is_not_the_speaker():
    _, _, _, who = analyse(
        "The Dunmore Tenants Association met on Monday. "
        "The tenants urged Dunmore Council to freeze rents for a year. "
        "The rise was unfair, said Dunmore Council's former leader Ann Price."
    )
    assert who[1] is None  # "urged Dunmore Council to ...": the council is urged, it does not speak


def test_a_plea_in_court_is_the_articles_report_not_the_defendants_speech():
    _, _, _, who = analyse(
        "Ray Dunlop, a roofer from Ashby, was jailed on Friday. "
        "Dunlop admitted 14 counts of fraud at Ashby Crown Court. "
        "Dunlop admitted that he had lied to his customers."
    )
    assert who[1:] == [None, "Ray Dunlop"]


def test_it_said_reaches_back_over_a_paragraph_about_its_body():
    *_, who = analyse(
        "Title\n\nLoss-making carmaker Brennfeld Motors has cut 900 jobs. "
        "Its sales have fallen by a third in the past year. "
        "As a result, the car maker has sought fresh loans from its banks. "
        "Last month it said it was looking for a further £200m in new backing."
    )
    assert who[3] == "Brennfeld Motors"


def test_the_charity_is_the_trust_the_story_names():
    _, _, _, who = analyse(
        "The Brackley Hope Trust ran the appeal. The Brackley Hope Trust thanked donors. Fans gave £90,000 "
        "to the climb. But the charity said on Monday it had received only £12,000."
    )
    assert who[-1] == "Brackley Hope Trust"


def test_a_voice_in_a_clause_of_time_does_not_source_the_sentence():
    *_, who = analyse(
        "Larkfield Council has approved plans for 900 homes near the river, days after the housing minister "
        "Tessa Ormond warned that the government would step in. "
        "Even before Brightwell Systems announced the deal it was the largest supplier in the county. "
        "The ruling comes a week after the Harbour Authority warned that fees would rise."
    )
    assert who == [None, None, "Harbour Authority"]


def test_a_voice_joined_after_the_articles_own_clause_is_an_aside_but_still_speaks():
    from briefcli.extract.attribution import voices

    _, sentences, index, who = analyse(
        "Brindle is one of many towns facing cuts after years of frozen grants, and the Rural Services Board "
        "has warned that a third of councils could run deficits this year. "
        "Prices rose by 9% last year, the Rural Services Board said."
    )
    assert who == [None, "Rural Services Board"]
    assert voices(sentences, index, who) == ["Rural Services Board", "Rural Services Board"]


def test_according_to_a_record_someone_presents_is_theirs():
    *_, who = analyse(
        "The Marlow Valley district faces a $12 million gap next year, according to figures presented by "
        "finance director Odile Brasher. "
        "Enrolment fell by 4%, according to state enrollment data."
    )
    assert who == ["Odile Brasher", None]


def test_the_company_or_the_agency_is_the_body_the_sentence_opens_with_or_that_spoke_before():
    *_, who = analyse(
        "Velmora Foods is recalling 40,000 jars of sauce because of glass fragments, the company said on Friday.\n\n"
        "Velmora Foods makes sauces in Leeds.\n\n"
        "The Medicines Safety Authority said the recall covers two batches.\n\n"
        "The agency said it had received nine reports of illness."
    )
    assert who == ["Velmora Foods", None, "Medicines Safety Authority", "Medicines Safety Authority"]


def test_the_museum_is_the_body_whose_name_it_heads_but_the_charity_is_no_charity_commission():
    *_, who = analyse(
        "The Tasman Museum of Pacific Cultures has agreed to return a canoe to Fiji.\n\n"
        "The first objects will be handed back in May, the museum said.\n\n"
        "Tom Reyes raised money for the Ashgrove Trust. The Charity Commission opened a review. "
        "But the charity said it had received only £5,000."
    )
    assert who[1] == "Tasman Museum of Pacific Cultures"
    assert who[4] != "Charity Commission"


def test_a_body_speaks_across_a_relative_clause_with_commas_in_it():
    *_, who = analyse(
        "The Lakeview Nurses Union, which represents about 2,400 nurses at the Salem, Ashby and Dover campuses, "
        "said members had voted 94% in favour of the strike.\n\n"
        "The Lakeview Nurses Union met on Monday."
    )
    assert who[0] == "Lakeview Nurses Union"


def test_hit_back_telling_an_outlet_is_the_subjects_quote_and_it_goes_on():
    *_, who = analyse(
        "Harlow Town say the winger is not for sale.\n\n"
        "The winger's agent Pietro Manzella hit back, telling the Courier: \"He was promised a move in June. "
        'We will take this to a tribunal."'
    )
    assert who[1:] == ["Pietro Manzella", "Pietro Manzella"]


def test_a_promise_is_reported_speech():
    *_, who = analyse(
        "Chief executive Marta Villanueva said the firm would apply in March.\n\n"
        "She also promised that 300 flats would be set aside for key workers."
    )
    assert who == ["Marta Villanueva", "Marta Villanueva"]


def test_the_agency_is_no_company_and_a_one_word_opening_name_is_no_firm():
    *_, who = analyse(
        "Velmora Foods said the recall covers two batches.\n\n"
        "The agency said it had received nine reports of illness.\n\n"
        "Velmora Foods employs 900 people in Kelby. Kelby will get a new plant by 2026, the firm said."
    )
    assert who[1] is None
    assert who[3] != "Kelby"


def test_a_spokesperson_after_the_verb_that_ends_a_quote_speaks_for_their_body():
    *_, who = analyse(
        "Dunfold Council closed the pool.\n\n"
        '"We are sorry," said a spokesman for the council.\n\n'
        "Tarrant Leisure runs the gym for Dunfold Council.\n\n"
        '"It will reopen," said a spokeswoman for Tarrant Leisure.'
    )
    assert who[1] == "Dunfold Council"
    assert who[3] == "Tarrant Leisure"


def test_a_bodys_unnamed_officer_speaks_for_it_but_its_shares_do_not():
    *_, who = analyse(
        "Tolland Mining denies the claims.\n\n"
        "The company's lawyer said the claims were false.\n\n"
        "Harwell Water Board said it would appeal.\n\n"
        "The board's chief executive said bills would rise.\n\n"
        "Tolland Mining said it would appeal.\n\n"
        "The company's shares also said nothing."
    )
    mining, board = "Tolland Mining", "Harwell Water Board"
    assert who == [mining, mining, board, board, mining, None]


def test_a_named_spokesperson_with_no_body_of_their_own_speaks_for_the_body_named_last():
    *_, who = analyse(
        "Safer Shelves Alliance, which brought the complaint, praised the vote.\n\n"
        "Spokeswoman Delia Farnham said the group had found 40 unsuitable titles.\n\n"
        "Green Party spokeswoman Ona Pelletier said the ban was wrong."
    )
    assert who[1] == "Safer Shelves Alliance"
    assert who[2] == "Ona Pelletier"


def test_a_tabloid_favourite_opening_the_sentence_is_the_participles_speaker():
    *_, who = analyse(
        "Soap favourite Dana Whitcombe has launched a broadside at her bosses, claiming she was sacked by email."
    )
    assert who == ["Dana Whitcombe"]


def test_a_verb_of_speech_in_a_sense_that_says_nothing_sources_nothing():
    *_, who = analyse(
        "Title\n\nPellow Bakeries, which Anna Skerrit founded in 2015, called in administrators on Monday.\n\n"
        "Pellow Bakeries, which is owned by Anna Skerrit, reported a loss of £3m last year.\n\n"
        "Anna Skerrit said the bakery would close."
    )
    assert who == [None, None, "Anna Skerrit"]


def test_a_second_verb_joined_by_and_shares_the_opening_subject():
    *_, who = analyse(
        "Title\n\nGideon Marlowe runs a haulage firm in Kelby.\n\n"
        "Marlowe, who also owns a garage, has not been charged with any offence and denies any wrongdoing.\n\n"
        "Prices rose in March and analysts said more rises would follow."
    )
    assert who[1] == "Gideon Marlowe"
    assert who[2] is None


def test_a_bodys_words_in_writing_speak_for_it():
    *_, who = analyse(
        "Title\n\nThe Tarnwick Licensing Council refused the club a licence on Friday.\n\n"
        '"The venue is not safe for crowds," the council\'s ruling said.'
    )
    assert who == [None, "Tarnwick Licensing Council"]


def test_a_described_speaker_after_a_clause_or_a_quote_is_the_person_named_before():
    *_, who = analyse(
        "Title\n\nOdile Brancato lost her home when the river burst its banks.\n\n"
        "The mother-of-two added that nobody from the council had visited.\n\n"
        "Hester Quayle, a former minister, spoke in the debate.\n\n"
        "The grant is far too small, the former minister told MPs."
    )
    assert who == [None, "Odile Brancato", None, "Hester Quayle"]


def test_the_watchdog_is_the_one_public_body_named_just_before():
    *_, who = analyse(
        "Title\n\nThe Gaming Standards Authority opened a case against Lucky Orbit Ltd on Monday.\n\n"
        "The watchdog said it had received 30 complaints about the advert."
    )
    assert who[1] == "Gaming Standards Authority"


def test_a_name_that_only_qualifies_the_people_who_speak_is_not_their_voice():
    *_, who = analyse(
        "Title\n\nOregon has had wildfires since May. The fires burned 400 homes in Oregon.\n\n"
        "Oregon fire survivors say the insurer is refusing to pay.\n\n"
        "Oregon officials said the state would help."
    )
    assert who[2] is None


def test_called_naming_a_thing_is_no_call():
    *_, who = analyse(
        "Title\n\nThe Orbis Channel showed the interview on Sunday.\n\n"
        "Her remarks came in an Orbis Channel film called 'The Long Road'.\n\n"
        "The Orbis Channel called the remarks unfair."
    )
    assert who[1] is None
    assert who[2] == "Orbis Channel"


def test_a_participle_of_writing_or_explaining_reports_the_subjects_words():
    *_, who = analyse(
        "Title\n\nSinger Odessa Brume has been accused of miming at the Kelby festival.\n\n"
        'But Odessa Brume hit back on Instagram, writing: "I sang every note live."\n\n'
        'Odessa Brume later hit back on X, posting: "Nobody mimes at my shows."\n\n'
        "Odessa Brume is suing a promoter, accusing him of breach of contract."
    )
    assert who[1:3] == ["Odessa Brume", "Odessa Brume"]
    assert who[3] is None


def test_a_described_speaker_of_one_sex_is_not_the_last_person_of_the_other():
    *_, who = analyse(
        "Title\n\nA mum has hit out at a nursery in Kelby.\n\n"
        "Rosalind Harker, 29, said her son Jacob, 4, came home with a bruise.\n\n"
        "'Nobody even phoned me,' the angry mum told reporters."
    )
    assert who[2] == "Rosalind Harker"


def test_the_club_is_the_body_the_sentence_before_opens_with():
    *_, who = analyse(
        "Title\n\nHolmbridge Athletic have sacked their manager after eight defeats.\n\n"
        "The club said a new manager would be named within a fortnight.\n\n"
        "The Pellow Group's new model is to be built in Kelby.\n\n"
        "The company said the plant would open in 2027."
    )
    assert who[1] == "Holmbridge Athletic"
    assert who[3] is None


def test_the_spokeswoman_goes_on_for_the_body_of_the_unnamed_spokeswoman_before():
    *_, who = analyse(
        "Title\n\nFire crews were called to the Quillby Grand Hotel on Friday.\n\n"
        "A spokeswoman for Quillby Grand Hotel said the alarm had gone off by mistake. "
        "The spokeswoman added that guests were back in their rooms within an hour."
    )
    assert who[1:] == ["Quillby Grand Hotel", "Quillby Grand Hotel"]


def test_a_verb_of_speech_inside_a_quote_is_the_quoted_speakers_word_not_their_source():
    *_, who = analyse(
        "Title\n\nThe ban on runner Maribel Osei was lifted on Tuesday.\n\n"
        '"Osei has given a reason for her absence," said federation chief Tobias Ngata. '
        '"She explained she was injured and we have accepted her apology."'
    )
    assert who[1:] == ["Tobias Ngata", "Tobias Ngata"]


def test_a_participle_before_a_later_voice_reports_the_opening_subject():
    *_, who = analyse(
        "Title\n\nThe Kelby Nurses Union has 4,000 members.\n\n"
        "The Kelby Nurses Union was more hostile, arguing that the plan would close wards; "
        "its general secretary, Romilly Adair, said the guild would ballot members."
    )
    assert who[1] == "Kelby Nurses Union"


def test_a_verb_of_speech_in_a_quote_running_on_from_the_sentence_before_is_no_source():
    *_, who = analyse(
        "Title\n\nTV star Marnie Quell has fallen out with her co-star Elias Brand.\n\n"
        'Parish chairwoman Odette Lyle said: "Everyone here is upset. Elias should honour whatever he said."'
    )
    assert who[1:] == ["Odette Lyle", "Odette Lyle"]


def test_the_n_year_old_is_the_person_named_with_that_age():
    *_, who = analyse(
        "Title\n\nTV star Carys Penhallow, 34, has hit out at her former co-star Bram Oduya, 29, online.\n\n"
        "Oduya had mocked her new show on Friday.\n\n"
        'The 34-year-old wrote: "Some people need to grow up."'
    )
    assert who[2] == "Carys Penhallow"


def test_quoted_as_saying_is_its_subjects_speech():
    *_, who = analyse(
        "Title\n\nDefender Rhodri Vance, 27, joined Holmbridge Athletic in May.\n\n"
        "He was quoted as saying that the club deserved a bigger stadium."
    )
    assert who[1] == "Rhodri Vance"


def test_a_speech_verb_joined_by_and_to_the_verb_before_shares_its_subject():
    *_, who = analyse(
        "Title\n\nTrains were cancelled again. Now Rail Minister Ada Brill has ordered an urgent review and says the "
        "operator's bosses will be summoned to her office on Monday."
    )
    assert who[1] == "Ada Brill"


def test_a_quote_paragraph_after_a_source_is_introduced_with_their_post_is_theirs():
    _, _, _, who = analyse(
        "Title\n\nResidents near the Fallow Lane tip are furious.\n\n"
        "The firm's operations director, Tobias Wrenn, met residents afterwards.\n\n"
        '"I understand people are angry. We are going to cap the site by the end of May."'
    )
    assert who[-2:] == ["Tobias Wrenn", "Tobias Wrenn"]
    _, _, _, who = analyse('Title\n\nTobias Wrenn died at the scene.\n\n"He was the kindest man in the village."')
    assert who[-1] is None


def test_a_verb_that_frames_a_quote_reports_its_speaker_though_it_is_no_verb_of_speech_elsewhere():
    *_, who = analyse(
        'Title\n\n"Who is meant to pay for a new roof?" asked Tamsin Árva, a tenant in Quarrow.\n\n'
        "Tamsin Árva asked the landlord to pay for the roof."
    )
    assert who == ["Tamsin Árva", None]


def test_the_force_is_the_police_force_named_before():
    *_, who = analyse(
        "Title\n\nTwo men were held after a raid in Ostley.\n\n"
        "Marrowdale Constabulary said officers had found the van. The force said both men were in custody."
    )
    assert who[-2:] == ["Marrowdale Constabulary", "Marrowdale Constabulary"]


def test_a_speaker_described_with_a_capitalised_word_is_the_person_named_before():
    *_, who = analyse(
        "Title\n\nManager Tiago Resende, speaking after the 3-1 win, backed the plan. "
        '"A full ground is a dream for the players," the Portuguese coach said.\n\n'
        'Plucky Ivo Marsh, ten, ran a marathon. "I did it for my nan," the Year 6 pupil said.'
    )
    assert who[1] == "Tiago Resende"
    assert who[-1] == "Ivo Marsh"


def test_according_to_a_described_source_is_theirs_but_not_according_to_their_figures():
    *_, who = analyse(
        "Title\n\nBike shop owner Petra Lindqvar opened a second store.\n\n"
        "According to bike shop owner Petra Lindqvar, sales have doubled since May.\n\n"
        "According to figures from Petra Lindqvar, sales rose 12%."
    )
    assert who[1] == "Petra Lindqvar"
    assert who[2] != "Petra Lindqvar"


def test_after_a_quote_the_verb_then_a_title_then_the_name_in_apposition_is_the_named_speaker():
    *_, who = analyse(
        "Title\n\nTwo candidates met at Ravelstoke town hall.\n\n"
        '"My rival has never lived here," said Greens leader Ottilie Baird. '
        '"I was born in this town," replied the Liberal candidate, Hamish Corrow.'
    )
    assert who[-2:] == ["Ottilie Baird", "Hamish Corrow"]


def test_a_described_speaker_is_the_subject_of_the_sentence_before_not_the_last_person_it_names():
    *_, who = analyse(
        "Title\n\nA grandfather has walked 900 miles for charity.\n\n"
        "Hollis Brandreth set off from the home of Percy Quarles in May. The grandfather-of-three said it was worth it."
    )
    assert who[-1] == "Hollis Brandreth"


def test_a_described_speaker_named_only_after_the_quote_is_the_person_named_next():
    *_, who = analyse(
        "Title\n\nA pensioner has found her lost cat.\n\n"
        '"I never gave up on him," the 81-year-old grandmother told the Ostley Post.\n\n'
        "Winifred Calloway's tabby, Mungo, was found in a barn."
    )
    assert who[1] == "Winifred Calloway"


def test_a_described_speaker_or_body_with_an_apposition_before_the_verb():
    *_, who = analyse(
        "Title\n\nBramwell Airport wants a longer runway. "
        "The airport, which handled 1.2 million passengers last year, says the plan would add 900 jobs.\n\n"
        "Soap star Linnea Okonkwo is leaving the show. "
        "The actress, 39, who plays the landlady, said she was hurt."
    )
    assert who[1] == "Bramwell Airport"
    assert who[3] == "Linnea Okonkwo"


def test_an_unnamed_official_of_a_body_named_by_its_word_speaks_for_it():
    *_, who = analyse(
        "Title\n\nThe Porthallow Lifeboat Guild said it would back the crew. "
        "A Porthallow Lifeboat Guild official said the station needed a new boat.\n\n"
        "A senior Harbour official said the quay would reopen."
    )
    assert who[1] == "Porthallow Lifeboat Guild"
    assert who[2] is None


def test_a_spokesperson_qualified_by_a_bodys_name_the_index_does_not_list_is_not_the_last_body():
    *_, who = analyse(
        "Title\n\nDorrow Valley Rail cancelled 40 trains after Marsh Lane Council closed the depot road. "
        "A Dorrow Valley Rail spokesman said services would resume on Friday."
    )
    # Never the last body named: the rail firm, listed (the name tagger reads "Dorrow Valley Rail"
    # as one organisation) or, where the index does not list it, named by unlisted.sources.
    assert who[1] in (None, "Dorrow Valley Rail")


def test_a_speaker_described_by_age_and_what_they_are_of_a_show_is_the_person_named_before():
    _, _, _, who = analyse(
        "TV chef Dario Mancuso has vowed to feed 500 homeless people this Christmas. "
        'The 51-year-old star of Kitchen Heroes told reporters: "I am going to open all my restaurants."'
    )
    assert who[1] == "Dario Mancuso"


def test_the_firm_said_is_the_one_company_of_the_story_and_the_former_miner_a_person():
    _, _, _, who = analyse(
        "Accountancy firm Dray Lowell has been fined by its regulator for missing a fraud.\n\n"
        "The Audit Standards Board said the failings were serious. The firm said it had changed its procedures."
    )
    assert who[-1] == "Dray Lowell"
    _, _, _, who = analyse(
        "Walter Brigg, 88, has written a history of his colliery.\n\n"
        "The former miner said he wanted his grandchildren to know what the pit was like."
    )
    assert who[-1] == "Walter Brigg"


def test_a_spokesman_qualified_by_a_noun_speaks_for_the_body_built_on_it_not_one_that_only_holds_it():
    _, _, _, who = analyse(
        "Staff at the University of Harnley will vote on strikes, the University and College Union said. "
        "A university spokesman said it had opened a voluntary severance scheme."
    )
    assert who[-1] == "University of Harnley"


def test_a_body_named_by_its_noun_after_the_closing_verb_speaks():
    _, _sentences, _, who = analyse(
        "Kelby Council has cut two bus routes. Fares will rise by 10 percent, said the council on Monday."
    )
    assert who == [None, "Kelby Council"]


def test_a_quote_said_by_a_countrys_minister_named_after_is_that_ministers():
    text = (
        'Britain sanctioned the tankers on Monday. "Greek shipping is not the problem, and Britain knows it," '
        "said Greece's foreign minister, Stavros Anagnostidis."
    )
    _, _, _, who = analyse(text)
    assert who[-1] == "Stavros Anagnostidis"


def test_the_noun_a_body_is_written_with_in_the_sentence_is_that_body_as_its_source():
    text = (
        "Cabin crew at SkyHaven Airways will strike over Christmas. Members of the Aircrew United union backed "
        "the walkout by 87 per cent on a turnout of 71 per cent, the union said last night."
    )
    assert analyse(text)[3][-1] == "Aircrew United"


def test_a_towns_police_named_in_lower_case_are_the_source_not_the_town():
    _, _, index, who = analyse("The driver of a pickup truck ran a red light on the exit ramp, Dayton police said.")
    assert who == ["Dayton police"]
    assert index.type_of["Dayton police"] == "organization"


def test_a_party_in_brackets_after_a_name_is_no_speaker():
    from briefcli.brief import make_brief

    brief = make_brief(
        "Council closes centre\n\nOpposition leader Cllr Sunita Rao (Liberal Democrat) said the decision had been "
        "taken before the consultation ended.",
        "t",
    )
    assert [c.who for c in brief.claims] == ["Sunita Rao"]


def test_a_known_place_ending_a_list_after_a_preposition_is_where_not_who_speaks():
    _, _, _, who = analyse(
        "A dental chain with more than 90 offices across Ohio and Indiana said on Sunday that hackers stole data. "
        "Indiana has no breach law, and Indiana officials were told on Monday."
    )
    assert who[0] is None


def test_the_new_owner_who_speaks_is_whom_the_story_said_bought_it():
    text = (
        "Title\n\nThe Red Lion has been bought by local builder Darren Gage. Kelby District Council had listed it "
        'as an asset of community value.\n\n"I will have the doors open by Christmas," the new owner said.'
    )
    *_, who = analyse(text)
    assert who[-1] == "Darren Gage"


def test_a_spokesperson_speaks_for_a_body_not_for_what_a_body_has_somewhere():
    _, _, _, who = analyse(
        "Title\n\nStaff at Harrow Freight's Kelby depot won a pay rise last month.\n\n"
        "Harrow Freight said it valued its Kelby workforce. A spokesperson said the company would hire 20 drivers."
    )
    assert who[-1] == "Harrow Freight"


def test_residents_of_a_place_speak_not_the_place():
    _, _, _, who = analyse(
        "Kuala Penyu lies on the coast. Pulau Banggi is an island. Residents of Kuala Penyu and Pulau Banggi "
        "said the fences came too late. Villagers in Kuala Penyu say the elephants came back in May."
    )
    assert who[2] not in ("Kuala Penyu", "Pulau Banggi")
    assert who[3] != "Kuala Penyu"


def test_an_and_inside_a_quote_in_single_marks_does_not_make_the_speech_verb_the_articles():
    text = (
        "Title\n\n'This will rip the heart out of our town,' said the mayor, Jean Hartigan, 67. 'Half our "
        "pensioners don't drive. Where will they buy milk?'\n\n'I will write to every member of the board, and I "
        "will not stop until one of them comes here to face us,' she added."
    )
    assert [q.speaker for q in make_brief(text, "t").quotes][-1] == "Jean Hartigan"


def test_a_quote_named_after_by_its_speakers_title_and_name_is_theirs():
    text = (
        "Title\n\nKelby City Schools will lose $7.8 million a year, County Auditor Pam Stroud estimated.\n\n"
        '"We will protect classroom teachers first." '
        "Those were the words of Superintendent Dr. Angela Ruiz at a packed board meeting."
    )
    brief = make_brief(text, "t")
    assert [q.speaker for q in brief.quotes][-1] == "Angela Ruiz"
    assert [c.who for c in brief.commitments] == ["Kelby City Schools"]


def test_he_said_after_an_unnamed_spokesman_goes_on_in_the_spokesman_s_voice_not_the_last_named_person_s():
    _, sentences, _, who = analyse(
        "Pie factory to shut\n\nBolt Foods will close its Kelby factory, managing director Jo Roe told staff. "
        'Mr Roe said: "It is a sad day." A Acme Stores spokesman said the chain had moved its pies to another '
        "supplier. He said it would offer an interview to every Bolt Foods worker. It will not be reviewing the "
        "decision, he added."
    )
    said = {s.text[:14]: who[s.index] for s in sentences}
    assert said["He said it wou"] == "Acme Stores" and said["It will not be"] == "Acme Stores"


def test_a_source_named_after_clauses_joined_by_and_gives_the_whole_sentence():
    _, _, _, who = analyse(
        "Kelby Learning Trust will close Roe Primary in July. "
        "All 41 pupils will be offered places at Marlow Primary, and free transport will be provided for as long as "
        "they attend, the trust said."
    )
    assert who[1] == "Kelby Learning Trust"


def test_a_source_that_expects_something_asserts_the_forecast():
    *_, who = analyse(
        "Title\n\nDock workers at Kelby walked out on Monday.\n\n"
        "Analysts at Marlow Capital expect the strike to cut output by a tenth this quarter.\n\n"
        "Chief financial officer Jo Roe expects the company's debt to be repaid by 2030.\n\n"
        "The nonpartisan Kelby Fiscal Review Board projected last month that schools would face a shortfall."
    )
    assert who[1:] == ["Marlow Capital", "Jo Roe", "Kelby Fiscal Review Board"]


def test_a_quote_paragraph_goes_on_in_the_voice_of_a_bodys_unnamed_spokeswoman():
    text = (
        "Schools merger\n\nThe Kelby Education Department wants to merge two schools.\n\n"
        "A department spokeswoman said enrolments had fallen by 40 per cent.\n\n"
        "\u201cA combined school would give students more teachers,\u201d she said.\n\n"
        "\u201cNo decision has been made, and we will be consulting closely with both communities.\u201d\n\n"
        "Parent Jo Roe said her daughter would spend an hour a day on a bus."
    )
    quotes = {q.text[:14]: q.speaker for q in make_brief(text, "story.txt").quotes}
    assert quotes["No decision ha"] == "Kelby Education Department"


def test_he_after_a_person_named_after_a_bodys_role_is_that_person_not_the_last_voice():
    *_, who = analyse(
        "Title\n\nCouncillor Peter Lane says the deal is a gamble. \u201cWe will not put a penny into it.\u201d\n\n"
        "Kelby Athletic's chairman, Richard Roe, made his money in haulage and bought the club in 2019. He says the "
        "club loses about £3m a year at its ground.\n\n"
        "His landlord, Tom Bell, has agreed to freeze the rent. He said his bills had doubled."
    )
    # (a role owned by a pronoun is there for the one "he" goes on to be: the last voice, not the landlord)
    assert who == ["Peter Lane", "Peter Lane", None, "Richard Roe", None, "Richard Roe"]


def test_the_kind_a_body_was_introduced_by_speaks_for_it_later_though_others_were_named_since():
    *_, who = analyse(
        "Title\n\nAnn Vey, of cycling charity Kelby Safe Roads, said the junction was dangerous.\n\n"
        "Kelby Council said it was sorry. The Government has promised new crossings.\n\n"
        "The charity says 140 cyclists were hurt at the junction in the council's last count."
    )
    assert who[-1] == "Kelby Safe Roads"


def test_an_owners_office_speaks_for_its_owner_and_a_study_cited_after_the_verb_is_no_speaker():
    *_, who = analyse(
        "Title\n\nSen. Ann Vey wants the flood scheme funded.\n\nVey's office said the scheme would protect 900 "
        "homes, a number taken from a study by the Kelby Rivers Agency.\n\nA report by the Kelby Institute found "
        "that 40 homes flooded. Analysts say the port could handle a third more cargo, according to a report by "
        "consultancy Kelby Goal."
    )
    assert who[1:] == ["Ann Vey", "Kelby Institute", "Kelby Goal"]


def test_a_message_from_a_place_inside_a_quote_is_no_source_and_ald_is_a_title():
    *_, who = analyse(
        "Output to double\n\nThe radars are made by Vexco Systems for several armies.\n\n"
        '"We got the message from Washington loud and clear," said Vexco chief executive Ida Roe. "We are going '
        'to double our output."\n\nThe US said it welcomed the move.'
    )
    assert who[1] == who[2] == "Ida Roe"
    _, _, index, _ = analyse("Budget row\n\nAld. Jo Roe, 14th, who leads the finance panel, backed the plan.")
    assert [(a.name, a.role) for a in index.actors] == [("Jo Roe", "Alderman")]


def test_a_tabloids_described_owner_speaks_through_a_participle():
    *_, who = analyse(
        "Club sale\n\nUnder-fire owner Jo Vey spoke out on Sunday, telling the Kelby Post: 'I will step aside if "
        "a buyer comes forward.'"
    )
    assert who == ["Jo Vey"]


def test_a_person_of_a_described_firm_and_a_watchdog_that_projects_are_sources():
    *_, who = analyse(
        "Verdict\n\nA jury ordered Vexco to pay $2m to Jo Vey.\n\nVey's attorney, Ann Roe of the Kelby-based firm "
        "Roe Kelbury LLP, said the ruling was fair.\n\nThe Kelby Budget Office, an independent "
        "watchdog, projects the city will run a $40 million deficit next year.\n\nTwo projects in Kelby were "
        "approved on Monday."
    )
    assert who[1:] == ["Ann Roe", "Kelby Budget Office", None]


def test_two_bodies_speaking_together_are_given_the_first_named():
    _, _, _, who = analyse(
        "Title\n\nMarlow Freight and Vexco Haulage said on Friday that the merger would cut prices in the county. "
        "Vexco Haulage has depots in Kelby."
    )
    assert who[0] == "Marlow Freight"


def test_a_posts_office_the_story_names_as_a_body_speaks_as_that_body():
    _, _, _, who = analyse(
        "Sheriff Dale Ortiz of the Harlan County Sheriff's Office said the roads were safe. "
        "Two deputies patrol each school district, according to the sheriff's office. "
        "The sheriff's office said the new dispatch centre would open in May."
    )
    assert who == ["Dale Ortiz", "Harlan County Sheriff's Office", "Harlan County Sheriff's Office"]


def test_a_possessive_opening_places_the_post_whose_holder_speaks_next():
    text = (
        "Winger Callum Reyes missed training on Monday. Reyes's agent, Omar Pike, said talks with the club had "
        'stalled. "Callum loves the city," he said. "He will sign a new deal before the window shuts."'
    )
    _, _, _, who = analyse(text)
    assert who[2:] == ["Omar Pike", "Omar Pike"]
    (pledge,) = make_brief(text, "t").commitments
    assert pledge.who == "Callum Reyes"  # "he" in the agent's words is his client


def test_he_closing_a_quote_of_two_sentences_is_the_person_the_sentence_before_the_quote_opens_with():
    story = (
        "Harbour board row\n\n"
        "Kelby councillor Omar Roe has quit the harbour board after a row with its chair, Bill Dore. "
        'Mayor Ian Hale said the board "will carry on" without him. "It is a pity," Hale added.\n\n'
        "Roe, who sat on the board for six years, spoke to reporters outside the town hall.\n\n"
        '"I have no quarrel with Mr Dore or with the mayor. I simply ran out of patience," he said.\n\n'
        '"I will stand for the harbour seat again in May."'
    )
    brief = make_brief(story, "t")
    assert {q.speaker for q in brief.quotes if "no quarrel" in q.text} == {"Omar Roe"}
    assert [c.who for c in brief.commitments if "harbour seat" in c.text] == ["Omar Roe"]


@pytest.mark.parametrize("put_out", ["issued a statement on Tuesday", "shared a message with fans"])
def test_a_quote_below_a_sentence_saying_its_subject_put_out_words_is_theirs(put_out):
    story = (
        "Club sold\n\n"
        f"Kelby Rovers have been sold to a local builder. Omar Roe {put_out}.\n\n"
        '"I will stay on as chairman until the sale is complete."'
    )
    assert [c.who for c in make_brief(story, "t").commitments] == ["Omar Roe"]


def test_a_body_speaks_across_a_noun_with_a_relative_clause_naming_another_place():
    brief = make_brief(
        "Ward to close\n\nTarnby Children's Hospital will shut its night ward in June. The Penmoor Nurses Guild, "
        "the union that represents 300 nurses at Tarnby, said the move would leave wards short.",
        "t",
    )
    assert [c.who for c in brief.claims if c.text.startswith("The Penmoor")] == ["Penmoor Nurses Guild"]
