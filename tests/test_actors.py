import pytest

from briefcli.brief import make_brief
from briefcli.extract import actors, registry
from helpers import analyse


def actors_of(text):
    return {a.name: a for a in analyse(text)[2].actors}


def test_surname_and_honorific_fold_into_full_name_with_role():
    actors = actors_of(
        "Maternity pay is to rise, the Trade and Industry Secretary Patricia Hewitt said. "
        "Ms Hewitt told reporters it was fair. Hewitt added more."
    )
    hewitt = actors["Patricia Hewitt"]
    assert hewitt.type == "person"
    assert hewitt.role == "Trade and Industry Secretary"
    assert hewitt.mentions == 3
    assert "Hewitt" in hewitt.aliases


def test_demonyms_count_for_their_country():
    actors = actors_of("Russia uses North Korean weapons and Iranian drones. Chinese goods help too.")
    assert {"Russia", "North Korea", "Iran", "China"} <= set(actors)
    assert all(actors[n].type == "place" for n in ("Russia", "North Korea", "Iran", "China"))
    assert "North Korean" in actors["North Korea"].aliases


def test_organisations_people_and_places_are_told_apart():
    actors = actors_of(
        "The Ukraine-NATO Council met in Brussels. NATO said the Bank of England and GMTV agreed. "
        "John Smith of Acme Corp spoke."
    )
    assert actors["Ukraine-NATO Council"].type == "organization"
    assert actors["NATO"].type == "organization"
    assert actors["Bank of England"].type == "organization"
    assert actors["GMTV"].type == "organization"
    assert actors["John Smith"].type == "person"
    assert actors["Acme Corp"].type == "organization"
    assert "Brussels" not in actors  # only a location here, never an actor


def test_a_body_named_of_a_place_stays_whole_before_its_apposition():
    # A name whose word before "of" says it is a body is never a person and their employer.
    actors = actors_of("The Tea Board of Vandoria, the industry regulator, said it would review the auction rules.")
    assert actors["Tea Board of Vandoria"].type == "organization"
    assert "Vandoria" not in actors


def test_a_union_local_named_with_its_number_keeps_its_common_first_word():
    # "Transit" is written in lower case elsewhere; the name ends in a body's word before its number.
    actors = actors_of(
        "The transit authority will run the line.\n\n"
        "Transit Workers Union Local 1187 voted Tuesday to accept a staffing agreement."
    )
    assert "Transit Workers Union Local 1187" in actors


def test_a_body_named_once_opening_its_sentence_is_listed_when_the_tagger_reads_it_so():
    actors = actors_of("Kelby Council will sell the depot. Coral Straits Terminals already handles cargo in Chile.")
    assert actors["Coral Straits Terminals"].type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Labour MSP Jo Bell said she would raise it. The MSP added that it was urgent.", "Jo Bell", "Labour MSP"),
        ("Ward MCA Daniel Kiptoo said the ward would get a new road.", "Daniel Kiptoo", "MCA"),
        ("Transport MEC Ada Quill said the department would act.", "Ada Quill", "Transport MEC"),
        ("Local TD Aoife Brannagh said she would raise it in the Dáil.", "Aoife Brannagh", "TD"),
        (
            "Independent TD for Kelby East, Ross Quill, said he would raise it.",
            "Ross Quill",
            "Independent TD for Kelby East",
        ),
    ],
)
def test_a_legislators_post_written_short_is_a_title(text, name, role):
    # Scotland's MSPs, Northern Ireland's MLAs, Ontario's MPPs, Kenya's MCAs, South Africa's MECs, Ireland's TDs
    # (with the seat they hold, apposed to their name).
    assert actors_of(text)[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The mill will reopen, Trade and Manufacturing Cabinet Secretary Tiema Wanjohi announced.",
            "Tiema Wanjohi",
            "Trade and Manufacturing Cabinet Secretary",
        ),
        ("Environment and Forestry Minister Ada Quill said the park would grow.", "Ada Quill", None),
    ],
)
def test_a_portfolio_of_two_subjects_before_a_title_is_no_body(text, name, role):
    actors = actors_of(text)
    assert actors[name].type == "person"
    assert not [a for a in actors.values() if a.type == "organization"]
    if role:
        assert actors[name].role == role


def test_a_body_whose_name_ends_in_a_title_word_stays_a_body():
    actors = actors_of("The Health and Safety Executive said the firm broke the law.")
    assert actors["Health and Safety Executive"].type == "organization"


def test_capitals_that_spell_a_persons_title_are_that_person():
    story = (
        "Mill to reopen\n\n"
        "The Kiboko mill will reopen, Trade Cabinet Secretary Tiema Wanjohi announced. "
        "Speaking at the mill, the CS said her ministry would spend Sh2 billion. The CS will return in April."
    )
    brief = make_brief(story, "t")
    assert "CS" not in {a.name for a in brief.actors + brief.minor_actors}
    assert [c.who for c in brief.commitments if "Sh2 billion" in c.text] == ["Tiema Wanjohi"]


def test_a_pilgrims_honorific_stays_part_of_the_name():
    actors = actors_of(
        "The chairman of the traders' association, Alhaji Tunde Okeowo, told our correspondent the fire "
        "service came late. Okeowo said the market would reopen."
    )
    assert actors["Alhaji Tunde Okeowo"].type == "person"


def test_a_portfolio_ends_before_a_name_whose_given_name_no_list_has():
    actors = actors_of("Minister for Transport Tiernan Ruadhain said his department would pay.")
    assert actors["Tiernan Ruadhain"].role == "Minister for Transport"
    seat = actors_of("Jo Bell, the Labour MP for Kelby Marsh, said she would table a question.")
    assert seat["Jo Bell"].role == "the Labour MP for Kelby Marsh"  # a member's seat is no name


def test_a_portfolio_after_of_ends_before_its_holders_name():
    actors = actors_of("Minister of Employment Aino Kettunen said the government would act. Kettunen spoke.")
    assert actors["Aino Kettunen"].role == "Minister of Employment"
    both = actors_of("Minister of Labour and Employment Ilse Vantaari said it would act. Vantaari spoke.")
    assert both["Ilse Vantaari"].role == "Minister of Labour and Employment"  # the second field is the title's


def test_a_tiers_title_word_and_fields_before_the_office_are_the_holders_role():
    actors = actors_of("State Information Technology Secretary Marisa Ortega-Baca said her department would pay.")
    assert actors["Marisa Ortega-Baca"].role == "State Information Technology Secretary"


def test_a_legislatures_chamber_inside_a_tiers_title_is_the_holders_role():
    actors = actors_of("State Senate Majority Leader Curtis Lamb, a Republican, defended the plan. Lamb spoke.")
    assert actors["Curtis Lamb"].role == "State Senate Majority Leader" and actors["Curtis Lamb"].mentions == 2
    house = actors_of("The bill was backed by State House Speaker Jo Marlow, a Democrat. Marlow spoke.")
    assert house["Jo Marlow"].role == "State House Speaker"


def test_a_pronoun_a_tabloid_shouts_at_its_reader_is_no_acronym():
    actors = actors_of(
        "Title\n\nShoppers say YOUR branch matters, Pennywise said. YOUR store will shut, Pennywise said."
    )
    assert "YOUR" not in actors and "Pennywise" in actors


def test_a_common_noun_written_in_initials_is_no_body():
    actors = actors_of(
        "Title\n\nThe gala paid for a DJ and a VIP area, Kelby Trust said. Guests in the VIP area got free drinks, "
        "and the DJ played until two, Kelby Trust said."
    )
    assert "DJ" not in actors and "VIP" not in actors and "Kelby Trust" in actors


def test_a_name_before_neighborhood_or_suburb_is_a_place_not_a_body():
    actors = actors_of(
        "Route 14, which links the Marlowe neighborhood to Kelby Hospital, will return by September, Kelby Transit "
        'said. "I take the 14 three times a week," said Jo Fenn, 71, of Marlowe.'
    )
    assert actors["Marlowe"].type == "place"


def test_a_union_branch_by_its_number_is_the_union_that_ends_with_it_or_is_set_beside_it():
    actors = actors_of(
        "Kelby Transit Workers Union Local 417 represents 640 drivers at Kelby Transit, the commission that runs the "
        "buses. Local 417 president Deb Marchetti said her members were exhausted."
    )
    assert "Local 417" not in actors and actors["Kelby Transit Workers Union Local 417"].mentions == 2
    apposed = actors_of(
        "The Gulf Coast Dockworkers Union, Local 27, which represents 2,300 workers, said it would sue."
    )
    assert "Local 27" not in apposed and "Gulf Coast Dockworkers Union" in apposed


def test_an_island_named_with_its_kind_is_the_island_named_without_it():
    text = (
        "Causeway to end Cruinnsay's ferry era\n\nCouncillors voted to link the Isle of Cruinnsay to the mainland. "
        '"This is the day Cruinnsay stops being cut off," said Ms Lindsay. About 240 people live on Cruinnsay, '
        "which is served by a ferry."
    )
    brief = make_brief(text, "story.txt")
    names = {a.name: a.type for a in [*brief.actors, *brief.minor_actors]}
    assert "Cruinnsay" not in names and names.get("Isle of Cruinnsay") == "place"


def test_a_titles_word_opening_a_bodys_name_after_the_is_no_rank():
    actors = actors_of("The General Dental Council, the regulator of dentists, said it would act.")
    assert actors["General Dental Council"].type == "organization"
    assert "Dental Council" not in actors
    nato = actors_of("According to the Secretary General of the Alliance, air defence is vital.")
    assert "Secretary General of the Alliance" not in nato


def test_a_town_named_as_a_body_is_its_council_the_story_names():
    actors = actors_of(
        "Tallong Shire Council cut water allocations. Irrigators are angry. A spokeswoman for Tallong said the "
        "council would review the cuts."
    )
    assert "Tallong" not in actors and actors["Tallong Shire Council"].mentions >= 2


def test_a_surname_a_spokesman_speaks_for_is_the_person_the_story_names():
    actors = actors_of(
        "Racing driver Corinne Valdez has withdrawn from the Kelby rally. A spokesman for Valdez said she would "
        "race again in May. A lawyer for Valdez declined to comment."
    )
    assert "Valdez" not in actors and actors["Corinne Valdez"].mentions == 3
    # ... but a word no one in the story is called stays a body
    bodies = actors_of("Racing driver Corinne Valdez has withdrawn. A spokesman for Harrowgate said it would pay.")
    assert bodies["Harrowgate"].type == "organization"


@pytest.mark.parametrize(
    "apposed",
    [
        "the Conservative MP for Harlow Fen",
        "the Liberal Democrat MP for Vey and Upper Marsh",
        "Labour MP for Kelby West",
    ],
)
def test_a_members_post_with_party_and_seat_is_their_role_not_a_body(apposed):
    actors = actors_of(f"Dora Pennick, {apposed}, asked ministers to fund the bypass.")
    assert list(actors) == ["Dora Pennick"] and actors["Dora Pennick"].role.endswith(apposed.removeprefix("the "))


def test_weekdays_in_the_plural_are_no_actors():
    actors = actors_of("The court will hold trials on weekday evenings and Saturdays. Saturdays will be busy.")
    assert "Saturdays" not in actors


def test_a_name_ending_in_a_firms_trade_is_a_firms():
    actors = actors_of(
        "The tank was leased to Orlin Polymers, a plastics maker that shares the site. In a statement, Orlin said "
        "the upkeep was not its job."
    )
    assert actors["Orlin Polymers"].type == "organization"


def test_a_campaign_named_for_its_cause_after_neighbors_or_taxpayers_is_one_body():
    actors = actors_of("Kelby Neighbors for Quiet Skies, a residents' group, says the noise maps are wrong.")
    assert "Kelby Neighbors for Quiet Skies" in actors and "Quiet Skies" not in actors


def test_a_body_of_the_people_of_two_fields_is_one_name():
    actors = actors_of("The Union of Prison and Custody Officers said it would ballot members. UPCO is angry.")
    assert "Union of Prison and Custody Officers" in actors and "Union of Prison" not in actors


def test_sentence_initial_words_months_and_weekdays_are_not_actors():
    actors = actors_of(
        "According to officials, the talks went well. However, nothing was signed on Tuesday. "
        "In November the talks resume."
    )
    assert not {"According", "However", "Tuesday", "November", "In"} & set(actors)


def test_title_after_name_and_title_alone_fold_into_holder():
    text = (
        "Our support must go further. Mark Rutte Secretary General of NATO\n\n"
        "As the Secretary General emphasized, help is needed. Rutte agreed."
    )
    actors = actors_of(text)
    rutte = actors["Mark Rutte"]
    assert rutte.role == "Secretary General of NATO"
    assert "Secretary General" in rutte.aliases


def test_role_from_apposition():
    actors = actors_of("David Frost, director general of the British Chambers of Commerce, said the plan was good.")
    assert actors["David Frost"].role == "director general of the British Chambers of Commerce"
    assert actors["British Chambers of Commerce"].type == "organization"


def test_acronym_in_brackets_folds_into_the_name():
    actors = actors_of(
        "A probe by the Securities Exchange Commission (SEC) continues. The SEC said it was close to a deal."
    )
    sec = actors["Securities Exchange Commission"]
    assert sec.type == "organization" and sec.mentions == 3 and "SEC" in sec.aliases
    assert "SEC" not in actors


def test_first_names_tell_people_from_companies():
    actors = actors_of(
        "Time Warner said profits rose. Analysts at Time Warner were pleased. Gordon Brown welcomed the news."
    )
    assert actors["Time Warner"].type == "organization"
    assert actors["Gordon Brown"].type == "person"


def test_nationality_adjectives_and_laws_are_not_actors():
    actors = actors_of(
        "US media giant TimeWarner met German music publisher Bertelsmann. TimeWarner said the Freedom of "
        "Information Act will apply. UK finance minister Tom Hale said: \"I'm hopeful. We're ready.\""
    )
    assert not {"United States", "Germany", "UK", "United Kingdom", "I'm", "We're"} & set(actors)
    assert actors["Bertelsmann"].type == "organization"  # "music publisher Bertelsmann"
    assert not [name for name in actors if "Act" in name]


def test_lower_case_role_before_a_name():
    actors = actors_of('Liberal Democrat spokeswoman for women Sandra Gidley said: "It is misdirected."')
    assert actors["Sandra Gidley"].role == "Liberal Democrat spokeswoman for women"
    assert actors["Liberal Democrat"].type == "organization"  # named as the article writes it


def test_a_headline_mention_counts():
    _, _, index, _ = analyse("Labour plans maternity pay rise\n\nMaternity pay is to rise by 2007.")
    labour = {a.name: a for a in index.actors}["Labour"]
    assert labour.sentence == -1 and labour.mentions == 1


def test_well_known_acronyms_fold_into_full_names():
    actors = actors_of("The European Union agreed the plan. EU ministers met in Brussels on the EU budget.")
    eu = actors["European Union"]
    assert eu.mentions == 3 and "EU" in eu.aliases


def test_body_before_a_title_and_abbreviated_titles():
    actors = actors_of(
        "The plant will open in 2026, Ford Executive Chairman Bill Ford told reporters. Mr. Ford was upbeat. "
        "Sen. Marco Rubio of Florida objected. Michigan Gov. Gretchen Whitmer welcomed it."
    )
    assert actors["Bill Ford"].type == "person" and actors["Bill Ford"].role == "Ford Executive Chairman"
    assert actors["Bill Ford"].mentions == 2
    assert actors["Ford"].type == "organization"
    assert actors["Marco Rubio"].role == "Senator" and "Florida" in actors
    assert actors["Gretchen Whitmer"].role == "Michigan Governor"


def test_sentence_initial_words_and_labels_are_not_names():
    actors = actors_of(
        "Speaking to reporters, Jane Okafor said the plan was fair. Because Okafor spoke first, the vote waited. "
        "Like Okafor, the mayor backed it. Frustration: residents waited for hours."
    )
    assert set(actors) == {"Jane Okafor"}


def test_names_with_particles_and_nicknames_fold_into_one_person():
    actors = actors_of(
        "Prime Minister Karim al-Hadi met envoys. Later al-Hadi said talks would go on. Mr Hadi left early. "
        'Police arrested Tomas "The Fox" Brenner on Friday. Brenner denied the charges.'
    )
    assert actors["Karim al-Hadi"].mentions == 3
    assert actors["Tomas Brenner"].mentions == 2
    assert "Hadi" not in actors and "Brenner" not in actors


def test_given_name_and_lower_case_title_fold_into_the_holder():
    actors = actors_of(
        "President Maria Lenz signed the bill on Monday. The president said it was overdue. Maria thanked the staff."
    )
    assert actors["Maria Lenz"].mentions == 3


def test_acronym_folds_into_its_expansion_and_variants_into_one_actor():
    actors = actors_of(
        "The Federation of Harbour Pilots said pay talks had failed. The FHP will strike. "
        "Isis claimed the attack. Daesh fighters were seen nearby. The Islamic State group denied it."
    )
    assert actors["Federation of Harbour Pilots"].mentions == 2
    islamic = [a for a in actors.values() if a.aliases and {"Isis", "Daesh"} & {a.name, *a.aliases}]
    assert len(islamic) == 1 and islamic[0].mentions == 3


def test_actor_is_named_as_the_article_writes_it():
    actors = actors_of("The UK said it would send aid. UK ministers met on Monday.")
    assert "UK" in actors and "United Kingdom" not in actors


def test_roles_are_never_taken_from_captions_or_lists():
    actors = actors_of(
        "Olga Brandt, pictured with the Secretary of State at the summit, said talks went well. "
        "Guests included Olga Brandt, Peter Lund and Foreign Minister Ana Ruiz."
    )
    assert actors["Olga Brandt"].role is None
    assert actors["Ana Ruiz"].role == "Foreign Minister"


def test_stations_and_counties_are_places_and_named_days_are_not_actors():
    text = (
        "Delays hit Northgate Station after Harlow County flooded. Northgate Station reopened later. "
        "Harlow County declared an emergency. Shops expect crowds on Boxing Day and Boxing Day sales."
    )
    types = {name: actor.type for name, actor in actors_of(text).items()}
    assert types == {"Northgate Station": "place", "Harlow County": "place"}


def test_name_source_can_be_replaced():
    from briefcli.extract.actors import find_mentions
    from briefcli.model import Sentence

    sentence = Sentence(0, "the acme board met", 0, 0)
    found = find_mentions([sentence], source=lambda text: [[(4, 14, "acme board")]])
    assert [m.surface for m in found] == ["acme board"]


def test_employer_named_once_after_a_person_is_an_organisation():
    actors = actors_of("Shares fell, said analyst Jo Doe of Kestrel Vance. Marks & Spencer rose. Marks & Spencer sold.")
    assert actors["Kestrel Vance"].type == "organization"
    assert actors["Marks & Spencer"].mentions == 2
    assert actors["Jo Doe"].type == "person"


def test_titles_of_works_are_not_actors():
    actors = actors_of(
        "The council banned the play The Silver Orchard. Jo Kent told the programme Morning Desk she was angry."
    )
    assert "Silver Orchard" not in actors and "Morning Desk" not in actors


def test_a_capital_the_inside_a_sentence_is_part_of_the_name():
    actors = actors_of("Staff at The Morning Ledger walked out. The union said the Morning Ledger had cut pay.")
    assert actors["The Morning Ledger"].mentions == 2


def test_an_honorific_opening_a_sentence_or_after_a_title_is_no_part_of_the_name():
    actors = actors_of(
        "Dr Maren Holt said the clinic would open. Water Commissioner Dr. Ivo Renwick said so too. "
        "Ms Holt and Renwick met. Mr Pask declined to comment."
    )
    assert actors["Maren Holt"].type == "person" and actors["Maren Holt"].mentions == 2
    assert actors["Ivo Renwick"].role == "Water Commissioner"
    assert "Mr Pask" in actors  # known only by honorific and surname: the honorific stays


def test_a_person_of_an_organisation_is_two_actors():
    actors = actors_of(
        "Detective Sergeant Tomasz Wrobel of Harlow Police said the man would be charged. "
        "Professor Ilse Varga of the University of Dunmere said the data were clear. "
        "The Bank of Dunmere and the Duke of Harlow disagreed."
    )
    assert actors["Tomasz Wrobel"].role == "Detective Sergeant"
    assert actors["Harlow Police"].type == "organization"
    assert actors["Ilse Varga"].type == "person"
    assert actors["University of Dunmere"].type == "organization"
    assert "Bank of Dunmere" in actors


def test_a_word_news_writes_in_lower_case_opening_a_sentence_is_no_name():
    actors = actors_of(
        "Shares of Quorvex fell 3% on Monday. Speaking later, Quorvex chief Ana Pell said demand was strong. "
        "Former Velmar chancellor John Kest disagreed."
    )
    assert not any(name.startswith(("Shares", "of ", "Speaking", "Former")) for name in actors)
    assert {"Quorvex", "Ana Pell", "John Kest"} <= set(actors)


def test_names_the_tagger_reads_as_neither_person_organisation_nor_place_are_no_actors():
    actors = actors_of("Dozens of Narvian voters backed the plan, and the Calvinist vote split, officials said.")
    assert "Narvian" not in actors and "Calvinist" not in actors


def test_and_inside_the_name_of_a_department_or_commission():
    actors = actors_of(
        "The Department of Fisheries and Coastal Affairs said the Regional Competition and Markets Commission "
        "would review the deal. Acme Bank and John Lee declined to comment."
    )
    assert "Department of Fisheries and Coastal Affairs" in actors
    assert "Regional Competition and Markets Commission" in actors
    assert "John Lee" in actors and "Acme Bank" in actors


def test_an_organisation_word_news_always_capitalises_names_a_body_of_its_own_when_it_recurs():
    actors = actors_of(
        "The Treasury said on Friday it would pay £2m to the Harbour Trust. A Treasury spokesman confirmed it. "
        "The Northern Alliance met. The Alliance said it would stay."
    )
    assert actors["Treasury"].type == "organization" and "Treasury" not in actors["Harbour Trust"].aliases
    assert "Alliance" in actors["Northern Alliance"].aliases
    assert actors_of("NATO met in Oslo. The Alliance agreed.")["NATO"].mentions == 2  # no other holds it


def test_councillors_and_administrators_are_titles():
    actors = actors_of("Cllr Rona Pike said the bridge would reopen. Port Administrator Ewan Tolle agreed.")
    assert actors["Rona Pike"].role == "Councillor"
    assert actors["Ewan Tolle"].role == "Port Administrator"


def test_a_possessive_never_means_the_outlet_someone_spoke_to():
    story = (
        "Salads recalled\n\n"
        "Kelby Foods is recalling deli salads. Health officer Ann Cole told WKTZ the tests go on. "
        "The company's president, Rob Kelby, said sorry. He said the chain plans to install new fridges."
    )
    brief = make_brief(story, "t")
    actors = {a.name: a for a in brief.actors}
    assert "WKTZ" not in (actors["Rob Kelby"].role or "")
    assert [c.who for c in brief.commitments if "fridges" in c.text] == ["Kelby Foods"]


def test_a_role_set_between_commas_before_the_name():
    actors = actors_of(
        "In a statement, the company's chief executive, Ilsa Voort, said sales rose. "
        "Kemp's barrister, Rory Dunne, said his client was sorry. "
        "Ms Voort and Mr Dunne left. Its spokesman, Ned Carr, declined to comment on Monday, Carr said."
    )
    assert actors["Ilsa Voort"].role == "the company's chief executive"
    assert actors["Rory Dunne"].role == "Kemp's barrister"
    assert actors["Ned Carr"].role == "its spokesman"


def test_a_list_before_a_name_gives_no_role():
    actors = actors_of("Fans, players and the coach, Ivo Mark, wept. Mark said so. Prices, he said, would rise.")
    assert "players" not in (actors["Ivo Mark"].role or "")


def test_a_descriptor_must_stand_right_before_the_name():
    from briefcli.extract.roles import descriptor_before

    text = "The housing minister warned that the Government would act."
    assert descriptor_before(text, text.index("Government"))[0] != "person"
    text = "Cabinet minister Jo Reed spoke."
    assert descriptor_before(text, text.index("Jo")) == ("person", "Cabinet minister")
    actors = actors_of(
        "A spokeswoman for Quill Rights Watch said the plan was unlawful. Quill Rights Watch will appeal."
    )
    assert actors["Quill Rights Watch"].type == "organization"
    # "chairman of retailer X": the body word last before the name says what X is
    text = "Dame Ann Rusk stepped down as chairman of retailer Quillon Stores."
    assert descriptor_before(text, text.index("Quillon")) == ("organization", None)


def test_emphatic_capitals_and_an_opening_descriptor_are_no_part_of_a_name():
    actors = actors_of(
        "A ROGUE trader who fleeced pensioners was jailed. Charity Elder Care Wessex said it would help victims. "
        "Elder Care Wessex runs a helpline. NATO met in May."
    )
    assert "ROGUE" not in actors and "Charity Elder Care Wessex" not in actors
    assert "Elder Care Wessex" in actors and "NATO" in actors


def test_places_after_a_preposition_and_the_are_settings_not_actors():
    actors = actors_of(
        "In Lisbon on Monday, Vela Corp said sales rose. Its founder moved to the UK in 1990. "
        "Vela Corp thanked Portugal and the UK."
    )
    assert "Lisbon" not in actors  # only ever where something happened
    assert "UK" in actors and "Portugal" in actors  # also named as a party


def test_shorter_names_of_an_organisation_fold_into_it():
    actors = actors_of(
        "Kestrel Motors posted a loss. Kestrel will cut 300 jobs, and Kestrel shares fell. "
        "The Norwegian Transport Council criticised the plan. The Transport Council meets on Monday."
    )
    assert "Kestrel" not in actors and "Transport Council" not in actors
    assert actors["Kestrel Motors"].mentions == 3
    assert actors["Norwegian Transport Council"].mentions == 2


def test_a_descriptor_opening_the_sentence_before_a_known_bodys_one_word_name_is_no_part_of_it():
    actors = actors_of("Title\n\nWatchdog Ofcom will assess 3,800 complaints. Regulator Ofgem said prices would fall.")
    assert set(actors) == {"Ofcom", "Ofgem"}


def test_a_firm_is_called_by_the_coined_word_that_opens_its_name_but_a_town_is_not_its_body():
    actors = actors_of(
        "Title\n\nCorvane Communications pulled Ridgeline Sports Network from its lineup. Ridgeline holds "
        "the rights. A spokeswoman for Ridgeline, Maya Tran, said the network would return."
    )
    assert "Ridgeline" not in actors and actors["Ridgeline Sports Network"].mentions == 3
    actors = actors_of(
        "Title\n\nThe Brannock Taxpayers League opposes the stadium. Brannock City Council meets on Monday. "
        "Brannock has 9,000 residents."
    )
    assert actors["Brannock Taxpayers League"].mentions == 1


def test_a_word_opening_the_sentence_that_the_article_writes_in_lower_case_still_says_what_follows():
    actors = actors_of(
        "Title\n\nTickets sold out in minutes. Promoter Kelway Live has agreed to release 5,000 more tickets. "
        "The site said prices had been set by the promoter. For Ada Marsh, 54, from Wigan, the money matters."
    )
    assert actors["Kelway Live"].type == "organization"
    assert actors["Ada Marsh"].role is None


def test_a_body_named_by_a_list_keeps_its_commas_and_its_first_items():
    actors = actors_of(
        "Title\n\nThe Commons Science, Innovation and Technology Committee will question the firm. Britain's "
        "Foreign, Commonwealth and Development Office said it would provide £40m. The FCDO said so again. "
        "Ofcom, Vodafone and BT Group met on Monday."
    )
    assert actors["Science, Innovation and Technology Committee"].type == "organization"
    assert actors["Foreign, Commonwealth and Development Office"].mentions == 2
    assert "Development Office" not in actors and "Innovation and Technology Committee" not in actors
    assert "Ofcom" in actors


def test_a_nations_own_party_is_a_body_of_its_own():
    actors = actors_of(
        "Title\n\nThe Scottish Conservatives said they would vote against the plan. The Conservatives in "
        "London were silent."
    )
    assert actors["Scottish Conservatives"].mentions == 1 and actors["Conservatives"].mentions == 1


def test_a_recurring_single_name_that_who_describes_is_a_person():
    actors = actors_of(
        "Title\n\nThe county board cut the sheriff's budget. Varnholt, who has led the office since 2015, "
        'called the vote reckless. "We will still answer every call," Varnholt said. Varnholt did not say more.'
    )
    assert actors["Varnholt"].type == "person"


def test_a_role_before_a_clerics_styled_name_is_theirs():
    actors = actors_of(
        "Title\n\nKelby Cathedral will charge visitors from April. The dean, the Very Rev Ada Holm, said no "
        "worshipper would pay. The Bishop of Kelby, the Rt Rev Jo Ennis, defended the plan."
    )
    assert actors["Ada Holm"].role == "the dean"
    assert actors["Jo Ennis"].role == "the Bishop of Kelby"


def test_a_council_named_by_its_place_alone_is_the_council_named_in_full():
    actors = actors_of(
        "Tarnby council to close six libraries\n\nTarnby Borough Council is to close six libraries. "
        "Tarnby council will also sell two car parks, and Wexford District Council objected."
    )
    assert "Tarnby Council" not in actors
    assert actors["Tarnby Borough Council"].mentions == 3
    assert "Wexford District Council" in actors


def test_a_name_before_a_lower_case_role_and_a_person_is_their_employer():
    actors = actors_of('"We are fighting this," Fenwick deputy chief executive Ola Brandt told reporters.')
    assert actors["Fenwick"].type == "organization"
    assert actors["Ola Brandt"].type == "person"
    assert "Telegraph" not in actors_of("Telegraph executive Ola Brandt said so.")  # a generic word


def test_a_descriptor_in_another_phrase_gives_no_role():
    actors = actors_of("The film shows the minister laughing at Dermot Kilbane's impression of him.")
    assert actors["Dermot Kilbane"].role is None


def test_the_plural_of_a_title_names_people_not_an_organisation():
    actors = actors_of("Danish MEPs rejected the plan. The bill failed to win the support of MEPs.")
    assert "MEPs" not in actors


def test_a_title_of_a_work_is_not_a_name():
    actors = actors_of(
        "The remarks come in a Channel 9 film called 'No More Dr Nice'. Dr Rosa Lind is in it. "
        "Review: No More Dr Nice is shown on Sunday."
    )
    assert "Dr Nice" not in actors and "Nice" not in actors
    assert "Rosa Lind" in actors


def test_a_name_after_a_role_and_a_preposition_is_the_body_not_the_person():
    actors = actors_of(
        "A spokeswoman for Coastal Rights Watch said the law was unfair. "
        "Ivo Marsh, chief adviser to the Fenland Exchequer, disagreed."
    )
    assert actors["Coastal Rights Watch"].type == "organization"
    assert actors["Coastal Rights Watch"].role is None
    assert actors["Fenland Exchequer"].type == "organization"
    assert actors["Ivo Marsh"].role == "chief adviser to the Fenland Exchequer"


def test_lower_case_words_before_a_person_give_the_role():
    actors = actors_of(
        "Film historian Maria Lund said the archive was lost. "
        "Former Labour minister Ann Carter agreed. Shares in oil producer Norvex Petroleum fell."
    )
    assert actors["Maria Lund"].role == "Film historian"  # an agent noun
    assert actors["Ann Carter"].role == "Former Labour minister"  # a title word in lower case
    assert "Former Labour" not in actors
    assert actors["Norvex Petroleum"].type == "organization" and actors["Norvex Petroleum"].role is None


def test_roles_from_appositions_and_before_an_honorific():
    actors = actors_of(
        "Farm union president Dame Ruth Kell said prices fell. "
        "Tom Hale, ex-chief economic adviser to the Exchequer, agreed. "
        "Ms Kell, a friend of the party leader, left early. "
        "Mr Hale, the group's organiser, stayed."
    )
    assert actors["Dame Ruth Kell"].role == "Farm union president"
    assert actors["Tom Hale"].role == "ex-chief economic adviser to the Exchequer"
    assert "Farm" not in actors  # a common noun opening the sentence


def test_a_clause_between_commas_is_no_role():
    actors = actors_of("Kim Vale won gold in Oslo. Kim Vale, while her rival won silver, smiled.")
    assert actors["Kim Vale"].role is None


def test_a_body_of_several_words_before_a_title_and_a_name():
    actors = actors_of(
        "Roads and Waterways Committee Chairman Rep. Tad Ormond said the bill would fail. Ormond voted no."
    )
    assert actors["Tad Ormond"].type == "person"
    assert actors["Roads and Waterways Committee"].type == "organization"


def test_a_generic_organisation_word_finds_its_holder_anywhere_in_the_article():
    actors = actors_of(
        "The Northern Fisheries Commission opened an inquiry. Dunmore Port said it would cooperate. "
        "Rain fell in May. Kelso Ferries sailed. Dunmore Port and Kelso Ferries met. The Commission said more."
    )
    assert "Commission" in actors["Northern Fisheries Commission"].aliases
    assert "Commission" not in actors["Kelso Ferries"].aliases


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a person descriptor opening the sentence is the role
        # (a title's head, as in "Deputy Public Prosecutor Rachel Teo", keeps its capital)
        ("Prosecutor Ann Marsh told the court the money was gone.", "Ann Marsh", "Prosecutor"),
        ("Striker Jo Bell scored twice.", "Jo Bell", "striker"),
        ("Pensioner Edna Parr, 81, lost her savings.", "Edna Parr", "pensioner"),
        # ... any word before a given name and a surname: an English name opens with neither
        ("Organiser Pauline Tesh, 67, said the fair would go ahead.", "Pauline Tesh", "organiser"),
        ("Stallholder Martin Greaves said trade was down.", "Martin Greaves", "stallholder"),
        # ... a given name no list knows, read as one by the name tagger after a word it reads as none
        ("Optometrist Harjit Sandhu said demand had surged.", "Harjit Sandhu", "optometrist"),
        # a portfolio listing its fields with "and"
        (
            "The Secretary of State for Energy Security and Net Zero, Rhys Cadd, said so.",
            "Rhys Cadd",
            "Secretary of State for Energy Security and Net Zero",
        ),
        ("Minister for Women and Equalities Anne Lowe spoke.", "Anne Lowe", "Minister for Women and Equalities"),
        # people described by what they are before the name
        ("The club was bought by Texan billionaire Brent Callow on Monday.", "Brent Callow", "Texan billionaire"),
        # abbreviated titles are written out; a style after another title is dropped
        ("Gov. Kevin Roan said the state would pay.", "Kevin Roan", "Governor"),
        ("Sen. Lia Ward agreed.", "Lia Ward", "Senator"),
        ("U.S. Sen. Lia Ward, R-Ohio, agreed.", "Lia Ward", "U.S. Senator"),  # (an initialism keeps its stops)
        ("House Budget Committee Chairman Rep. Tom Pike said no.", "Tom Pike", "House Budget Committee Chairman"),
        # "Former" and "Acting" open a title, not a name
        ("Former Chancellor Ken Hale spoke at the dinner.", "Ken Hale", "Former Chancellor"),
        ("He thanked Acting Mayor Ruth Dale.", "Ruth Dale", "Acting Mayor"),
    ],
)
def test_titles_and_descriptors_before_a_name(text, name, role):
    found = actors_of(text)
    assert found[name].role == role
    assert not {"Former", "Acting", "Prosecutor", "Striker", "Organiser", "Stallholder", "Optometrist"} & set(found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The race was won by marathon runner Tobiah Quenby on Sunday.", "Tobiah Quenby", "marathon runner"),
        ("Sheep farmer Ilse Marrable said she had dug 40 animals out of drifts.", "Ilse Marrable", "Sheep farmer"),
    ],
)
def test_an_agent_noun_before_a_persons_name_is_their_role(text, name, role):
    # "runner" or "farmer" could describe a company; before a name the tagger reads as a person's it is her role
    assert actors_of(text)[name].role == role


def test_an_opening_word_before_a_name_of_common_words_describes_a_company():
    # "Rail" is a word news writes in lower case: with it the name is a company's, whatever the tagger reads
    found = actors_of("Contractor Pellow Rail said it would appeal against the fine.")
    assert found["Pellow Rail"].type == "organization" and "Contractor" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mary Jo Tesh said she would appeal.", "Mary Jo Tesh"),  # a double given name
        ("Cape Elizabeth Town Council met on Monday.", "Cape Elizabeth Town Council"),  # a body
    ],
)
def test_a_given_name_second_in_a_body_or_a_double_given_name_keeps_its_first_word(text, name):
    assert name in actors_of(text)


def test_a_long_apposition_is_still_a_role():
    found = actors_of(
        "Dr. Mina Rao, an infectious disease specialist at the University of Wessex Health Sciences "
        "Center, said cases would rise."
    )
    assert found["Mina Rao"].role.startswith("an infectious disease specialist")


def test_a_role_given_through_a_possessive_names_the_body():
    found = actors_of(
        "Brackley Homes wants to build 400 houses on the meadow, and Brackley Homes has the land. "
        "Its managing director, Fiona Dale, said the plan was sound. "
        "But the Guild of Hauliers, the industry's lobby, objected. \"Let the NTSB and the Guild of Hauliers "
        'finish," said Omar Reid, '
        "the group's president. The victim's mother, Jane Tull, wept."
    )
    assert found["Fiona Dale"].role == "managing director of Brackley Homes"
    assert found["Omar Reid"].role == "president of Guild of Hauliers"  # not the body named in his quote
    assert found["Jane Tull"].role == "the victim's mother"  # a person's possessive stays as written
    family = actors_of("Brackley Homes sued, and Brackley Homes lost. Their attorney, Simone Dell, said so.")
    assert family["Simone Dell"].role == "their attorney"  # "their" may be people's: left as written


def test_what_a_body_is_said_after_its_name_is_its_role():
    found = actors_of(
        "Lumex, a Californian technology company, said it would appeal. Lumex lost. "
        "Papers named the Daily Planet, the Guardian Media Group and the Herald Trust. The Daily Planet lost."
    )
    assert found["Lumex"].role == "Californian technology company"
    assert found["Daily Planet"].role is None  # a list of names, not an apposition


def test_a_title_word_before_one_organisation_word_names_a_body():
    actors = actors_of(
        "Harrowby Town have drawn interest from across the Premier League. "
        "A spokesman said the Premier League's rules were clear."
    )
    assert actors["Premier League"].type == "organization"
    assert "League" not in actors


def test_schools_churches_and_power_companies_are_organisations():
    actors = actors_of(
        "The Dunmore Public Schools superintendent said classes would resume. "
        "Pastor Amos Reed of Hope Fellowship Church said prayers were held. "
        "Eastern Ridge Power said crews were restoring lines."
    )
    assert actors["Dunmore Public Schools"].type == "organization"
    assert actors["Hope Fellowship Church"].type == "organization"
    assert actors["Eastern Ridge Power"].type == "organization"


def test_health_systems_charities_and_insolvency_firms_are_organisations():
    actors = actors_of(
        "Nurses at two Wexcombe Health hospitals will strike, the union said. "
        "Lantern Row Ministries, which runs a shelter, said it would open more beds. "
        "Administrators from Galloway Finch Restructuring said all bookings were cancelled. "
        "Health Secretary Oriel Banks said talks would resume."
    )
    assert actors["Wexcombe Health"].type == "organization"
    assert actors["Lantern Row Ministries"].type == "organization"
    assert actors["Galloway Finch Restructuring"].type == "organization"
    assert actors["Oriel Banks"].type == "person"


def test_common_hyphenated_compounds_are_not_names():
    actors = actors_of(
        "Transport Secretary U-turns on bus cuts. "
        "Father-of-three Desmond Pike said the route mattered. "
        "The European Low-cost Carriers Association backed him."
    )
    assert "U-turns" not in actors
    assert "Desmond Pike" in actors
    assert "European Low-cost Carriers Association" in actors


def test_a_plural_possessive_before_an_organisation_word_is_one_name():
    actors = actors_of(
        "The Dads' Brigade marched on the town hall. "
        "Organisers said the Dads' Brigade would return. The Nurses' Union agreed."
    )
    assert actors["Dads' Brigade"].type == "organization"
    assert actors["Dads' Brigade"].mentions == 2
    assert "Dads" not in actors
    assert "Nurses' Union" in actors


def test_a_sentence_opening_word_before_a_title_is_no_body():
    actors = actors_of(
        "Residents were angry.\n\nLocal Labour MP Mary Dunne said the plan was flawed. Ms Dunne voted against it."
    )
    assert "Local" not in actors
    assert "Mary Dunne" in actors


def test_an_opening_word_of_a_body_stays_though_the_article_writes_it_in_lower_case():
    actors = actors_of(
        "The storm hit coastal towns on Monday.\n\n"
        "Coastal Ridge Power said crews had restored supply to 9,000 homes. It said more work was needed."
    )
    assert "Coastal Ridge Power" in actors
    assert "Ridge Power" not in actors


def test_a_department_whose_fields_are_listed_with_commas_is_one_name():
    actors = actors_of(
        "A spokesman for the Ministry of Roads, Rivers and Coastal Defence said the plan was sound. "
        "The Department of Health, Ann Lee and Tom Ray disagreed."
    )
    assert actors["Ministry of Roads, Rivers and Coastal Defence"].type == "organization"
    assert "Rivers and Coastal Defence" not in actors
    assert "Department of Health" in actors
    assert "Ann Lee" in actors


def test_a_party_word_counting_members_is_not_the_party():
    actors = actors_of(
        "The bill, led by Sen. Ann Roe, a Republican from Iowa, passed. "
        "She said six Republican colleagues backed it. Some Republican lawmakers did not."
    )
    assert not {"Republican", "Republicans"} & set(actors)
    assert "Ann Roe" in actors
    assert "Republicans" in actors_of("The Republicans said the bill would pass. Republicans want a vote.")


def test_a_name_after_a_place_preposition_takes_no_description():
    actors = actors_of(
        "Borvik said it would keep the group's head office in Tarrow and all its staff. "
        "Sarah Lund, its chief executive, said so."
    )
    assert "Tarrow" not in actors or actors["Tarrow"].type != "person"
    assert actors["Sarah Lund"].type == "person"


def test_a_storm_is_weather_not_an_actor():
    actors = actors_of(
        "Hurricane Marisol killed three people. The National Weather Service said Marisol made landfall "
        "near Port Lavaca. Marisol weakened on Friday, Governor Ann Cole said."
    )
    assert not {"Hurricane Marisol", "Marisol"} & set(actors)
    assert "National Weather Service" in actors
    assert "Ann Cole" in actors


def test_a_wildfire_named_with_the_is_an_event_not_a_body():
    actors = actors_of(
        "The Pinecrest Gap Fire has burned 4,200 acres near Dunmore. Sheriff Ann Cole ordered evacuations "
        "as the Pinecrest Gap Fire jumped the highway. Tolland Fire said crews would hold the line, and "
        "the Tolland Fire chief said containment stood at 10%."
    )
    assert "Pinecrest Gap Fire" not in actors
    assert "Ann Cole" in actors
    assert actors["Tolland Fire"].type == "organization"  # a service: named bare, though "the" comes once


def test_two_words_ending_a_persons_full_name_are_her_two_surnames_not_a_second_person():
    actors = actors_of(
        "Ana Ruiz Cortez, who chairs the arts board, said it would fund the festival. "
        '"We will pay for the stage," Ruiz Cortez said.'
    )
    assert "Ruiz Cortez" not in actors
    assert "Ruiz Cortez" in actors["Ana Ruiz Cortez"].aliases


def test_a_tabloids_word_of_pity_before_a_given_name_is_no_part_of_the_name():
    actors = actors_of(
        "Cyclist Tom Marsh, 34, was hit by a van on Friday. His sister Ann Cole said: 'He was lucky. Poor Tom, "
        "he only bought that bike in May.' Tom said he would ride again by the summer."
    )
    assert "Poor Tom" not in actors
    assert "Tom Marsh" in actors


def test_people_named_for_their_cause_with_an_article_keep_it_in_the_name():
    actors = actors_of(
        "Students for an Open Kelby, a campus group, said it plans to hold a rally on Monday. "
        "Parents for a Safer Dunmore backed the rally."
    )
    assert {"Students for an Open Kelby", "Parents for a Safer Dunmore"} <= set(actors)
    assert not {"Open Kelby", "Safer Dunmore"} & set(actors)


def test_an_nhs_trust_written_in_lower_case_is_one_body():
    actors = actors_of(
        "Kelby Hospitals NHS foundation trust cancelled 300 operations last month. An NHS trust in Dunmore did better."
    )
    assert actors["Kelby Hospitals NHS foundation trust"].type == "organization"
    assert not {"Kelby Hospitals NHS", "An NHS trust", "NHS trust"} & set(actors)


def test_flats_and_heights_after_a_word_no_given_name_make_a_place():
    brief = make_brief(
        "Flood warnings issued\n\nFlood warnings were issued for Salter Flats and Ridge Heights on Sunday.\n\n"
        "Residents of Salter Flats were told to move their cars.\n",
        "t",
    )
    types = {a.name: a.type for a in (*brief.actors, *brief.minor_actors)}
    assert types["Salter Flats"] == "place"


def test_place_words_and_openers_make_a_place():
    actors = actors_of(
        "Crews reached Port Delling and Sandmere Beach on Tuesday. "
        "Residents of Port Delling and Sandmere Beach said boats came late. Port Delling Authority agreed."
    )
    assert actors["Port Delling"].type == "place"
    assert actors["Sandmere Beach"].type == "place"
    assert actors["Port Delling Authority"].type == "organization"


def test_a_name_before_a_state_or_after_town_of_is_a_place():
    actors = actors_of(
        "Grocer Fresha, based in Tolland, Nebraska, runs 900 stores. The merger would cost Fresha's "
        "hometown of Tolland 400 jobs, said Ann Cole. Cole, of Wexbury, S.C., said the villages of "
        "Ashby Moor and Little Harrow would suffer. Fresha said it disagreed."
    )
    assert not {"Tolland", "Wexbury", "Ashby Moor", "Little Harrow"} & {
        n for n, a in actors.items() if a.type != "place"
    }


def test_a_word_found_only_after_in_or_near_is_a_place():
    actors = actors_of(
        "The agency opened clinics in Dunmoor on Monday. Schools near Dunmoor closed. "
        "Acmeco said profits rose. Acmeco will hire staff."
    )
    assert "Dunmoor" not in actors  # a setting, never an actor
    assert actors["Acmeco"].type == "organization"


def test_a_place_modifying_a_noun_is_a_setting():
    actors = actors_of(
        "Borvik will finish a plant near the port of Tarrock. The Tarrock refinery has been delayed, "
        "Borvik said. Borvik expects output next year."
    )
    assert "Tarrock" not in actors


def test_a_state_after_a_town_is_an_address_and_a_place_before_a_noun_a_setting():
    actors = actors_of(
        "The derailment in Dunford, Ohio, forced an evacuation. The railroad said it would add detectors "
        "on its Ohio corridor. Senator Ann Cole, from Ohio, said the railroad was to blame."
    )
    assert "Ohio" not in actors
    assert "Russia" in actors_of("Ann Cole said the Russian aggressor would pay. Cole spoke on Monday.")


def test_a_place_before_a_verb_is_its_subject_not_a_modifier():
    actors = actors_of("The United States will send aid. The Netherlands sent troops, Ann Cole said.")
    assert actors["United States"].type == "place"
    assert actors["Netherlands"].type == "place"


def test_the_acronym_of_a_law_is_not_a_body():
    actors = actors_of(
        "Regulators say Acmeco broke the Online Harms Act (OHA) by failing to check ages. "
        "The OHA had not foreseen chatbots, Ann Cole said. Acmeco said it would comply."
    )
    assert "OHA" not in actors
    assert "Acmeco" in actors


def test_a_word_found_in_a_setting_and_before_a_noun_is_a_place():
    actors = actors_of(
        "Harrowby signed a striker. The Highlands club have not won a trophy since 2007. "
        "His family will join him in the Highlands in January, his agent said. "
        "The Borvik board met. Borvik said profits rose."
    )
    assert "Highlands" not in actors
    assert actors["Borvik"].type == "organization"


def test_a_nationality_standing_for_one_person_is_not_the_country():
    actors = actors_of(
        "The 26-year-old Brazilian, signed for £40m, scored twice. He is a Brazilian who loves the city, "
        "his agent Ann Cole said."
    )
    assert "Brazil" not in actors
    assert "Denmark" in actors_of("Danish officials met. The Danish government said Denmark would pay.")


def test_uk_regulators_are_known_bodies():
    actors = actors_of("In the UK, Ofwat, which regulates water firms, said it had written to the company.")
    assert actors["Ofwat"].type == "organization"


def test_a_name_with_an_ampersand_is_a_firm():
    actors = actors_of("Analysts at Hollis & Crane said the deal was sound. Ann Cole agreed.")
    assert actors["Hollis & Crane"].type == "organization"


def test_a_descriptor_opening_the_sentence_types_the_name_after_it():
    actors = actors_of("Charity Elder Voices Wessex urged ministers to act. Ann Cole agreed.")
    assert actors["Elder Voices Wessex"].type == "organization"


def test_a_lone_first_word_folds_into_the_longer_name():
    actors = actors_of(
        "The chains agreed to sell 400 stores to a regional operator, Hollybrook Grocers. "
        "Regulators said Hollybrook runs only 60 stores."
    )
    assert actors["Hollybrook Grocers"].mentions == 2
    assert "Hollybrook" in actors["Hollybrook Grocers"].aliases
    assert "Dunmoor" not in actors_of(
        "The Dunmoor Valley Trust said it would help. Clinics opened in Dunmoor. Schools near Dunmoor closed."
    )


def test_a_place_after_parts_of_or_neighbourhoods_of_is_a_setting():
    actors = actors_of(
        "Crews reached the neighbourhoods of Port Delling on Tuesday. Rain fell in parts of Wexford County. "
        "Ann Cole said more help was coming."
    )
    assert not {"Port Delling", "Wexford County"} & set(actors)


def test_a_nationality_before_a_media_word_is_an_adjective():
    actors = actors_of("His agent told Portuguese radio station Onda Norte the deal was close. Ann Cole agreed.")
    assert "Portugal" not in actors


def test_a_given_name_alone_once_does_not_make_a_person_a_body():
    actors = actors_of(
        "Dariush Kazemi and Ann Cole are both in prison in Iran. "
        "Bloggers raised awareness of the plight of Dariush and Ann, said Tom Ray."
    )
    assert actors["Dariush Kazemi"].type == "person"


def test_a_possessive_place_is_a_setting_only_before_a_superlative():
    assert "UK" not in actors_of("Ann Cole said it was the UK's biggest book award.")
    assert "UK" in actors_of("Ann Cole said the UK's decision was final.")


def test_verbs_after_a_name_in_a_title_case_headline_are_not_part_of_it():
    actors = actors_of(
        "Fury as Council Refuses to Scrap Parking Fines\n\n"
        "Westbrook Borough Council said the fines were legal. Ann Cole said the council was wrong."
    )
    assert "Council Refuses" not in actors
    assert "Westbrook Borough Council" in actors


def test_a_generic_word_before_a_descriptor_is_no_mention():
    _, _sentences, index, _ = analyse(
        "Chief executive Phil Jones told BBC Radio 4's Today programme crews were busy.\n\n"
        "Energy regulator Ofgem said it would review the response."
    )
    assert [m.surface for m in index.in_sentence(1)] == ["Ofgem"]


def test_a_quoted_programme_after_joins_or_a_possessive_is_no_actor():
    actors = actors_of(
        "Economist Ann Cole joins 'Hadley & Co.' to discuss prices. "
        'Tom Ray said on CBS\'s "Weekend Desk" that prices would fall. Tom Ray is a trader.'
    )
    assert not {"Hadley & Co", "Weekend Desk"} & set(actors)
    assert "Tom Ray" in actors


def test_a_nationality_before_business_or_families_is_an_adjective():
    actors = actors_of("Prices worry Canadian families, Ann Cole said. Every Canadian business deal is at risk.")
    assert "Canada" not in actors


def test_a_list_of_bodies_after_a_department_is_not_its_fields():
    actors = actors_of(
        "The Institute for Fiscal Studies, Harbour Foundation and Citizens Voice said taxes would rise. "
        "A spokesman for the Department for Digital, Culture, Media and Sport said no."
    )
    assert "Institute for Fiscal Studies" in actors
    assert "Department for Digital, Culture, Media and Sport" in actors


def test_a_country_inside_a_list_is_no_address():
    actors = actors_of("Siemens, Germany and France signed the deal on Monday, Ann Cole said.")
    assert {"Germany", "France"} <= set(actors)


def test_a_stake_in_a_body_is_no_setting():
    from briefcli.extract.actors import find_mentions

    _, sentences, _, _ = analyse("Markets were calm. Norvik bought a stake in Tallaro. Clinics opened in Dunmoor.")
    found = {m.surface: m.setting for m in find_mentions(sentences)}
    assert found["Tallaro"] is False
    assert found["Dunmoor"] is True


def test_the_government_is_a_body_of_its_own_not_the_party_named_before():
    actors = actors_of(
        "Ministers dropped the plan on Monday. But the Conservatives accused the Government of chaos. "
        "Ann Cole said the Conservatives were right."
    )
    assert actors["Government"].type == "organization"
    assert actors["Conservatives"].mentions == 2


def test_capitals_for_emphasis_and_exclamations_are_no_names():
    from briefcli.brief import make_brief

    story = (
        "WHOOPEE! Pop singer's bakery chain TUMBLES into the red\n\n"
        "Pop singer Marla Quennell said her bakery chain Crumbwell Bakes would close ten shops. "
        "Marla Quennell said Crumbwell Bakes would pay its staff in full."
    )
    brief = make_brief(story, "t")
    names = {a.name for a in (*brief.actors, *brief.minor_actors)}
    assert not {"WHOOPEE", "TUMBLES"} & names
    assert "Marla Quennell" in names


def test_a_role_through_his_or_her_names_the_person():
    actors = actors_of(
        "Gordon Pellew, a builder, was fined £40,000 on Monday. "
        "His solicitor, Anita Crowhurst, said he would appeal. "
        "Mavis Tolland told the court she had lost her savings. Her son, Rufus Tolland, wept."
    )
    assert actors["Anita Crowhurst"].role == "Gordon Pellew's solicitor"
    assert actors["Rufus Tolland"].role == "Mavis Tolland's son"


def test_a_rare_given_name_alone_folds_into_the_person():
    actors = actors_of(
        "Presenter Zorelle Hamblin has promised to repay the money. "
        "Zorelle said she was heartbroken. Bosses said Zorelle would return soon."
    )
    assert "Zorelle" not in actors
    assert actors["Zorelle Hamblin"].type == "person"
    assert actors["Zorelle Hamblin"].mentions == 3


def test_a_firm_named_with_a_trade_word_is_an_organisation():
    actors = actors_of(
        "Analysts at Quarrington Securities cut their forecast. "
        "Pellmore Kaye Advisory said 80 jobs had gone. "
        "The family hired Wendell Ashby Solicitors, and Wendell Ashby Solicitors wrote to the firm."
    )
    for name in ("Quarrington Securities", "Pellmore Kaye Advisory", "Wendell Ashby Solicitors"):
        assert actors[name].type == "organization"


def test_an_apposition_after_a_party_tag_or_home_state_is_the_role():
    actors = actors_of(
        "Rep. Dorian Wexley, R-Okla., chairman of the Rural Roads Caucus, said the bill was too costly. "
        "Rep. Lucinda Farrow of Oregon, the top Democrat on the committee, disagreed."
    )
    assert actors["Dorian Wexley"].role == "chairman of the Rural Roads Caucus"
    assert actors["Lucinda Farrow"].role == "the top Democrat on the committee"


def test_a_portfolio_after_for_runs_up_to_the_name():
    actors = actors_of(
        "The Minister for Rail Freight, Harriet Vossel, said the depot would stay open. "
        "Minister for Coastal Communities Edwin Tarrow agreed."
    )
    assert "Freight" not in actors and "Communities" not in actors
    assert actors["Harriet Vossel"].role == "Minister for Rail Freight"
    assert actors["Edwin Tarrow"].role == "Minister for Coastal Communities"


def test_a_region_and_a_place_before_a_noun_are_settings():
    actors = actors_of(
        "Sen. Marla Quince said the fund would help farmers across eastern Utah and "
        "southern Wyoming. She spoke at a Denver hotel and visited the firm's Tucson plant."
    )
    assert not {"Utah", "Wyoming", "Denver", "Tucson"} & set(actors)
    assert "Marla Quince" in actors


def test_a_region_news_names_without_a_body_is_a_place():
    actors = actors_of(
        "Harwell Foods will move 40 jobs to the Midlands, its owner said. The Midlands has lost 9,000 factory "
        "jobs since 2020. Growers in the Pacific Northwest and the Highlands said prices had doubled."
    )
    assert actors["Midlands"].type == "place"
    assert all(a.type == "place" for name, a in actors.items() if name in ("Pacific Northwest", "Highlands"))


def test_an_acronym_title_before_a_name_is_the_role():
    actors = actors_of(
        "CEO Jonathan Mercer said the outage was the firm's fault. Customers will be refunded, CFO Ada Lyle said."
    )
    assert actors["Jonathan Mercer"].role == "CEO"
    assert actors["Ada Lyle"].role == "CFO"


def test_a_caption_removed_as_furniture_gives_the_full_name_the_story_calls_by_surname():
    actors = actors_of(
        "Kelby County to ask voters for a jail bond\n\n"
        "KELBY, Texas — Kelby County will ask voters in May to approve a $68 million bond for its jail.\n\n"
        "Sheriff Ray Dunnigan addresses the Kelby County Commissioners Court on Tuesday.KTRQ/Marco Ybarra\n\n"
        '"We are stacking people in hallways," Dunnigan told the court. Dunnigan said his office would hire 38 '
        "more officers."
    )
    assert actors["Ray Dunnigan"].role == "Sheriff"
    assert "Dunnigan" not in actors
    assert "Marco Ybarra" not in actors  # named only in furniture: no actor


def test_a_captions_namesake_does_not_take_the_surname_of_a_person_the_story_named_first():
    from briefcli.brief import make_brief

    page = (
        "Kelby school bus route axed after driver shortage\n\n"
        "Ellie Kennedy, 9, waits for a lift at the farm gate. (Kelby News: Jo Roe)\n\n"
        "Paula Kennedy says her children now spend two hours a day in the car since the route was cut.\n\n"
        '"We have no other way to get them to school," Ms Kennedy said.\n\n'
        "Transport for Kelby said it would look for a new operator by the end of the month."
    )
    brief = make_brief(page, "t")
    assert [q.speaker for q in brief.quotes] == ["Paula Kennedy"]
    assert "Ellie Kennedy" not in {a.name for a in (*brief.actors, *brief.minor_actors)}
    # Called by surname before the story names its namesake in full, the surname is the caption's person's.
    page = (
        "Freed detainees land in Texas\n\nKevin Marsh, center, hugs his sister on the tarmac on Sunday.Jo Roe/KVN\n\n"
        "Marsh, 34, a former Army medic, said the three had been kept in windowless cells for months.\n\n"
        '"We are not celebrating until all are home," said his sister, Ellen Marsh.'
    )
    assert "Kevin Marsh" in {a.name for a in (*make_brief(page, "t").actors, *make_brief(page, "t").minor_actors)}


def test_county_or_city_opening_a_title_is_part_of_the_role():
    actors = actors_of(
        "County Judge Alma Reyes said the county jail was full. City Manager Joe Bell said the city would help. "
        "The county and the city share the cost."
    )
    assert actors["Alma Reyes"].role == "County Judge"
    assert actors["Joe Bell"].role == "City Manager"


def test_a_tabloid_kicker_in_capitals_is_no_part_of_the_name_after_it():
    actors = actors_of(
        "PARK LIFE ROW Kelby Athletic's £90m stadium dream sparks fury\n\n"
        "Kelby Athletic said the club is to leave Brook Lane by 2030. US FDA Commissioner Jo Lee said so."
    )
    assert "Kelby Athletic" in actors
    assert not [name for name in actors if "ROW" in name or "LIFE" in name]
    assert actors["Jo Lee"].role == "US FDA Commissioner"  # a pair of acronyms is no kicker


def test_a_panel_is_a_body_whose_name_may_hold_and():
    actors = actors_of(
        "The plan will be reviewed by the Kelby Police and Crime Panel at its meeting on January 14. "
        "The Kelby Police and Crime Panel meets every month."
    )
    assert "Kelby Police and Crime Panel" in actors
    assert "Kelby Police" not in actors


def test_a_campaign_named_for_its_call_is_a_body_whatever_its_last_word():
    actors = actors_of(
        "Kelby Police will close the station. Pat Greaves, who organises the Save Sandleigh Station campaign, "
        "said the village would fight."
    )
    assert actors["Save Sandleigh Station"].type == "organization"


def test_a_post_taken_in_a_relative_clause_is_the_role():
    actors = actors_of(
        "Rowena Pike, who became chief executive in March, said the failings predated her. "
        "Tom Bell, who was appointed finance director last year, agreed. Ann Cole, who became a grandmother "
        "in May, disagreed."
    )
    assert actors["Rowena Pike"].role == "chief executive"
    assert actors["Tom Bell"].role == "finance director"
    assert actors["Ann Cole"].role is None  # no post


def test_a_council_named_by_its_kind_alone_is_the_storys_one_council_of_that_kind():
    page = (
        "'I'll be a prisoner in my own home': Fury as bus firm axes 14 rural routes\n\n"
        "Tarnway Buses will axe 14 routes from January 4, leaving 23 villages with no service at all\n"
        "County council vows to rescue two school-day services until the summer\n"
        "Pensioner, 79, fears she will no longer be able to reach her GP\n\n"
        "Wealdmoor County Council is to put £380,000 towards two routes. Tarnway Buses said it was sorry."
    )
    one = actors_of(page)
    assert "County Council" not in one and one["Wealdmoor County Council"].mentions == 2
    two = actors_of(page + " Hatherby County Council said it would not help.")
    assert two["Wealdmoor County Council"].mentions == 1  # two county councils: the kind alone is neither


def test_a_word_named_only_as_an_end_of_a_route_or_where_things_are_is_a_place():
    actors = actors_of(
        "Tarnway Buses will axe 14 routes. The routes between Kelsby and the coast lost £1.1 million. "
        "The firm will keep the 42 between Kelsby and Hatherby. She took the 17 from Hatherby to her "
        "doctor's surgery in Kelsby every fortnight."
    )
    assert actors["Kelsby"].type == "place" and actors["Hatherby"].type == "place"


def test_a_party_singular_before_a_title_is_the_holders_party_not_an_actor():
    actors = actors_of(
        "Tory MP Ambrose Kettleby said the fines were a disgrace. "
        "Republican Sen. Hollis Varga agreed, and Ambrose Kettleby wrote to the firm."
    )
    assert "Tory" not in actors and "Republican" not in actors
    assert actors["Ambrose Kettleby"].role == "Tory MP"


def test_a_clause_before_a_name_gives_no_role():
    from briefcli.extract.roles import descriptor_before

    text = "The premier could accept whatever Varnholt proposes."
    assert descriptor_before(text, text.index("Varnholt"))[1] is None
    text = "Talks went on, and lawyer Edda Varnholt said so."
    assert descriptor_before(text, text.index("Edda"))[1] == "lawyer"


def test_a_person_of_a_body_in_one_run_is_split_into_both():
    actors = actors_of(
        "Keeling's manager, Marcus Tolliver of Brightline Sports, said the deal was done. "
        "Marcus Tolliver said Brightline Sports would appeal."
    )
    assert actors["Marcus Tolliver"].type == "person"
    assert actors["Marcus Tolliver"].role == "Keeling's manager"
    assert actors["Brightline Sports"].type == "organization"
    assert "Marcus Tolliver of Brightline Sports" not in actors


def test_a_role_through_a_short_name_possessive_names_the_person_in_full():
    actors = actors_of(
        "Singer Petra Longhurst cancelled her tour. Longhurst's manager, Ivo Baptiste, said she was unwell."
    )
    assert actors["Ivo Baptiste"].role == "Petra Longhurst's manager"


def test_a_recurring_lone_given_name_is_a_person():
    actors = actors_of(
        "Walter Ormsby visited his late wife, Margaret, every day. "
        "Nurses said Margaret loved the garden. Walter Ormsby said he missed her."
    )
    assert actors["Margaret"].type == "person"


def test_a_county_an_address_and_a_list_after_in_are_settings():
    actors = actors_of(
        "Quarry worker Dennis Ogunwe, of Marshby, Shropshire, was fined. "
        "Dust was found in Norfolk, Suffolk and Essex, the Harlow Dust Board said. "
        "Dennis Ogunwe said he would pay."
    )
    assert not {"Marshby", "Shropshire", "Norfolk", "Suffolk", "Essex"} & set(actors)
    assert "Dennis Ogunwe" in actors


def test_a_relative_clause_naming_a_post_is_the_role():
    actors = actors_of(
        "Dame Rosalind Pettifer, who chairs the Commons Transport Committee, said the line was late. "
        "Owen Gilchrist, 41, who managed the firm's Bristol depot, said staff were unpaid."
    )
    assert actors["Dame Rosalind Pettifer"].role == "chair of the Commons Transport Committee"
    assert actors["Owen Gilchrist"].role == "former manager of the firm's Bristol depot"


def test_a_role_set_inside_a_clause_before_an_honorific_name():
    actors = actors_of(
        "Harland Optics said it was dismayed by a ruling which, in the words of its chief executive, "
        "Dame Petra Voss, was unfair. Harland Optics will appeal."
    )
    assert actors["Dame Petra Voss"].role == "chief executive of Harland Optics"


def test_a_portfolio_listed_with_commas_is_one_title():
    actors = actors_of(
        "The Minister for Housing, Planning and Local Growth, Imogen Farraday, said 9,000 homes would be built. "
        "The Secretary of State for Defence, Callum Brierley, agreed."
    )
    assert actors["Imogen Farraday"].role == "Minister for Housing, Planning and Local Growth"
    assert not {"Planning", "Local Growth"} & set(actors)
    assert "Callum Brierley" in actors


def test_a_quoted_show_before_star_or_host_is_no_actor_and_stays_in_the_role():
    from briefcli.brief import make_brief

    story = (
        "'Island Hearts' star's salon chain closes\n\n"
        "'Island Hearts' star Kelsey Marwood said her salon chain would close. "
        'The "Quiz Tonight" host Darius Penberthy said he was shocked. Kelsey Marwood said she would repay staff.'
    )
    brief = make_brief(story, "t")
    names = {a.name: a for a in (*brief.actors, *brief.minor_actors)}
    assert not {"Island Hearts", "Quiz Tonight"} & set(names)
    assert names["Kelsey Marwood"].role == "'Island Hearts' star"


def test_a_possessive_role_means_the_body_named_before_it_not_after():
    actors = actors_of(
        "Velmira Apps makes Pocket. Velmira Apps said it would cooperate. In a statement, the company's chief "
        "executive, Ilsa Voort, disputed the Trade Commission's account. The Trade Commission will decide."
    )
    assert actors["Ilsa Voort"].role == "chief executive of Velmira Apps"


def test_a_us_politicians_party_and_state_is_no_actor():
    actors = actors_of(
        "Sen. Mara Quill, R-Idaho, said she would block the bill. Rep. Tobias Wren, D-Calif., disagreed. "
        "Quill and Wren met in Boise."
    )
    assert {"Mara Quill", "Tobias Wren"} <= set(actors)
    assert not any(name.startswith(("R-", "D-")) for name in actors)


def test_cultural_institutions_are_bodies_with_of_in_their_names():
    actors = actors_of(
        "The Corvell Museum of Maritime History is to return the figurehead. "
        "The Aldmore Gallery of Modern Art said it would lend two paintings."
    )
    assert actors["Corvell Museum of Maritime History"].type == "organization"
    assert actors["Aldmore Gallery of Modern Art"].type == "organization"
    assert "Maritime History" not in actors and "Modern Art" not in actors


def test_a_role_before_a_styled_name_and_no_role_from_the_names_own_verb():
    actors = actors_of(
        "Dunmere College's vice-chancellor, Professor Ada Brisk, said the college would review every offer. "
        "The trust's medical director, Dr Omar Vale, said beds would reopen. "
        "Its co-founder, Lena Ostrova, told staff the plant would close."
    )
    assert actors["Ada Brisk"].role == "Dunmere College's vice-chancellor"
    assert "medical director" in actors["Omar Vale"].role
    assert actors["Lena Ostrova"].role.startswith("co-founder")


def test_a_verb_of_speech_after_a_name_gives_no_role():
    actors = actors_of("Brisk praised the plan. Professor Ada Brisk, said the college would review every offer.")
    assert "said" not in (actors["Ada Brisk"].role or "")


def test_a_post_before_a_name_is_no_body_of_its_own():
    actors = actors_of("Skills Minister Ria Vance said she was furious. Acme Chief Executive Jo Lee said sorry.")
    assert "Skills" not in actors and "Acme" in actors
    assert actors["Ria Vance"].role == "Skills Minister"


def test_a_name_someones_role_makes_their_employer_is_a_body():
    actors = actors_of(
        "Orlen Fairweather is recalling its cough syrup. Orlen Fairweather chief executive Dana Whit said sorry. "
        "Fairweather said it would pay refunds. Joe Biden adviser Ann Roe agreed. Joe Biden spoke later."
    )
    assert actors["Orlen Fairweather"].type == "organization"
    assert actors["Joe Biden"].type == "person"


def test_a_council_written_in_lower_case_after_its_place_is_the_body():
    actors = actors_of(
        "Leeds city council's cabinet agreed to pay £2m. The council's leader, Ann Hale, said it would act. "
        "The Brexit council of ministers met."
    )
    assert actors["Leeds City Council"].type == "organization"
    assert "Leeds City Council" in actors["Ann Hale"].role
    assert not any(name.startswith("Brexit") for name in actors)


def test_a_us_union_local_keeps_its_number_and_is_a_body():
    actors = actors_of(
        "Members of Harbor Drivers Alliance Local 88 walked out. Local MP Jo Bell said it was sad. "
        "Union president Ana Ruiz said the union would run shuttles."
    )
    assert actors["Harbor Drivers Alliance Local 88"].type == "organization"
    assert "Jo Bell" in actors


def test_a_common_plural_and_of_opening_a_sentence_is_no_part_of_a_body():
    actors = actors_of("Officials of the Bank of England met. Members of the Dock Workers Alliance walked out.")
    assert {"Bank of England", "Dock Workers Alliance"} <= set(actors)
    assert not any(name.startswith(("Officials", "Members")) for name in actors)


def test_a_district_or_county_name_holding_a_body_word_is_a_body():
    actors = actors_of(
        "The Brannock County School District said it would appeal. "
        "The Brannock County School District has 40 schools. Fenwick Harbour District is quiet."
    )
    assert actors["Brannock County School District"].type == "organization"


def test_a_name_after_a_body_descriptor_and_known_as_is_a_body():
    actors = actors_of(
        "Investigators tied the theft to a hacking group known as Silver Marten. "
        "Silver Marten has struck before. A charity called Warm Porches Trust helped."
    )
    assert actors["Silver Marten"].type == "organization"
    from briefcli.extract.roles import descriptor_before

    text = "They blamed a hacking group known as Silver Marten."
    assert descriptor_before(text, text.index("Silver"))[0] == "organization"


def test_one_word_before_a_title_with_no_name_after_is_the_body():
    from briefcli.brief import make_brief

    story = (
        "Vextrio Energy CEO apologises for blackout\n\n"
        "The chief executive of Vextrio apologised on Monday. Vextrio will refund customers, he said."
    )
    brief = make_brief(story, "t")
    vextrio = {a.name: a for a in (*brief.actors, *brief.minor_actors)}["Vextrio"]
    assert vextrio.type == "organization" and vextrio.role is None


def test_a_body_named_after_its_valley_or_river_is_a_body():
    actors = actors_of(
        "Kennet Valley Police confirmed an arrest. The Severn Estuary Ports Authority said it would act. "
        "The River Kennet rose."
    )
    assert actors["Kennet Valley Police"].type == "organization"
    assert actors["Severn Estuary Ports Authority"].type == "organization"


def test_a_body_named_for_two_things_it_does_is_one_name():
    actors = actors_of(
        "The Securities and Exchange Commission said it would act. The University and College Union voted. "
        "Shell and BP Group met. The World Bank and the International Monetary Fund agreed."
    )
    assert {"Securities and Exchange Commission", "University and College Union"} <= set(actors)
    assert {"World Bank", "International Monetary Fund"} <= set(actors)
    assert not any(" and " in name for name in actors if "Shell" in name or "World Bank" in name)


def test_a_platform_named_as_where_something_was_posted_is_no_actor():
    actors = actors_of(
        "In an emotional Instagram post, Tayla Brick said she was devastated. "
        "She had sold packages on her Instagram and in a TikTok video. Tayla Brick said sorry."
    )
    assert "Tayla Brick" in actors
    assert "Instagram" not in actors and "TikTok" not in actors


def test_a_role_before_a_bare_abbreviated_title_is_the_fuller_role():
    actors = actors_of(
        "The depot will shut, and council leader Cllr Nadia Ferreby said so. Rep. Walt Gunnison said nothing."
    )
    assert actors["Nadia Ferreby"].role == "council leader"
    assert actors["Walt Gunnison"].role == "Representative"


def test_a_bodys_acronym_in_a_role_is_written_out():
    actors = actors_of(
        "The Kelby Child Care Alliance (KCCA) said it would sue. Jo Ruiz, executive director of KCCA, agreed. "
        "KCCA chair Ann Lee spoke."
    )
    assert actors["Jo Ruiz"].role == "executive director of the Kelby Child Care Alliance"
    assert actors["Ann Lee"].role.startswith("KCCA")  # before a title the text's own form stays


def test_a_bodys_name_opening_with_its_own_acronym_is_not_written_out_twice():
    story = (
        "Wards closed\n\n"
        "NHS Kelby has closed two wards at its main hospital. Patients across the NHS are waiting longer. "
        "Its chief executive, Petra Lund, said the board would reopen one ward in June. "
        "The board's chair, Helen Marsh, said money was tight."
    )
    brief = make_brief(story, "t")
    roles = {a.name: a.role for a in (*brief.actors, *brief.minor_actors)}
    assert roles["Petra Lund"] == "chief executive of NHS Kelby"
    assert roles["Helen Marsh"] == "chair of NHS Kelby"
    assert [c.who for c in brief.commitments] == ["NHS Kelby"]


def test_an_owner_is_a_person_or_a_company_as_the_name_says():
    actors = actors_of(
        "The club's American owner Carter Haig told fans on Saturday that he would pay for the ground. "
        "The club's former owner Belvoir Holdings said it had agreed the sale."
    )
    assert actors["Carter Haig"].type == "person"
    assert actors["Belvoir Holdings"].type == "organization"


def test_two_common_words_opening_a_sentence_as_its_subject_name_a_body():
    actors = actors_of(
        "Rents rose again in March. Tenants Advice said renters were falling behind. "
        "Historic Wales confirmed it would survey the old mill. Charity Tribunal opens a hearing into the appeal. "
        "Jo Pell said tenants were angry about the historic mill and the charity agreed."
    )
    assert {"Tenants Advice", "Historic Wales", "Charity Tribunal"} <= set(actors)
    assert actors["Tenants Advice"].type == "organization"
    assert "Tribunal" not in actors


def test_a_descriptor_before_one_name_is_still_no_part_of_it():
    actors = actors_of(
        "Charity Shelter said rents were rising. Rival Quorvex said it would cut prices. "
        "Jo Pell said the charity was right and a rival agreed."
    )
    assert {"Shelter", "Quorvex"} <= set(actors)
    assert not any(name.startswith(("Charity", "Rival")) for name in actors)


def test_a_verb_in_capitals_after_a_name_is_no_part_of_it():
    actors = actors_of(
        "Singer Jo Pell SUES record label over unpaid royalties\n\n"
        "Quiz host Dan Roe WINS appeal over parking fine. Jo Pell said she would sue."
    )
    assert {"Jo Pell", "Dan Roe"} <= set(actors)
    assert not any(name.endswith(("SUES", "WINS")) for name in actors)


def test_a_judges_style_with_honorific_is_her_name():
    actors = actors_of(
        "Mrs Justice Pellow dismissed the claim on Friday. Mr Justice Arden agreed. "
        "Jo Pell said she was pleased. Mrs Justice Pellow ordered costs."
    )
    assert actors["Mrs Justice Pellow"].mentions == 2 and actors["Mrs Justice Pellow"].role == "judge"
    assert "Mr Justice Arden" in actors and "Justice Pellow" not in actors


def test_a_name_after_a_lower_case_body_descriptor_is_a_body_named_once():
    actors = actors_of(
        "Pay talks resumed at arbitration service Tallo on Monday. The crowdfunding website KindPot closed "
        "the appeal. Film makers Redfern Productions denied the claim. "
        "Oak Valley Cooperative, a dairy cooperative, said it would appeal. The animal charity Calmer thanked "
        "donors, and the charity Calmer said the money would help. Jo Pell said so."
    )
    assert {"Tallo", "KindPot", "Redfern Productions", "Oak Valley Cooperative", "Calmer"} <= set(actors)
    assert actors["KindPot"].type == "organization"


def test_a_clubs_short_name_is_no_surname():
    # "City" for Dunmore City is the club's short name; it is no sign that the name is a person's.
    actors = actors_of(
        "Dunmore City unveil plan for new stadium\n\n"
        "Dunmore City have unveiled plans for a stadium. City's American owner Carl Hague said he would "
        "pay for it. Dunmore City will hold a fans' meeting on Saturday."
    )
    assert actors["Dunmore City"].type == "organization"
    assert actors["Carl Hague"].type == "person"


def test_attorney_and_counsel_are_titles_before_a_name():
    actors = actors_of(
        "Consumer Counsel Odile Ferrant said the rates were unfair. "
        "Attorney Brisco Thale said the tenants would appeal. Thale said more."
    )
    assert actors["Odile Ferrant"].type == "person"
    assert actors["Odile Ferrant"].role == "Consumer Counsel"
    assert actors["Brisco Thale"].type == "person"
    assert not {"Counsel Odile Ferrant", "Attorney Brisco Thale"} & set(actors)


def test_an_isle_is_a_place():
    actors = actors_of("Ferries to the Isle of Quarn were cancelled. The Isle of Quarn has lost its only shop.")
    assert actors["Isle of Quarn"].type == "place"


def test_an_inspectorate_of_two_fields_joined_by_and_is_one_body():
    actors = actors_of(
        "The Inspectorate of Constabulary and Harbour Services said the jail was unsafe. "
        "The Inspectorate of Constabulary and Harbour Services will return in spring."
    )
    assert "Inspectorate of Constabulary and Harbour Services" in actors
    assert "Harbour Services" not in actors


def test_a_name_before_resident_is_a_town_not_a_body():
    actors = actors_of(
        "Utility bills will rise, regulators said. "
        '"We cannot ask families in Dunmarrow and Kelvale to pay for this," the chair said. '
        "Kelvale resident Ada Crane, 70, said she could not pay."
    )
    # a town only ever named as where people live is a setting, no actor of its own
    assert "Kelvale" not in actors or actors["Kelvale"].type == "place"


def test_a_firms_residents_are_its_clients_not_a_town():
    actors = actors_of(
        "Harwick Care was fined on Monday. Harwick Care looks after 900 people. "
        "Harwick's residents were moved, and Harwick said it would hire staff."
    )
    assert actors["Harwick Care"].type == "organization"


def test_a_post_named_for_two_fields_is_a_title_not_a_body():
    actors = actors_of(
        "Burglaries fell in Harlby last year. The force's Police and Crime Commissioner, Lydia Marsh, "
        "said the figures were good. Ms Marsh said more officers would follow."
    )
    assert actors["Lydia Marsh"].role == "Police and Crime Commissioner"
    assert not {"Crime", "Police and Crime Commissioner"} & set(actors)


def test_a_body_named_for_its_fields_with_a_head_that_names_bodies_too_is_a_body():
    # "Executive" heads posts ("Chief Executive") and bodies: after no title word it is a body
    actors = actors_of("The Flood and Coast Executive said the barrier would be raised on Friday.")
    assert actors["Flood and Coast Executive"].type == "organization"


def test_an_unknown_word_and_a_body_named_with_several_words_are_one_body():
    actors = actors_of(
        "The Dunvale and Kelby Hospitals NHS Trust apologised on Monday. "
        "The Dunvale and Kelby Hospitals NHS Trust said it would review its maternity care."
    )
    assert "Dunvale and Kelby Hospitals NHS Trust" in actors
    assert "Dunvale" not in actors


def test_a_known_company_and_another_body_stay_two():
    actors = actors_of("Google and Pellam Capital Partners agreed a deal. Google said it was pleased.")
    assert {"Google", "Pellam Capital Partners"} <= set(actors)


def test_a_place_before_council_in_lower_case_names_the_council():
    actors = actors_of(
        "Extra buses will run during the closure. Kelby council leader Fiona Marsh said firms had lost money. "
        "Ann Lee, chair of Little Ormsby parish council, said the village had been cut off."
    )
    assert actors["Kelby Council"].type == "organization"
    assert actors["Little Ormsby Parish Council"].type == "organization"
    assert not {"Kelby", "Little Ormsby"} & set(actors)


def test_a_post_after_a_bodys_name_is_no_part_of_it():
    actors = actors_of("Pellam Health CEO apologizes for data breach. Pellam Health said it would pay for checks.")
    assert actors["Pellam Health"].type == "organization"
    assert "Pellam Health CEO" not in actors


def test_a_saints_possessive_opens_a_buildings_name():
    actors = actors_of(
        "Families at St Aldric's Children's Hospice in Kelby said the money never came. "
        "St Aldric's Children's Hospice said it had received only £15,000. "
        "One mum whose son was cared for at St Aldric's wrote: 'We needed that money.'"
    )
    assert actors["St Aldric's Children's Hospice"].type == "organization"
    assert "St Aldric" not in actors  # the saint alone is the hospice's short name


def test_the_datelines_town_is_a_place_wherever_it_is_named():
    actors = actors_of(
        "Startup fined over data leak\n\n"
        "MARLSTOW (Wire) — Regulators fined Quellon Labs, a Marlstow startup, on Monday. "
        "Ada Pike, a lawyer at the Marlstow firm Haskin & Roe, said the fine was fair. "
        "Quellon Labs said it would appeal."
    )
    assert "Marlstow" not in actors or actors["Marlstow"].type == "place"


def test_a_character_an_actor_plays_is_no_actor():
    actors = actors_of(
        "Soap star Nadia Crewe said she was humiliated by her exit. "
        "Crewe, 41, who plays feisty landlady Wendy Parslow, said bosses told her by email. "
        "The show will see Wendy die in a fire. Crewe said she would speak to lawyers."
    )
    assert "Nadia Crewe" in actors
    assert not {"Wendy Parslow", "Wendy"} & set(actors)


def test_a_player_named_after_played_for_is_still_an_actor():
    actors = actors_of("Tom Vell played alongside Jamie Corran for six years. Jamie Corran said he would miss him.")
    assert "Jamie Corran" in actors


def test_the_monarchs_possessive_opens_a_bodys_name():
    actors = actors_of(
        "His Majesty's Inspectorate of Constabulary and Harbour Services said the force had failed. "
        "The force said it would improve, His Majesty's Inspectorate of Constabulary and Harbour Services said."
    )
    assert "His Majesty's Inspectorate of Constabulary and Harbour Services" in actors
    assert "Constabulary and Harbour Services" not in actors


def test_a_firm_with_an_ampersand_is_a_body_though_named_for_a_valley():
    actors = actors_of(
        "Regulators rejected a request by Corran Valley Power & Light to raise rates. "
        "Corran Valley Power & Light said it would appeal."
    )
    assert actors["Corran Valley Power & Light"].type == "organization"


def test_the_government_far_from_another_countrys_is_the_storys_own():
    actors = actors_of(
        "Under the deal, the Government of Tarvania has agreed to lend six masks back to the museum. "
        "The museum will keep the rest. Visitors will see them from May. "
        "The Culture Secretary, Ada Brill, said the Government would not block the return. "
        "The Government said it would publish guidance."
    )
    assert "Government" in actors
    assert "Government" not in actors["Government of Tarvania"].aliases


def test_a_later_mention_that_says_a_name_is_a_place_types_the_earlier_ones():
    actors = actors_of(
        "Nurses at the Brennock Hills campus will strike on Monday. "
        "Brennock Hills resident Ada Pike, 70, said she was worried."
    )
    assert "Brennock Hills" not in actors or actors["Brennock Hills"].type == "place"


def test_a_street_named_after_along_is_where_not_who():
    actors = actors_of("Shop owners along Quarry Street said the works had hurt trade. The council said it would help.")
    assert "Quarry Street" not in actors


def test_a_product_introduced_by_its_kind_is_no_actor():
    actors = actors_of(
        "Regulators opened an inquiry into Halvey Pharma on Monday. The drug, Quellarin, is used by 9,000 people. "
        "Halvey Pharma agreed to freeze the price of Quellarin. Analysts said Quellarin costs little to make."
    )
    assert "Halvey Pharma" in actors
    assert "Quellarin" not in actors


def test_a_region_of_a_state_in_us_spelling_is_where():
    actors = actors_of(
        "A senator from Vermont will hold a hearing in northwest Vermont in January. "
        "Farmers in Vermont said the cap would hurt them."
    )
    assert "Vermont" not in actors


def test_a_descriptor_before_a_word_the_article_writes_in_lower_case_is_part_of_the_name():
    actors = actors_of(
        "Fares rose again. Network Track, which owns the lines, said the work would end early. "
        "Jo Pell said track repairs were late."
    )
    assert "Network Track" in actors
    assert "Track" not in actors


def test_a_body_named_without_its_organisation_word_is_the_body():
    actors = actors_of(
        "Searches carried out by Dunmere Heath Police were reviewed. "
        "The commissioner for Dunmere Heath said the force would publish figures. "
        "Officers in Dunmere Heath said Dunmere Heath would change."
    )
    assert "Dunmere Heath Police" in actors
    assert "Dunmere Heath" not in actors


def test_a_towns_club_is_not_its_council():
    actors = actors_of(
        "Carnford City Council said it would approve the plan. "
        "Carnford City said it would build the stadium. Carnford City will pay for the road."
    )
    assert {"Carnford City Council", "Carnford City"} <= set(actors)


def test_a_firm_named_for_a_valley_is_found_under_its_short_name():
    _, sentences, index, _ = analyse(
        "Regulators rejected a request by Corran Valley Power & Gas to raise prices.\n\n"
        "Corran Valley, which serves 400,000 homes, said it would appeal the decision."
    )
    serves = next(s.index for s in sentences if "serves" in s.text)
    assert [m.key for m in index.in_sentence(serves)] == ["Corran Valley Power & Gas"]


def test_a_single_word_named_once_as_who_speaks_is_a_body():
    # news names a person in full before it calls them by one name: "Corvane said" is a body
    actors = actors_of(
        "A recall of night lights began on Monday. In a statement, Corvane said no one had been hurt. "
        "Forecasters said more rain would fall."
    )
    assert actors["Corvane"].type == "organization"
    assert "Forecasters" not in actors


def test_a_single_word_opening_two_bodies_names_is_no_body_of_its_own():
    actors = actors_of(
        "Electronics retailer Quorra Digital Stores will close 30 branches. Quorra said sales had moved online. "
        "The union said Quorra Digital had not consulted staff."
    )
    assert "Quorra" not in actors


def test_an_occupation_opening_the_sentence_is_no_part_of_the_name():
    actors = actors_of(
        "Hives in Kelby Vale are failing.\n\nBeekeeper Susan Marchetti says the winter killed half her bees. "
        "Susan Marchetti has kept bees for 30 years.\n\nMary Anne Pollitt said the same."
    )
    assert "Susan Marchetti" in actors and actors["Susan Marchetti"].role == "beekeeper"
    assert "Mary Anne Pollitt" in actors


def test_an_occupation_before_a_given_name_of_either_list_is_no_part_of_the_name():
    actors = actors_of(
        "Diners flock to Kelby Vale.\n\nChef Antoine Marchetti said the local produce was superb. "
        "Antoine Marchetti has cooked in Kelby for 30 years."
    )
    assert "Antoine Marchetti" in actors


def test_an_agent_noun_opening_a_sentence_before_a_full_name_is_a_description():
    actors = actors_of(
        "A cliff path was shut. Skipper Rosa Penhale said it would reopen by May. Novelist Susan Quist said so "
        "too. Safer Lanes Alliance welcomed it. Water Commissioner Ada Brill was silent."
    )
    assert actors["Rosa Penhale"].role == "skipper" and actors["Susan Quist"].role == "novelist"
    assert "Safer Lanes Alliance" in actors and actors["Ada Brill"].role == "Water Commissioner"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Builders Quill & Sons offered to fund a bench outside the site.", "Quill & Sons"),
        ("Organiser Harrowdale Events confirmed it will move the fair to a larger field.", "Harrowdale Events"),
    ],
)
def test_a_noun_for_who_does_something_before_a_companys_name_is_no_part_of_it(text, name):
    actors = actors_of(text)
    assert actors[name].type == "organization"


def test_a_comparative_opening_a_bodys_name_stays_in_it():
    assert "Greater Kelby Police" in actors_of("Greater Kelby Police has arrested three men. The force said more.")


def test_a_club_named_once_by_an_ending_only_clubs_have_is_a_body_and_its_ending_its_short_name():
    actors = actors_of(
        "Westby Rangers have sacked their manager. Fans of Wexby Rovers cheered. Rovers said they were sorry."
    )
    assert actors["Westby Rangers"].type == "organization"
    assert "Rovers" not in actors and actors["Wexby Rovers"].mentions == 2


@pytest.mark.parametrize(
    ("text", "full", "styled"),
    [
        (
            "Toy maker Brightkite has opened a plant in Dunmore, its chairman Zhang Wei said. "
            "Mr Zhang met the mayor on Tuesday.",
            "Zhang Wei",
            "Mr Zhang",
        ),
        (
            "The plant manager, Pham Minh Duc, said jobs would follow. Mr Pham said training would start in May.",
            "Pham Minh Duc",
            "Mr Pham",
        ),
    ],
)
def test_an_honorific_before_the_first_word_of_a_family_name_first_name_folds_into_it(text, full, styled):
    actors = actors_of(text)
    assert full in actors
    assert styled not in actors
    assert actors[full].mentions >= 2


def test_a_generation_after_a_name_keeps_father_and_son_apart_and_folds_the_short_forms():
    actors = actors_of(
        "Farmer Robert Lee Jr. said the harvest was poor. Lee Jr. added that prices were low.\n\n"
        "His father, Robert Lee Sr., said he had never seen worse. Lee said the co-op would help."
    )
    assert {"Robert Lee Jr", "Robert Lee Sr"} <= set(actors)
    assert "Lee Jr" not in actors
    assert {"Lee Jr", "Lee"} <= set(actors["Robert Lee Jr"].aliases)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The Reverend Canon Ruth Abernethy has been named the next head of the choir school. "
            "Canon Abernethy, 51, said she was delighted.",
            "Ruth Abernethy",
            "Canon Abernethy",
        ),
        ("The Rev Dr Samuel Okoro led the service. Dr Okoro said the church was full.", "Samuel Okoro", "Dr Okoro"),
        ("Rabbi Miriam Kessel said the community was shaken. Rabbi Kessel called for calm.", "Miriam Kessel", None),
        ("Father Declan Moore said the parish would help. Fr Moore said food was ready.", "Declan Moore", None),
    ],
)
def test_church_styles_before_a_name_are_no_part_of_it_and_its_surname_folds(text, full, short):
    actors = actors_of(text)
    assert full in actors
    assert len([a for a in actors.values() if a.type == "person"]) == 1
    assert short not in actors


def test_a_company_called_as_a_church_style_stays_a_company():
    actors = actors_of("Camera maker Canon said profits fell. Canon blamed the yen.")
    assert actors["Canon"].type == "organization"


@pytest.mark.parametrize(
    "name",
    [
        "Committee on Standards in Public Life",
        "Society for the Prevention of Cruelty to Children",
        "Advisory Committee on Business Appointments",
        "Council on Foreign Relations",
    ],
)
def test_a_bodys_long_name_goes_on_over_lower_case_inner_words(name):
    actors = actors_of(f"The {name} said it was concerned. Ministers said they would reply.")
    assert name in actors
    assert actors[name].type == "organization"


def test_an_inner_word_before_a_place_or_a_day_ends_a_bodys_name():
    actors = actors_of(
        "Marlow Council in Leeds said it agreed. The Department for Education in England said it would act."
    )
    assert {"Marlow Council", "Department for Education"} <= set(actors)


def test_a_body_descriptor_before_a_name_shaped_like_a_persons_makes_it_a_body():
    actors = actors_of("The firm was bought by investment group Tallow Ridge last year.")
    assert actors["Tallow Ridge"].type == "organization"
    assert actors_of("Marathon runner Jo Penn said she was tired.")["Jo Penn"].type == "person"


def test_two_nationalities_joined_by_a_combining_form_are_an_adjective():
    actors = actors_of(
        "Ministry chooses Franco-German consortium for contract\n\n"
        "The ministry chose a Franco-German consortium to build it. A Sino-British company lost."
    )
    assert not {"Franco-German", "Sino-British"} & set(actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices rose again. Housing association Calderbrook Homes said rents would be frozen.", "Calderbrook Homes"),
        ("Bills will rise. Energy provider Voltrix said it was sorry.", "Voltrix"),
        ("The governing body Ravenna Athletics said it would appeal.", "Ravenna Athletics"),
    ],
)
def test_a_body_named_once_after_a_descriptor_is_a_body(text, name):
    assert actors_of(text)[name].type == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mary Dunn, who founded the campaign group Save the Wrenbeck after the spill, said the fine was small.",
            "Save the Wrenbeck",
        ),
        (
            'Tom Veale, who founded the group Dunmore Parents for Justice, said: "We were ignored."',
            "Dunmore Parents for Justice",
        ),
        (
            "The Campaign to Protect Rural Wessex said the homes would ruin the valley.",
            "Campaign to Protect Rural Wessex",
        ),
        ("The Freedom to Learn Coalition said the ban was wrong.", "Freedom to Learn Coalition"),
    ],
)
def test_a_campaign_named_for_its_cause_is_one_body(text, name):
    actors = actors_of(text)
    assert actors[name].type == "organization"
    assert not {"Save", "Wrenbeck", "Dunmore Parents", "Learn Coalition"} & set(actors)


def test_a_person_for_a_body_is_no_campaign():
    actors = actors_of("Jo Lee for Marlow Council said the vote was close. Parents said they were glad.")
    assert "Jo Lee" in actors


def test_a_bodys_name_inside_a_sentence_keeps_its_common_first_word():
    actors = actors_of(
        "Rep. Jo Dane, chairman of the conservative Budget Honesty Committee, said the bill was bloated."
    )
    assert "Budget Honesty Committee" in actors
    assert "Honesty Committee" not in actors


def test_a_caucus_is_a_body_not_a_person_with_a_role():
    actors = actors_of("Rep. Jo Dane, chairman of the conservative Fiscal Honesty Caucus, said the bill was bloated.")
    assert actors["Fiscal Honesty Caucus"].type == "organization"


@pytest.mark.parametrize(
    ("text", "full", "forms"),
    [
        (
            "Engineer Karim al-Nasseri has been named head of the port. Mr al-Nasseri ran a shipyard.\n\n"
            "Al-Nasseri will report to the board.",
            "Karim al-Nasseri",
            {"Mr al-Nasseri", "Al-Nasseri", "Engineer Karim al-Nasseri"},
        ),
        (
            "Chef Marisol de la Vega has won a prize for her cafe. De la Vega, who was born in Cadiz, said "
            "her team had worked hard. Ms de la Vega opened the cafe in 2019.",
            "Marisol de la Vega",
            {"De la Vega", "Ms de la Vega", "Chef Marisol de la Vega"},
        ),
    ],
)
def test_a_surname_with_a_particle_folds_after_an_honorific_or_capitalised_at_a_sentence_start(text, full, forms):
    actors = actors_of(text)
    assert actors[full].type == "person"
    assert not forms & set(actors)


@pytest.mark.parametrize(
    ("text", "name", "initials"),
    [
        (
            "The Royal Coastal Rescue Institution (RCRI) saved three walkers on Saturday. "
            "The RCRI said the tide had turned quickly.",
            "Royal Coastal Rescue Institution",
            "RCRI",
        ),
        (
            "The SPCH has received a record number of calls, the Society for the Prevention of Cruelty "
            "to Horses said. The SPCH wants new laws.",
            "Society for the Prevention of Cruelty to Horses",
            "SPCH",
        ),
    ],
)
def test_a_name_and_its_initials_are_one_body_whatever_its_last_word(text, name, initials):
    actors = actors_of(text)
    assert actors[name].type == "organization"
    assert initials in actors[name].aliases
    assert initials not in actors


def test_a_name_opening_a_sentence_with_its_initials_after_it_is_a_name():
    actors = actors_of(
        "The Global Grain Programme (GGP) said it had food for two weeks. Aid agencies said convoys were blocked. "
        "The GGP appealed for money."
    )
    assert "GGP" in actors["Global Grain Programme"].aliases


def test_a_name_shouted_in_capitals_folds_with_the_same_name_written_later():
    actors = actors_of(
        "TELLY chef GINO VARELLI has been banned from driving for six months.\n\n"
        'Varelli, 47, was clocked at 58mph. His spokesman said: "Gino is deeply sorry."'
    )
    assert actors["GINO VARELLI"].type == "person"
    assert not {"Varelli", "Gino"} & set(actors)


def test_a_word_in_capitals_before_an_object_pronoun_is_a_shouted_verb():
    actors = actors_of(
        "Lottery winner's workmates to SUE him over jackpot\n\n"
        "The workmates of Dale Pike said they would take him to court. Mr Pike said he would fight them."
    )
    assert "SUE" not in actors
    assert "Dale Pike" in actors


def test_several_words_before_a_lower_case_title_and_a_name_are_the_employer():
    actors = actors_of("Greenfold Creameries managing director Owen Prentice has warned that prices must rise.")
    assert actors["Greenfold Creameries"].type == "organization"
    assert actors["Owen Prentice"].type == "person"
    assert "Former Labour" not in actors_of("Former Labour minister Ann Carter said no.")


def test_a_role_may_open_with_a_participle_that_belongs_to_it():
    _, _, index, _ = analyse(
        "Title\n\nTrains stopped again. Petra Vane, managing director of Oxley Rail, apologised at a meeting. "
        "Ned Corran, founding editor of the Kelby Courier, was there."
    )
    roles = {a.name: a.role for a in index.actors}
    assert roles["Petra Vane"] == "managing director of Oxley Rail"
    assert roles["Ned Corran"] == "founding editor of the Kelby Courier"


def test_service_ranks_and_a_nursing_sister_are_titles_not_part_of_the_name():
    actors = actors_of(
        "Lance Corporal Ewan Trelford told reporters he had only done his job. "
        '"I will miss the ward," said Sister Morag Penhallow, 64, of Ostley Infirmary.'
    )
    assert actors["Ewan Trelford"].role == "Lance Corporal"
    assert actors["Morag Penhallow"].role == "Sister"


def test_a_role_given_through_whose_after_a_body_names_the_body():
    actors = actors_of(
        "Rail passengers face more delays. Critics include campaign group Track Forward, whose spokesman "
        'Ivo Penrith said the delay was "a scandal". Jo Lee, whose daughter Amy Lee was hurt, said it was awful.'
    )
    assert actors["Ivo Penrith"].role == "spokesman of Track Forward"
    assert "Jo Lee" not in (actors["Amy Lee"].role or "")


def test_a_firm_named_for_a_place_inside_its_name_is_an_organisation_where_the_tagger_reads_one():
    actors = actors_of(
        "Tarrow Gulf Terminals said it would replace its cranes by 2028. "
        "The union said Tarrow Gulf Terminals had broken its word. "
        "Floods hit Ozark Falls Valley, which lies below the dam, on Monday."
    )
    assert actors["Tarrow Gulf Terminals"].type == "organization"
    assert "Ozark Falls Valley" not in actors or actors["Ozark Falls Valley"].type != "organization"


def test_a_river_a_law_and_a_named_day_stay_out_however_the_tagger_reads_them():
    actors = actors_of(
        "Anglers on the River Wendle said the Water Quality Act had failed them. "
        "The Clean Rivers Day rally drew 300 people."
    )
    assert not {"River Wendle", "Water Quality Act", "Clean Rivers Day"} & {
        name for name, a in actors.items() if a.type == "organization"
    }


def test_a_plural_possessive_opens_a_body_named_with_a_few_more_words():
    actors = actors_of("The Welders' Mutual Aid Society said it would pay strike money from Monday.")
    assert actors["Welders' Mutual Aid Society"].type == "organization"
    assert "Mutual Aid Society" not in actors


def test_a_firm_is_called_by_its_name_without_the_trade_it_names():
    actors = actors_of(
        "Tarnley Valley Water will ban hosepipes from Friday. Chief executive Dana Holt said sorry. "
        "Ms Holt said Tarnley Valley would double its repair crews. "
        "Fans of Dunchurch Rovers met in Dunchurch on Monday."
    )
    assert actors["Tarnley Valley Water"].mentions == 2
    assert "Tarnley Valley" in actors["Tarnley Valley Water"].aliases
    assert "Dunchurch" not in actors.get("Dunchurch Rovers", actors["Tarnley Valley Water"]).aliases


def test_a_body_before_a_which_clause_and_a_speech_verb_and_one_a_spokesperson_speaks_for_are_actors():
    actors = actors_of(
        "Solidar, which represents 900 couriers in the region, said it would strike in March. "
        "A spokesperson for Brindle Coaches, a smaller operator, said it would bid for the routes."
    )
    assert actors["Solidar"].type == "organization"
    assert actors["Brindle Coaches"].type == "organization"


def test_a_gaelic_surname_alone_is_the_person_named_in_full():
    actors = actors_of(
        "Councillor Siobhán Ó Laoire met the rail minister on Tuesday about the station. "
        "Ó Laoire says she will keep pressing until the line reopens."
    )
    assert "Ó Laoire" not in actors
    assert "Ó Laoire" in actors["Siobhán Ó Laoire"].aliases


def test_initials_keep_their_full_stops_as_the_article_writes_them():
    actors = actors_of("Finance Minister P. Lakshmi Varadan on Monday announced a new port levy.")
    assert "P. Lakshmi Varadan" in actors
    assert "P Lakshmi Varadan" in actors["P. Lakshmi Varadan"].aliases


def test_a_name_that_which_follows_is_a_body_not_a_person():
    actors = actors_of("Halden Buses, which runs most services in the county, said it would cut 20 routes.")
    assert actors["Halden Buses"].type == "organization"


def test_an_apposition_naming_a_kind_of_body_makes_a_campaign_name_an_organisation():
    actors = actors_of(
        "The council approved the levy on Monday. Clear Skies Wendham, a campaign group set up by parents, "
        "said the charge came too late. Fair Play Norbury, the residents' coalition that fought the plan, "
        "will appeal."
    )
    assert actors["Clear Skies Wendham"].type == "organization"
    assert actors["Fair Play Norbury"].type == "organization"


def test_an_apposition_naming_a_role_or_a_person_is_no_evidence_of_a_body():
    actors = actors_of(
        "Tamsin Orrell, a property developer, said the scheme would fail. Dev Prakash, a member of the union, "
        "agreed. Joan Whitby, the group's founder, said nothing."
    )
    assert all(actors[n].type == "person" for n in ("Tamsin Orrell", "Dev Prakash", "Joan Whitby"))


def test_an_apposition_naming_a_trading_kind_or_an_owned_maker_makes_a_name_a_body():
    actors = actors_of(
        "Herdade Vale Frio, the family-run cork producer that owns 900 hectares, has agreed to clear a firebreak. "
        "Tamsaro Nuts, a cashew exporter based in Mtwara, said it would pay more. Jo Pell, a film producer "
        "who lives in Kelby, said the plan was fair."
    )
    assert actors["Herdade Vale Frio"].type == "organization"
    assert actors["Tamsaro Nuts"].type == "organization"
    assert actors["Jo Pell"].type == "person"


def test_a_name_apposed_to_a_spokesman_for_a_body_is_the_spokesman():
    actors = actors_of(
        "The Kelby Forest Agency is to hire 12 rangers, a spokesman for the agency, Rui Lemaro, told reporters. "
        "A parents' group, Granby Families First, said it was pleased."
    )
    assert actors["Rui Lemaro"].type == "person"
    assert actors["Granby Families First"].type == "organization"


def test_a_medical_centre_and_a_centre_for_something_are_bodies_a_leisure_centre_a_place():
    actors = actors_of(
        "Harwell Regional Medical Center said it had postponed surgery. Analysts at the Centre for Coastal "
        "Policy said costs would rise. A fire broke out at the Harwell Leisure Centre on Sunday."
    )
    assert actors["Harwell Regional Medical Center"].type == "organization"
    assert actors["Centre for Coastal Policy"].type == "organization"
    assert actors.get("Harwell Leisure Centre") is None or actors["Harwell Leisure Centre"].type == "place"


def test_a_diocese_a_branch_and_a_bus_company_are_organisations():
    actors = actors_of(
        "The Diocese of Kelbridge said it would sell four houses. The Rail Accident Investigation Branch "
        "said it had opened an inquiry. Tanfield Buses said fares would rise."
    )
    assert actors["Diocese of Kelbridge"].type == "organization"
    assert actors["Rail Accident Investigation Branch"].type == "organization"
    assert actors["Tanfield Buses"].type == "organization"


def test_a_town_a_council_is_named_for_is_a_place_where_things_are_and_the_council_as_subject():
    actors = actors_of(
        "Dray Motors will cut 700 jobs at its plant in Fenmarsh. The firm's Fenmarsh site opened in 1961. "
        "Workers in the Fenmarsh area fear the worst. The cuts at Fenmarsh are the deepest. "
        "Fenmarsh Borough Council's leader, Omar Dale, said the "
        "town would survive."
    )
    assert actors.get("Fenmarsh") is None or actors["Fenmarsh"].type == "place"
    assert actors["Fenmarsh Borough Council"].type == "organization"
    assert "Fenmarsh" not in actors["Fenmarsh Borough Council"].aliases


def test_a_campaign_to_save_something_and_a_body_a_which_clause_describes_are_organisations():
    actors = actors_of(
        "The maternity unit will close in May. Save Pellworth Births, which has gathered 9,000 signatures, "
        "said it would go to court. Save Kelby Baths said the pool must stay open."
    )
    assert actors["Save Pellworth Births"].type == "organization"
    assert actors["Save Kelby Baths"].type == "organization"


def test_a_campaign_named_for_any_call_to_keep_or_stop_something_is_an_organisation():
    actors = actors_of(
        "But the Keep Brackley Green campaign said it would go to court. The Protect Hollin Woods group agreed. "
        "Residents formed the Stop Marsh Lane Homes campaign, which said the estate must not be built."
    )
    assert actors["Keep Brackley Green"].type == "organization"
    assert actors["Protect Hollin Woods"].type == "organization"
    assert actors["Stop Marsh Lane Homes"].type == "organization"


def test_a_clubs_name_ending_like_a_participle_stays_in_the_role_before_a_name():
    actors = actors_of("Kelby United chairman Raj Bhamra said the deal was done. Reading manager Ola Ness agreed.")
    assert actors["Raj Bhamra"].role == "Kelby United chairman"
    assert actors["Ola Ness"].role == "Reading manager"


def test_a_role_starts_after_a_preposition_that_opens_no_complement():
    actors = actors_of("DUNSTAN Town fans reacted with fury after owner Piet Larsen agreed to sell the ground.")
    assert actors["Piet Larsen"].role == "owner"


def test_a_name_in_a_tabloids_capitals_is_shown_as_the_body_of_the_article_writes_it():
    actors = actors_of(
        "DUNSTAN Town fans reacted with anger on Monday. Dunstan Town will play away next season. "
        "Dunstan Town said the move was temporary. NATO said nothing."
    )
    assert "Dunstan Town" in actors and "DUNSTAN Town" not in actors
    assert "NATO" in actors


def test_a_compound_trade_noun_before_a_name_says_it_is_a_firm_and_managing_stays_in_a_role():
    actors = actors_of(
        "Shipbuilder Harland Vane has won a £200 million order for two ferries. It will hire 150 apprentices, "
        "managing director Ewan Tolley said."
    )
    assert actors["Harland Vane"].type == "organization"
    assert actors["Ewan Tolley"].role == "managing director"


def test_a_body_named_for_two_fields_joined_by_and_is_one_name():
    actors = actors_of(
        "Rail and Freight Workers' Alliance general secretary Dean Farrow said the union would ballot members. "
        "The French and German Association of Harbours said it would help. Shell and BP Group were not involved."
    )
    assert actors["Rail and Freight Workers' Alliance"].type == "organization"
    assert actors["Dean Farrow"].role == "Rail and Freight Workers' Alliance general secretary"
    assert "French and German Association of Harbours" in actors
    assert "Shell and BP Group" not in actors


def test_corporate_suffixes_pharma_and_infirmaries_make_organisations():
    actors = actors_of(
        "Vollmar Chemie AG was fined on Monday. Shares in Quorn Pharma fell 12%. "
        "Dunley Royal Infirmary said it would cut waiting lists."
    )
    assert all(
        actors[n].type == "organization" for n in ("Vollmar Chemie AG", "Quorn Pharma", "Dunley Royal Infirmary")
    )


def test_big_before_an_industry_names_no_actor():
    actors = actors_of("Critics say Big Pharma and Big Tech lobbied hard against the bill.")
    assert "Big Pharma" not in actors and "Big Tech" not in actors


def test_an_ngo_apposition_a_rescue_charity_and_a_rugby_club_are_organisations():
    actors = actors_of(
        "Jal Kalyan Samiti, a Pune-based NGO, will send 25 tankers. Whiskers Rescue said it would rehome the cats. "
        "Ferncliffe RFC said it would merge its sides."
    )
    assert all(actors[n].type == "organization" for n in ("Jal Kalyan Samiti", "Whiskers Rescue", "Ferncliffe RFC"))


def test_two_places_before_a_public_body_that_serves_both_are_one_name():
    actors = actors_of("The Thornton and Wold NHS Trust has been told to improve. Tesco and Asda said nothing.")
    assert actors["Thornton and Wold NHS Trust"].type == "organization"


def test_an_occupation_opening_the_sentence_before_a_two_word_name_is_a_role():
    actors = actors_of("Landowner Hamish Fraser said the turbines would pay. Fisherman Ewan Tulloch, 63, agreed.")
    assert actors["Hamish Fraser"].role == "landowner"
    assert actors["Ewan Tulloch"].type == "person"


def test_a_tabloid_opening_word_in_capitals_before_a_kind_of_body_or_person_is_no_name():
    names = actors_of("RUGBY side Harlow Vale RFC has crashed into administration owing £14m.")
    assert "RUGBY" not in names and "Harlow Vale RFC" in names
    # ... but a union named by a common word in capitals stays, before its officers or "union".
    assert "UNITE" in actors_of("UNITE official Jo Lee said the union would ballot members.")
    assert "UNITE" in actors_of("UNITE union will ballot its members on Monday.")


def test_a_role_through_a_bodys_possessive_is_of_the_body_named_for_that_noun():
    text = (
        "The board of Kelby Hospitals NHS Trust voted to close the maternity unit at Marsh Lane Hospital. "
        "Dr Jo Reed, the trust's chief executive, said the unit was unsafe."
    )
    assert actors_of(text)["Jo Reed"].role == "chief executive of Kelby Hospitals NHS Trust"


def test_a_role_through_a_bodys_possessive_is_of_the_body_named_for_it_in_lower_case():
    # a committee's name news writes in lower case is still built on "committee": the chair is its
    # chair, not the firm named last before her
    text = (
        "The Commons transport committee is to hold an inquiry into a failed ticketing system built by "
        "Harlow Digital. Harlow Digital was paid £40m for the system in 2021. "
        "The committee's chair, Dame Ruth Ellery, said the project had failed. "
        "Harlow Digital said it had delivered the system."
    )
    assert actors_of(text)["Dame Ruth Ellery"].role == "chair of Commons transport committee"


def test_a_name_apposed_after_a_kind_of_body_is_an_organisation():
    assert (
        actors_of("A parents' group, Granby Families First, collected 900 signatures.")["Granby Families First"].type
        == "organization"
    )
    assert actors_of("A charity, Kelby Mothers, said the cuts were wrong.")["Kelby Mothers"].type == "organization"
    # ... but a clause ending with a body before the sentence's subject is no apposition.
    assert actors_of("After meeting the club, Priya Raman said she was hopeful.")["Priya Raman"].type == "person"


def test_the_plural_possessive_of_campaigners_opens_a_bodys_name():
    names = actors_of("Campaign group Parents' Food Watch called on supermarkets to fit metal detectors.")
    assert "Parents' Food Watch" in names and "Parents" not in names


def test_a_name_ending_in_a_trade_is_a_firm_not_a_person():
    text = "The council said the paving had been laid by its contractor, Brightway Surfacing, last month."
    assert actors_of(text)["Brightway Surfacing"].type == "organization"
    assert actors_of("Estates Minister Jo Lee said the plan would go ahead.")["Jo Lee"].type == "person"


def test_a_bishops_and_a_privy_counsellors_styles_are_honorifics():
    text = "The Bishop of Kelby, the Rt Rev Clare Enderby, defended the plan. She said she would visit every parish."
    assert "Clare Enderby" in actors_of(text)
    assert "Jo Lee" in actors_of("The Rt Hon Jo Lee said she would stand down at the next election.")


def test_a_body_always_written_with_s_and_standing_alone_is_named_so():
    text = (
        "Supermarket chain Fairway's has recalled its baby food. Fairway's said it would refund every customer. "
        "Fairway's chief executive Jo Lee apologised."
    )
    assert "Fairway's" in actors_of(text)
    # ... but a possessive only before what a body owns is no part of its name.
    assert "Acme" in actors_of("Acme's chief executive said the firm would cut 200 jobs. Acme's shares fell.")


def test_a_body_of_two_kinds_of_members_keeps_both_in_its_name():
    assert "Association of Zoos and Aquariums" in actors_of("The Association of Zoos and Aquariums said it would act.")
    names = actors_of("The Association of British Insurers and Aviva said they would act.")
    assert "Association of British Insurers" in names


def test_a_surname_stands_for_the_name_with_letters_after_it():
    text = "His barrister, Oliver Penhallow KC, said his client would appeal. Mr Penhallow said the ruling was wrong."
    assert "Mr Penhallow" not in actors_of(text) and "Oliver Penhallow KC" in actors_of(text)


def test_a_tax_named_like_a_body_is_no_actor():
    assert "National Insurance" not in actors_of(
        "The presenter owes £870,000 in tax and National Insurance, HMRC said."
    )


def test_an_officeholders_possessive_before_the_office_is_one_bodys_name():
    assert "Yavallo County Sheriff's Office" in actors_of(
        "The Yavallo County Sheriff's Office has signed a $1.2m deal."
    )


def test_partner_opening_the_sentence_is_a_title():
    assert actors_of("Partner Stuart Lomax said the firm would sell six salons.")["Stuart Lomax"].role == "Partner"


def test_a_name_ending_in_a_trade_gerund_is_a_firm():
    assert (
        actors_of("Workers at the Cedar Vale Packing plant kept their jobs.")["Cedar Vale Packing"].type
        == "organization"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The installer, Perth Heat Solutions, said demand had been overwhelming.", "Perth Heat Solutions"),
        ("His boss agreed, and his employer, Selby Freight, has given him a month off.", "Selby Freight"),
        ("The pub group that sold it, Cotswold Inns, said it was no longer viable.", "Cotswold Inns"),
        ("The buses are run by Tarrow Commuter Lines from March.", "Tarrow Commuter Lines"),
    ],
)
def test_a_name_ending_in_a_trade_word_is_a_firm(text, name):
    assert actors_of(text)[name].type == "organization"


def test_a_name_a_which_clause_of_what_it_did_follows_is_a_body():
    text = "The lorries serve a yard run by Marden Reclaim, which took over the site from a rival last year."
    assert actors_of(text)["Marden Reclaim"].type == "organization"


def test_a_name_ending_in_a_word_with_a_capital_inside_is_a_brand_not_a_surname():
    found = actors_of("The smell came from a plant run by Kelby AgriBlend. Ann McDonald said she smelt it.")
    assert found["Kelby AgriBlend"].type == "organization"
    assert found["Ann McDonald"].type == "person"


def test_a_company_is_called_by_its_name_without_its_legal_ending_and_trade():
    text = "Redwood Ridge Forestry Ltd met landowners on Friday. The council will not renew Redwood Ridge's consents."
    assert set(actors_of(text)) == {"Redwood Ridge Forestry Ltd"}


def test_its_after_a_sentence_opening_with_a_qualified_body_noun_is_that_bodys():
    text = (
        "Kelby Homes wants to build 200 houses in Little Marden. "
        "The district council, which must meet a housing target, has yet to decide. "
        "Its leader, Amira Khan, said each application would be judged on its merits. "
        "Wendham District Council meets in February."
    )
    assert actors_of(text)["Amira Khan"].role == "leader of Wendham District Council"


def test_a_union_lodge_keeps_its_number():
    text = "Officers of Kelby Police Lodge 31 voted on Monday. Kelby Police Lodge 31 said it would file a grievance."
    assert "Kelby Police Lodge 31" in actors_of(text)


def test_the_banks_chief_executive_is_of_the_one_bank_named_not_the_body_named_last():
    text = (
        "Kelby Federal Bank said hackers had stolen customer data. "
        "The breach was traced to software supplied by Bolt Systems, a vendor, the bank said. "
        "Greg Vance, the bank's chief executive, said the bank would offer free credit monitoring."
    )
    assert actors_of(text)["Greg Vance"].role == "chief executive of Kelby Federal Bank"


def test_a_town_whose_shire_council_the_story_names_is_no_organisation():
    text = (
        "Kurrawong Shire Council pledged $1.2m to keep flights. The airline will stop flying to Kurrawong. "
        "Passengers in Kurrawong were angry."
    )
    town = actors_of(text).get("Kurrawong")
    assert town is None or town.type == "place"  # (named only as where things are, a place is not listed)


def test_an_order_of_members_is_one_body_not_a_person_and_a_place():
    text = "Members of the Fraternal Order of Police met on Monday. The Order said it would appeal."
    assert set(actors_of(text)) == {"Fraternal Order of Police"}


def test_a_district_named_for_a_public_service_is_the_body_that_provides_it_not_an_area():
    actors = actors_of(
        "The blaze had burned 200 acres, according to the Marsh Valley Fire District. The Kelby Water District "
        "said the wells were safe. The Ashby District Council said the Ashby District had the most fires."
    )
    assert actors["Marsh Valley Fire District"].type == "organization"
    assert actors["Kelby Water District"].type == "organization"
    assert actors.get("Ashby District") is None or actors["Ashby District"].type == "place"


def test_a_bodys_noun_opening_a_title_stays_in_the_role_when_the_story_writes_it_in_lower_case():
    actors = actors_of(
        "Fire Chief Ray Okafor said his crews were stretched. Police Chief Ann Tully said roads were shut. "
        "Union Leader Mo Sharp said members were tired. The fire spread; the police and the union helped."
    )
    assert actors["Ray Okafor"].role == "Fire Chief"
    assert actors["Ann Tully"].role == "Police Chief"
    assert actors["Mo Sharp"].role == "Union Leader"


def test_a_countrys_adjective_is_the_country_not_a_body_of_its_own():
    actors = actors_of(
        "Coast guard vessels fired water cannon at Philippine supply boats, according to Manila. Analysts expect "
        "the batteries to work by 2027, depending on how quickly Philippine crews complete training. The "
        "Philippines said it would accept the radars."
    )
    assert "Philippine" not in actors
    assert actors["Philippines"].type == "place"


def test_a_capital_in_a_story_that_names_its_country_is_that_country():
    actors = actors_of(
        "Beijing vowed to take countermeasures. China's navy has fired water cannon at boats, and Moscow said "
        "it would send observers. The Philippines said it would accept radars. Washington said it was ready."
    )
    assert actors["China"].type == "place" and "Beijing" in actors["China"].aliases
    assert "Beijing" not in actors
    assert "Moscow" in actors  # Russia is not named: the capital stays as it is written
    assert "Washington" in actors  # nor is the United States


def test_a_country_keeps_its_own_name_when_its_capital_is_written_more():
    actors = actors_of(
        "London said it would not sign the deal. Officials in London said the talks were over. London wants "
        "more time. She said Britain would not sign."
    )
    assert "Britain" in actors and "London" in actors["Britain"].aliases


def test_bodies_named_in_lower_case_after_whose_they_are_are_organisations():
    actors = actors_of(
        "The Norwegian defence ministry has agreed to supply six radar units. A Welsh government spokesperson "
        "said it would respond. The Commons transport committee will question the minister."
    )
    assert actors["Norwegian defence ministry"].type == "organization"
    assert actors["Welsh government"].type == "organization"
    assert actors["Commons transport committee"].type == "organization"


def test_a_post_named_before_its_holder_is_the_person_who_opens_the_next_sentence():
    actors = actors_of(
        "Waiting lists will be halved by 2030, the Health Secretary has pledged, as he unveiled a £2bn plan.\n\n"
        "Owen Calder said the money would pay for 5,000 beds."
    )
    assert actors["Owen Calder"].role == "Health Secretary"
    other = actors_of(
        "Waiting lists will be halved, the Health Secretary has pledged.\n\n"
        "Nurses' leader Jo Lee said the money would not be enough."
    )
    assert other["Jo Lee"].role == "Nurses' leader"


def test_a_seat_of_power_is_the_government_it_houses_when_the_story_names_that_too():
    actors = actors_of(
        "The Kremlin said it would respond. Russia has denied the claims. The Pentagon will send missiles, "
        "the Defense Department said."
    )
    assert "Kremlin" in actors["Russia"].aliases and "Kremlin" not in actors
    assert "Pentagon" in actors["Defense Department"].aliases
    assert actors_of("The Kremlin said it would respond to the sanctions.")["Kremlin"].type == "organization"


def test_a_name_whose_last_word_the_story_writes_after_the_is_a_team_not_a_person():
    actors = actors_of(
        "Marlow Hornets have been docked 12 points. Hornets plunge to the bottom. The Hornets will also be barred "
        "from signing players, and the Hornets could be relegated."
    )
    assert actors["Marlow Hornets"].type == "organization"
    assert (
        actors_of("Clare Enderby said the Enderby report was fair. The Enderby family agreed.")["Clare Enderby"].type
        == "person"
    )


def test_unions_named_with_common_words_are_organisations():
    actors = actors_of(
        "Unite vowed to fight the closure. Dafydd Rees, the union's regional secretary, said members were angry. "
        "Unison will also ballot its members."
    )
    assert actors["Unite"].type == "organization"
    assert actors["Unison"].type == "organization"
    assert actors["Dafydd Rees"].role == "regional secretary of Unite"


def test_un_agencies_by_name_and_by_the_description_news_gives_them():
    actors = actors_of(
        "The UN refugee agency plans to help families return. UNHCR said it would need $40m. The World Food "
        "Programme said it would fly in food."
    )
    assert "UN refugee agency" in actors["UNHCR"].aliases
    assert actors["World Food Programme"].type == "organization"


def test_the_post_is_not_held_by_its_shadow_or_deputy():
    actors = actors_of(
        "Fuel duty will be frozen, the Chancellor vowed on Monday.\n\n"
        "Diane Holloway said the freeze would save motorists £90 a year. Shadow Chancellor Rob Kenning said "
        "drivers were still paying record prices."
    )
    assert actors["Diane Holloway"].role == "Chancellor"
    assert actors["Rob Kenning"].role == "Shadow Chancellor"


def test_a_compound_modifier_opening_the_sentence_is_no_part_of_the_name():
    actors = actors_of("SEWAGE-spewing Southdown Water will be fined. Southdown Water said it would appeal.")
    assert "SEWAGE-spewing Southdown Water" not in actors
    assert actors["Southdown Water"].type == "organization"


def test_a_known_name_shouted_in_capitals_is_that_name_not_an_acronym():
    actors = actors_of(
        "AMERICA has slapped a 25% tariff on Scotch whisky. The United States said it would talk. TORY leader "
        "Lydia Hartnell vowed to fight it. The Tories said it was a disgrace."
    )
    assert "AMERICA" not in actors and "AMERICA" in actors["United States"].aliases
    assert "TORY" not in actors and actors["Tories"].type == "organization"


def test_a_bare_title_gives_way_to_the_same_title_said_with_its_body():
    actors = actors_of(
        "Chairman Terry Blackwood said the club would appeal. The Stags were docked 12 points. Stags chairman "
        "Terry Blackwood told reporters the fine was unfair."
    )
    assert actors["Terry Blackwood"].role == "Stags chairman"


@pytest.mark.parametrize("aged", ["Tayla Brennock, 29, paid", "Tayla Brennock (29) paid"])
def test_a_name_given_an_age_is_a_person_even_when_never_shortened(aged):
    actors = actors_of(
        f"{aged} £90 for a slimming jab at a salon in Kelby. "
        "Tayla Brennock, pictured in hospital, was in intensive care for four days."
    )
    assert actors["Tayla Brennock"].type == "person"


@pytest.mark.parametrize(
    "body",
    [
        "Kelby Medicines Consortium",
        "Kelby Care Collective",
        "Kelby Lottery Syndicate",
        "Kelby Air Quality Observatory",
        "Kelby Housing Ombudsman",
        "Kelby Schools Inspectorate",
        "Orvale Laboratories",
        "Orvale Biosciences",
        "Kelby Donor Registry",
        "Orvale Ventures",
    ],
)
def test_a_name_ending_in_a_bodys_word_is_an_organisation(body):
    actors = actors_of(f"The {body} said on Monday that it would publish its findings in March.")
    assert actors[body].type == "organization"


def test_a_conjunction_before_a_role_opens_a_clause_not_the_role():
    # "where founder Jo Lee": the role is "founder"; the conjunction belongs to the clause
    for text, role in (
        (
            "The firm kept its first shop in Kelby market, where founder Albert Renshaw first sold bread in 1932.",
            "founder",
        ),
        ("Shares fell while chief executive Albert Renshaw was on holiday in Spain.", "chief executive"),
    ):
        assert actors_of(text)["Albert Renshaw"].role == role, text


def test_a_name_that_ends_as_an_adverb_does_opens_its_sentence():
    actors = actors_of(
        "Tessaly County will spend $12.4 million to replace 23 culverts, commissioners decided on Tuesday. "
        "Tessaly County engineer Marcus Delgado said work would start in May."
    )
    assert "Tessaly County" in actors and "County" not in actors
    actors = actors_of("Interestingly Labour MPs backed the plan. Frankly, Kelby Council has failed to act.")
    assert not any(name.startswith(("Interestingly", "Frankly")) for name in actors)


def test_a_currencys_code_before_an_amount_is_no_actor():
    actors = actors_of(
        "The cabinet approved a EGP 9.6 billion plant in Ras Sabra. The ministry will pay USD 40 million of the cost, "
        "and Kenya pledged KES 2 billion."
    )
    assert not {"EGP", "USD", "KES"} & set(actors)
    assert "Kenya" in actors
    actors = actors_of(
        "The Kelby regional council will contribute MAD 86 million to the plant. The MAD 86 million project aims to "
        "stop waste. Jordan added JOD 4 million and Korea KRW 9 billion."
    )
    assert not {"MAD", "JOD", "KRW"} & set(actors)


def test_a_name_in_the_possessive_with_nothing_after_it_is_a_business_not_its_founders_surname():
    found = actors_of(
        "Title\n\nDellow's will close 30 of its shops. Fans of Dellow's were upset. "
        "Founder Albert Dellow opened the first shop in 1932. Dellow's has 1,400 staff."
    )
    assert found["Dellow's"].type == "organization"
    assert found["Albert Dellow"].mentions == 1


def test_a_title_word_that_is_a_common_surname_after_a_given_name_is_the_surname():
    found = actors_of(
        "Title\n\nNovelist Stephen Kingsley-Rowe met Councillor Sarah Bishop on Monday. "
        "Labour councillor Imran Sheikh, who sits on the panel, said he would object. "
        "Georgia Governor Brian Kemp said he would sign it."
    )
    assert found["Sarah Bishop"].type == found["Imran Sheikh"].type == "person"
    assert found["Brian Kemp"].role == "Georgia Governor"  # a place's title after a given name that is a state


def test_a_name_known_as_a_whole_is_an_actor_whatever_its_words_and_the_tagger_say():
    found = actors_of("Title\n\nThe army met on Monday. The World Food Programme reopened its warehouse in Lukanga.")
    assert found["World Food Programme"].type == "organization"


def test_a_shouted_label_before_a_colon_opening_a_line_names_no_one():
    found = actors_of("FLUSHED OUT: Sewage firm hit with record penalty\n\nSouthdown Water will pay £48m, Ofwat said.")
    assert set(found) == {"Southdown Water", "Ofwat"}


def test_the_next_bodies_of_a_list_are_no_description_of_the_first():
    found = actors_of(
        "Title\n\nAcme Homes wants to build 240 homes. Jo Roe says the parish will set up a liaison group with Acme "
        "Homes, the flood group and the agency to monitor the work."
    )
    assert found["Acme Homes"].role is None
    found = actors_of("Title\n\nKelby Bakeries, the bakery and cafe chain, said it would close two shops.")
    assert found["Kelby Bakeries"].role == "bakery and cafe chain"


def test_a_plural_of_people_opening_sentences_before_their_verb_is_no_body_but_one_opening_a_name_is():
    found = actors_of(
        "Treasurer charged\n\nParents say they were told the league had no money. Jo Roe, 52, was charged on "
        "Monday. Parents told local media they had raised $9,000."
    )
    assert "Parents" not in found
    found = actors_of("Title\n\nFriends of Kelby Pool say the pool must stay open. Friends of Kelby Pool will march.")
    assert "Friends of Kelby Pool" in found


def test_a_shouted_label_in_quotes_before_its_colon_names_no_one():
    found = actors_of("'PEOPLE WILL DIE': Fury as fire chiefs axe 40 jobs\n\nThe Kelby Fire Authority backed the cuts.")
    assert set(found) == {"Kelby Fire Authority"}


def test_a_listed_town_named_only_after_prepositions_of_place_is_a_place_not_a_body():
    index = analyse(
        "Title\n\nHer captain, Pete Doyle, 52, from Hull, sent a distress call. "
        "The carrier will fly the families to a support centre in Hull."
    )[2]
    assert index.type_of.get("Hull") != "organization"
    assert [a.name for a in index.actors] == ["Pete Doyle"]


def test_a_word_named_mostly_where_things_are_is_a_place_though_it_once_opens_a_sentence():
    index = analyse(
        "Title\n\nLocals in Sandleigh were furious. The closures take in counters in Sandleigh and Orford Bridge. "
        "Sandleigh police station is among those earmarked. The force will not sell the Sandleigh building."
    )[2]
    assert index.type_of.get("Sandleigh") == "place"


def test_a_role_through_the_noun_of_a_public_body_is_no_role_in_a_body_of_another_kind():
    found = actors_of(
        "Title\n\nThe Environmental Protection Agency sets a limit of 4 parts per trillion. "
        '"We will fix this," said Mari Kett, the authority\'s executive director.'
    )
    assert "Environmental Protection Agency" not in (found["Mari Kett"].role or "")


def test_a_group_named_for_the_place_it_campaigns_in_is_a_body():
    found = actors_of(
        "Title\n\nDenise Hay, who founded the group Clean Taps Pell County after her husband fell ill, said she "
        "would sue. Clean Rivers Kelby County, a residents' group, said it would join her."
    )
    assert found["Clean Taps Pell County"].type == found["Clean Rivers Kelby County"].type == "organization"


def test_a_name_whose_short_form_is_a_body_is_that_body_not_its_branch_or_product():
    found = actors_of(
        "Title\n\nKestrel Robotics (KSTR.O) said on Tuesday it would buy Pintail Vision. "
        '"It is a good deal," Kestrel Chief Executive Ingrid Solberg said. Kestrel shares fell 4%.'
    )
    assert "Kestrel Robotics" in found and "Kestrel" not in found
    for branch, short in (("Kestrel Europe", "Kestrel"), ("Ca Mau Province", "Ca Mau"), ("North West", "North")):
        assert not registry.full_name_of(branch.split(), {short})  # a branch, a province, a region
    product = actors_of(
        "Title\n\nKestrel Chief Executive Ingrid Solberg said a fix was coming. "
        "The update made some Kestrel Pro locks ignore the app."
    )
    assert "Kestrel Pro" not in product


def test_a_stock_code_in_brackets_is_the_listed_company_s_not_an_actor():
    found = actors_of(
        "Title\n\nKestrel Robotics (KSTR.O) said on Tuesday it would buy Pintail Vision (NYSE: PNTL) for $2 billion."
    )
    assert found["Kestrel Robotics"].type == found["Pintail Vision"].type == "organization"
    assert not {"KSTR", "PNTL", "NYSE", "O"} & found.keys()


def test_the_city_of_a_town_is_its_corporation_never_a_person():
    found = actors_of(
        "Title\n\nAcme will close its bakery in Kelby. The company is in talks with the City of Kelby about the site."
    )
    assert found["City of Kelby"].type == "organization"


def test_a_company_named_with_its_legal_ending_after_the_headline_is_one_actor():
    found = actors_of(
        "Kestrel Foods to close Kelby bakery\n\nKestrel Foods Inc. today announced that it will close its bakery. "
        "Kestrel Foods said it will provide a shuttle bus."
    )
    assert "Kestrel Foods" in found and "Kestrel Foods Inc" not in found


def test_a_family_shop_named_by_surname_and_trade_is_one_body_apart_from_its_owner():
    found = actors_of(
        "Pennock's Bakery bought out of administration\n\nPennock's, the 120-year-old bakery chain, has been "
        "bought by Croft Family Foods. Staff at Pennock's were told on Monday. Gillian Pennock said she was sad. "
        "Thwaite's Bakery will shut its doors on Christmas Eve, its owner Margaret Thwaite said."
    )
    assert found["Pennock's Bakery"].type == found["Thwaite's Bakery"].type == "organization"
    assert found["Gillian Pennock"].type == found["Margaret Thwaite"].type == "person"
    assert "Pennock's" not in found


def test_a_family_firm_named_by_surname_and_legal_form_is_one_body_its_surname_alone_folded():
    found = actors_of(
        "Candy maker sold\n\nA judge approved the sale of Hallberg's Candy Co. to a Chicago buyer on Monday. "
        "Workers at the Hallberg's plant cheered. Hallberg's was founded in 1932. "
        "Greta Hallberg Dunn, the firm's president, said she was relieved. "
        "Dellow's Bakeries will sponsor the village fair, its owner said."
    )
    assert found["Hallberg's Candy Co."].type == found["Dellow's Bakeries"].type == "organization"
    assert "Hallberg" not in found and "Bakeries" not in found


@pytest.mark.parametrize("trade", ["Confections", "Chocolates", "Beverages", "Seafoods"])
def test_a_name_ending_in_a_trade_in_the_plural_is_a_firm(trade):
    found = actors_of(
        f"Buyer found\n\nA judge approved the sale to Marlowe {trade}, a Chicago-based maker, on Monday. "
        f"Marlowe {trade} said it would keep all 160 jobs."
    )
    assert found[f"Marlowe {trade}"].type == "organization"


def test_substances_and_things_written_in_capitals_are_no_bodies():
    found = actors_of(
        "Title\n\nThe water contained PFOA and PFAS above the limit. Kelby Water said it would build a plant "
        "to remove PFAS. Riders shared GPS data, and ICU beds ran short."
    )
    assert not {"PFOA", "PFAS", "GPS", "ICU"} & found.keys()
    assert found["Kelby Water"].type == "organization"


def test_a_name_ending_in_a_trade_is_a_business():
    found = actors_of(
        "Title\n\nPirates seized the ship on Sunday. The ship's owner, Northgate Maritime, said it would not pay. "
        "Kestrel Robotics and Dalby Minerals, its insurers' clients, said nothing."
    )
    assert found["Northgate Maritime"].type == "organization"


def test_a_convenience_chain_is_a_business():
    found = actors_of(
        "Title\n\nThe shop was bought by Kestrel Convenience, whose owner, Vikram Sehgal, said it would reopen."
    )
    assert found["Kestrel Convenience"].type == "organization"


def test_a_surname_alone_is_the_one_of_two_sharing_it_named_before():
    *_, index, _ = analyse(
        "Title\n\nTerry Pellow won £2m on the lottery in June. Mr Pellow said he would buy a boat. "
        "His solicitor said Mr Pellow has agreed to hand over the ticket. His wife, Jackie Pellow, said they "
        "were happy."
    )
    surnames = [m.key for ms in index.mentions.values() for m in ms if m.surface == "Pellow"]
    assert surnames == ["Terry Pellow", "Terry Pellow"]


def test_a_name_apposed_to_a_team_club_or_band_is_a_body():
    actors = actors_of(
        "Title\n\nVoters will decide on a new ballpark for the Kelby Comets, the minor-league baseball team "
        "that has played in the town since 1962. Fans love the Halyards, the band that formed in 2009, too."
    )
    assert actors["Kelby Comets"].type == "organization"


def test_a_town_named_where_things_are_is_no_body_named_for_it():
    actors = actors_of(
        "Title\n\nCouncillors in Kelby voted 7-4 to delay a new ballpark for the Kelby Comets, the minor-league "
        "baseball team. Kelby City Council will vote again in February.\n\n\u201cWe love Kelby, but love does not "
        "pay for a new grandstand,\u201d the team's owner said."
    )
    assert actors["Kelby"].type == "place"
    assert actors["Kelby Comets"].mentions == 1


def test_des_inside_a_name_joins_it_as_de_and_du_do():
    actors = actors_of(
        "Title\n\nA spokesman for the Union des Quartiers Armés, a coalition of gangs, said the group would free "
        "the hostages. The Union des Quartiers Armés controls the north."
    )
    assert actors["Union des Quartiers Armés"].mentions == 2
    assert "Union" not in actors


def test_a_currency_before_an_amount_is_no_actor():
    actors = actors_of(
        "Title\n\nThe council has set aside Rs 12 crore for the work. The firm will not pay the Rs. 50 lakh "
        "penalty. The contract is worth HK$28 million, and fares will rise to NT$40. The US$9 fee stays."
    )
    assert not {"Rs", "Rs.", "HK", "NT", "US"} & set(actors)


def test_a_price_after_for_or_of_is_no_part_of_a_name():
    actors = actors_of(
        "Title\n\nKelbite Mining agreed to buy Australian lithium miner Tallara Resources for A$10.4 billion. "
        "Tallara's board recommended the offer."
    )
    assert "Tallara Resources" in actors
    assert not any(name.endswith(" A") for name in actors)


def test_a_name_ending_in_a_land_word_that_is_no_surname_is_a_place():
    actors = actors_of(
        "Title\n\nThe shale rigs of the Permian Basin will idle, said Damon Crossing, the project's manager. The "
        "Permian Basin pumps 6 million barrels a day."
    )
    assert actors["Permian Basin"].type == "place"
    assert actors["Damon Crossing"].type == "person"


def test_a_gp_is_a_doctor_and_local_qualifies_a_partys_title():
    actors = actors_of(
        "Title\n\nThe firm will pay for a new GP surgery. Patients should contact their GP. Local Liberal Democrat "
        "MP Tom Baverstock said the village had waited ten years for a GP."
    )
    assert not {"GP", "Local Liberal Democrat"} & set(actors)
    assert actors["Tom Baverstock"].role == "Liberal Democrat MP"
    tory = actors_of("Title\n\nLocal Tory MP Jago Penrose urged ministers to sell the yacht.")
    assert "Local Tory" not in tory
    assert tory["Jago Penrose"].role == "Tory MP"


def test_an_engineers_ir_is_an_honorific():
    actors = actors_of(
        "Title\n\nProject director Ir. Dr Lim Kok Seng said each pond had automatic sluice gates. Ir. Lim said the "
        "ponds would be finished in March."
    )
    assert "Ir" not in actors
    assert actors["Lim Kok Seng"].role == "Project director"


def test_a_title_word_before_a_common_word_names_no_one():
    actors = actors_of(
        "Title\n\nKelby Rovers beat Hallam Athletic to go top of the Premier Division. Chief Vukovich said the "
        "police had closed the road."
    )
    assert "Division" not in actors
    assert actors["Vukovich"].type == "person"


def test_common_nouns_written_as_initials_name_no_one():
    actors = actors_of(
        "Title\n\nThe landlord treats tenants like an ATM, the NGO said. The tablet has 8 GB of RAM and LED "
        "lights. HIPAA does not cover the app, and patients on an IV drip were moved."
    )
    assert not {"ATM", "NGO", "GB", "RAM", "LED", "HIPAA", "IV"} & set(actors)


def test_a_field_before_a_ministers_title_is_no_short_name_of_a_body():
    actors = actors_of(
        "Title\n\nKelby Health Trust said waiting times had fallen again. Health minister Jo Penn said the figures "
        "were encouraging. Rail minister orders review of Network Rail works."
    )
    assert "Health" not in actors["Kelby Health Trust"].aliases
    assert "Rail" not in actors["Network Rail"].aliases
    assert actors["Jo Penn"].role == "Health minister"


def test_a_universitys_place_word_alone_is_the_university_not_its_students_union():
    actors = actors_of(
        "Title\n\nThe University of Harnford is to cut 300 jobs. Harnford Students' Union called the plan a "
        "betrayal. Harnford says it faces a deficit of £48m. The regulator said it was in contact with Harnford."
    )
    assert "Harnford" in actors["University of Harnford"].aliases
    assert actors["University of Harnford"].mentions == 3


def test_a_towns_word_alone_is_no_short_name_of_its_university_where_its_council_is_named():
    actors = actors_of(
        "Title\n\nTiverbridge City Council is to push back its net zero target. Researchers at the University of "
        "Tiverbridge found emissions had fallen. Tiverbridge was one of 300 councils to declare an emergency."
    )
    assert "Tiverbridge" not in actors["University of Tiverbridge"].aliases


def test_a_name_after_the_people_who_make_it_up_is_a_body_named_once():
    actors = actors_of("Activists with Kelby Families Justice Now protested on Monday.")
    assert actors["Kelby Families Justice Now"].type == "organization"
    assert "Hay Festival" not in actors_of("Organisers of the Hay Festival dropped a sponsor.")  # an event: no members


def test_a_name_after_the_people_a_body_serves_is_a_body_named_once():
    actors = actors_of("Customers of Kelby Broadband have complained of outages for a fourth day.")
    assert actors["Kelby Broadband"].type == "organization"


def test_two_capitalised_words_given_an_age_are_a_person():
    actors = actors_of("Lowri Price, 29, bought the last plot on the estate. Emrys Fish (41) sold it to her.")
    assert actors["Lowri Price"].type == "person"
    assert actors["Emrys Fish"].type == "person"


def test_and_inside_a_name_its_bracketed_initials_spell_joins_it():
    actors = actors_of(
        "The Upland Footpath and Bridleway Trust (UFBT) has bought the old quarry. UFBT will open a trail there. "
        "Acme and Harlow Group (HG) said nothing."
    )
    assert actors["Upland Footpath and Bridleway Trust"].type == "organization"
    assert "UFBT" in actors["Upland Footpath and Bridleway Trust"].aliases
    assert "Harlow Group" in actors and "Acme and Harlow Group" not in actors


def test_a_title_case_headline_names_no_kind_of_thing_and_ends_a_name_before_its_verb():
    body = "\n\nPine Hollow Medical Center will stop delivering babies on April 30, its administrators said on Monday."
    for headline in (
        "A Rural Hospital Is Closing Its Maternity Ward",
        "Kelby Council Approves Dog Park At Willow Creek",
    ):
        brief = make_brief(headline + body, "test")
        names = {a.name for a in brief.actors + brief.minor_actors}
        assert not any("Closing" in n or "Rural" in n or "Approves" in n for n in names), names


def test_a_role_after_the_verb_that_closes_a_quote_is_the_speakers():
    text = (
        "Title\n\nThe Marlow County Water Authority owns the pipes under Kelby.\n\n"
        '"We will have crews on standby around the clock," said the authority\'s operations director, Jo Fenn.'
    )
    assert actors_of(text)["Jo Fenn"].role == "operations director of Marlow County Water Authority"
    text = "Title\n\nThe Dunmore Trust will sell the hall, according to its chair, Ada Quinn."
    assert actors_of(text)["Ada Quinn"].role == "chair of Dunmore Trust"


def test_a_body_named_as_where_something_happens_is_no_owner_of_a_role():
    text = (
        "Title\n\nFamilies formed Bring Them Home Kelby in 2025. The group holds a weekly vigil outside the "
        'Kelby Town Hall. "We are not celebrating yet," said its co-founder, Ellen Marsh.'
    )
    assert actors_of(text)["Ellen Marsh"].role == "co-founder of Bring Them Home Kelby"


def test_the_companys_or_the_groups_officer_is_no_councils():
    text = (
        "Title\n\nCorvale Homes wants to build 300 homes in Wendham. Wendham District Council will decide in May.\n\n"
        '"We have listened to residents," said the company\'s planning director, Stu Penn.'
    )
    assert actors_of(text)["Stu Penn"].role == "the company's planning director"


def test_a_role_with_its_bodys_name_after_the_verb_that_closes_a_quote():
    text = (
        "Title\n\nCalder Therapeutics will recall 400,000 pens.\n\n"
        '"We will replace every pen free of charge," said Calder\'s chief executive, Dana Whitt, in a video.'
    )
    assert actors_of(text)["Dana Whitt"].role == "Calder's chief executive"


def test_a_club_whose_officer_a_role_names_by_its_short_name_is_a_body():
    text = (
        "TOWN BOSS: WE'LL FIGHT ROVERS FOR ADU\n\nOldcastle Town are gearing up for a summer scrap with bitter "
        "rivals Marlby Rovers over goal machine Kofi Adu.\n\nBut Town boss Gary Hale is having none of it.\n\n"
        "Bookmakers reckon Town will finish in the top six next season.\n\nRovers are not giving up without a "
        "fight. On Monday they said they would also make an offer for Town's teenage winger Jamie Rusk.\n\n"
        '"The club is to open talks with Oldcastle Council next month over a new stand," said Town\'s chief '
        "executive, Miriam Reyes."
    )
    assert actors_of(text)["Oldcastle Town"].type == "organization"


@pytest.mark.parametrize(
    "story",
    [
        "A jail in Marlin County will close in May.\n\nCounty Commission Chairman Roy Abbot said the county "
        "would raise the money through a bond issue.",
        "Officers will patrol Kelby from May.\n\nMarlin County Sheriff Mitch Yeo, whose deputies cover the north "
        "side, said his office would keep two cars in the city.",
        "He was charged in 2023 by the Marlin County District Attorney's Office.\n\n"
        '"We will try this case again," District Attorney Joan Pratt said.',
    ],
)
def test_a_kind_of_body_cut_from_a_title_is_no_actor(story):
    assert not set(actors_of(f"Title\n\n{story}")) & {"Commission", "County", "District"}


def test_its_after_a_subject_with_a_description_is_the_subjects_not_a_name_in_the_description():
    text = (
        "Title\n\nMeridian Ports will build a methanol bunkering hub.\n\n"
        "Kestrel Lines, the container carrier that is Meridian's biggest customer, was more cautious. Its chief "
        "financial officer, Henrik Dahl, said the company would convert four ships by 2026."
    )
    assert actors_of(text)["Henrik Dahl"].role == "chief financial officer of Kestrel Lines"


@pytest.mark.parametrize("first", ["Kelbourne Council", "Kelbourne Combined Authority", "Acme Group"])
def test_a_complete_body_and_another_name_are_two_actors(first):
    text = (
        f"Title\n\nTrains will return after {first} and Network Rail agreed a deal to rebuild two stations.\n\n"
        "Network Rail said work would start in May."
    )
    actors = actors_of(text)
    assert {first, "Network Rail"} <= set(actors)
    assert f"{first} and Network Rail" not in actors


def test_cr_is_a_councillors_title_as_cllr_is():
    text = (
        "Title\n\nMayor Bronwyn Kettle said the decision was not made lightly.\n\n"
        '"We have had the driest season on record," Cr Kettle said.\n\nCr Tom Aldred voted against the plan.'
    )
    actors = actors_of(text)
    assert "Cr Kettle" not in actors and actors["Bronwyn Kettle"].mentions == 2
    assert actors["Tom Aldred"].role == "Councillor"


@pytest.mark.parametrize("place", ["New Brunswick", "Western Australia", "North Rhine-Westphalia", "Tamil Nadu"])
def test_a_province_or_state_of_a_federation_is_a_place_whole(place):
    text = f"Title\n\nThe government of {place} will spend $20m on roads. {place} has 5,000 km of them."
    assert actors_of(text)[place].type == "place"


def test_its_officer_after_a_sentence_opening_with_an_unnamed_body_is_no_officer_of_a_body_named_before():
    actors = actors_of(
        "NatureScot, the nature agency, said the causeway must protect otters. The island's community trust plans "
        "to turn the slipway into a harbour. Its chairman, Callum Munro, said the trust would apply for funding."
    )
    assert "NatureScot" not in (actors["Callum Munro"].role or "")


def test_a_name_shortened_to_its_surname_with_its_particle_is_a_persons():
    actors = actors_of(
        "Title\n\nPieter de Villiers said the plan was ready.\n\nThe council met on Tuesday.\n\n"
        '"We are ready," De Villiers said.'
    )
    assert actors["Pieter de Villiers"].type == "person"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Minister of State for Nature Aoife Brennan said the deal was fair.",
            "Aoife Brennan",
            "Minister of State for Nature",
        ),
        (
            "Kelby City Clerk Mr Godfrey Mugisha Ouma said the market would reopen.",
            "Godfrey Mugisha Ouma",
            "Kelby City Clerk",
        ),
        (
            "Minister of Creative Industries and Heritage Dr Olivia Grant-Campbell said the plan was sound.",
            "Olivia Grant-Campbell",
            "Minister of Creative Industries and Heritage",
        ),
        (
            "Assistant Minister of Fisheries and Inland Waters for Coastal Licensing Affairs Dr. Lina Farouk said "
            "the plan was sound.",
            "Lina Farouk",
            "Assistant Minister of Fisheries and Inland Waters for Coastal Licensing Affairs",
        ),
        (
            "Deputy Minister for Rural Roads Dr. Omar Sabry said the plan was sound.",
            "Omar Sabry",
            "Deputy Minister for Rural Roads",
        ),
        (
            "Assistant Commissioner Bea Lund said the plan was sound.",
            "Bea Lund",
            "Assistant Commissioner",
        ),
    ],
)
def test_a_name_after_a_portfolio_or_an_office_is_the_holders_alone(sentence, name, role):
    actors = actors_of(f"Title\n\n{sentence}\n\nShe said more.")
    assert actors[name].type == "person"
    assert role is None or actors[name].role == role


def test_letters_glued_to_a_currencys_sign_before_an_amount_are_no_actor():
    actors = actors_of("Title\n\nThe assembly will pay GH¢5,000 to each family, the chief said. Farmers got N$300.")
    assert "GH" not in actors and "N" not in actors


def test_a_portfolio_of_fields_listed_with_commas_after_of_ends_before_its_holders_name():
    actors = actors_of(
        "Title\n\nMinister of Housing, Water and Sanitation Thembeka Mabuza said the plan was fair.\n\nShe spoke."
    )
    assert actors["Thembeka Mabuza"].role == "Minister of Housing, Water and Sanitation"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Minister of Roads, Bridges and Fisheries Tavita Olo Faleafa said the ministry would pay.",
            "Tavita Olo Faleafa",
            "Minister of Roads, Bridges and Fisheries",
        ),
        (
            "Minister Delegate for Ports, Coastal Shipping and Rural Drinking Water Supply Idrissa Kane Mbaye "
            "said the dock would open.",
            "Idrissa Kane Mbaye",
            "Minister Delegate for Ports, Coastal Shipping and Rural Drinking Water Supply",
        ),
        (
            "Minister for Tourism, Arts and Culture, Kofi Mensah-Bonsu said the show would go on.",
            "Kofi Mensah-Bonsu",
            None,
        ),
    ],
)
def test_a_name_of_three_words_no_list_has_follows_a_portfolio_whole(sentence, name, role):
    actors = actors_of(f"Title\n\n{sentence}\n\nThey spoke.")
    assert name in actors
    if role:
        assert actors[name].role == role


@pytest.mark.parametrize(
    "name", ["Kelby District People's Committee", "Kelby Children's Hospital", "Kelby Women's Institute"]
)
def test_a_plurals_possessive_inside_a_bodys_name_keeps_the_name_whole(name):
    actors = actors_of(f"Title\n\nThe {name} said it would open a clinic in May.\n\nIt spoke on Monday.")
    assert name in actors


def test_two_ministries_joined_by_and_the_are_two_bodies():
    actors = actors_of(
        "Title\n\nThe Ministry of Forests and the Ministry of Emergency Management will lease four planes.\n\n"
        "The Ministry of Trade and Industry said it would help."
    )
    assert {"Ministry of Forests", "Ministry of Emergency Management", "Ministry of Trade and Industry"} <= set(actors)


def test_a_portfolios_second_field_after_and_is_the_titles_not_the_holders_name():
    actors = actors_of(
        "Title\n\nMinister of Agriculture and Animal Resources Dr Kelia Mbabazi-Roe said the ministry would pay.\n\n"
        "She spoke. The Minister of Finance and Paul Smith met on Monday."
    )
    assert actors["Kelia Mbabazi-Roe"].role == "Minister of Agriculture and Animal Resources"
    assert "Paul Smith" in actors


@pytest.mark.parametrize("name", ["Kelby Energi A/S", "Kelby Process Engineering Pvt. Ltd", "Kelby Holdings Co. Ltd"])
def test_a_companys_suffix_with_a_slash_or_abbreviations_stays_on_its_name(name):
    actors = actors_of(f"Title\n\nThe board of {name}, which owns the plant, met on Monday.\n\nIt spoke.")
    assert name in actors


def test_an_abbreviated_company_before_a_new_sentence_stays_apart_from_it():
    # (its stop is the sentence's and the abbreviation's: "Corp." as written, never joined to "The")
    assert list(actors_of("Title\n\nThe deal was signed by Acme Corp. The firm said it would pay.\n\nIt spoke.")) == [
        "Acme Corp."
    ]


def test_a_body_s_name_opening_with_a_list_of_trades_is_whole():
    actors = actors_of(
        "The Retail, Food and Warehouse Workers Local 227 said it would file a grievance. The Bakers, Food and "
        "Allied Workers' Union said it would support staff. In Kelby, Marlow and Henley District Council said it "
        "would help."
    )
    assert actors["Retail, Food and Warehouse Workers Local 227"].type == "organization"
    assert actors["Bakers, Food and Allied Workers' Union"].type == "organization"
    assert "Kelby, Marlow and Henley District Council" not in actors


def test_initials_before_a_currency_s_noun_are_no_actor():
    actors = actors_of("The Kafountine Fund is putting up 180 million CFA francs for the dryers, the fund said.")
    assert "CFA" not in actors
    assert actors["Kafountine Fund"].type == "organization"


def test_a_company_s_legal_form_written_with_stops_closes_its_name_as_written():
    actors = actors_of(
        "Blue Maguey Imports Inc., the brand's importer, has pledged $200,000. A Polish importer, Winnica Import "
        "Sp. z o.o., has agreed to buy 30,000 bottles. The plant will be run by EkoKomina d.o.o., a company formed "
        "by the town. Mezcal Tierra Roja S.A. de C.V. will plant seedlings, and Tierra Roja will pay for them. "
        "The show is made by Lorrimer Media Ltd."
    )
    for name in ("Blue Maguey Imports Inc.", "Winnica Import Sp. z o.o.", "EkoKomina d.o.o.", "Lorrimer Media Ltd"):
        assert actors[name].type == "organization"
    assert actors["Mezcal Tierra Roja S.A. de C.V."].type == "organization"
    assert "Lorrimer Media Ltd." not in actors  # a British "Ltd" takes no stop: that one is the sentence's


def test_words_for_village_river_mouth_island_or_port_open_places_names_in_other_languages():
    actors = actors_of(
        "Kampung Lingan Ulu lies on the river, two hours from Kuala Penyu. Farmers in Kampung Lingan Ulu grow "
        "rice. A boat leaves Puerto Ayora for Pulau Banggi daily. Kampung Lingan Ulu will get a clinic."
    )
    assert actors["Kampung Lingan Ulu"].type == "place"


def test_a_post_in_a_relative_clause_after_a_description_or_before_initials_is_the_role():
    actors = actors_of(
        "Rosa Mendez, a fourth-generation potter who leads the Valley Growers Union, was unequivocal. Ana Ruiz, "
        "who chairs the Alto Farmers Association (AFA), agreed. State Sen. Jo Lee, a Democrat who chairs the "
        "Senate banking committee, said nothing."
    )
    assert actors["Rosa Mendez"].role == "leader of the Valley Growers Union"
    assert actors["Ana Ruiz"].role == "chair of the Alto Farmers Association"
    assert actors["Jo Lee"].role == "State Senator"  # a title before the name outranks the clause


def test_bodies_named_in_other_languages_are_organisations():
    actors = actors_of(
        "The Unión de Palenqueros del Valle Alto (UPVA) said it would replant 40,000 agaves. The Fonds Sahel "
        "Énergie (FSE) will pay for the dryers. The Banco de la Nación said it would lend the money. The "
        "installer, SolKeur SARL, will supply 42 dryers. UPVA members met on Monday."
    )
    for name in ("Unión de Palenqueros del Valle Alto", "Fonds Sahel Énergie", "Banco de la Nación", "SolKeur SARL"):
        assert actors[name].type == "organization"
    assert "UPVA" not in actors  # its initials fold into its name


def test_a_company_s_name_with_and_or_with_its_legal_form_after_a_comma_is_one_name():
    actors = actors_of(
        "Clyde and Isles Ferries Ltd has promised a daily sailing. Corticeira Montado Sul, S.A. has agreed to pay "
        "more, as has Harlow Mills, Inc. The Associação de Produtores Florestais do Azinhal (APFA) agreed. The "
        "Câmara Municipal de Vale de Azinhal will open a school. Shell and BP said nothing."
    )
    for name in (
        "Clyde and Isles Ferries Ltd",
        "Corticeira Montado Sul, S.A.",
        "Harlow Mills, Inc.",
        "Associação de Produtores Florestais do Azinhal",
        "Câmara Municipal de Vale de Azinhal",
    ):
        assert actors[name].type == "organization"
    assert "S.A." not in actors and "Inc." not in actors
    assert "Shell and BP" not in actors  # two names, no legal form closing one


def test_commonwealth_and_asian_legal_endings_make_a_company_known_by_its_name_without_them():
    actors = actors_of(
        "Kota Timber Sdn Bhd will build a sawmill near Sandakan next year, the company said. Kota Timber said the "
        "mill would employ 200 people. Halden Shipping Plc and Nusa Cement Tbk will share the port's new berth."
    )
    for name in ("Kota Timber Sdn Bhd", "Halden Shipping Plc", "Nusa Cement Tbk"):
        assert actors[name].type == "organization"
    assert "Kota Timber" not in actors  # the short name folds into the company's


def test_a_place_before_a_lower_case_municipal_council_or_municipality_names_that_body():
    actors = actors_of(
        "Murvica municipal council said it would not let lorries through the village. Ghvinisubani municipality "
        "said it would convert a disused bottling hall."
    )
    assert actors["Murvica Municipal Council"].type == "organization"
    assert actors["Ghvinisubani Municipality"].type == "organization"


def test_a_known_place_opening_a_sentence_keeps_its_common_first_word_before_a_title():
    found = {
        name: (a.type, a.role)
        for name, a in actors_of(
            "New Zealand Prime Minister Ann Vey backed the plan. New Brunswick Health Minister Colette Arsenault "
            "made the announcement. New figures show the ward lost money."
        ).items()
    }
    assert found["Ann Vey"] == ("person", "New Zealand Prime Minister")
    assert found["Colette Arsenault"] == ("person", "New Brunswick Health Minister")
    assert not {"Zealand", "Brunswick", "New"} & set(found)


def test_a_school_district_named_for_a_valley_is_a_body_not_geography():
    found = actors_of(
        "The Pinecrest Valley Unified School District and the Pinecrest Valley Education Association agreed to "
        "cap classes at 22 students. The Kelby Valley was flooded."
    )
    assert found["Pinecrest Valley Unified School District"].type == "organization"
    assert found["Pinecrest Valley Education Association"].type == "organization"


def test_bodies_named_by_their_south_asian_or_east_african_kind_and_reinsurers_are_organisations():
    found = actors_of(
        "The Shonabari Brick Kiln Owners' Samity signed the deal. The Githuri Express Travellers Sacco and the "
        "Kaanal Town Panchayat agreed. The policies will be reinsured by Khokh Tenger Re, a Singapore firm."
    )
    for name in ("Shonabari Brick Kiln Owners' Samity", "Githuri Express Travellers Sacco", "Kaanal Town Panchayat"):
        assert found[name].type == "organization"
    assert found["Khokh Tenger Re"].type == "organization"


def test_a_welsh_name_keeps_its_particle():
    found = actors_of("Gwaun's managing director, Rhodri ap Iorwerth, told the committee the firm would use slate.")
    assert "Rhodri ap Iorwerth" in found
    assert "Iorwerth" not in found


def test_a_company_named_for_two_words_joined_by_and_is_one_company_without_its_legal_form():
    found = actors_of(
        "The ferry is run by Clyde and Isles Ferries Ltd under a contract. Clyde and Isles Ferries said the vessel "
        "would return in May. A spokesman for Clyde and Isles Ferries said it would pay."
    )
    assert list(found) == ["Clyde and Isles Ferries Ltd"]
    assert found["Clyde and Isles Ferries Ltd"].mentions == 3


def test_a_spanish_or_portuguese_name_is_found_again_by_its_first_surname():
    found = actors_of(
        "The Andean cooperative Cosecha Alta will sell quinoa to a Dutch buyer, its manager, Ximena Huarachi Condori, "
        'said. "We will rotate every plot," Huarachi said. Huarachi added that prices had doubled.'
    )
    assert "Huarachi" not in found
    assert found["Ximena Huarachi Condori"].mentions == 3
    pledges = make_brief(
        "Andean quinoa deal\n\nThe Andean cooperative Cosecha Alta sells quinoa. Its manager, Ximena Huarachi "
        'Condori, spoke. "We will rotate every plot," Huarachi said.',
        "quinoa.txt",
    ).commitments
    assert [c.who for c in pledges] == ["Cosecha Alta"]
    business = actors_of(
        "Pest controllers say they are run off their feet. Wayne Gorvelle, who runs Gorvelle Pest Control in the "
        "town, said call-outs had tripled since the strike began."
    )
    assert [name for name, a in business.items() if a.type == "person"] == ["Wayne Gorvelle"]


def test_a_place_named_as_a_municipality_or_district_of_somewhere_is_where_not_who():
    found = actors_of(
        "Growers in the coastal municipality of Porto Seco de Baixo were paid late. The district of Alto Ventoso "
        "lost its clinic. Growers said the Porto Seco de Baixo cooperative would appeal."
    )
    assert "Porto Seco de Baixo" not in found and "Alto Ventoso" not in found


def test_a_name_before_a_places_office_is_that_place_and_a_rank_after_the_office_no_part_of_the_role():
    actors = actors_of(
        'Title\n\nFarmers in Tarsa want water. "We will act," said Tarsa Governor Major General Adel Fathy. Most '
        "farms in Tarsa's villages are small."
    )
    assert actors["Adel Fathy"].role == "Tarsa Governor"
    assert "Tarsa" not in actors or actors["Tarsa"].type == "place"


def test_spanish_and_portuguese_bodies_keep_their_trade_word_and_particles():
    actors = actors_of(
        "Title\n\nMinera Loma Gris will build a road to the town. Residents' group Agua para Ventanas said it was "
        "not enough. The mayor said the town's water utility, Aguas de Ventanas, would install meters. The "
        "Ministerio de Minas y Energía will pay."
    )
    for name in ("Minera Loma Gris", "Agua para Ventanas", "Aguas de Ventanas", "Ministerio de Minas y Energía"):
        assert actors[name].type == "organization"
    assert "Loma Gris" not in actors and "Agua" not in actors


def test_a_state_after_a_town_is_a_place_and_a_body_word_before_a_places_name_makes_it_a_body():
    actors = actors_of(
        "Title\n\nMinera Loma Gris will build an aqueduct to the town of San Blas, Sonora. Mobile network Volta "
        "has been fined. Flights by the airline Delta were cut. A sister company in the Midlands will help."
    )
    assert "Sonora" not in actors or actors["Sonora"].type == "place"
    assert actors["Volta"].type == "organization" and actors["Delta"].type == "organization"
    assert "Midlands" not in actors or actors["Midlands"].type == "place"


def test_a_role_through_a_bodys_noun_is_the_body_named_as_that_kind_not_a_body_of_another_kind_before_it():
    actors = actors_of(
        "Title\n\nThe Kelby Family Foundation will donate $12 million toward a new wing at Kelby Valley Medical "
        "Center, the hospital's chief executive, Dr Ana Ruiz, announced on Sunday. Ruiz said it would open in 2027."
    )
    assert actors["Ana Ruiz"].role == "chief executive of Kelby Valley Medical Center"
    actors = actors_of(
        'Title\n\nUnison called a strike at Kelby Council. "It is an amputation," said Colin Maddox, the union\'s '
        "branch secretary. The Ministry of Housing, Communities and Local Government declined to comment."
    )
    assert "Ministry" not in actors["Colin Maddox"].role  # no "Local" of a ministry's name


def test_a_companys_officer_is_no_public_agency_named_before_by_its_initials():
    actors = actors_of(
        "Title\n\nKelby Lifts, the company that runs the resort, will install 60 snow guns, the company said.\n\n"
        "Climatologists at the Kelby Environment Agency (KEA) project that the season will shorten.\n\n"
        "The new system will cover all 14 kilometres of slopes, said Matej Novak, the company's director."
    )
    assert "Agency" not in actors["Matej Novak"].role and "KEA" not in actors["Matej Novak"].role


def test_a_name_whose_apposition_of_what_it_does_is_followed_by_which_is_a_body():
    actors = actors_of(
        "Title\n\nThe blocks are being built by Demirel Yapi, an Ankara-based contractor, which has agreed to pay a "
        "penalty. Demirel Yapi said it would publish reports. Jo Lee, a retired teacher, who lives nearby, welcomed it."
    )
    assert actors["Demirel Yapi"].type == "organization"
    assert actors["Jo Lee"].type == "person"


def test_a_one_word_name_with_a_capital_inside_it_is_a_body_the_tagger_missed():
    found = actors_of("Tickets will be sold by ticketing agent SeatHaven from Monday, the organisers said.")
    assert found["SeatHaven"].type == "organization"


def test_initials_given_to_words_written_in_lower_case_are_a_term_not_a_body():
    text = (
        "Kelby Sugars will raise capacity from 7,500 tonnes of cane a day (TCD) to 12,000 TCD. The company "
        "said 9,000 TCD was the minimum."
    )
    assert "TCD" not in actors_of(text)


def test_a_name_apposed_to_a_mill_or_after_a_brokerage_is_a_body():
    text = (
        "Kalwadi Sahakari Karkhana, a neighbouring cooperative mill that has been shut since 2023, will lease its "
        "plant. Brokerage Morvel Securities said the deal was fair."
    )
    found = actors_of(text)
    assert found["Kalwadi Sahakari Karkhana"].type == "organization"
    assert "Morvel Securities" in found


def test_a_name_closed_by_a_latin_american_legal_form_with_stops_is_a_company():
    text = "Certification will be carried out by Certificadora Norte S.A.C. (CERNOR), which will train inspectors."
    assert actors_of(text)["Certificadora Norte S.A.C."].type == "organization"


def test_an_apposition_closed_by_a_compound_participle_and_a_norwegian_legal_form_make_bodies():
    found = actors_of(
        "Licence\n\nFjordlax Aqua, the fish farming company majority-owned by Nordhav ASA, has promised to use "
        "sterile salmon. The Kelby Licensing Authority granted a licence on Tuesday."
    )
    assert found["Fjordlax Aqua"].type == found["Nordhav ASA"].type == "organization"


@pytest.mark.parametrize("title", ["County Auditor", "State Auditor"])
def test_an_auditors_title_before_a_name_is_a_persons_role_not_a_place(title):
    found = actors_of(f"Title\n\nKelby City Schools will lose money. {title} Pamela Stroud estimated the loss.")
    assert found["Pamela Stroud"].type == "person" and found["Pamela Stroud"].role == title


def test_a_british_given_name_the_us_lists_lack_opens_a_persons_name():
    actors = actors_of(
        "Boy drowned in quarry lake\n\nA council has promised to fence off a flooded quarry where a boy drowned.\n\n"
        "Callum Dorrity got into difficulty in the water near Ashby on a hot afternoon in June.\n\n"
        "Ashby Borough Council's leader, Peter Vane, said the authority would put up a steel fence by March. "
        '"We let Callum down," Mr Vane said.\n\nFirefighters could not reach Callum in time.'
    )
    assert actors["Callum Dorrity"].type == "person"


def test_an_irish_given_name_the_us_lists_lack_opens_a_persons_name():
    actors = actors_of(
        "Festival funding cut\n\nSiobhan Kearney and Ciaran Doherty run the Glenmore Arts Festival.\n\n"
        "The council said it would cut the festival's grant. Ciaran Doherty said the cut was a blow."
    )
    assert actors["Ciaran Doherty"].type == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ann Lee, president of the St. Mary Parish Council, said the hall would stay open.",
            "Ann Lee",
            "president of the St. Mary Parish Council",
        ),
        (
            "Ann Lee, head of the St Mary Parish Council, said the hall would stay open.",
            "Ann Lee",
            "head of the St Mary Parish Council",
        ),
        (
            "Jo Hale, chief executive of Acme Co., said it would hire 40 people.",
            "Jo Hale",
            "chief executive of Acme Co.",
        ),
    ],
)
def test_an_abbreviations_stop_or_a_saints_name_does_not_end_a_role(text, name, role):
    assert actors_of(text)[name].role == role


def test_its_opening_a_sentence_is_the_body_that_opened_the_one_before():
    actors = actors_of(
        "Mill leak\n\nKelby Riverkeepers, a group that has twice sued the mill's owners, called on the Environmental "
        "Protection Agency to take over the cleanup. Its director, Jo Roe, said the group would sue within 60 days."
    )
    assert actors["Jo Roe"].role == "director of Kelby Riverkeepers"


@pytest.mark.parametrize("name", ["Roofline Relief", "Canvasway Relief"])
def test_relief_ends_an_aid_charitys_name(name):
    actors = actors_of(f"{name} launched a £2million emergency appeal last night. The toll has passed 900.")
    assert actors[name].type == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Centers for Disease Control and Prevention said it would send a team of four to Kelby by Friday.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "NHS Kelby and Wyre Integrated Care Board, which pays for a fifth of the care, said it would not increase "
            "its funding this year.",
            "NHS Kelby and Wyre Integrated Care Board",
        ),
        (
            "The St Aldhelm's Welcome Trust, a church charity in the town, will run free English classes, said its "
            "co-ordinator Ruth Okonjo.",
            "St Aldhelm's Welcome Trust",
        ),
    ],
)
def test_a_bodys_name_runs_on_through_its_fields_and_its_saint(text, name):
    assert actors_of(text)[name].type == "organization"


def test_initials_that_leave_out_the_field_added_last_are_the_bodys():
    actors = actors_of(
        "The Centers for Disease Control and Prevention said it would send a team to Kelby. "
        "The CDC said cases nationwide had passed 2,100 this year."
    )
    assert "CDC" in actors["Centers for Disease Control and Prevention"].aliases


def test_a_word_written_in_lower_case_opening_a_line_names_no_council():
    actors = actors_of("Neighbouring council refuses to sign up until ministers pay the full cost.")
    assert "Neighbouring Council" not in actors


def test_a_name_that_says_what_it_will_do_of_itself_is_a_bodys():
    actors = actors_of(
        "Steel orders\n\nVossberg Drahtwerk, a German spring maker that has bought Kelby wire for 30 years, said it "
        "would move its orders to a mill in Poland from February."
    )
    assert actors["Vossberg Drahtwerk"].type == "organization"


def test_a_spokeswoman_saying_what_it_will_do_is_still_a_person():
    actors = actors_of(
        "Cobaltline was less forthcoming. Anika Shah, a spokeswoman for the company, said it would not release details "
        "of the attack."
    )
    assert actors["Anika Shah"].type == "person"


def test_a_ground_named_as_a_meadow_is_a_site_not_a_body():
    actors = actors_of(
        "Stadium move\n\nKelby Town want to move from Mill Meadow to a site at Brindle Cross. The club was losing "
        "£3million a year at Mill Meadow, where two stands have been shut since 2024. Developer Harwood Estates will "
        "build 450 homes on Mill Meadow."
    )
    assert actors["Mill Meadow"].type == "place"


def test_several_words_only_ever_named_as_a_site_are_a_place_not_a_body():
    actors = actors_of(
        "Kelby Athletic want to move to a site at Marlow Heath next year. "
        "The first game at Marlow Heath is planned for 2029, the club said. "
        "Kelby Council will pay for a bus link near Marlow Heath."
    )
    assert "Marlow Heath" not in actors  # only ever where something is
    assert actors["Kelby Athletic"].type == "organization"


def test_several_words_after_at_and_also_acting_are_a_body():
    actors = actors_of(
        "Forty jobs will go at Tarrow Brothers, the union said. Tarrow Brothers said it regretted the cuts."
    )
    assert actors["Tarrow Brothers"].type == "organization"


def test_a_union_local_keeps_its_first_word_though_news_writes_it_in_lower_case():
    actors = actors_of(
        "The city's transit agency cut services. Transit Operators Local 12 said its members would not work "
        "double shifts. The union said operators had complained."
    )
    assert "Transit Operators Local 12" in actors
    assert "Operators Local 12" not in actors


def test_its_officer_after_a_sentence_opening_with_a_body_by_its_noun_is_that_bodys():
    actors = actors_of(
        "The Kelby Rowing Federation will ban cheats for life. "
        "The federation will also pay UK Anti-Doping to test at every regatta, its chief executive, Jo Roe, said. "
        "UK Anti-Doping welcomed the money."
    )
    assert actors["Jo Roe"].role == "chief executive of Kelby Rowing Federation"


def test_a_product_introduced_with_modifiers_before_its_kind_is_no_actor():
    actors = actors_of(
        "Norvale Pharmaceuticals will cut the price of its best-selling asthma inhaler, Quellair, by 60%. "
        "Quellair is used by two million people. A generic rival to Quellair is due next year."
    )
    assert "Quellair" not in actors
    assert "Norvale Pharmaceuticals" in actors


def test_a_name_after_by_and_a_trade_is_no_product():
    actors = actors_of(
        "Private chats were left open on the internet by dating app Lovelyn, we can reveal. "
        "Lovelyn said it had locked the server. Lovelyn will email every member."
    )
    assert "Lovelyn" in actors


def test_whose_post_between_commas_after_a_body_is_that_bodys():
    actors = actors_of(
        "The 800 workers are represented by Kelby Metal Workers Union, whose president, Gary Kowal, called the "
        "closure a betrayal. Kowal said the firm made a profit."
    )
    assert actors["Gary Kowal"].role == "president of Kelby Metal Workers Union"


def test_two_posts_joined_by_and_are_one_role():
    actors = actors_of(
        "Slatewise raised £48m. Slatewise said sales doubled. Slatewise will hire 250 staff, its co-founder and "
        "chief executive, Tobias Wren, said."
    )
    assert actors["Tobias Wren"].role == "co-founder and chief executive of Slatewise"


def test_a_body_after_a_participle_and_by_is_no_subject_its_possessive_means():
    actors = actors_of(
        "Slatewise, a London start-up, has raised £48m from investors led by the American venture firm Corbel "
        "Ventures. The company will hire 250 staff, its chief executive, Tobias Wren, said. Corbel Ventures declined "
        "to comment. Slatewise was founded in 2023."
    )
    assert actors["Tobias Wren"].role == "chief executive of Slatewise"


def test_a_union_branch_named_for_two_trades_is_one_name():
    actors = actors_of(
        "The workers are represented by United Metal and Appliance Workers Local 2219, which said it would fight."
    )
    assert "United Metal and Appliance Workers Local 2219" in actors


def test_an_animal_sanctuary_is_a_body():
    actors = actors_of(
        "Elephant Haven Sanctuary, a 2,700-acre refuge near Hohenwald, Tennessee, has agreed to take three elephants. "
        "Its director, Jo Roe, said they would join a herd."
    )
    assert actors["Elephant Haven Sanctuary"].type == "organization"
    assert actors["Jo Roe"].role == "director of Elephant Haven Sanctuary"


def test_a_campaign_group_named_a_watch_is_a_body():
    # "Human Rights Watch", "Corporate Watch": campaign groups that watch a trade take the word as their kind.
    actors = actors_of(
        "Not everyone is pleased. Fair Fares Watch said it would ask the regulator to look at the deal. "
        "Open Roads Watch UK said it would ask the National Audit Office to investigate the loan."
    )
    assert actors["Fair Fares Watch"].type == "organization"
    assert actors["Open Roads Watch UK"].type == "organization"


def test_a_later_item_of_a_list_of_settings_is_a_setting_too():
    # "clinics in Haddon and Carnford ... Patients in Carnford": where things are, twice, so a place, not a body
    # (a place only ever named where things are is no actor of the story)
    actors = actors_of(
        "Title\n\nKelby Health, which runs clinics in Haddon and Carnford, said waits were long. "
        "Patients in Carnford wait longest."
    )
    assert "Carnford" not in actors


def test_a_playhouse_is_a_body_and_a_role_names_it_in_full():
    actors = actors_of(
        "Title\n\nThe Kelby Playhouse will close for a year, its board said. The Playhouse opened in 1964. "
        '"We will go on," said Jo Roe, the theatre\'s artistic director.'
    )
    assert actors["Kelby Playhouse"].type == "organization"
    assert actors["Jo Roe"].role == "artistic director of Kelby Playhouse"
    actors = actors_of(
        "Title\n\nThe Kelby Museum will close for a year. The Museum opened in 1964. "
        '"We will go on," said Jo Roe, the museum\'s director.'
    )
    assert actors["Jo Roe"].role == "director of Kelby Museum"


def test_a_body_named_with_the_nation_it_serves_is_also_called_without_it():
    actors = actors_of(
        "Title\n\nArts Council Wales said it would give the theatre a grant. Under its rules, the theatre must "
        "stage 200 shows. Actors urged the Arts Council to waive the target."
    )
    assert "Arts Council" not in actors
    assert "Arts Council" in actors["Arts Council Wales"].aliases


def test_a_title_after_the_words_of_is_the_role_not_the_words():
    actors = actors_of(
        "Title\n\nThe club will move. Those were the words of chairman Vince Rudd as he showed off drawings on "
        "Monday. Rudd added that the club would not sell."
    )
    assert actors["Vince Rudd"].role == "chairman"


def test_a_plural_in_men_with_its_possessive_is_inside_a_bodys_name():
    actors = actors_of(
        "Title\n\nThe Kelby Fishermen's Co-operative, whose 61 boats land most of the crab, has agreed to drop its "
        "case. Jo Roe, who chairs the co-operative, said it would fish on. The Marlow Firemen's Benevolent Fund "
        "said it would help."
    )
    assert actors["Kelby Fishermen's Co-operative"].type == "organization"
    assert "Marlow Firemen's Benevolent Fund" in actors
    assert "Kelby Fishermen" not in actors


def test_the_kind_of_place_before_a_title_is_the_offices_not_a_body():
    actors = actors_of(
        "Title\n\nThe city will sue the firm, City Attorney Jo Roe told council members before the vote. "
        "Kelby City Council agreed. County Executive Al Lee said the county would help."
    )
    assert "City" not in actors and "County" not in actors
    assert actors["Jo Roe"].role == "City Attorney"


def test_a_prison_named_by_its_style_is_a_body_also_called_by_its_name_alone():
    actors = actors_of(
        "Title\n\nInspectors issued a warning over HMP Kelby, a category C jail that holds 712 men. Staff at Kelby "
        "were at breaking point, a union said. The ministry will move 70 men out of Kelby."
    )
    assert actors["HMP Kelby"].type == "organization"
    assert "Kelby" not in actors


def test_a_river_named_alone_is_no_actor_but_a_body_named_for_it_is():
    actors = actors_of(
        "Title\n\nKelby Water will spend £310m cutting spills into the River Aske. Swimmers fell ill in the Aske. "
        "Friends of the Aske said it would test the water. The minister will name the Aske a priority river."
    )
    assert "Aske" not in actors
    assert actors["Friends of the Aske"].type == "organization"
    actors = actors_of(
        "Title\n\nThe Lunda river will be dredged, the Lunda Basin Authority said. Lunda said the work would start "
        "in May. Lunda will pay for it."
    )
    assert "Lunda Basin Authority" in actors


def test_a_figures_comma_does_not_end_an_apposition_and_a_residential_landlord_is_a_body():
    actors = actors_of(
        "Title\n\nCastlegate Residential, the city's largest private landlord with 3,100 flats, said it would "
        "register every property."
    )
    assert actors["Castlegate Residential"].type == "organization"
    actors = actors_of("Title\n\nJo Roe, the chair of a group with 1,200 members, said the group would sue.")
    assert actors["Jo Roe"].role == "the chair of a group with 1,200 members"


def test_a_fields_word_between_two_title_words_is_part_of_the_title():
    actors = actors_of(
        "Title\n\nChief Fire Officer Jo Roe said the service faced a £3m gap. Chief Nursing Officer Ann Lee agreed. "
        "Roe said Kelby Fire Brigade Commissioner Andy Fell had been told."
    )
    assert actors["Jo Roe"].role == "Chief Fire Officer"
    assert actors["Ann Lee"].role == "Chief Nursing Officer"
    assert "Kelby Fire Brigade" in actors


def test_a_letter_grading_a_common_noun_is_no_actor():
    actors = actors_of(
        "Title\n\nKelby Council will add £214 a year to the bill for a typical band D home. Grade A milk will cost "
        "more, the council said."
    )
    assert "D" not in actors and "A" not in actors
    assert "Kelby Council" in actors


def test_a_tabloids_shouted_common_word_after_a_is_no_actor():
    actors = actors_of(
        "Title\n\nA FOOD bank in Kelby is to open a second hub after demand jumped by 40 per cent. The Kelby Trust "
        "said it would help."
    )
    assert "FOOD" not in actors
    assert "Kelby Trust" in actors


def test_where_a_person_stands_in_a_picture_is_no_role():
    actors = actors_of(
        "Title\n\nAcme Broadband will lay fibre, Acme chief executive Jo Roe said. Jo Roe, center, speaks in Kelby "
        "on Tuesday. Ann Lee, second left, listens."
    )
    assert actors["Jo Roe"].role == "Acme chief executive"
    assert actors["Ann Lee"].role is None


def test_britains_public_bodies_named_without_a_body_word_are_bodies():
    actors = actors_of(
        "Title\n\nNatural England, the government's adviser on nature, said it would object to the Kelby port plan. "
        "Historic England said the quay was listed."
    )
    assert actors["Natural England"].type == "organization"
    assert actors["Natural England"].role is None
    assert actors["Historic England"].type == "organization"


def test_the_companys_chief_executive_is_no_unions_nor_the_european_unions():
    actors = actors_of(
        "Acme Steel will put 700 workers on short time. The European Union's new steel quotas took effect "
        "last month. Jo Roe, the company's chief executive, said orders had fallen by 60 per cent."
    )
    assert "European Union" not in (actors["Jo Roe"].role or "")


def test_a_beach_or_a_cove_by_its_name_is_a_place_not_a_body():
    text = (
        "Sewage on the beach\n\nKelby Water spilled sewage into the sea off Marlow Sands 212 times last year.\n\n"
        "Figures show Kelby Water's overflow pipe at Marlow Sands spilled for 1,940 hours.\n\n"
        "Chief executive Tom Roe blamed the wettest winter on record.\n\n"
        'But he promised: "We will spend £400m over five years to cut the spills by half."'
    )
    brief = make_brief(text, "story.txt")
    assert {a.name: a.type for a in brief.actors}.get("Marlow Sands") in (None, "place")
    assert next(c.who for c in brief.commitments if "We will spend" in c.text) == "Kelby Water"


def test_a_post_over_a_field_in_lower_case_before_a_name_is_the_role():
    actors = actors_of(
        "Title\n\nThe Kelby Trust runs the museum. Chair of trustees Ann Lee said the cuts hurt. "
        "Head of operations Jo Roe said the doors would close."
    )
    assert actors["Ann Lee"].role == "Chair of trustees"
    assert actors["Jo Roe"].role == "Head of operations"


def test_its_officer_in_a_sentence_opening_with_a_described_body_is_no_earlier_bodys():
    actors = actors_of(
        "Economists at Kelby University said the change could lower rents. The state housing finance agency has "
        "committed $60 million in loans to the plan, its director, Jo Roe, said in a statement."
    )
    assert "Kelby University" not in (actors["Jo Roe"].role or "")


def test_a_role_after_the_verb_may_be_owned_by_a_name_of_several_words():
    actors = actors_of('Line shut\n\n"We will reopen the line by May," said Acme Rail\'s operations director, Jo Roe.')
    assert "operations director" in (actors["Jo Roe"].role or "")


def test_a_name_before_a_title_word_where_something_is_sited_is_a_place():
    text = (
        "Plant to close\n\nAcme Foods is to close its plant at Kelby in July. Jo Roe, the company's chief "
        "executive, said trade had halved. Tom Hale, who keeps 900 ewes at Kelby Head, said he was sad."
    )
    actors = actors_of(text)
    assert actors.get("Kelby") is None or actors["Kelby"].type == "place"
    assert actors["Jo Roe"].role == "chief executive of Acme Foods"


def test_a_body_written_short_before_a_title_word_where_something_is_sited_folds_into_it():
    actors = actors_of(
        "Long wait\n\nAnn Lee, 87, was taken to Kelby General Hospital on Thursday. Her son said Kelby General "
        "had been full for days. She waited for a bed at Kelby General for a day."
    )
    assert "Kelby" not in actors
    assert "Kelby General" not in actors
    assert "Kelby General Hospital" in actors


def test_a_portfolio_title_is_no_one_whose_post_has_the_same_head_but_not_its_portfolio():
    actors = actors_of(
        "Schools to close\n\nThe Kelby Teachers Union said staff were angry, regional secretary Jo Roe said. "
        "Ann Lee, MP for Marlow, urged the Education Secretary to step in."
    )
    assert actors["Jo Roe"].mentions == 1


def test_a_name_of_words_news_never_writes_opening_a_sentence_before_its_verb_is_an_actor():
    actors = actors_of(
        "Town wins plant\n\nThornhurst Data will build a $1.8 billion data center east of the town. Chief executive "
        "Jo Roe said orders had tripled."
    )
    assert actors["Thornhurst Data"].type == "organization"


def test_a_single_word_news_never_writes_opening_a_sentence_is_left_to_the_rules():
    actors = actors_of("Plant to close\n\nAcme Foods will shut its plant. Zorvathby will lose its biggest employer.")
    assert actors.get("Zorvathby") is None or actors["Zorvathby"].type != "organization"


def test_a_council_named_for_isles_of_a_place_is_one_body_not_a_person_and_another():
    actors = actors_of(
        "Ferry stuck\n\nIsles of Kelby Council leader Jo Roe said: 'We will pay for a daily freight boat.'"
    )
    assert "Isles of Kelby Council" in actors
    assert "Isles" not in actors


def test_a_name_written_whole_inside_a_sentence_keeps_its_common_first_word_opening_one():
    actors = actors_of(
        "Grant lost\n\nThe Lantern lost the Parks Trust Kelby grant that paid a third of its costs. Parks Trust Kelby "
        "said it would pay for a review. Some parks near the theatre were shut."
    )
    assert "Parks Trust Kelby" in actors
    assert "Trust Kelby" not in actors


def test_an_ordinal_opening_a_body_named_in_apposition_is_the_names_first_word():
    text = (
        "Housing plan\n\nSecond Door Trust, an East Anglian housing charity, has agreed to take 60 men a year from "
        "Kelby. Second, Kelby Council will vote on the plan in May."
    )
    names = actors_of(text)
    assert "Second Door Trust" in names and "Door Trust" not in names and "Second Kelby Council" not in names


def test_a_name_described_as_the_towns_largest_employer_is_a_body_whole():
    text = (
        "Flood\n\nRansome Woolen Mills, the town's largest employer, lost its looms when the water rose. "
        "Chief executive Jo Roe said the damage came to $9 million."
    )
    names = actors_of(text)
    assert names["Ransome Woolen Mills"].type == "organization" and "Woolen Mills" not in names


def test_a_bodys_name_ending_in_common_words_opening_a_sentence_is_its_short_form():
    text = (
        "Lead pipes\n\nKelby Falls Water Works will replace all 14,200 lead service lines by 2031, the utility said. "
        "Water Works general manager Tom Roe said crews would start in April."
    )
    names = actors_of(text)
    assert "Kelby Falls Water Works" in names and "Water Works" not in names and "Works" not in names
    assert names["Tom Roe"].role == "Water Works general manager" or names["Tom Roe"].role == "general manager"


def test_a_common_ending_two_bodies_share_is_neithers_short_form():
    text = (
        "Merger plan\n\nKelby Health Board and Marlow Health Board will merge in 2027. "
        "Health Board chairman Tom Roe said the merger would save money."
    )
    names = actors_of(text)
    assert names["Kelby Health Board"].mentions == 1 and names["Marlow Health Board"].mentions == 1


def test_the_locals_president_is_president_of_the_one_union_local_named():
    text = (
        "Home to close\n\nKelby Care will close its home in Marlow by May. About 80 aides belong to Care Workers "
        "Local 12. Jo Roe, the local's president, said the aides were angry."
    )
    assert actors_of(text)["Jo Roe"].role == "president of Care Workers Local 12"


def test_a_member_of_a_body_s_cabinet_or_board_set_before_the_name_is_a_role_but_a_bare_member_is_none():
    text = (
        "Homes to close\n\nKelby City Council's cabinet member for adult social care, Jo Roe, said officers had "
        "visited residents. Cllr Roe urged ministers to act. Its member, Tom Lee, said little."
    )
    found = actors_of(text)
    assert found["Jo Roe"].role == "Kelby City Council's cabinet member for adult social care"
    assert found["Tom Lee"].role is None


def test_its_officer_after_a_sentence_naming_a_body_that_employs_people_is_that_body_s():
    text = (
        "Show axed\n\nKelby Mornings is made for Channel Nine by Acme Studios, which employs the presenters. Its "
        "managing director, Jo Roe, said the company would cooperate. Kelby Mornings drew two million viewers."
    )
    assert actors_of(text)["Jo Roe"].role == "managing director of Acme Studios"


def test_a_hospital_unit_is_no_actor_but_a_campaign_named_for_it_is():
    text = (
        "A&E to close at night\n\nKelby's A&E will close every night from May, Kelby Hospitals NHS Trust said. "
        "Save Kelby A&E said it would march on the hospital. Marlow A&E is 19 miles away."
    )
    found = actors_of(text)
    assert "A&E" not in found and "Marlow A&E" not in found and "Kelby's A&E" not in found
    assert found["Save Kelby A&E"].type == "organization"


def test_a_tabloids_opening_word_in_capitals_that_the_story_writes_only_at_line_starts_is_no_actor():
    text = (
        "JOBS BOOST: Kelby yard wins navy order\n\n"
        "Roe Marine lands £1bn deal to build four patrol ships\n\n"
        "Shipyard bosses promise 500 apprenticeships for school leavers\n\n"
        "Union agrees to no-strike deal in return for pay rise\n\n"
        "By JO LEE, INDUSTRY EDITOR\n\n"
        "SHIPYARD workers in Kelby were celebrating last night after Roe Marine won a £1bn order. The Federation of "
        "Shipyard Trades said its members had earned it. Roe Marine said the work would last ten years."
    )
    names = list(actors_of(text))
    assert "SHIPYARD" not in names and "Shipyard" not in names
    assert "Roe Marine" in names and "Federation of Shipyard Trades" in names


def test_an_acronym_in_capitals_opening_a_story_stays_an_actor():
    text = (
        "Strike called at Kelby depot\n\n"
        "BECTU members at the Kelby studios will walk out on Friday. Jo Lee, an official of Bectu, said the union "
        "had no choice."
    )
    assert any(name.upper() == "BECTU" for name in actors_of(text))


def test_a_body_and_the_council_it_works_for_are_two_actors():
    text = (
        "Pool to close\n\n"
        "Kelby Leisure Trust, the charity that runs the Sallow Leisure Centre for Oakhurst District Council, said "
        "the pool hall was unsafe. Oakhurst District Council said it would study a new pool."
    )
    names = set(actors_of(text))
    assert "Oakhurst District Council" in names
    assert not any(" for " in name for name in names)


def test_a_name_with_geography_inside_is_a_body_as_a_clauses_subject():
    text = (
        "Recycling halted after fire\n\n"
        "Kelby Valley Disposal will suspend curbside recycling for 38,000 homes after a fire destroyed its sorting "
        'line. "We will credit every customer $6 a month," said Jo Roe, the company\'s president.'
    )
    actors = actors_of(text)
    assert actors["Kelby Valley Disposal"].type == "organization"
    assert [c.who for c in make_brief(text, "story.txt").commitments if "credit" in c.text] == ["Kelby Valley Disposal"]


def test_a_name_ending_in_geography_is_no_body_for_being_a_subject():
    text = "Storm damage\n\nKelby Valley was hit by floods on Monday. Jo Roe said the damage was severe."
    assert "Kelby Valley" not in actors_of(text) or actors_of(text)["Kelby Valley"].type == "place"


def test_a_name_with_and_is_one_body_when_its_other_name_spells_its_initials():
    from briefcli.extract.names import capitalised_runs

    text = "Classes will be run by the Council on Police Education and Training, or CPET, the state agency."
    runs = [[t[2] for t in run] for run in capitalised_runs(text)]
    assert ["Council", "on", "Police", "Education", "and", "Training"] in runs
    two = "Classes will be run by the Council on Police Education and Training, or the council said so."
    assert ["Council", "on", "Police", "Education", "and", "Training"] not in [
        [t[2] for t in run] for run in capitalised_runs(two)
    ]


def test_a_common_word_opening_a_name_stays_when_the_story_writes_the_name_s_start_inside_a_sentence():
    text = (
        "Brewery news\n\nCopper Hollow Brewing Company will build a plant in Kelby. "
        "Anyone Copper Hollow hires will be paid well, said Jo Lee."
    )
    assert "Copper Hollow Brewing Company" in actors_of(text)
    text = "Brewery news\n\nRival Hollow Brewing Company will build a plant in Kelby, said Jo Lee."
    assert "Rival Hollow Brewing Company" not in actors_of(text)


def test_a_caption_gives_the_role_of_a_person_the_story_calls_by_surname_only():
    text = (
        "Brewery to open\n\nKELBY, Tenn. (NWN) — Acme Brewing will build a plant in Kelby, the company said.\n\n"
        "(NWN Photo/Jalen Ortiz) Nadine Roe-Vale, Acme's chief executive, speaks at the announcement on Tuesday.\n\n"
        'Roe-Vale said the company chose Kelby for its water. "We will hire locally," she said.\n'
    )
    actor = actors_of(text)["Nadine Roe-Vale"]
    assert (actor.type, actor.role) == ("person", "Acme's chief executive")


def test_a_name_that_says_it_will_is_a_body_even_with_a_given_name_s_first_word_or_a_post_s_noun():
    text = (
        "Tariffs bite\n\nIn Rotterdam, the spirits importer Van Kelby Drinks said it would stop placing new orders "
        "for American whiskey until the tariff was lifted."
    )
    assert actors_of(text)["Van Kelby Drinks"].type == "organization"
    text = (
        "Drug prices\n\nKelby Rx, the pharmacy benefit manager that handles drug coverage for 28 million people, "
        "said it would move the inhaler onto its lowest copay tier by February."
    )
    assert actors_of(text)["Kelby Rx"].type == "organization"


@pytest.mark.parametrize(
    ("government", "name"),
    [
        ("The Kerala government", "Kerala government"),
        ("The NSW government", "NSW government"),
        ("The Tana Hills County government", "Tana Hills County government"),
        ("The Ontario provincial government", "Ontario provincial government"),
    ],
)
def test_a_regions_government_in_lower_case_is_a_body_and_a_nations_is_its_country(government, name):
    text = f"Fares\n\n{government} said it would review the rise. Kelby Council said it would comply."
    assert actors_of(text)[name].type == "organization"
    assert "United Kingdom" in actors_of("Fares\n\nThe British government said it would review the rise.")


def test_a_possessive_in_the_next_sentence_is_the_subjects_body_not_the_last_one_named():
    text = (
        "Jail deal\n\nCasa Verde Kelby, a nonprofit that runs legal clinics, plans to request every email between "
        "the sheriff's office and ICE. Rosa Villa, the group's executive director, said families were afraid."
    )
    assert actors_of(text)["Rosa Villa"].role == "executive director of Casa Verde Kelby"


def test_a_name_whose_initials_follow_it_keeps_its_first_word_at_the_sentences_start():
    found = actors_of(
        "Claims\n\nFarmers protested on Monday. Janhit Vikas Aghadi (JVA) legislator Anil Gaikwad urged the state to "
        "pay the dues."
    )
    assert found["Janhit Vikas Aghadi"].type == "organization" and "Vikas Aghadi" not in found


def test_a_single_word_described_as_a_body_is_one_named_once():
    found = actors_of(
        "Prices\n\nLumora raised its prices. Lumora said it would keep them.\n\n"
        "Brightvale, a smaller rival, moved quickly to court unhappy viewers."
    )
    assert found["Brightvale"].type == "organization"


def test_a_spanish_saints_town_is_a_place_and_a_postal_codes_initials_no_body():
    found = actors_of(
        "Insurers\n\nKelby Holdfast Insurance, which notified customers in Grass Valley, Redding and Santa Rosa that "
        "policies would end, said it would comply. The order covers 140 ZIP codes and every PIN issued."
    )
    assert found["Santa Rosa"].type == "place"
    assert "ZIP" not in found and "PIN" not in found


def test_a_bodys_name_that_opens_with_a_given_name_owns_the_role_before_a_person():
    text = (
        'Insurers\n\n"We will honour every policy," Sierra Holdfast\'s chief executive, Nadia Ekdahl, said. '
        "Sierra Holdfast Insurance said it would comply."
    )
    assert actors_of(text)["Nadia Ekdahl"].role == "Sierra Holdfast's chief executive"
    # ... while a person's name before a role still lists another person beside it
    assert (
        actors_of("Talks\n\nJohn Kerry and French foreign minister, Laurent Fabius, met.")["Laurent Fabius"].role
        is None
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Pinecrest Holdfast, once the state's fourth-largest home insurer, stopped writing new homeowner "
            "policies in California in January. A Pinecrest spokesman said the company had no plans to return.",
            "Pinecrest Holdfast",
            "organization",
        ),
        # ... but a developer, a publisher or a contractor may be a person
        (
            "Rowan Halleck, a property developer, stopped building new homes in California in January. "
            "Halleck said he had no plans to return.",
            "Rowan Halleck",
            "person",
        ),
    ],
)
def test_a_name_described_as_a_business_no_person_is_is_a_body(text, name, kind):
    assert actors_of("Insurers leave\n\n" + text)[name].type == kind


def test_a_campaign_named_for_people_and_a_preposition_keeps_the_article_inside_it():
    text = (
        "Prisons\n\nFamilies Behind the Bars, a group that supports relatives of people in prison, said it would run "
        "free vans on weekends from Kelby."
    )
    assert actors_of(text)["Families Behind the Bars"].type == "organization"


def test_a_place_s_name_set_before_a_body_s_apposition_is_that_body():
    text = (
        "Caseloads\n\nHM Inspectorate of Probation rated the Kelby probation region inadequate.\n\n"
        "Lagos, the probation officers' union, said the figures matched what its members reported. "
        '"We will be telling members not to accept a caseload above 50 from Monday," said Jo Roe, the union\'s '
        "branch chair in Kelby."
    )
    actors = actors_of(text)
    assert actors["Lagos"].type == "organization"
    assert actors["Jo Roe"].role == "branch chair in Kelby of Lagos"


def test_a_union_s_post_is_no_post_of_an_inspectorate_or_firm_named_before():
    from briefcli.extract.roles import owned_role

    role = "the union's branch chair in Kelby"
    assert owned_role(role, "HM Inspectorate of Probation", ["HM Inspectorate of Probation"]) == role
    assert (
        owned_role(role, "Kelby Nurses Union", ["Kelby Nurses Union"]) == "branch chair in Kelby of Kelby Nurses Union"
    )


def test_a_safari_or_theme_park_is_a_body_a_country_park_a_place():
    text = (
        "Wolves escape\n\nThe grey wolves escaped from Kelbybrook Safari Park late on Sunday and roamed the hills. "
        "Every farmer will be paid the full market value within a month, Kelbybrook said. Walkers were told to "
        "avoid Marlow Country Park."
    )
    actors = actors_of(text)
    assert actors["Kelbybrook Safari Park"].type == "organization"
    assert "Marlow Country Park" not in actors or actors["Marlow Country Park"].type == "place"


def test_an_occupation_before_a_name_after_an_apposition_s_comma_is_the_role():
    actors = actors_of(
        "The council has banned the show. But the show's author, US playwright Jo Marlow, says it is about "
        "courage. TV chef Ada Pennywise said she would cook for the cast."
    )
    assert actors["Jo Marlow"].role == "US playwright"
    assert actors["Ada Pennywise"].role.endswith("chef")


def test_an_agent_noun_set_between_commas_before_a_name_is_the_role():
    actors = actors_of(
        "The council has banned the show. \"I'm outraged,\" the show's organiser in Kelby, Sarah Pennywise, "
        "told reporters."
    )
    assert actors["Sarah Pennywise"].role == "the show's organiser in Kelby"


def test_a_role_starts_after_the_preposition_before_its_head():
    actors = actors_of(
        "Kelby Athletics has dropped its ban on three-time world champion Edna Marlow. "
        "The club gave the job to manager Terry Pennywise last week."
    )
    assert actors["Edna Marlow"].role == "three-time world champion"
    assert actors["Terry Pennywise"].role == "manager"


def test_a_comparative_before_a_name_is_no_role():
    actors = actors_of("Acme Mining is weighing the sale of a stake in its smaller Kelby Ridge mine, people said.")
    assert all(a.role is None for a in actors.values())


def test_a_member_is_titled_by_the_body_they_sit_on_wherever_the_title_stands():
    found = actors_of(
        "Kelby council approves homes\n\n"
        '"We are being asked to approve 1,150 homes," said Council Member Gary Tolliver.\n\n'
        "On Tuesday, City Council Member Renee Abernathy, who cast the deciding vote, said she changed her mind.\n\n"
        "Council Member Ada Vey, 56, said she changed her mind.\n\n"
        "School Board Member Tom Ash said the schools were full."
    )
    roles = {a.name: (a.type, a.role) for a in found.values()}
    assert roles["Gary Tolliver"] == ("person", "Council Member")
    assert roles["Renee Abernathy"] == ("person", "City Council Member")
    assert roles["Ada Vey"] == ("person", "Council Member")
    assert roles["Tom Ash"] == ("person", "School Board Member")
    assert not any(name.startswith(("Council Member", "Member")) for name in roles)


def test_member_states_are_no_person_titled_member():
    found = actors_of("EU summit\n\nThe EU Member States agreed on Tuesday to cut gas use by 15%, officials said.")
    assert "States" not in found


def test_a_departments_listed_fields_end_before_the_comma_after_its_name():
    found = actors_of(
        "Kelby council\n\nCommissioners will be sent in by the Ministry of Housing, Communities and Local Government, "
        "and council tax will rise."
    )
    assert "Ministry of Housing, Communities and Local Government" in found


def test_residential_streets_villages_and_irish_counties_are_places_not_actors():
    found = actors_of(
        "Kelby case\n\nA search of his home in Larchmere Close, Hollybrook, uncovered the drug, police said. "
        "Jo Lee, 78, who has lived in Upper Thornby for 50 years, said she relies on the bus. "
        "A Co Tyrone engineering company is to create 180 jobs, its owner Tom Ash said. "
        "Actress Glenn Close said she was shocked."
    )
    assert "Larchmere Close" not in found and "Upper Thornby" not in found
    assert "Co Tyrone" not in found and "Tyrone" not in found
    assert found["Glenn Close"].type == "person"
    assert found["Tom Ash"].role == "its owner"


def test_a_title_case_headlines_participle_after_a_title_is_no_name():
    found = actors_of(
        "Pastor Accused of Funneling Church Building Fund Into Racehorses\n\n"
        "A Kentucky pastor has been charged with spending a church's building fund on racehorses, prosecutors said. "
        "Curtis Lang, 58, denies the charges."
    )
    assert not any(name.startswith("Accused") for name in found)
    assert "Curtis Lang" in found


def test_a_figures_unit_letter_is_no_name():
    found = actors_of(
        "Ohio Town Revolts Over $48M School Levy for New Offices\n\nVoters in a small Ohio town are pushing back "
        "against their school board's plan, officials said. Jo Lee said she opposed it."
    )
    assert "M" not in found and not any(name.startswith("M ") for name in found)


def test_a_big_city_the_name_tagger_never_saw_is_a_place():
    found = actors_of(
        "Denver grocery co-op to close two stores as sales slump\n\n"
        "Front Range Fresh, the member-owned grocery cooperative with five stores across metro Denver, will close two "
        "locations by the end of August, its board announced Tuesday. Board president Jo Roe said the decision was "
        "unanimous."
    )
    assert "Denver" not in found or found["Denver"].type == "place"


def test_a_deputy_before_a_name_is_their_title_not_part_of_the_name():
    found = actors_of(
        "Ferry operator to axe winter sailings\n\n"
        "Deputy Rosalind Le Maistre, the Minister for Economic Development, said she was disappointed. "
        "Deputy Jo Roe of the Kelby County Sheriff's Office said the driver fled. "
        "Deputy Prime Minister Ada Vey said the plan would go ahead."
    )
    assert "Rosalind Le Maistre" in found and "Deputy Rosalind Le Maistre" not in found
    assert found["Jo Roe"].role == "Deputy"
    assert found["Ada Vey"].role == "Deputy Prime Minister"


def test_the_place_a_mayor_is_mayor_of_is_no_organisation():
    actors = actors_of(
        "Library plan approved\n\nThe mayor of Dunmarsh, Jo Roe, said the library would open in 2027. "
        "Residents of Kelbrook Vale said they had waited years for it."
    )
    assert all(a.type != "organization" for name, a in actors.items() if name in ("Dunmarsh", "Kelbrook Vale"))
    assert actors["Jo Roe"].role == "the mayor of Dunmarsh"


def test_a_firm_named_with_an_ampersand_is_all_of_its_owners_role():
    actors = actors_of("Shop to stay\n\nSalt & Line owner Pat Greer said the shop would stay open.")
    assert actors["Pat Greer"].role == "Salt & Line owner"


def test_a_tabloids_common_noun_in_capitals_after_its_article_is_no_actor_but_an_acronym_is():
    actors = actors_of(
        "Yob who hurled bottle spared jail\n\nA YOB who went on the rampage in a town centre chippy has been spared "
        "jail. Jo Roe, 24, hurled a bottle at a worker. A BBC report said the WHO had no view. The WHO said who was "
        "to blame was a matter for the court."
    )
    assert "YOB" not in actors and "Jo Roe" in actors and "WHO" in actors


def test_a_title_case_headlines_verb_in_the_present_ends_the_name_before_it():
    actors = actors_of(
        "Kelby Foods Weighs Sale of Cold-Storage Arm as Freezer Demand Cools\n\nKelby Foods is exploring a sale of "
        "its cold-storage business, people familiar with the matter said. Kelby Foods declined to comment."
    )
    assert "Kelby Foods" in actors and not any("Weighs" in name for name in actors)


def test_a_hospitals_er_is_no_organisation():
    actors = actors_of(
        "ER to close\n\nKelby Health said the 12-bed ER on Route 36 will close in April. The ER has lost money for "
        "five years, Kelby Health said."
    )
    assert "ER" not in actors and "Kelby Health" in actors


def test_a_parkway_or_a_highway_after_no_given_name_is_a_place():
    actors = actors_of(
        "Arena approved\n\nThe council approved the arena on Tuesday. Traffic will use Juniper Parkway, the council "
        "said. Juniper Parkway will get new signals. Ada Pike said Ms Pike's shop is near Kelby Highway."
    )
    assert all(actors[name].type == "place" for name in ("Juniper Parkway", "Kelby Highway") if name in actors)
    assert "Ms Pike" not in actors


def test_a_town_a_shire_is_named_for_is_no_short_form_of_its_school():
    text = (
        "Schools merger fought\n\nParents in the Wheatbelt town of Kellerton have vowed to fight a plan to merge "
        "Kellerton Primary School with a school 34km away. Shire of Kellerton president Gail Underwood said the "
        "council would write to the minister. Kellerton has a population of about 550."
    )
    actors = {a.name: a.type for a in make_brief(text, "story.txt").actors}
    assert actors.get("Kellerton") == "place" and actors.get("Kellerton Primary School") == "organization"


def test_title_case_prepositions_police_ranks_auxiliaries_and_quoted_titles_make_no_actor():
    text = (
        "Retired Banker Loses Rs 1.4 Crore To 'Digital Arrest' Fraudsters In Hyderabad\n\n"
        "A retired bank manager was duped of Rs 1.4 crore by fraudsters, police said. Lionel Achterfeld, the victim, "
        "said he was scared. The judge did toss Achterfeld's claim against the bank. \"Officers will never ask you "
        'for money," the DCP said. Kelby Animation, the studio behind the preschool series "Pip and the Puddle '
        'Patrol," is cutting 140 jobs.'
    )
    brief = make_brief(text, "story.txt")
    actors = {a.name: a for a in (*brief.actors, *brief.minor_actors)}
    for name in ("Fraudsters In Hyderabad", "DCP", "Pip", "Puddle Patrol", "Achterfeld"):
        assert name not in actors
    assert actors["Lionel Achterfeld"].role != "judge did toss"
    assert actors["Kelby Animation"].type == "organization"


def test_a_surname_first_name_the_story_calls_by_its_first_word_and_a_prosecutors_titles():
    text = (
        "Boss jailed\n\nLim Wei Jie, 43, the sole director of Brightbuild Interiors, had cheated 11 home owners, "
        "said Deputy Public Prosecutor Rachel Teo. Lim continued to sign new contracts. DPP Teo said Lim had "
        "exploited their trust. Lim, who was unrepresented, pleaded for leniency."
    )
    actors = {a.name: a for a in make_brief(text, "story.txt").actors}
    assert actors["Lim Wei Jie"].type == "person" and "Wei Jie" not in actors
    assert actors["Rachel Teo"].role == "Deputy Public Prosecutor" and "DPP Teo" not in actors


def test_the_israeli_shekels_code_is_no_actor():
    text = (
        "Fares rise\n\nThe ministry will raise fares by NIS 2 from May, and a monthly pass will cost NIS 240, it said."
    )
    assert "NIS" not in {a.name for a in (*make_brief(text, "story.txt").actors, *make_brief(text, "s").minor_actors)}


def test_a_tabloids_kin_word_opening_a_full_name_is_a_descriptor_not_a_given_name():
    actors = actors_of(
        "Nan Maureen Tibbs, 77, said she already pays for taxis. Grandpa Joe Hale said it was a disgrace. "
        "Nan Goldin, the photographer, said she was angry. Tibbs and Hale will write to the council."
    )
    assert {"Maureen Tibbs", "Joe Hale", "Nan Goldin"} <= set(actors)
    assert "Nan Maureen Tibbs" not in actors and "Grandpa Joe Hale" not in actors


def test_a_person_described_before_a_name_ending_in_a_roads_word_is_a_person():
    actors = actors_of(
        "Mum Kerry Lane said she was furious. Pensioner Alan Street, 71, said he would walk. "
        "Residents of Mill Lane said they would protest."
    )
    assert (actors["Kerry Lane"].type, actors["Kerry Lane"].role) == ("person", "mum")
    assert actors["Alan Street"].type == "person"
    assert actors["Mill Lane"].type == "place"


def test_a_given_name_before_a_parks_word_with_a_persons_clause_or_age_after_it_is_a_person():
    actors = actors_of(
        "The board voted to close two schools. Jenna Park, whose two children attend Birchwood, said families felt "
        "blindsided. Alan Hill, 64, said he would fight the plan. Victoria Park, which opened in 1890, will close."
    )
    assert actors["Jenna Park"].type == "person"
    assert actors["Alan Hill"].type == "person"
    assert actors["Victoria Park"].type == "place"


def test_a_quarry_or_a_reservoir_named_so_is_a_place():
    actors = actors_of(
        "The boys swam at Dunmere Quarry on Sunday. Hallow Reservoir was closed after the storm. "
        "Dunmere Aggregates, which owns Dunmere Quarry, said it would fence the water."
    )
    assert actors["Dunmere Quarry"].type == "place"
    assert actors["Hallow Reservoir"].type == "place"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Kelby City Council's cabinet member for planning, Councillor Jo Doyle, said he expected a vote.",
            "Jo Doyle",
            "Kelby City Council's cabinet member for planning",
        ),
        ("The council's leader, Cllr Ann Lee, said the plan would go ahead.", "Ann Lee", "the council's leader"),
        ("Vice-Chancellor Helen Marsh said the expansion was essential.", "Helen Marsh", "Vice-Chancellor"),
        ("Vice-chancellor Professor Helen Marsh said the expansion was essential.", "Helen Marsh", "Vice-chancellor"),
        ("Chief executive Professor Jo Roe said the trust would act.", "Jo Roe", "Chief executive"),
        ("Professor Jo Roe said the trust would act.", "Jo Roe", "Professor"),
    ],
)
def test_a_post_before_an_academics_or_a_councillors_style_is_the_role(sentence, name, role):
    assert actors_of(sentence)[name].role == role


def test_a_union_named_by_one_word_before_union_in_lower_case_is_an_organisation():
    found = actors_of(
        "Steel cuts\n\nHalvorsen Steel will cut 1,100 jobs. The Forge union, which represents most of the workers, "
        "called the cuts a disgrace. The union said it would hold meetings on Thursday."
    )
    assert found["Forge union"].type == "organization"
    known = actors_of("Pay row\n\nMembers of the Unite union at Acme voted to strike. The union said it would talk.")
    assert "Unite" in known  # (a known union keeps its own name)
    assert "Unite union" not in known
    assert not actors_of("Trade talks\n\nThe European union of farmers met. The Scottish union of growers did not.")


def test_two_common_words_and_a_place_opening_a_sentence_name_a_campaign():
    found = actors_of(
        "Clean air zone\n\nThe council approved the zone. Clean Air Kelby welcomed the vote. Its co-founder, Dr Jo "
        "Roe, a GP in the city, said children were at risk."
    )
    assert found["Clean Air Kelby"].type == "organization"
    assert "Air Kelby" not in found
    people = actors_of("Drought\n\nFarmer Bill Calloway told reporters that he had sold half his herd.")
    assert "Bill Calloway" in people  # (a descriptor before a given name opens a person's name)


def test_a_name_before_the_noun_for_its_group_is_a_body_whatever_title_stands_before_it():
    found = actors_of(
        "Clean air zone\n\nThe council approved the zone. Councillor Bryony Teale, leader of the opposition Kelby "
        "Independents group, called the scheme a tax. She said she would fight it."
    )
    assert found["Kelby Independents"].type == "organization"
    assert found["Bryony Teale"].role.startswith("leader of the opposition")


def test_a_club_named_with_and_without_fc_is_one_club_whichever_comes_first():
    story = " The club's owner has pledged to pay for it. {} was founded in 1902."
    for first, later in (("Kelby Town", "Kelby Town FC"), ("Kelby Town FC", "Kelby Town")):
        found = actors_of(f"Stadium move\n\n{first} will leave Milford Road for a new stadium." + story.format(later))
        assert [name for name in found if name.startswith("Kelby")] == [first]


def test_a_river_s_word_before_a_plural_of_people_names_a_group_not_a_river():
    found = actors_of(
        "Leaks\n\nKelby Water missed its target. Campaign group River Guardians said the figures were shocking. "
        "The group's director, Jo Roe, said it was a scandal."
    )
    assert found["River Guardians"].type == "organization"
    assert found["Jo Roe"].role == "director of River Guardians"
    assert "River Waters" not in actors_of(
        "Floods\n\nThe River Waters rose overnight. Kelby Council said it would help."
    )


def test_its_officer_after_a_described_body_is_that_body_s_not_one_named_before():
    found = actors_of(
        "Housing\n\nKelby Council approved the plan. The state housing agency has committed $60m to the scheme, its "
        "director, Jo Roe, said."
    )
    assert found["Jo Roe"].role == "director of the state housing agency"
    found = actors_of(
        "Cuts\n\nKelby University is closing 14 courses. The students' union has agreed to run coaches to a rally, "
        "its president, Jo Roe, says."
    )
    assert found["Jo Roe"].role == "president of the students' union"


def test_a_campaign_named_for_its_cause_and_a_pub_chain_are_organisations():
    found = actors_of(
        "Pubs\n\nGreystone Taverns will sell 30 pubs. The Campaign for Real Ale said its local branch would nominate "
        "every pub."
    )
    assert found["Greystone Taverns"].type == "organization"
    assert found["Campaign for Real Ale"].type == "organization"


def test_an_acronym_of_the_openings_of_a_name_s_words_folds_into_the_name():
    found = actors_of(
        "Pubs\n\nGreystone Taverns will sell 30 pubs. The Campaign for Real Ale said its local branch would nominate "
        "every pub. A CAMRA spokesman called the sale heartbreaking."
    )
    assert "CAMRA" in found["Campaign for Real Ale"].aliases
    assert "CAMRA" not in found
    other = actors_of(
        "Pubs\n\nThe Campaign for Real Ale said it would nominate every pub. The CARLE union said it would not."
    )
    assert "CARLE" not in other["Campaign for Real Ale"].aliases  # (no word may be skipped, nor a letter added)


def test_a_business_named_with_and_without_group_is_one_body_whichever_comes_first():
    text = (
        "Regulator gives Brookmere Housing its lowest grade over damp\n\n"
        "The regulator said on Wednesday that Brookmere Housing Group, which owns about 31,000 homes, had failed "
        "tenants. Brookmere Housing Group said it was sorry."
    )
    actors = actors_of(text)
    assert "Brookmere Housing" in actors and "Brookmere Housing Group" not in actors


def test_a_group_of_a_bodys_people_named_after_it_leaves_the_body_its_bare_name():
    text = (
        "Harrowfield Building Society's board has agreed to merge with a larger rival. Harrowfield said the deal "
        "would protect savers. Harrowfield Members' Voice, a group set up by savers, will urge members to vote "
        "against it. Harrowfield has 380 staff."
    )
    actors = actors_of(text)
    assert "Harrowfield" not in actors
    assert actors["Harrowfield Building Society"].type == "organization"
    assert actors["Harrowfield Members' Voice"].type == "organization"


def test_a_name_before_estate_is_a_place_people_live_in():
    text = (
        "Ravensmere Council voted on Wednesday to knock down the Fairholme estate's towers. The three Fairholme "
        "towers house 612 households. Every tenant who wants to come back to Fairholme will have a home there, the "
        "council said."
    )
    actors = actors_of(text)
    assert "Fairholme" not in actors or actors["Fairholme"].type == "place"


def test_a_think_tank_a_legislature_and_a_tenants_voice_are_bodies():
    text = (
        "Sophie Marsh, head of policy at the think tank Civic Futures, said the plan was weak. The Ohio "
        "Legislature approved a transit fund on Monday. Kelby Tenants' Voice, which has 900 members, will gather "
        "evidence from 500 households."
    )
    actors = actors_of(text)
    for name in ("Civic Futures", "Ohio Legislature", "Kelby Tenants' Voice"):
        assert actors[name].type == "organization"


def test_who_set_up_or_co_founded_a_named_body_is_its_founder_and_a_thing_started_is_no_post():
    text = "Gareth Lyle, 49, who set up the Save Westmere Buses group, said members would hand in a petition."
    assert actors_of(text)["Gareth Lyle"].role == "founder of the Save Westmere Buses group"
    text = "Gareth Lyle, who co-founded Westmere Riders, said the buses were late."
    assert actors_of(text)["Gareth Lyle"].role == "co-founder of Westmere Riders"
    text = "Gareth Lyle, who started the petition in March, said members would hand it in."
    assert actors_of(text)["Gareth Lyle"].role is None


def test_friends_of_a_place_are_a_group_not_the_place():
    text = "Friends of Meadowbank Park, which has collected 4,200 signatures, says the council must think again."
    assert actors_of(text)["Friends of Meadowbank Park"].type == "organization"


def test_a_chair_named_with_an_age_and_a_street_keeps_the_post_the_relative_clause_gives():
    text = "Geoff Sallis, 63, of Church Lane, who chairs the Hembury Mast Action Group, said the decision was wrong."
    assert actors_of(text)["Geoff Sallis"].role == "chair of the Hembury Mast Action Group"


def test_a_street_named_after_a_body_is_a_place_not_the_body():
    story = (
        "Mast approved\n\nTellmast agreed to move the mast 60 metres from homes on Church Lane, councillors heard. "
        "Jo Lee, 63, of Church Lane, said the decision was a betrayal. "
        "Lorries will use the farm track rather than Church Lane, a Tellmast spokesperson said. "
        "The Office of Rail and Road said it would review the fares."
    )
    found = actors_of(story)
    assert found["Church Lane"].type == "place"
    assert found["Office of Rail and Road"].type == "organization"
    assert "Church Lane" not in {a.name for a in make_brief(story, "t").actors}


def test_a_role_follows_an_age_and_an_address():
    found = actors_of(
        "Kelby library\n\nAmina Roe, 34, a home health aide and mother of three, said story time was all she had. "
        '"It is quiet," said Raf Lee, 16, a junior at Kelby High School. '
        "Jo Ash, 63, of Church Lane, a retired teacher, said the plan was a betrayal."
    )
    assert found["Amina Roe"].role == "a home health aide and mother of three"
    assert found["Raf Lee"].role == "a junior at Kelby High School"
    assert found["Jo Ash"].role == "a retired teacher"


def test_a_post_before_a_name_and_its_age_outranks_the_description_after_them():
    found = actors_of(
        "Kelby schools\n\nParents for Kelby Kids said it had 612 signatures. Its organizer, Delia Roe, 41, a dental "
        "hygienist with three children in the district, said the vote would not end the campaign."
    )
    assert found["Delia Roe"].role == "organizer of Parents for Kelby Kids"


def test_a_holders_party_and_state_before_a_title_are_no_body():
    found = actors_of(
        "Water order\n\nArizona Democratic Gov. Elena Roe on Sunday signed an emergency order. "
        "Republican Sen. Garrett Lyle of Texas will introduce a bill on Monday. "
        "Chief Executive Jo Lee of Acme Talent said the firm would hire."
    )
    assert found["Elena Roe"].role == "Arizona Democratic Governor"
    assert "Arizona Democratic" not in found
    assert found["Garrett Lyle"].role == "Republican Senator" and found["Texas"].type == "place"
    assert found["Jo Lee"].role == "Chief Executive" and "Acme Talent" in found


def test_a_partys_portfolio_after_its_plural_possessive_is_no_body_of_that_name():
    found = actors_of(
        "Budget\n\nThe Liberal Democrats' Treasury spokesman, Rhys Lee, said the Chancellor should act. "
        "The Teachers' Union said it was wrong."
    )
    assert "Liberal Democrats' Treasury" not in found and "Liberal Democrats" in found
    assert found["Rhys Lee"].role == "the Liberal Democrats' Treasury spokesman"
    assert "Teachers' Union" in found


def test_a_common_word_after_a_title_is_the_person_whose_surname_it_is():
    found = actors_of(
        "Bins change\n\nCabinet member Cllr Fiona Bright said the change would save money. "
        "Cllr Bright also pledged that families would get a larger bin."
    )
    assert found["Fiona Bright"].mentions == 2


def test_a_plural_name_written_after_the_whole_and_by_its_last_word_is_a_team():
    found = actors_of(
        "Stadium\n\nThe Kelby Ironclads will leave their home of 41 years. Fans said the Ironclads would play there. "
        "A 30-mile stretch of the Hallam Broad Canal will close, the Canal & River Trust said."
    )
    assert found["Kelby Ironclads"].type == "organization"
    assert "Hallam Broad Canal" not in found or found["Hallam Broad Canal"].type != "organization"


def test_a_chiefs_field_in_a_participle_is_part_of_the_title():
    found = actors_of("Pay\n\nForkrun chief operating officer Helena Marsh said the firm would pay couriers more.")
    assert found["Helena Marsh"].role == "Forkrun chief operating officer"


def test_a_long_descriptions_with_clause_leaves_the_role_before_it():
    found = actors_of(
        "Kelby school week\n\nMonique Roe, 38, a night-shift nurse at Kelby Regional Hospital with two children at "
        "Aspen Ridge Elementary School, said the Monday program was the only reason she could live with the vote."
    )
    assert found["Monique Roe"].role == "a night-shift nurse at Kelby Regional Hospital"


def test_a_name_closing_with_a_legal_form_is_a_company_whatever_its_first_word():
    found = actors_of(
        "Roofer jailed\n\nA court heard that Dean Marlow, trading as Premier Kestrel Roofing Ltd, targeted 19 victims. "
        "Premier Kestrel Roofing Ltd was dissolved last year."
    )
    assert found["Premier Kestrel Roofing Ltd"].type == "organization"
    assert "Kestrel Roofing Ltd" not in found


def test_a_name_in_an_opening_on_phrase_is_a_setting_and_a_title_after_it_opens_a_name():
    found = actors_of(
        "App limits\n\nA popular app faces new limits.\n\n"
        "On Pellham Ridge, Sen. Harlan Whitcove, R-Tenn., said Congress must pass a privacy law."
    )
    assert "Pellham Ridge" not in found
    assert found["Harlan Whitcove"].role == "Senator"


def test_a_courts_justice_before_a_given_name_is_a_judges_title():
    found = actors_of(
        "Ruling\n\nKelby Supreme Court Justice Helena Marchwood ordered the sale on Friday. "
        "Marchwood said the investors must be repaid first. The Ministry of Justice declined to comment."
    )
    assert found["Helena Marchwood"].role == "Kelby Supreme Court Justice"
    assert found["Helena Marchwood"].type == "person"
    assert found["Ministry of Justice"].type == "organization"


def test_a_title_word_after_a_title_and_a_given_name_is_the_surname():
    found = actors_of(
        "Pipeline deal\n\nChief Alma Cardinal said the nation would appoint two members to the board. "
        "Cardinal said it was historic."
    )
    assert found["Alma Cardinal"].role == "Chief"


def test_a_name_before_a_members_title_is_the_seat_not_a_body():
    found = actors_of(
        "Bridge\n\nHarwick MP Tom Reardale said the October start was welcome news. "
        "Dunmore TD Ruairi Mac Gowan said the surge would not last."
    )
    assert found["Tom Reardale"].role == "Harwick MP"
    assert "Harwick" not in found and "Dunmore" not in found


def test_a_possessive_before_a_natural_feature_is_inside_a_places_name():
    found = actors_of(
        "Floods\n\nHarrow's Bay Regional Council chief executive Paul Dunmore said the council would spend $2.4m "
        "raising stopbanks. Harrow's Bay Regional Council has 40 staff."
    )
    assert found["Harrow's Bay Regional Council"].type == "organization"
    assert "Bay Regional Council" not in found


def test_a_capital_an_after_a_lower_case_word_opens_an_irish_name():
    found = actors_of(
        "Attacks\n\nThere have been 14 attacks, according to figures from An Garda Bheag. "
        "A spokesman for An Garda Bheag said patrols had doubled."
    )
    assert "An Garda Bheag" in found
    assert "Garda Bheag" not in found


def test_a_possessive_names_role_after_a_clause_is_the_role_of_the_name_set_after_it():
    found = actors_of(
        "Insulin\n\nThe announcement came a day before Kelby's chief executive, Roland Petrovan, is due to testify. "
        "Petrovan said prices would fall."
    )
    assert found["Roland Petrovan"].role == "Kelby's chief executive"


def test_the_initials_of_a_molecule_a_disease_or_a_camera_name_no_actor():
    found = actors_of(
        "Test\n\nA blood test that hunts for fragments of tumour DNA found most cancers, Kelby University said. "
        "Patients with ALS pressed the agency. The council will fund CCTV in the town centre."
    )
    assert not {"DNA", "ALS", "CCTV"} & set(found)


def test_a_road_by_its_number_is_no_actor():
    found = actors_of(
        "Cop sacked\n\nA sergeant mocked a mother whose son was killed in a crash on the A5 in 2023. The M6 was "
        "closed. Drivers on I-95 and SH2 faced delays. Chief Constable Ruth Amesbury apologised. 'I promise you that "
        "we will learn from this,' she said. She also pledged to reopen the investigation into the A5 crash."
    )
    assert not {"A5", "M6", "I-95", "SH2"} & set(found)
    assert "Ruth Amesbury" in found


def test_a_places_people_in_the_plural_are_no_actor():
    found = actors_of(
        'Care\n\n"They made this promise once already. Nova Scotians are entitled to be skeptical," Jo Marchand said.'
    )
    assert "Nova Scotians" not in found
    assert "Jo Marchand" in found


def test_a_name_written_with_either_apostrophe_is_one_actor_written_with_the_plain_one():
    found = actors_of(
        "Strike\n\nThe Kelby Nurses’ Union said on Monday it will strike in May. Jo O’Neill, the union's leader, "
        "said staff were tired. \"We will not back down,\" O'Neill said. The Kelby Nurses' Union has 4,000 members."
    )
    assert {"Kelby Nurses' Union", "Jo O'Neill"} <= set(found)
    assert found["Jo O'Neill"].type == "person"
    assert found["Kelby Nurses' Union"].mentions == 2
    assert not any("’" in name for name in found)


def test_a_royal_or_church_titles_possessive_stays_inside_a_name():
    found = actors_of(
        "Inquiry\n\nThe Court of Queen's Bench ruled on Monday. Jo Roe, a professor at King's College London, said "
        "the Prince's Trust would help."
    )
    assert {"Court of Queen's Bench", "King's College London", "Prince's Trust"} <= set(found)
    assert not {"Court of Queen", "College London"} & set(found)


def test_a_courts_justice_before_a_name_no_list_has_titles_a_judge():
    found = actors_of(
        "Inquiry\n\nRetired Court of King's Bench Justice Odile Vey, who is leading the review, said she would "
        "report by March. The Department of Justice Civil Rights Division said it would help."
    )
    assert found["Odile Vey"].type == "person"
    assert "Justice" in found["Odile Vey"].role
    assert "Department of Justice Civil Rights Division" in found


def test_a_brotherhood_or_a_confederation_is_a_body_with_its_fields():
    found = actors_of(
        "Rail\n\nThe Brotherhood of Bridge and Tunnel Workers, which has 9,000 members, said it would spend $1 "
        "million. The Confederation of Kelby Industry agreed."
    )
    assert found["Brotherhood of Bridge and Tunnel Workers"].type == "organization"
    assert "Confederation of Kelby Industry" in found
    assert "Tunnel Workers" not in found


def test_a_group_of_a_bodys_people_named_after_it_is_another_body():
    found = actors_of(
        "Label row\n\nReality star Jo Vey launched Vey Edit in 2023. Customers are owed £400,000, according to a "
        "campaign group set up by shoppers, Vey Edit Victims, which has 3,000 members. A spokesman for Vey Edit Ltd "
        "said the firm would contact every customer. Filings at Companies House show that Vey Edit Ltd’s accounts are "
        "overdue."
    )
    assert {"Vey Edit Ltd", "Vey Edit Victims", "Companies House"} <= set(found)
    assert "Vey Edit" in found["Vey Edit Ltd"].aliases
    found = actors_of(
        "Fares\n\nVexco said it would cut prices. Vexco Passengers, a campaign group with 900 members, said it "
        "would sue."
    )
    assert {"Vexco", "Vexco Passengers"} <= set(found)


def test_a_union_named_for_its_workers_trades_is_one_body_and_an_id_no_actor():
    found = actors_of(
        "Plant\n\nUnited Kiln and Glass Workers Local 77, which represents about 600 workers, said it would "
        "strike. Kelby Council and Acme Workers Union met on Monday. The law would drop the ID requirement."
    )
    assert "United Kiln and Glass Workers Local 77" in found
    assert {"Kelby Council", "Acme Workers Union"} <= set(found)
    assert "ID" not in found


def test_a_possessive_role_never_names_its_own_holder():
    found = actors_of(
        "Retrial\n\nA court found Jo Vey was denied a fair trial when Kwame Roe, 19, was shot in 2016. Roe's "
        "mother, Ann Roe, said she wanted the new trial to start soon."
    )
    assert found["Ann Roe"].role == "Kwame Roe's mother"


def test_a_british_courts_advocates_and_a_lawyer_representing_a_client_have_roles():
    found = actors_of(
        "Fraud\n\nJo Vey admitted fraud. Ann Roe, prosecuting, said the club's savings had gone. Kim Lind, "
        "mitigating, said his client was ashamed. Jean-Luc Ray, the lawyer representing the club, said more."
    )
    assert found["Ann Roe"].role == "prosecuting"
    assert found["Kim Lind"].role == "mitigating"
    assert found["Jean-Luc Ray"].role.endswith("lawyer representing the club")


def test_lord_before_a_titles_head_is_part_of_the_title_not_a_peers_style():
    found = actors_of(
        "Buses\n\nKelby City Council has voted to buy 40 electric buses, a deal Lord Mayor Pia Vey "
        "called the biggest upgrade. Lord Roe of Kelby said the plan was flawed."
    )
    assert found["Pia Vey"].role == "Lord Mayor"
    assert "Lord Mayor Pia Vey" not in found
    assert "Lord Roe of Kelby" in found


def test_a_familys_surname_after_the_is_no_body():
    found = actors_of(
        "Inquiry\n\nJo Vey died in custody. Jean-Luc Lind, the lawyer representing the Vey family, urged the "
        "commissioner to act. Jo Roe met the Roe families."
    )
    assert not {"Vey", "Roe"} & set(found)
    assert {"Jo Vey", "Jean-Luc Lind"} <= set(found)


def test_a_provinces_department_by_its_field_is_a_body():
    found = actors_of(
        "Jail\n\nA guard has been suspended, Saskatchewan Justice confirmed. Alberta Education will fund 20 schools."
    )
    assert found["Saskatchewan Justice"].type == "organization"
    assert found["Alberta Education"].type == "organization"


def test_an_insolvency_firm_described_at_the_sentences_start_is_named_without_its_kind():
    found = actors_of(
        "Row\n\nAdministrators Kelby Vey Insolvency, which was named on Monday, said it is to write to all "
        "creditors within 14 days."
    )
    assert "Kelby Vey Insolvency" in found
    assert "Administrators Kelby Vey Insolvency" not in found


@pytest.mark.parametrize(
    "body", ["Office of the Attorney General", "Ministry of Attorney General", "Office of the Governor"]
)
def test_an_office_named_for_its_holders_title_is_a_body_not_a_post(body):
    found = actors_of(f"Pharmacy\n\nA spokesperson for the {body} said the office would appeal the ruling.")
    assert found[body].type == "organization"


def test_a_bodys_first_word_before_a_noun_is_that_body_but_a_places_is_the_place():
    names = actors_of(
        "Gym payout approved\n\nA court approved a settlement between operator Kelby Fitness Clubs and its "
        "members.\n\nUnder the deal, Kelby will pay $12 million by June 1.\n\nJo Roe, whose son trained at a Kelby "
        "gym in 2021, said the payout was too small."
    )
    assert "Kelby" not in names and "Kelby Fitness Clubs" in names
    names = actors_of(
        "Quarry cuts dredging\n\nVexco Quarries will take less sand from the Kelby estuary from spring, the "
        "company said.\n\nBeaches near the Kelby River had narrowed, Jo Roe said.\n\nVexco Quarries boss Ann "
        "Vey would not rule out a second licence if the planned Kelby South pit went ahead."
    )
    assert "Kelby South" not in names
    names = actors_of(
        "Kelby papers shut press\n\nThe Daily and Sunday Kelby papers will close their print plant, the Kelby Group "
        "said.\n\nThe group was sold in May. Rival Daily Vey & General Trust said it would keep its plant open."
    )
    assert names["Daily Vey & General Trust"].mentions == 1


def test_a_presiding_officers_title_and_a_figures_abbreviation_are_no_bodies():
    names = actors_of(
        "Clinic to close\n\nVey Medical Center will close its eye clinic on June 30.\n\n"
        '"Patients will have to drive an hour," Kelby County Presiding Commissioner Jo Vey said.\n\n'
        "Vey Group reported a 5% rise in core profit (EBITDA) and plans 2 gigawatts (GW) of solar by 2028."
    )
    assert "Kelby County Presiding" not in names and "EBITDA" not in names and "GW" not in names
    assert names["Jo Vey"].role == "Kelby County Presiding Commissioner"


def test_an_app_and_a_name_before_an_unnamed_spokesperson_are_bodies():
    names = actors_of(
        "Age checks blocked\n\nThe suit was brought by a trade group whose members include the photo-sharing app "
        "Vexlo and other platforms.\n\nA Vexlo spokesperson said the company would appeal. "
        "An Ombrix spokeswoman said it was studying the ruling."
    )
    assert names["Vexlo"].type == "organization" and names["Vexlo"].mentions == 2
    assert names["Ombrix"].type == "organization"
    names = actors_of(
        "Arcade shut\n\nArcade owner Vexway Leisure said the roof was unsafe.\n\nA Vexway spokesman said the firm "
        "would refund season tickets. The Department for Transport said it was worried. A DfT spokesperson said "
        "the scheme was under review. A Government spokesman said the matter was closed."
    )
    assert names["Vexway Leisure"].mentions == 2 and names["Department for Transport"].mentions == 2
    assert "Vexway" not in names and "DfT" not in names


def test_a_health_board_named_for_two_areas_and_its_officers():
    names = actors_of(
        "Unit stays open\n\nBosses at NHS Kelby and Vey have promised to keep the unit open.\n\n"
        "The health board had proposed closing it at night.\n\n"
        "On Monday the board's chief executive, Ann Roe, said the idea had been dropped.\n\n"
        "Jo Marsh, convener of the Save Loch Ross Clinic campaign, said it was a victory. "
        "Bill Dunn, organiser for the Kelby Health Workers' Union, said staff were tired."
    )
    assert names["NHS Kelby and Vey"].type == "organization"
    assert "Kelby Health Workers' Union" not in (names["Ann Roe"].role or "")
    assert names["Jo Marsh"].role == "convener of the Save Loch Ross Clinic campaign"


def test_a_caption_glued_before_the_story_goes_and_still_names_its_person_in_full():
    article, _, index, _ = analyse(
        "Drone bill advances\n\nA state committee voted on Tuesday to limit drone flights over schools.\n\n"
        "Vexa Air chief executive Jo Kelby speaks at a trade fair in March. Ann Roe/KNN Kelby said the firm would "
        "follow the new rules. Kelby added that its pilots would be retrained."
    )
    names = {a.name: a for a in index.actors}
    assert "speaks at a trade fair" not in article.text and "Ann Roe" not in names
    assert names["Jo Kelby"].type == "person" and names["Jo Kelby"].role == "Vexa Air chief executive"


def test_a_tabloids_judgement_before_a_post_is_no_part_of_the_role():
    names = actors_of(
        "Boss backed\n\nUnder-fire Kelby Athletic boss Jo Roe will keep his job, the club said. Furious donor Ann "
        "Vey said she would stop her gifts."
    )
    assert names["Jo Roe"].role == "Kelby Athletic boss" and names["Ann Vey"].role == "donor"


def test_a_role_naming_a_committee_by_fields_listed_with_commas_is_whole():
    names = actors_of(
        "Ban upheld\n\nJo Roe, the chair of the Kelby culture, media and sport committee, said it was fair."
    )
    assert names["Jo Roe"].role == "the chair of the Kelby culture, media and sport committee"


def test_a_health_service_named_for_its_hospitals_is_one_body():
    names = actors_of(
        "Ward reopens\n\nA spokesperson for Kelby and Vey Valley Hospital and Health Service said the unit would open "
        "in May. Kelby and Vey Valley Hospital and Health Service has hired 20 nurses."
    )
    assert names["Kelby and Vey Valley Hospital and Health Service"].mentions == 2
    assert "Health Service" not in names


def test_a_body_named_like_a_person_before_a_post_and_a_name_is_a_body():
    names = actors_of(
        "Cuts\n\nMorgan Kelby analyst Jo Roe said the bank would cut jobs. Florence Vey chief executive Ann Roe said "
        "the tunnel would open in May. Ann Lee spokesman Tim Ash said she was wrong."
    )
    assert names["Morgan Kelby"].type == names["Florence Vey"].type == "organization"
    assert names["Ann Lee"].type == "person"


def test_a_bodys_unit_named_after_its_owners_possessive_keeps_its_common_first_word():
    names = actors_of(
        "Budget row\n\nAld. Jo Roe, 14th, who chairs the council's Budget Committee, said the plan could pass. "
        "He said the committee is to begin hearings on Monday."
    )
    assert names["Budget Committee"].type == "organization" and "Committee" not in names


def test_a_whose_post_after_the_bodys_own_apposition_and_before_a_title_names_the_body():
    actors = actors_of(
        "The bypass was opposed by the Kelby Heath Society, a club for amateur astronomers in the county, "
        "whose secretary, Dr Ann Vey, called it short-sighted. Vey said the society would object."
    )
    assert actors["Ann Vey"].role == "secretary of Kelby Heath Society"


def test_its_title_before_a_name_with_no_commas_is_the_post_of_the_body_the_sentence_before_opens_with():
    actors = actors_of(
        "Campaign group Kelby Watch, which has audited the Vey Hall Museum since 2018, said 40 paintings were "
        "missing. Its chairman Ann Vey said the museum had questions to answer."
    )
    assert actors["Ann Vey"].role == "chairman of Kelby Watch"


def test_its_officer_is_of_the_body_the_sentence_before_opens_with_after_its_kind():
    actors = actors_of(
        "The Vey Fields rally will take place in June. Tenants' group Kelby Homes Voice condemned the rent rise "
        "Marlow District Council approved for Vexco Lettings. "
        'Its secretary, Jo Roe, said: "Nobody asked us."'
    )
    assert actors["Jo Roe"].role == "secretary of Kelby Homes Voice"


@pytest.mark.parametrize("shouted", ["RECKLESS", "FEARFUL", "FURIOUS", "HEARTLESS"])
def test_a_tabloids_shouted_adjective_opening_the_story_is_no_body(shouted):
    actors = actors_of(f"{shouted} parents are demanding answers from Kelby Homes after a week without heating.")
    assert shouted not in actors
    assert "Kelby Homes" in actors


def test_an_acronym_before_its_members_is_still_a_body():
    actors = actors_of("KWU members have vowed to strike at Kelby Homes. KWU said the vote was clear.")
    assert "KWU" in actors


def test_a_school_districts_number_in_roman_numerals_is_part_of_its_name_not_a_party_and_state():
    actors = actors_of("The Kelby R-III School District, which runs nine schools, will hire 12 nurses.")
    assert "Kelby R-III School District" in actors
    assert "School District" not in actors
    actors = actors_of("Sen. Ann Roe, R-Ind., said she would vote no. Rep. Jo Vey, D-Va., agreed.")
    assert actors["Ann Roe"].role == "Senator"
    assert actors["Jo Vey"].role == "Representative"


def test_someones_business_in_apposition_that_says_it_will_is_a_body():
    actors = actors_of("Jo Roe sang on the record. His label, Marlow Vey, said it would release the album in June.")
    assert actors["Marlow Vey"].type == "organization"
    actors = actors_of("Ann Lee, a spokeswoman for the company, said it would not comment on Vexco's losses.")
    assert actors["Ann Lee"].type == "person"


def test_a_title_over_a_kind_of_body_before_a_name_names_the_body_not_its_holder():
    actors = actors_of(
        "Head of arts charity Kelby Roof quits over funding row\n\nAl Vey said he was leaving to let Kelby Roof "
        "start afresh. Staff at Kelby Roof were told on Monday."
    )
    assert actors["Kelby Roof"].type == "organization"
    actors = actors_of("Chair of trustees Jo Vey said the hostel would reopen in May.")
    assert actors["Jo Vey"].role == "Chair of trustees"


def test_the_council_of_several_is_the_one_named_last_never_a_party():
    # Two councils are built on "council"; "The council" is the one named last, not the party named in between,
    # and after a sentence that opens with one council and names another, the one it opens with.
    text = (
        "Vey council to keep late bin rounds\n\n"
        "Late bin rounds will stay after a six-month pilot in a Vey borough council area, residents were told.\n\n"
        "Kelby district council, the neighbouring authority, ran a pilot of its own and reports on it next month.\n\n"
        "Jo Roe, who leads the council and whose Labour group won 30 of its seats in May, backed the idea.\n\n"
        "The council also wants its recycling figures online by June, Ann Dole, its chief executive, told members."
    )
    assert actors_of(text)["Ann Dole"].role == "chief executive of Kelby District Council"
    text = (
        "Marlow Council, which runs the covered market, wrote on Monday to traders and to Dunley Parish Council.\n\n"
        "The council plans to freeze stall fees until 2027, its markets manager, Tom Kell, told traders."
    )
    assert actors_of(text)["Tom Kell"].role == "markets manager of Marlow Council"


def test_a_number_written_as_a_word_opening_a_sentence_is_no_name():
    actors = actors_of(
        "Kelbyshire bus cuts\n\nFourteen of Kelbyshire's bus routes will end in May under a plan drawn up by "
        "Kelbyshire County Council, which drivers say will strand villages."
    )
    assert not [name for name in actors if name.startswith("Fourteen")]
    assert "Kelbyshire County Council" in actors


def test_names_given_as_examples_of_a_kind_of_place_are_places():
    actors = actors_of(
        "Title\n\nAnn Kell warned that the timetable would leave villages such as Upper Brennock and Feltham Ash "
        "with one bus a day. Tom Vey, the councillor whose ward includes Feltham Ash, said he would raise it with the "
        "operator."
    )
    assert actors["Feltham Ash"].type == "place"
    assert "Upper Brennock" not in actors or actors["Upper Brennock"].type == "place"
    actors = actors_of("Title\n\nResidents such as Tom Kell and Ann Dole said the trains were always late.")
    assert actors["Tom Kell"].type == "person"


def test_a_name_after_a_role_and_on_is_what_the_post_is_on_not_its_holder():
    actors = actors_of(
        "Title\n\nBAKE-OFF baker Milo Dunn's cafe was shut by inspectors. Dunn has vowed to reopen by spring, his "
        "agent said. Dunn, who became famous as the judge on Crumb Wars, returns to television in June."
    )
    assert "Crumb Wars" not in actors or not (actors["Crumb Wars"].role or "").endswith(" on")


def test_a_hyphenated_given_name_alone_is_the_person_named_in_full():
    actors = actors_of(
        "Ice dancer Mary-Beth Conlan won her third national title in Sheffield. Mary-Beth wrote that she would "
        "defend it next winter."
    )
    assert list(actors) == ["Mary-Beth Conlan"] and actors["Mary-Beth Conlan"].mentions == 2


def test_a_word_news_always_capitalises_named_once_is_its_own_body_not_the_body_beside_it():
    brief = make_brief(
        "Fuel duty frozen\n\n"
        "The Treasury expects the freeze to cost about £2bn, but the Office for Road Pricing warned on Monday that "
        "the sum could be higher. Ministers plan to publish the details in March.",
        "t",
    )
    named = {a.name: a for a in (*brief.actors, *brief.minor_actors)}
    assert "Treasury" not in named["Office for Road Pricing"].aliases
    assert [c.who for c in brief.commitments] == ["Treasury"]  # ministers are the department's, not the office's


def test_a_name_set_between_commas_after_whose_body_it_is_is_that_body():
    text = (
        "Card confirmed for spring\n\n"
        "Ian Dorrow has run the Pellham darts league for twenty years. Dorrow said his company, Dorrow Oche Events, "
        "would repaint the club's hall in June. Her publisher, Quillmark Books, said it would reissue her first "
        "novel in May."
    )
    actors = actors_of(text)
    assert actors["Dorrow Oche Events"].type == "organization"
    assert actors["Quillmark Books"].type == "organization"


def test_a_name_described_as_a_newspaper_or_a_hospice_is_a_body():
    actors = actors_of(
        "Title\n\nThe Penbury Lantern, the student newspaper, won a national award on Friday. Its editor, Jenna "
        "Wick, said the Lantern would print a special edition."
    )
    assert actors["Penbury Lantern"].type == "organization"


def test_a_provost_or_a_headteacher_before_a_name_is_a_title():
    actors = actors_of(
        "Title\n\nThe board named Provost Dr. Nadia Quell as interim head. Quell said she would meet students. "
        "Headteacher Ann Vole said pupils would return on Monday."
    )
    assert (actors["Nadia Quell"].role, actors["Ann Vole"].role) == ("Provost", "Headteacher")


@pytest.mark.parametrize("surname", ["King", "Provost", "Sheriff"])
def test_a_common_given_name_before_a_title_that_is_a_surname_is_one_persons_name(surname):
    actors = actors_of(f"Title\n\nDavid {surname} said the shop would close. {surname} is 60.")
    assert list(actors) == [f"David {surname}"]


def test_two_posts_joined_before_a_name_with_an_acronym_second_are_one_role():
    actors = actors_of(
        "Title\n\nKelby Valley Health shut its Marlow clinic on Friday. Kelby Valley's president and CEO, Dr. Ann "
        "Vole, said the decision was hard."
    )
    assert actors["Ann Vole"].role == "Kelby Valley's president and CEO"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Vey Talent", "organization"),
        ("Dunmore Mortgages", "organization"),
        ("Gwen Talent", "person"),  # a given name first
        ("Roe Banks", "person"),  # a surname that is a common noun
        ("Kelby Hardcastle", "person"),  # a surname news never writes in lower case
    ],
)
def test_a_name_ending_in_a_word_news_writes_in_lower_case_is_a_business_not_a_surname(name, kind):
    entity = registry.Entity(name=name, type="person", first=0)
    actors._retype_trade_named([entity])
    assert entity.type == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Fort Kelby Falcons", "organization"),
        ("San Kelby Otters", "organization"),
        ("Port Dunmore", "place"),
        ("San Kelby Islands", "place"),
        ("Fort Vey Hills", "place"),
    ],
)
def test_a_town_opening_with_a_places_word_and_a_plural_nickname_after_it_is_a_team(name, kind):
    assert actors._classify(name)[0] == kind


def test_a_team_named_by_its_nickname_alone_is_the_team():
    brief = make_brief(
        "Ballpark row\n\nThe Fort Dunmore Falcons want a new ballpark by 2028. "
        '"We will pay for any delays," a spokeswoman for the Falcons said. The Falcons will also '
        "stay at the old ground for one more year.",
        "t",
    )
    names = [a.name for a in (*brief.actors, *brief.minor_actors)]
    assert "Fort Dunmore Falcons" in names
    assert "Falcons" not in names
    assert {c.who for c in brief.commitments} == {"Fort Dunmore Falcons"}


def test_its_in_a_sentence_opening_with_it_is_the_body_the_sentences_before_are_about():
    brief = make_brief(
        "Pool row\n\nThe Dunmore Swimmers Alliance, a users' group set up last year, has 900 members opposed to the "
        "closure. The group says the pool is still well used. It will hand a letter to the mayor on Monday, its "
        "chair, Tom Reed, said.",
        "t",
    )
    roles = {a.name: a.role for a in brief.actors}
    assert roles["Tom Reed"] == "chair of Dunmore Swimmers Alliance"


def test_the_clubs_owner_is_no_city_councils_named_before():
    brief = make_brief(
        "Ground row\n\nThe Kelby Bobcats and the Kelby City Council fell out over rent this week. "
        "Tom Vail, the club's chairman, said the ground needed new seats. Kelby City Council will "
        "vote on the lease in May.",
        "t",
    )
    roles = {a.name: a.role for a in (*brief.actors,)}
    assert roles["Tom Vail"] == "the club's chairman"
