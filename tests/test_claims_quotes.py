from briefcli.brief import make_brief
from briefcli.extract import claims, quotes
from briefcli.rank import rank_and_score
from helpers import analyse


def test_claims_are_attributed_ranked_and_put_commitments_last():
    article, sentences, index, who = analyse(
        "Tax on sugary drinks rises\n\nJane Doe of the Health Trust said the sugar tax on drinks cut obesity. "
        "The sugar tax on drinks will rise by 5% next year. Drinks makers said the tax hurt jobs. It rained."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude={1}, limit=2)
    assert [c.sentence for c in found] == [0, 2]  # the commitment yields to every assertion
    found = claims.extract(sentences, scores, who, index, exclude={1}, limit=6)
    assert [c.sentence for c in found] == [0, 2, 1]  # ... but fills a place no assertion takes
    assert 3 not in [c.sentence for c in found]  # too short to be a claim
    by_sentence = {c.sentence: c.who for c in found}
    assert by_sentence[0] == "Jane Doe"
    assert by_sentence[2] == "article"  # "Drinks makers" is not a named actor
    assert len(claims.extract(sentences, scores, who, index, exclude=set(), limit=1)) == 1


def test_quotes_straight_curly_and_across_sentences():
    article, sentences, _index, who = analyse(
        'Jane Doe said: "We will win this. And we will win it soon." Later John Roe said “Never, ever again '
        'will this happen here” to reporters. He said "ok".'
    )
    found = quotes.extract(article.text, sentences, who)
    assert [q.text for q in found] == [
        "We will win this. And we will win it soon.",
        "Never, ever again will this happen here",
    ]
    assert [q.speaker for q in found] == ["Jane Doe", "John Roe"]
    for q in found:
        assert q.text in article.text


def test_quotes_in_single_marks_as_british_papers_print_them():
    article, sentences, _index, who = analyse(
        "Pool saved\n\n‘We won’t close the pool this year. The town needs it,’ said Jo Lee.\n\n"
        "Sam Hart said: 'It was the mothers who saved it, nobody else.' One could be \" very important to the town\"."
    )
    found = quotes.extract(article.text, sentences, who)
    assert [q.text for q in found] == [
        "We won’t close the pool this year. The town needs it,",
        "It was the mothers who saved it, nobody else.",
        "very important to the town",
    ]
    assert [q.speaker for q in found][:2] == ["Jo Lee", "Sam Hart"]


def test_claims_skip_repeats_and_rank_requests_below_assertions():
    article, sentences, index, who = analyse(
        "Profits jump at Acme\n\nAcme Corp said profits rose 76% to $1.13bn in the quarter. "
        "Acme Corp said profits rose 76% in the quarter to $1.13bn, it added. "
        "Jane Doe urged Acme Corp to cut prices in the quarter. "
        "Jane Doe said Acme Corp cut prices in the quarter."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    chosen = [c.sentence for c in claims.extract(sentences, scores, who, index, exclude=set(), limit=3)]
    assert chosen[0] in (0, 1) and not {0, 1} <= set(chosen)  # the repeat is passed over
    assert chosen.index(3) < chosen.index(2) if 2 in chosen else 3 in chosen  # a request counts less


def test_claim_source_is_the_speaker_never_a_place_or_platform_named():
    *_, who = analyse(
        "Writing on Twitter, the mayor Ana Kowal said the tram line was late. "
        "In London, officials said the budget had doubled. "
        "Outside Downing Street, Kowal said the plan was a failure. "
        "Fares rose in Norway, Sweden and Denmark, analysts said."
    )
    assert who == ["Ana Kowal", None, "Ana Kowal", None]


def test_claims_in_the_summary_are_marked_not_repeated():
    from briefcli.brief import make_brief
    from briefcli.render import markdown, text

    brief = make_brief(
        "Port deal agreed\n\nThe port authority said cargo volumes rose 12% last year. "
        "Dock workers said the new cranes were unsafe. The weather was mild for the season. "
        "Shipping firms said fees had doubled since 2020. Local shops were busy on Friday.",
        "t",
    )
    marked = [c for c in brief.claims if c.in_summary]
    assert marked and all(c.sentence in {s.sentence for s in brief.summary} for c in marked)
    for rendered in (text.render(brief), markdown.render(brief)):
        for claim in marked:
            assert rendered.count(claim.text) == 1
            assert "key claim" in rendered


def _claimed(text: str, limit: int) -> list[int]:
    """Sentence indices of the claims ``limit`` picks from an invented article."""
    article, sentences, index, who = analyse(text)
    _, scores = rank_and_score(sentences, article.title, 0)
    return [c.sentence for c in claims.extract(sentences, scores, who, index, exclude=set(), limit=limit)]


def test_the_lead_is_a_key_claim_even_unattributed():
    chosen = _claimed(
        "Bridge closed\n\nThe city council has closed the old river bridge after engineers found cracks. "
        "Traffic on the ring road was heavy in the morning and the buses were late. "
        "The ring road traffic was heavy again in the evening, with buses late and queues long. "
        "The buses on the ring road were late all day as the traffic stayed heavy.",
        2,
    )
    assert 0 in chosen


def test_reported_speech_counts_even_from_an_unnamed_source():
    article, sentences, index, who = analyse(
        "Fares rise\n\nRail fares will rise by 5% in March across the region. "
        "The rise will push commuters on the coast line back into their cars. "
        "Passenger groups warned the rise would push commuters on the valley line back into their cars."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    assert who[2] is None  # no named source, yet an assertion on someone's word
    assert [c.sentence for c in claims.extract(sentences, scores, who, index, exclude={0}, limit=1)] == [2]


def test_being_in_quotation_marks_earns_a_sentence_nothing():
    chosen = _claimed(
        "Mill reopens\n\nThe old textile mill in the valley reopens this week as a museum of local industry. "
        "Jane Doe, who runs the museum trust, said visitor numbers at the mill had doubled since the spring. "
        '"It was a lovely sunny day and the children loved the looms and the old mill," she said. '
        "The trust said the mill museum's grant from the lottery covered its costs until next year.",
        3,
    )
    assert chosen.index(3) < chosen.index(2) if 2 in chosen else 3 in chosen


def test_claims_cover_the_articles_voices_but_an_interview_keeps_its_one_voice():
    debate = (
        "Airport expansion row\n\nJane Doe said the airport expansion would create 5,000 jobs in the region. "
        "Jane Doe said the airport expansion would bring new flights to the region. "
        "Jane Doe said the airport expansion had the support of local businesses. "
        "John Roe said the noise from the new runway would harm families living nearby. "
        "John Roe said the council had not consulted the villages under the flight path."
    )
    article, sentences, index, who = analyse(debate)
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude=set(), limit=3)
    assert {c.who for c in found} == {"Jane Doe", "John Roe"}
    interview = debate.replace("John Roe", "Jane Doe")
    article, sentences, index, who = analyse(interview)
    _, scores = rank_and_score(sentences, article.title, 0)
    assert {c.who for c in claims.extract(sentences, scores, who, index, exclude=set(), limit=3)} == {"Jane Doe"}


def test_the_sentence_introducing_a_voice_outranks_the_quotes_that_follow_it():
    article, sentences, index, who = analyse(
        "Library to close\n\nThe county council will close the town library in June to save money. "
        "Maria Santos, who chairs the Friends of the Library group, said the closure would leave pupils without a "
        "place to study. "
        '"Pupils come here every day after school, and the council knows they have nowhere else to study," she said. '
        "Paul Okafor, a councillor, said the savings from the closure were needed to keep bus routes running."
    )
    assert who[1:] == ["Maria Santos", "Maria Santos", "Paul Okafor"]
    _, scores = rank_and_score(sentences, article.title, 0)
    assert scores[2] > scores[3]  # the quote alone would rank above the second voice
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=2)
    assert [c.sentence for c in found] == [1, 3]  # each voice where the article introduces it


def test_an_assertion_with_hard_figures_outranks_a_vaguer_one_before_it():
    chosen = _claimed(
        "Factory closes\n\nThe Millbrook biscuit factory will close in the spring, its owner announced. "
        "The closure follows years of falling biscuit sales across the country and rising costs at the old factory. "
        "About 450 jobs will go when the factory shuts, and the site has lost £12m since 2019. "
        "Workers at the factory heard the news from managers on the morning shift.",
        2,
    )
    assert chosen == [0, 2]  # the jobs and the losses, not the general background


def test_a_bare_quote_keeps_its_source_but_earns_no_bonus_for_it():
    article, sentences, index, who = analyse(
        "Bakery fire\n\nA fire destroyed the Millbrook bakery on Sunday night, the fire service said. "
        "The owner, Ruth Calloway, said the family had run the bakery for ninety years. "
        '"We have lost the bakery, and we do not know what we will do now." '
        "The fire started in an old oven at the back of the bakery and spread to two shops next door."
    )
    assert who[2] == "Ruth Calloway"  # the quote goes on with her words ...
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude=set(), limit=3)
    assert [c.sentence for c in found] == [1, 0, 3]  # ... but the sentence reporting her speech speaks for her


def test_a_voice_is_introduced_by_its_reported_speech_even_before_a_more_central_quote():
    article, sentences, index, who = analyse(
        "Library to close\n\nThe county council will close the town library in June to save money. "
        "Maria Santos, who chairs a parents' group, said pupils would lose a quiet place to study. "
        '"Pupils study at the library after school, and the closure leaves them with nowhere to go," she said. '
        "Paul Okafor, a councillor, said the savings were needed to keep bus routes running."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    assert scores[2] > scores[1]  # the quote shares more of the article's words
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=1)
    assert [c.sentence for c in found] == [1]


def test_display_lines_without_a_full_stop_are_no_claims_and_the_lead_comes_after_them():
    article, sentences, index, who = analyse(
        "Ferry firm collapses owing millions as island crossings are cancelled\n\n"
        "Bluewater Ferries has gone bust owing £4million after a year of losses\n"
        "All twelve crossings were cancelled without warning, leaving crews out of work\n\n"
        "Bluewater Ferries collapsed on Monday owing £4 million, cancelling all 12 of its island crossings. "
        "The weather on the coast was calm and the harbour was quiet on Tuesday morning. "
        "Passengers waited at the harbour for news while the cafe stayed open late. "
        "The administrators, Grey Lane Partners, said the firm had run out of cash in the spring."
    )
    assert [s.index for s in sentences if not s.text.endswith(".")] == [0, 1]  # the bullet summary
    _, scores = rank_and_score(sentences, article.title, 0)
    chosen = [c.sentence for c in claims.extract(sentences, scores, who, index, exclude=set(), limit=2)]
    assert sorted(chosen) == [2, 5]  # the body's lead and its sourced assertion, not the bullets
    everything = [c.sentence for c in claims.extract(sentences, scores, who, index, exclude=set(), limit=6)]
    assert set(everything[-2:]) == {0, 1}  # display copy only fills places nothing else takes


def test_a_finding_outranks_an_assertion_without_one():
    chosen = _claimed(
        "Clinic waiting times\n\nThe Redford walk-in clinic will open on Saturdays from next month. "
        "Patients at the walk-in clinic in Redford queue in the waiting room on weekday mornings. "
        "An audit of the walk-in clinic in Redford found that patients waited in the queue on weekday mornings. "
        "Patients at the walk-in clinic in Redford bring books for the queue on weekday mornings.",
        1,
    )
    assert chosen == [2]  # what the audit found, not the plain assertion before it


def test_a_hypothetical_counts_less_than_an_assertion_of_fact():
    article, sentences, index, who = analyse(
        "Paper mill under threat\n\nThe Dunmore paper mill has lost its biggest customer, its owners said on Monday. "
        "If the mill closes, the town will lose 300 jobs at the mill, Ann Kerr of the union said. "
        "Tom Reid, the manager, said the mill lost orders from its buyers in the town last year. "
        "The mill opened in 1921 on the banks of the river."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=1)
    assert [c.sentence for c in found] == [2]  # the manager's assertion of fact, not the union's hypothetical


def test_speech_reported_by_a_participle_counts_as_reported_speech():
    article, sentences, index, who = analyse(
        "Drug price row\n\nThe price of the heart drug Velocor rose sixfold this year. "
        "Patients in the valley towns have struggled to pay for the heart drug since the spring. "
        "The maker's chief executive, Odile Marchand, defended the rise to investors, "
        "saying the price paid for research."
    )
    assert who[2] == "Odile Marchand"
    _, scores = rank_and_score(sentences, article.title, 0)
    assert [c.sentence for c in claims.extract(sentences, scores, who, index, exclude={0}, limit=1)] == [2]


def test_a_quote_of_several_sentences_is_one_claim_listed_where_it_opens():
    article, sentences, index, who = analyse(
        "Bridge reopens\n\nThe Tollmere river bridge reopened to traffic on Monday after a year of repairs. "
        '"The bridge is safe for every lorry that uses this road today. '
        'Each of its beams was checked by hand last month," said county engineer Priya Okafor.'
    )
    assert who[1:] == ["Priya Okafor", "Priya Okafor"]
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude=set(), limit=3)
    assert sorted((c.sentence, c.who) for c in found) == [(0, "article"), (1, "Priya Okafor")]  # once, where it opens


def test_a_sources_report_of_its_own_plan_comes_after_assertions_like_a_commitment():
    text = (
        "Dock strike looms\n\nDock workers at Harbourside walked out for a day on Friday over pay at the port. "
        "Jo Marsh, the dockers' leader, said the union would ballot its members on a longer strike at the port. "
        "Ola Brandt, the port's director, said pay at the port had risen faster than in any other port. "
        "The port handles grain and timber from the Baltic and employs dock workers from the town."
    )
    assert sorted(_claimed(text, 2)) == [0, 2]  # the director's assertion, not the union's plan
    assert _claimed(text, 4)[-1] == 1  # the plan fills the place no assertion takes


def test_a_source_named_at_the_start_of_a_sentence_speaks_even_unknown_to_the_actor_index():
    article, sentences, index, _ = analyse(
        "Rail fares\n\nRail fares on the coast line rose by a tenth in January. "
        "Trains on the coast line were crowded and often late during the winter months. "
        "The Coast Line Passengers Forum, a campaign group, said fares had risen faster than wages."
    )
    who = [None] * len(sentences)  # as if the actor index had missed the forum
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=1)
    assert [(c.sentence, c.who) for c in found] == [(2, "Coast Line Passengers Forum")]


def test_a_source_named_with_a_title_is_named_without_it():
    assert claims._untitled("Partner Jo Lee") == "Jo Lee"
    assert claims._untitled("Coast Line Passengers Forum") == "Coast Line Passengers Forum"
    assert claims._untitled("Mayor Lee") == "Mayor Lee"  # a title and one word: keep the title


def test_show_is_a_finding_only_as_a_verb():
    assert claims._FINDING.search("Figures obtained by campaigners show the fines doubled.")
    assert not claims._FINDING.search("The show, which toured the country, sold out.")
    assert not claims._FINDING.search("She found out from a text message.")


def test_a_source_that_says_nothing_makes_no_claim():
    text = (
        "Harlow Foods will shut its bakery in Pellbridge with the loss of 240 jobs. "
        "A spokesperson for the Food Standards Agency said it was in close contact with the company. "
        "The GMB union said the closure was a betrayal of workers who had stayed through the pandemic. "
        "Ministers declined to comment on the closure when asked by reporters on Tuesday evening."
    )
    assert sorted(_claimed(text, 2)) == [0, 2]


def test_a_speaker_described_at_length_before_the_verb_still_speaks():
    *_, who = analyse(
        "Ferry row\n\nThe island ferry will run twice a day from May. "
        "Tomasz Wielgus, who skippers a trawler out of Porthkell and chairs the south-west branch of the "
        "Inshore Fishermen's Federation, said the new timetable ignored the fishing fleet. "
        "Harrowgate Shipping, which is owned by the Jersey-based private investment firm Calder Ridge Partners, "
        "has blamed the weather for the cancelled sailings."
    )
    assert who[1:] == ["Tomasz Wielgus", "Harrowgate Shipping"]


def test_a_body_named_again_by_the_noun_its_name_ends_with_speaks():
    *_, who = analyse(
        "Flood warning\n\nThe Marsh Valley Drainage Board has closed the river path after the storm. "
        "The board said the river would stay high until Friday. "
        "The company said the estate's drains had been checked."
    )
    assert who[1:] == ["Marsh Valley Drainage Board", None]  # no body's name ends with "company"


def test_a_source_introduced_by_its_finding_is_introduced_there_not_where_it_speaks_next():
    article, sentences, index, who = analyse(
        "Bridge costs\n\nThe county will replace the Harlow river bridge next spring. "
        "The Westmarch Audit Office estimated that the bridge would cost twice the county's figure. "
        "The Westmarch Audit Office also warned that the county could not replace the Harlow river bridge "
        "next spring."
    )
    assert who[1:] == ["Westmarch Audit Office", "Westmarch Audit Office"]
    _, scores = rank_and_score(sentences, article.title, 0)
    assert scores[2] > scores[1]  # the warning shares more of the article's words
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=1)
    assert [c.sentence for c in found] == [1]


def test_a_fact_taken_from_a_record_or_a_forecast_is_a_finding():
    for sentence in (
        "Thefts from vans rose 40% last year, according to figures from the Home Office.",
        "Records obtained by the Courier show the council paid the firm twice.",
        "According to documents filed in court, the firm paid the council twice.",
        "Figures seen by the Courier put the cost at £2m.",
        "Analysts at Penrose Partners predicted that three more mills would close.",
        "The agency's projections suggest that rents will rise again next year.",
    ):
        assert claims._FINDING.search(sentence), sentence
    assert not claims._FINDING.search("The payment records were lost in the move, according to Jo Lee.")
    chosen = _claimed(
        "Canal repairs\n\nBoats on the Elsworth canal queued at the locks on the hot weekend. "
        "Boats on the Elsworth canal waited at the locks for hours in the weekend heat. "
        "Lock failures on the Elsworth canal doubled last year, according to data from the waterways trust. "
        "Boats on the Elsworth canal queued again at the locks on Monday in the heat.",
        1,
    )
    assert chosen == [2]  # the fact from the record outranks the pictures of queues, the lead's too


def test_no_one_asserts_a_sentence_whose_verb_of_speech_is_passive_or_an_aside():
    *_, who = analyse(
        "Mould in flats\n\nTenants at Corlett House say their flats are full of mould. "
        "Her daughter Maisie, three, has been admitted to Westbury Royal Infirmary twice since June. "
        "Corlett Homes has been fined £2m, in what the Housing Ombudsman called a failure of basic care. "
        "According to Corlett Homes data seen by the paper, 40% of its flats have damp."
    )
    assert who[1:] == [None, None, None]  # the article's own facts


def test_a_verb_of_speech_in_the_passive_reports_no_ones_assertion():
    assert not claims._speech("The ferry's skipper is said to be furious about the closure.")
    assert not claims._speech("The councillor was accused of hiding the report.")
    assert claims._speech("The ferry's skipper said he was furious about the closure.")
    assert claims._speech("The councillor accused the mayor of hiding the report.")


def test_calling_something_what_it_is_is_a_judgment_and_calling_on_someone_is_not():
    assert claims._speech("Board chair Ada Pell called the project the largest investment in the county.")
    assert not claims._speech("Board chair Ada Pell called on the council to act before the vote.")
    assert not claims._speech("Board chair Ada Pell called for an inquiry into the deal.")


def test_a_participle_of_accusation_or_judgment_after_a_comma_reports_speech():
    assert claims._speech("Kelby Rovers lodged a complaint with the league, accusing Dunmore of an illegal approach.")
    assert claims._speech("The union rejected the offer, calling it an insult to staff.")
    assert not claims._speech("The union rejected the offer, calling on members to stay calm.")


def test_a_member_of_the_public_met_in_passing_yields_to_the_storys_figures(monkeypatch):
    _, sentences, index, who = analyse(
        "Ferry cut\n\nThe Quarrow ferry will stop running on Sundays from May. "
        "Harbour board chair Ingrid Valstad said the service lost money on every Sunday crossing. "
        "Commuter Bryn Ostrander, 44, said he would have to leave home an hour earlier."
    )
    assert who[1:] == ["Ingrid Valstad", "Bryn Ostrander"]
    scored = {c[1]: c[0] for c in claims.scored(sentences, [1.0, 1.0, 1.0], who, index)}
    monkeypatch.setattr(claims, "LAY_PENALTY", 0.0)
    unpenalised = {c[1]: c[0] for c in claims.scored(sentences, [1.0, 1.0, 1.0], who, index)}
    assert unpenalised[1] == scored[1] and unpenalised[2] - scored[2] > 0.3


def test_what_makes_a_source_lay_is_said_where_they_are_named_not_in_their_words():
    _, sentences, index, who = analyse(
        "Bus cuts\n\nMayor Odile Franceschi said residents and commuters would pay more. "
        "Resident Tove Lindahl said the cuts were cruel."
    )
    assert not claims._lay(sentences[0].text, who[0], index, sentences[0])
    assert claims._lay(sentences[1].text, who[1], index, sentences[1])


def test_a_source_named_throughout_the_story_outweighs_a_passing_voice(monkeypatch):
    _, sentences, index, who = analyse(
        "Tram fares\n\nTram fares in Veldhaven will double in June. "
        "Transit chief Marisol Okonkwo said the network lost money on every line. "
        "Okonkwo took over the network last year. Okonkwo cut two lines in March. "
        "Okonkwo wants new trams by 2030. Okonkwo met the drivers on Friday. "
        "Economist Piet Hallgren said fares in other cities had risen less. "
        "Okonkwo said the rise would pay for new trams on the coast line."
    )
    assert who[1] == "Marisol Okonkwo" and who[6] == "Piet Hallgren"
    flat = [1.0] * len(sentences)
    scored = {c[1]: c[0] for c in claims.scored(sentences, flat, who, index)}
    monkeypatch.setattr(claims, "PROMINENCE_BONUS", 0.0)
    plain = {c[1]: c[0] for c in claims.scored(sentences, flat, who, index)}
    assert scored[1] - plain[1] > 2 * (scored[6] - plain[6]) > 0  # the main actor gains more than the passing voice


def test_the_lead_in_the_articles_own_voice_is_a_claim_even_when_it_states_a_plan():
    text = (
        "Library to close\n\nThe Brackwater town library is to close its doors for good in March, ending "
        "a service that has lent books to the town since 1904. "
        "The branch on the square was busy on most afternoons with readers and children. "
        "Its reading room was painted blue in the spring and has a new carpet. "
        "The council's finance chief, Ravi Castellan, said the branch cost £400,000 a year to run."
    )
    article, sentences, index, who = analyse(text)
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=3)
    assert 0 in [c.sentence for c in found]  # the news itself, though the commitments list it too
    attributed = text.replace(
        "The Brackwater town library is to close", "Mayor Ottilie Brandvold said the town library would close"
    )
    article, sentences, index, who = analyse(attributed)
    _, scores = rank_and_score(sentences, article.title, 0)
    assert who[0] == "Ottilie Brandvold"
    found = claims.extract(sentences, scores, who, index, exclude={0}, limit=3)
    assert 0 not in [c.sentence for c in found]  # a source's plan stays with the commitments


def test_a_body_opening_the_sentence_is_the_source_past_an_aside_with_a_figure():
    article, sentences, index, who = analyse(
        "Drivers will pay £8 a day to enter the centre. The Kelby Traders Association, which represents about "
        "1,400 firms, said the charge would drive shoppers to out-of-town retail parks."
    )
    _, scores = rank_and_score(sentences, article.title, 0)
    found = claims.extract(sentences, scores, who, index, exclude=set(), limit=6)
    assert {c.sentence: c.who for c in found}[1] == "Kelby Traders Association"


def test_a_body_named_after_behind_or_beneath_is_where_not_who():
    *_, who = analyse(
        "Marlow Town lost 2-0 to Kelby Rovers on Saturday. "
        "The win moves Ashby up to fourth in the table, two points behind Marlow Town. "
        "Two underpasses beneath Kelby Road will be finished by March, officials said."
    )
    assert who[1:] == [None, None]


def test_a_long_assertion_with_its_setting_outranks_a_short_one_of_equal_weight():
    _, sentences, index, who = analyse(
        "Pool closes\n\nThe Marlowe Street pool will close in April. "
        "Treasurer Idris Pellow said it was a very sad day. "
        "Councillor Rhian Totterdell said the pool had lost money on every swim for six years because the "
        "boiler, the roof and the filters were older than the town's newest school."
    )
    assert who[1:] == ["Idris Pellow", "Rhian Totterdell"]
    scored = {c[1]: c[0] for c in claims.scored(sentences, [1.0, 1.0, 1.0], who, index)}
    assert scored[2] > scored[1]


def test_a_sentence_others_report_about_a_person_in_apposition_is_not_that_persons_claim():
    text = (
        "Man charged in road rage shooting\n\n"
        "The victim, 42-year-old Ada Vey, was shot while stopped at a red light shortly after 7 p.m. on May 6, "
        "investigators said.\n\n"
        "Mia Roe, a spokeswoman for Kelby Police, later said no one else had been hurt."
    )
    _, _, _, who = analyse(text)
    assert who[0] is None
    assert who[1] == "Mia Roe"


def test_a_person_of_a_body_described_in_lower_case_speaks_not_the_body():
    text = (
        "Kelby tenants win\n\n"
        "The tenants' attorney, Ada Vey of the nonprofit Kelby Tenant Justice Project, called the decision \"a "
        'message to every landlord".'
    )
    _, _, _, who = analyse(text)
    assert who[0] == "Ada Vey"


def test_the_writers_own_hedge_with_to_say_is_the_articles_claim():
    brief = make_brief(
        "Bin fines\n\nWell, it's fair to say Danny Roe isn't the only one who was left scratching his head over "
        "the fines. Needless to say Danny Roe was furious about the £400 penalty from the council.",
        "story.txt",
    )
    assert {c.who for c in brief.claims} == {"article"}


def test_a_description_a_tabloid_shouts_is_no_claims_source():
    brief = make_brief(
        "Cat lost at kennels\n\nA MUM-of-three has told of her family's shock after their cat went missing from a "
        "boarding cattery.\n\nAnn Cole, 39, said the cat was calm when she left him there.\n",
        "t",
    )
    whos = {c.text[:14]: c.who for c in brief.claims}
    assert whos["A MUM-of-three"] == "article"
