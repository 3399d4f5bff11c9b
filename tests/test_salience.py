"""Salience: the actors a reader needs first, names in passing apart."""

from dataclasses import replace

from briefcli.brief import make_brief
from briefcli.extract.salience import score
from briefcli.model import Actor

STORY = (
    "Harbour board approves new ferry terminal\n\n"
    "The Harbour Board approved a new ferry terminal on Monday, chairwoman Lena Fischer said. "
    "Lena Fischer said the board will spend £40m on the terminal by 2027. "
    "Work will start in spring, the Harbour Board said. "
    "Fischer said passengers had waited long enough. "
    "The Harbour Board expects traffic to double. "
    "The terminal will serve routes once run by rivals such as Nordline Group, Baltic Express and Westway Holdings."
)


def test_speakers_and_recurring_names_matter_names_in_a_list_are_minor():
    brief = make_brief(STORY, "t")
    main = [a.name for a in brief.actors]
    minor = [a.name for a in brief.minor_actors]
    assert main[:2] == ["Harbour Board", "Lena Fischer"] or main[:2] == ["Lena Fischer", "Harbour Board"]
    assert {"Nordline Group", "Baltic Express", "Westway Holdings"} & set(minor)
    assert not {"Nordline Group", "Baltic Express", "Westway Holdings"} & set(main)
    assert [a.salience for a in brief.actors] == sorted((a.salience for a in brief.actors), reverse=True)


def test_every_signal_raises_salience():
    base = Actor("X", "person", None, 1, 10)
    plain = score(base, 0, False, 20)
    assert score(Actor("X", "person", None, 3, 10), 0, False, 20) > plain  # mentions
    assert score(Actor("X", "person", None, 1, 0), 0, False, 20) > plain  # first position
    assert score(base, 0, True, 20) > plain  # headline
    assert score(base, 2, False, 20) > plain  # speaks or commits
    assert score(Actor("X", "person", "mayor", 1, 10), 0, False, 20) > plain  # a role
    assert 0 <= plain <= 1


def test_a_continent_is_a_setting_and_weighs_less_than_a_country():
    country = score(Actor("Norway", "place", None, 2, 1), 0, False, 10)
    continent = score(Actor("Europe", "place", None, 2, 1), 0, False, 10)
    assert continent < country


def test_a_name_only_listed_once_is_background():
    listed_once = score(Actor("Borg Ltd", "organization", None, 1, 2), 0, False, 10, listed=True)
    named_once = score(Actor("Borg Ltd", "organization", None, 1, 2), 0, False, 10)
    assert listed_once < named_once
    brief = make_brief(
        "Ferry fares rise\n\nThe Harbour Board raised fares on Monday. "
        "Rivals Nordline Group, Baltic Express, Westway Holdings and Kestrel Lines kept theirs. "
        "The Harbour Board said costs had doubled.",
        "t",
    )
    assert "Westway Holdings" in {a.name for a in brief.minor_actors}


def test_a_name_that_acts_once_matters_a_name_merely_mentioned_does_not():
    brief = make_brief(STORY + " Norway has begun its own terminal plan. Ferries also sail to Denmark.", "t")
    assert "Norway" in {a.name for a in brief.actors}
    assert "Denmark" not in {a.name for a in brief.actors}


def test_a_news_outlet_named_only_as_a_source_is_minor():
    story = (
        "Council backs new tram line\n\n"
        "(Reuters) - The Dunmore City Council approved a tram line on Monday, mayor Ann Cole told CNN. "
        "Ann Cole said the council will spend $40m on the line. "
        "The Dunmore City Council expects work to start in spring, CNN reported. "
        "Cole told Reuters the line was overdue."
    )
    brief = make_brief(story, "t")
    main = {a.name for a in brief.actors}
    assert not {"CNN", "Reuters"} & main
    assert {"CNN", "Reuters"} <= {a.name for a in brief.minor_actors}
    assert "Ann Cole" in main


def test_a_stations_call_sign_named_only_as_a_source_is_minor():
    story = (
        "Deli salads recalled\n\n"
        "DUNMORE, Ohio (WKTZ) - Kelby Foods is recalling deli salads sold at its 30 stores. "
        "Kelby Foods will refund every customer, the grocery chain said. "
        '"We will test every kitchen," health officer Ann Cole told WKTZ.'
    )
    brief = make_brief(story, "t")
    assert "WKTZ" not in {a.name for a in brief.actors}
    assert "WKTZ" in {a.name for a in brief.minor_actors}


def test_an_outlet_the_page_signs_for_is_minor_when_named_only_as_a_source():
    story = (
        "Ferry fares frozen\n\n"
        "By Helen Marsh, TVQ Business\n\n"
        "The Harlow Bay Ferry Company will freeze fares until 2027, its chief executive Petra Lund told TVQ. "
        "Petra Lund said the company would add two sailings a day. "
        "In a letter seen by TVQ, the company said it would hire 40 crew.\n\n"
        "(c) 2025 TVQ News. All rights reserved."
    )
    brief = make_brief(story, "t")
    assert "TVQ" not in {a.name for a in brief.actors}
    assert "TVQ" in {a.name for a in brief.minor_actors}
    assert "Petra Lund" in {a.name for a in brief.actors}


def test_an_outlet_a_byline_in_capitals_signs_for_is_minor_when_named_only_as_a_source():
    story = (
        "Star quits show\n\n"
        "By HELEN MARSH FOR TVQONLINE\n\n"
        "Singer Petra Lund has quit the Sunday show, TvqOnline can reveal. "
        "Petra Lund told TvqOnline she would tour in May."
    )
    brief = make_brief(story, "t")
    assert "TvqOnline" not in {a.name for a in brief.actors}
    assert "TvqOnline" in {a.name for a in brief.minor_actors}


def test_a_works_title_of_a_persons_form_set_after_its_noun_is_no_actor():
    story = (
        "Chef leaves show\n\n"
        "TV chef Petra Lund is leaving the cookery show after ten years. "
        "Petra Lund said she would explain why on her podcast, Petra Uncut, on Sunday. "
        "Lund said she was excited."
    )
    assert "Petra Uncut" not in {a.name for a in make_brief(story, "t").actors}


def test_a_news_outlet_that_acts_stays():
    story = (
        "Broadcaster cuts jobs\n\n"
        "The BBC will cut 500 jobs, its director general Ann Cole said. "
        "The BBC has been told to save money. Cole told the BBC the cuts were painful."
    )
    assert "BBC" in {a.name for a in make_brief(story, "t").actors}


def test_a_place_weighs_only_the_mentions_where_it_is_more_than_a_setting():
    story = (
        "Ferry firm expands\n\n"
        "Nordline Group will open a depot in Kenya, chief executive Lena Fischer said. "
        "Lena Fischer said Nordline Group will hire 200 people in Kenya. "
        "Kenya's ports are busy, Fischer said."
    )
    kenya = {a.name: a for a in (*make_brief(story, "t").actors, *make_brief(story, "t").minor_actors)}["Kenya"]
    alone = score(replace(kenya, mentions=1, salience=0.0), 0, False, 3)
    assert kenya.salience == alone


def test_tabloid_and_broadcast_outlets_named_as_sources_are_minor():
    story = (
        "School bans mum over parking row\n\n"
        "Oakfield Primary School banned a mother from its gates, she told MailOnline. "
        "Sarah Quinn said Oakfield Primary School had been unfair. "
        "The school told the Mirror it had followed its policy. "
        "Ms Quinn told BBC Radio 4's Today programme she was hurt."
    )
    main = {a.name for a in make_brief(story, "t").actors}
    assert not {"MailOnline", "Mirror", "BBC Radio"} & main
    assert {"Oakfield Primary School", "Sarah Quinn"} <= main


def test_a_relative_named_once_by_a_given_name_is_background():
    story = (
        "Maternity unit saved\n\n"
        "Health minister Ann Cole said the unit would stay open. "
        "Mother-of-two Jade Price, who gave birth to son Teddy at the unit, said she was delighted. "
        "Ann Cole said staff would be hired."
    )
    brief = make_brief(story, "t")
    assert "Teddy" not in {a.name for a in brief.actors}


def test_a_journalist_someone_spoke_to_is_minor():
    story = (
        "Mayor vows to reopen pool\n\n"
        "Mayor Odile Farrant said the Brackwater pool will reopen in June. "
        '"We will not let it rot," Farrant told NBC\'s Tobias Wrenfield. '
        'Farrant later told "Sunrise Daily" co-host Imelda Strazzi the repairs would cost $2m. '
        "Farrant said the city council will vote on the money."
    )
    brief = make_brief(story, "t")
    main = {a.name for a in brief.actors}
    assert not {"Tobias Wrenfield", "Imelda Strazzi"} & main
    assert "Odile Farrant" in main


def test_a_chamber_spoken_to_and_an_outlet_that_saw_a_memo_are_minor():
    story = (
        "Minister scraps frigate order\n\n"
        "Defence minister Orla Penwright told the House of Commons that the frigate order would be cut. "
        "Orla Penwright said the Navy will get four ships, according to a memo seen by Sky News. "
        "Orla Penwright said the Navy will save £2bn."
    )
    brief = make_brief(story, "t")
    main = {a.name for a in brief.actors}
    assert not {"House of Commons", "Sky News"} & main
    assert "Orla Penwright" in main


def test_a_state_or_town_that_never_acts_is_a_setting_a_country_keeps_its_place():
    brief = make_brief(
        "Chain to shut 40 pharmacies\n\n"
        "Ohio Attorney General Ruth Kalder said the Pellmarsh chain had broken its leases. "
        "Pellmarsh said it would close 40 stores across Ohio and Kentucky by March. "
        "Kalder said Ohio customers would be told in writing. Mexico has offered to buy the chain's plants. "
        "Pellmarsh runs three plants in Mexico.",
        "test",
    )
    major = {a.name for a in brief.actors}
    minor = {a.name for a in brief.minor_actors}
    assert "Ohio" in minor and "Ohio" not in major
    assert "Mexico" in major


def test_a_court_or_league_named_only_as_a_forum_or_modifier_is_a_setting():
    brief = make_brief(
        "Neighbours go to law over boundary hedge\n\n"
        "Neighbours of Dale Okonedo said they would file a claim in the Appeals Court this spring. "
        "Dale Okonedo, a former Appeals Court usher, said he would fight the claim. "
        "Trellford Rovers, the Border League club Okonedo backs, said it would return to the Championship. "
        "Sentencing a fraudster at Marrowby Crown Court yesterday, Judge Ada Fenn said the Marrowby Crown Court "
        "had heard enough. Dale Okonedo said the court was fair.",
        "test",
    )
    major = {a.name for a in brief.actors}
    assert not {"Appeals Court", "Border League"} & major
    assert {"Dale Okonedo", "Marrowby Crown Court"} <= major  # where the story's hearing was held


def test_a_town_read_as_a_body_that_never_acts_is_a_setting():
    brief = make_brief(
        "Drugstore chain to close 30 stores\n\n"
        "Pellmarsh said it would close 30 stores, including two in Brantwick. "
        "Jo Amsel, a union steward in Brantwick, said workers were angry. "
        "Brantwick Mayor Tom Reddle warned the town would lose its only pharmacy. "
        "Pellmarsh said the closures would save $40 million.",
        "test",
    )
    major = {a.name for a in brief.actors}
    assert "Brantwick" not in major
    assert {"Pellmarsh", "Jo Amsel", "Tom Reddle"} <= major


def test_the_home_country_of_a_domestic_story_is_a_setting_nations_at_a_summit_are_parties():
    domestic = make_brief(
        "University admissions tutor suspended\n\n"
        "Stanwell University said it had suspended Dr Ewan Cole, who trained tutors all over Britain. "
        "Dr Ewan Cole said he would fight the decision. Stanwell University said the inquiry would report "
        "in May, as universities across Britain watch.",
        "test",
    )
    assert "Britain" not in {a.name for a in domestic.actors}
    summit = make_brief(
        "Ministers agree debt relief deal\n\n"
        "Finance minister Ada Mwangi said the deal for Kenya, Ghana and Zambia was fair. "
        "Ada Mwangi said talks on Kenya, Ghana and Zambia would go on. The deal covers loans to Kenya.",
        "test",
    )
    assert "Kenya" in {a.name for a in summit.actors}


def test_a_state_in_the_headline_as_a_modifier_is_still_a_setting_a_headline_subject_is_not():
    modifier = make_brief(
        "Navy to shut Idaho fuel depot by 2030\n\n"
        "The Navy said it would shut the Harlow Field depot in northern Idaho by 2030. "
        "Rep. Dana Whitt said the Navy had ignored local workers. Dana Whitt said she would fight it.",
        "test",
    )
    assert "Idaho" not in {a.name for a in modifier.actors}
    subject = make_brief(
        "Ghana recall envoy Ama Dowuona over leaked cable\n\n"
        "Ama Dowuona was called home on Monday after a cable she wrote was leaked. "
        "Ama Dowuona said she was relieved.",
        "test",
    )
    assert "Ghana" in {a.name for a in subject.actors}


def test_the_articles_authors_are_not_actors_also_when_a_closing_line_names_them():
    brief = make_brief(
        "City bus drivers walk out\n\n"
        "By Nora Fell and Sam Okafor\n\n"
        "Bus drivers in Varnley walked out on Monday, union leader Jim Tate said. "
        "Jim Tate said the strike would last a week. The Varnley Transit Authority said it would talk.\n\n"
        "Nora Fell reported from Varnley and Sam Okafor from Chicago. Nora Fell can be reached by email.",
        "test",
    )
    names = {a.name for a in brief.actors}
    assert "Jim Tate" in names
    assert not {"Nora Fell", "Sam Okafor"} & names


def test_a_fund_money_is_paid_through_is_not_a_party_a_known_fund_is():
    brief = make_brief(
        "Ministers back bypass for Kelmarsh\n\n"
        "Transport minister Ada Rook said the government would pay out £200m from the Coastal Towns Fund. "
        "Ada Rook said work would start in May. Council leader Tom Bray said the bypass was overdue. "
        "Tom Bray said ministers should ask the International Monetary Fund for advice.",
        "test",
    )
    names = {a.name for a in brief.actors}
    assert "Coastal Towns Fund" not in names
    assert {"Ada Rook", "Tom Bray"} <= names


def test_a_show_or_product_named_only_as_a_modifier_is_not_a_party():
    brief = make_brief(
        "Cookery contest winner missed charity payments\n\n"
        "Palm Cove TV winner Lia Fenn failed to pay £40,000 to a shelter, the Brinley Trust said. "
        "Lia Fenn, who won the cookery show Palm Cove TV, said she would repay it. "
        "She will not appear on the Palm Cove TV tour. The Brinley Trust said it was shocked.",
        "test",
    )
    names = {a.name for a in brief.actors}
    assert "Palm Cove TV" not in names
    assert {"Lia Fenn", "Brinley Trust"} <= names


def test_a_relative_named_twice_by_a_given_name_who_never_speaks_is_background():
    brief = make_brief(
        "Family stuck in damp flat\n\n"
        "Kerry Dunne said her daughter Poppy, 3, has asthma. Housing officer Neil Bray said repairs would start. "
        "Kerry Dunne said her daughter Poppy had been in hospital twice. Neil Bray said the landlord would pay.",
        "test",
    )
    assert "Poppy" not in {a.name for a in brief.actors}
    assert {"Kerry Dunne", "Neil Bray"} <= {a.name for a in brief.actors}


def test_a_hospital_or_school_named_only_as_where_things_happen_is_a_setting():
    brief = make_brief(
        "Landlord fined over damp flats\n\n"
        "Kerry Dunne said her son had been admitted to Kell Royal Hospital three times. "
        "Housing officer Neil Bray said repairs would start outside Mossley Primary School next week. "
        "Kerry Dunne said she was relieved. Neil Bray said the landlord, Redvale Homes, would pay. "
        "Redvale Homes said it would fix every flat.",
        "test",
    )
    names = {a.name for a in brief.actors}
    assert not {"Kell Royal Hospital", "Mossley Primary School"} & names
    assert {"Kerry Dunne", "Neil Bray", "Redvale Homes"} <= names


def test_the_employer_a_quoted_speaker_is_introduced_with_speaks_through_them():
    story = (
        "Copper price slides\n\n"
        "Copper fell 4% on Monday as Varnor Mining cut its forecast, the company said. "
        "Varnor Mining said output would rise in May. Copper fell again on Tuesday. "
        "Chief executive Lars Vik said Varnor Mining would cut costs. Lars Vik said prices would recover. "
        "Stocks in Oslo fell. Traders sold shares all week. Prices slid further on Wednesday. "
        "Lars Vik said the mines would stay open. "
        '"Buyers are nervous," said Ines Marlow, a metals analyst at Tarrow Capital in Oslo. '
        "Varnor Mining said it would review its mines."
    )
    assert "Tarrow Capital" in {a.name for a in make_brief(story, "test").actors}


def test_a_party_named_once_without_a_word_of_its_own_is_background():
    brief = make_brief(
        "Senator blocks dam funding\n\n"
        "Sen. Rita Calloway said she would block the $2 billion dam bill. Rita Calloway said the bill was wasteful. "
        "Rep. Owen Marsh, who joined the Republicans in backing the dam, said he would keep fighting. "
        "Owen Marsh said the valley needed water. Rita Calloway said talks would go on.",
        "test",
    )
    names = {a.name for a in brief.actors}
    assert "Republicans" not in names
    assert {"Rita Calloway", "Owen Marsh"} <= names


def test_a_word_listed_with_a_place_is_a_place_too():
    brief = make_brief(
        "Ferry firm halts island crossings\n\n"
        "Harrowgate Ferries halted its crossings after inspectors found faults in a vessel at Quennport on Monday. "
        "The vessel runs between Quennport and Glasgow, a route used by 300 people a day. "
        "Harrowgate Ferries said it would repair the ship within a month. "
        "Inspector Dana Firth said the faults were serious.",
        "test",
    )
    major = {a.name for a in brief.actors}
    assert "Quennport" not in major
    assert "Harrowgate Ferries" in major


def test_a_region_in_the_headline_only_as_where_or_a_possessive_modifier_is_a_setting():
    where = make_brief(
        "Regulator approves £2bn grid upgrade for western Cornwall\n\n"
        "Ofgem approved a £2 billion upgrade to power lines across the west of Cornwall on Tuesday. "
        "Tessmark Grid said it would start work in spring. "
        "Tessmark Grid chief executive Ruth Avery said bills would rise by £9 a year.",
        "test",
    )
    assert "Cornwall" not in {a.name for a in where.actors}
    modifier = make_brief(
        "Judge halts Vermont city's sweep of riverside camp\n\n"
        "A federal judge on Friday blocked the city of Pellham from clearing a camp. "
        "Judge Ada Marsh said the city had not offered shelter beds. "
        "Mayor Tom Quill said the city would comply with the order.",
        "test",
    )
    assert "Vermont" not in {a.name for a in modifier.actors}


def test_a_relative_named_by_a_given_name_alone_is_minor_whatever_the_kin_word():
    brief = make_brief(
        "Care home fined over neglect\n\n"
        "Marsh Lodge care home was fined £40,000 on Tuesday, the Care Quality Commission said. "
        "Diane Rowley, whose dad Cyril, 88, lives at the home, said: 'I complained three times.' "
        "The commission said the home had failed residents. Marsh Lodge said it would improve.",
        "t",
    )
    assert "Cyril" not in [a.name for a in brief.actors]
    assert "Diane Rowley" in [a.name for a in brief.actors]


def test_a_body_whose_spokesman_speaks_acts_through_him():
    brief = make_brief(
        "Asked about the delay, Transport Secretary Hana Colby said the new line would open soon.\n\n"
        "Passengers on the Dunvale line have waited four years. A replacement bus runs every hour.\n\n"
        'Critics include campaign group Track Forward, whose spokesman Ivo Penrith said the delay was "a scandal".',
        "t",
    )
    assert "Track Forward" in [a.name for a in brief.actors]


def test_the_body_a_speaker_works_for_matters_also_after_its_kind():
    brief = make_brief(
        "Car ban for Kelby centre\n\nKelby council will ban most cars from the city centre from 2027, leaders said. "
        "The council leader, Jo Roe, said the plan would be reviewed after a year. "
        + " ".join(f"The plan changes street number {n} near the market." for n in range(20))
        + '\n\nDr Ann Vey, co-ordinator of the campaign group Clean Air Kelby, said: "This is a brave plan for a '
        'small city."\n\nTraders will meet on Friday.',
        "t",
    )
    assert "Clean Air Kelby" in [a.name for a in brief.actors]
