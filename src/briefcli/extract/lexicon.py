"""Small word lists brief ships instead of downloaded models.

Kept in one place so that every extractor reads the same vocabulary.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Baroness Baron Rev Rev. Revd Reverend"
    " Rt Rt. Hon Hon."  # "the Rt Rev Jo Lee", "the Rt Hon Jo Lee"
    " Ir Ir."  # an engineer's, in Malaysia, Indonesia and the Netherlands: "Ir. Dr Lim Kok Seng"
    " Alhaji Alhaja Hajia"  # a pilgrim's, in West Africa: "Alhaji Musiliu Oyekanmi"
)
# Honorifics that stay part of a name ("Sir Digby Jones", "Alhaji Musa Olatunji").
STYLES = _words("Sir Dame Lord Lady Baroness Baron Alhaji Alhaja Hajia")
GENERATIONS = _words("Jr Jr. Sr Sr. II III IV")  # after a name: "Robert Lee Jr", "Henry Ford III"
# Letters after a name, which the surname alone and the name without them stand for as well:
# a generation, silk ("Jo Lee KC") or an honour ("Jo Lee OBE").
NAME_SUFFIXES = GENERATIONS | _words("KC QC SC OBE MBE CBE KBE DBE")

# Words that make up a title or role ("Trade and Industry Secretary", "Secretary General").
TITLE_WORDS = _words(
    """
    President Vice Prime Minister Ministers Secretary Secretary-General General Chancellor
    Chairman Chairwoman Chair Chairperson Chief Executive Officer CEO CFO COO Director Governor
    Senator Sen. Senators Mayor Spokesman Spokeswoman Spokesperson Ambassador Commissioner King
    Queen Prince Princess Pope Judge Justice Leader Head Manager Coach Captain Founder Deputy
    Shadow Foreign Home Defence Defense Trade Industry Health Education Finance Treasury
    Attorney Representative Rep. Gen. Colonel Col. Admiral Adm. Commander Lieutenant Lt. Sergeant
    Auditor
    Major Marshal Professor Economist Analyst Editor Correspondent Envoy Speaker Whip Premier
    Chancellor's Emir Sheikh Cardinal Bishop Archbishop Inspector Superintendent Detective
    Constable Sheriff Councillor Cllr Councilman Congressman Congresswoman MP MEP Culture Media Sport
    Environment Transport Work Pensions Business Energy Interior Economy Economic Affairs Justice
    State Family Women Equality Communities Security Intelligence Development Science Technology
    Agriculture Labor Labour Commerce Affairs Northern Ireland Scotland Wales Office Exchequer
    Cabinet Lord President-elect Managing Partner Analyst Strategist Officer Secretary-general Administrator
    Former Acting Interim Outgoing Incoming Presiding Councilmember Councilwoman Alderman Alderwoman Assemblyman
    Assemblywoman Assemblymember Selectman Supervisor Delegate Majority Minority Counsel
    Archdeacon Vicar Rabbi Imam Pastor Chaplain Fr
    Corporal Lance Brigadier Bombardier Sister Matron Assistant Associate Junior
    MSP MLA MPP MCA MEC TD
    Collector Magistrate Clerk Prosecutor
    Provost Headteacher Headmaster Headmistress
    """
)
# Pronouns and determiners a tabloid shouts at its reader ("is YOUR branch on the list?"), which no body's
# initials spell ("US" and "IT" may be initials).
SHOUTED_PRONOUNS = _words("YOU YOUR YOURS OUR OURS THEIR THEY THIS THAT THESE THOSE HIS HER HERS WE MY")
# Titles whose holder's portfolio follows "for" ("Minister for Transport", "MEC for Sport, Arts and Culture"), or
# "of" when its fields are listed with commas ("Minister of Housing, Water and Sanitation").
PORTFOLIO_HEADS = frozenset(
    ["Minister", "Secretary", "State", "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman", "MEC", "Delegate"]
)
# Abbreviated titles, written with a full stop ("Gov. Gretchen Whitmer", "Sen. Marco Rubio").
TITLES_WRITTEN_OUT = {
    "Gov": "Governor",
    "Sen": "Senator",
    "Sens": "Senators",
    "Rep": "Representative",
    "Reps": "Representatives",
    "Gen": "General",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Capt": "Captain",
    "Sgt": "Sergeant",
    "Adm": "Admiral",
    "Cmdr": "Commander",
    "Maj": "Major",
    "Pres": "President",
    "Amb": "Ambassador",
    "Supt": "Superintendent",
    "Insp": "Inspector",
    "Det": "Detective",
    "Cllr": "Councillor",
    "Ald": "Alderman",  # (Chicago's city council: "Ald. Jo Roe, 14th,")
    "Cr": "Councillor",  # (Australia and New Zealand: "Cr Kettle said")
    "DPP": "DPP",  # (a prosecutor: Singapore's deputy public prosecutor, Britain's director of public prosecutions)
}
ABBREVIATED_TITLES = frozenset(TITLES_WRITTEN_OUT)
# A deputy's or a sharer's post in one hyphenated word, with its head in either case: "Vice-chancellor Jo Roe",
# "Co-founder Ana Ruiz", "Pro-Vice-Chancellor".
HYPHENATED_TITLES = frozenset(
    f"{prefix}-{head}"
    for prefix, heads in (
        ("Vice", ("President", "Chancellor", "Chair", "Chairman", "Chairwoman", "Principal", "Admiral", "Captain")),
        ("Pro-Vice", ("Chancellor",)),
        ("Co", ("Founder", "Chair", "Chairman", "Chairwoman", "Director", "Leader")),
    )
    for title in heads
    for head in (title, title.lower())
)
TITLE_WORDS = TITLE_WORDS | ABBREVIATED_TITLES | HYPHENATED_TITLES
# A title needs one of these "head" words; the others only modify one.
TITLE_HEADS = (
    _words(
        """
    President Minister Secretary Secretary-General Chancellor Chairman Chairwoman Chair Chairperson
    Chief Executive CEO CFO COO Director Governor Senator Mayor Spokesman Spokeswoman Spokesperson
    Ambassador Commissioner King Queen Prince Princess Pope Judge Leader Head Manager Coach Captain
    Founder Colonel Admiral Commander Lieutenant Sergeant Marshal Professor Economist Analyst Editor
    Correspondent Envoy Speaker Premier Emir Sheikh Cardinal Bishop Archbishop Inspector Detective
    Congressman Congresswoman MP MEP General Gen. Sen. Rep. Representative Officer Strategist
    Administrator Superintendent Councillor Cllr Councilman Councilmember Councilwoman Alderman Alderwoman
    Assemblyman Assemblywoman Assemblymember Selectman Supervisor Delegate Partner
    Constable Sheriff Headteacher Headmaster Headmistress Provost Treasurer Attorney Counsel Auditor
    Archdeacon Vicar Rabbi Imam Pastor Chaplain Fr
    Corporal Brigadier Bombardier Sister Matron
    MSP MLA MPP MCA MEC TD
    Collector Magistrate Clerk Member Deputy Prosecutor
    """
    )
    | ABBREVIATED_TITLES
    | HYPHENATED_TITLES
)
# Title words that are common surnames too: after a given name, the person's surname ("Stephen King").
TITLE_SURNAMES = _words("King Bishop Sheikh Judge Major Prince Pope Chancellor Cardinal Sheriff Marshal Provost")
# Lower-case role nouns used in apposition ("Sandra Gidley, spokeswoman for women").
ROLE_NOUNS = frozenset(w.lower() for w in TITLE_HEADS) | _words(
    "spokesman spokeswoman spokesperson boss chief head dean"  # (a cathedral's head, in lower case)
)

# The role nouns as a regex alternation (words only: "gen." is an abbreviation, no post written out).
ROLE_NOUN_PATTERN = "|".join(sorted(w for w in ROLE_NOUNS if w.isalpha()))

ORG_WORDS = _words(
    """
    Council Party Ministry Department Bank Inc Inc. Corp Corp. Corporation Ltd Ltd. plc PLC LLC Group
    Union Association Committee Commission Agency Authority University College Institute Foundation
    Fund Organisation Organization Alliance Parliament Congress Senate Court Office Service Services
    Company Co Co. Holdings Airlines Airways Motors Federation League Club Board Trust Society
    Panel Network Systems Technologies Labs Media News Times Post Army Navy Forces Force Police
    Government Cabinet Assembly Conference Forum Exchange Reserve Treasury Bureau Directorate
    Secretariat Tribunal Coalition Movement Front Brigade Brigades Guard Guards Command
    Industries International Partners Capital Records Studios Pictures Entertainment Energy Renewables Taverns
    Petroleum Oil Telecom Communications Broadcasting Channel Radio Television TV Magazine
    Journal Herald Telegraph Guardian Gazette Tribune Express Mail Review Institute Academy School
    Hospital Chamber Chambers Council's Bros Brothers Inquiry Commons Lords Executive Administration
    Museum Gallery Library Theatre Theater Playhouse Hippodrome Orchestra Opera Ballet Zoo Sanctuary Archives
    Regulator Watchdog Watch Ofcom Ofgem Schools Church Power Solicitors Securities Advisory Associates Caucus
    Consulting Consultants Accountants Investments Therapeutics Pharmaceuticals Logistics
    Cooperative Co-operative Productions Project Hospice Health Healthcare Ministries Restructuring
    Brotherhood Sisterhood Fraternity Confederation
    Forensics Analytics Insurance Ferries Utilities Brewery Breweries Clinic Clinics Constabulary Shipping Housing
    Residential Lettings Properties Developments
    Railway Railways Airport Diocese Archdiocese Branch Buses Coaches Books Foods Homes Dynamics
    Distillery Distilleries Distillers Winery Creamery Municipality Municipalities
    Universiti Universitas Universidad Universidade Université Universität Università Universiteit Universitet
    Banco Banque Unión Groupement Société Sociedad Sociedade Asociación Associação Federación Fédération
    Confederación Cooperativa Coopérative Instituto Institut Ministerio Ministère Ministério Secretaría
    Comisión Consejo Conseil Conselho Comité Agence Agencia Fundación Fondation Fundação Compañía
    Companhia Compagnie Partido Syndicat Sindicato Gobierno Gouvernement Governo Municipalidad Municipio
    Mairie Ayuntamiento Prefeitura Câmara Comune Gemeinde Grupo Minera Mineração Minería Empresa Empresas
    Constructora Construtora Inmobiliaria Cementos Industrias Servicios Transportes Autoridad Corporación Editora
    Fondo Fonds
    Pharmacy Pharmacies Stores Supermarkets Developments Aerospace Bakery Dairies Properties Rail
    Water Action Relief Guild Waste Recycling Pharma Infirmary Rescue Foodbank AG GmbH SA NV BV SpA Oyj AB ASA Pty LLP
    RFC Bhd Tbk Plc Limited SARL Sarl Srl Oy JSC PJSC
    Surfacing Roofing Plumbing Engineering Printing Publishing Catering Cleaning Scaffolding Paving Fencing
    Flooring Glazing Landscaping Haulage Demolition Construction Estates Lettings Packing Processing
    Manufacturing Brewing Distilling Farming Mining Solutions Freight Inns Hotels Lines Order
    Consortium Collective Syndicate Observatory Ombudsman Inspectorate Laboratories Biosciences Registry
    Ventures Maritime Robotics Semiconductor Semiconductors Resources Minerals Aviation Biotech Networks Software
    Steelworks Textiles Chemicals Plastics Packaging Bakehouse Grocers Jewellers Opticians Outfitters Convenience
    Re Sacco Saccos Samity Samiti Panchayat Parishad Sabha Sangh
    Confections Confectionery Confectioners Chocolates Brands Beverages Snacks Seafoods Bakeries Apparel Cosmetics
    Farms Fisheries Telecoms Cinemas Seaways Cruises Tours
    Chemical Electric Polymers Aggregates Quarries Utilities Legislature Voice
    """
)
# Places that act as bodies do, under the name of what they are: "the cathedral would", "the zoo will".
VENUE_BODIES = _words("cathedral zoo theatre theater library prison resort gallery festival")
# A centre news names for what happens there, not for who runs it ("Kelby Leisure Centre").
VENUE_WORDS = _words("Shopping Leisure Convention Garden Visitor Conference Civic Community Sports Exhibition Arts")
# Seats of power news writes for the government or department they house, one actor with it
# when the story names that too ("The Kremlin said ... Russia has denied"), as a capital is.
SEATS_OF_POWER = {
    "Kremlin": ("Russia",),
    "Pentagon": ("Defense Department", "Department of Defense"),
    # ... and so do the descriptions news gives the UN's agencies ("the UN refugee agency").
    "UN refugee agency": ("UNHCR",),
    "UN food agency": ("World Food Programme", "WFP"),
    "UN children's agency": ("UNICEF",),
    "UN health agency": ("World Health Organization", "WHO"),
    "UN nuclear watchdog": ("International Atomic Energy Agency", "IAEA"),
    "UN migration agency": ("International Organization for Migration", "IOM"),
}
KNOWN_ORGS = {
    "Labour": "Labour",
    "Labour Party": "Labour",
    "Conservative Party": "Conservatives",
    "Tory Party": "Conservatives",
    "Liberal Democrat Party": "Liberal Democrats",
    "Democratic Party": "Democrats",
    "Republican Party": "Republicans",
    "Conservatives": "Conservatives",
    "Conservative": "Conservatives",
    "Tories": "Conservatives",
    "Tory": "Conservatives",
    "Liberal Democrats": "Liberal Democrats",
    "Liberal Democrat": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
    "Republicans": "Republicans",
    "Republican": "Republicans",
    "Democrats": "Democrats",
    "Kremlin": "Kremlin",
    "Pentagon": "Pentagon",
    "White House": "White House",
    "Whitehall": "Whitehall",
    "Downing Street": "Downing Street",
    "Nato": "NATO",
    "EU": "European Union",
    "UN": "United Nations",
    "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization",
    "European Union": "European Union",
    "United Nations": "United Nations",
    "Hamas": "Hamas",
    "Hezbollah": "Hezbollah",
    "Taliban": "Taliban",
    "Interpol": "Interpol",
    "Europol": "Europol",
    "Google": "Google",
    "Microsoft": "Microsoft",
    "Apple": "Apple",
    "Amazon": "Amazon",
    "Facebook": "Facebook",
    "Meta": "Meta",
    "Sony": "Sony",
    "Nintendo": "Nintendo",
    "Yahoo": "Yahoo",
    "Vodafone": "Vodafone",
    "Tesco": "Tesco",
    "Sainsbury's": "Sainsbury's",
    "Reuters": "Reuters",
    "Ofcom": "Ofcom",
    "Ofgem": "Ofgem",
    "Ofwat": "Ofwat",
    "Ofsted": "Ofsted",
    # Britain's public bodies whose names end in no word for a body.
    **{name: name for name in ("Natural England", "Historic England", "Sport England", "Homes England")},
    **{name: name for name in ("Public Health England", "Natural Resources Wales", "NatureScot", "Cadw")},
    "Companies House": "Companies House",  # (the registrar: a plural noun opens its name)
    # The UN's agencies whose names end in no word for a body.
    "World Food Programme": "World Food Programme",
    "World Food Program": "World Food Programme",
    "UN Development Programme": "UN Development Programme",
    "United Nations Development Programme": "UN Development Programme",
    "UN Environment Programme": "UN Environment Programme",
    "Unicef": "UNICEF",
    "UNICEF": "UNICEF",
    "Unite": "Unite",  # the union, though the word is a verb
    "Unison": "Unison",
    # Widely used variants of one body's name.
    "Islamic State": "Islamic State",
    "ISIS": "Islamic State",
    "ISIL": "Islamic State",
    "Isis": "Islamic State",
    "Isil": "Islamic State",
    "Daesh": "Islamic State",
    "NATO": "NATO",
    "Al Qaeda": "al-Qaeda",
    "Al-Qaeda": "al-Qaeda",
    "al-Qaeda": "al-Qaeda",
    "al-Qaida": "al-Qaeda",
}
# Words of the names of bodies that govern a place (or sit in one), which "the council" may stand for.
COUNCIL_WORDS = frozenset(
    re.findall(
        r"\S+",
        "Council Council's Councils Municipality Municipalities Municipal Municipalidad Municipio Borough Shire "
        "Parish Assembly Board Corporation Authority Government Gobierno Gouvernement Governo Ayuntamiento Comune "
        "Gemeinde Mairie Câmara Concejo Consejo Conseil Conselho Panchayat Parishad Prefeitura Sabha Samiti "
        "Commission Committee Cabinet Executive Senate Parliament Chamber County City Town District Village Region "
        "Province State Territory Kommune Sangguniang Bayan Metro Metropolitan",
    )
)
# The known bodies above that trade: "the company" may be one of them, never NATO, a party or a ministry.
KNOWN_FIRMS = _words(
    """
    Google Microsoft Apple Amazon Facebook Meta Sony Nintendo Yahoo Vodafone Tesco Sainsbury's Reuters
"""
)
_KNOWN_NAMES = frozenset(KNOWN_ORGS.values())


def known_non_firm(name: str) -> bool:
    """Whether the name is a known body that is no business: an alliance, a party, a government's seat, an agency."""
    return name in _KNOWN_NAMES and name not in KNOWN_FIRMS


# A party's name in the singular, which also names one member ("Sen. Ann Roe, a Republican").
PARTY_MEMBERS = frozenset(["Republican", "Democrat", "Conservative", "Tory", "Liberal Democrat", "Lib Dem"])
# ... and their plurals, the parties as bodies: "Democrats", "the Tories".
PARTY_PLURALS = frozenset({member + "s" for member in PARTY_MEMBERS} | {"Tories"})
# A plural of people who do something, ending a group's name: "Guardians", "Protectors", "Campaigners".
PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ians|ists)")
# News organisations, which a story mostly names as where someone spoke ("told CNN").
NEWS_OUTLETS = _words(
    """
    BBC CNN MSNBC NBC CBS ABC Fox ITV GMTV Sky Reuters AP AFP Bloomberg NPR PBS CNBC Politico Axios
    MailOnline Mirror Sun Express Independent Observer Standard Metro LBC
    """
) | {"Associated Press", "Press Association", "Channel 4", "Channel 4 News"}
# The last word of a newspaper's or broadcaster's name ("NBC News", "The Washington Post").
NEWS_WORDS = _words(
    "News Radio Television TV Times Post Herald Telegraph Guardian Gazette Tribune Journal Mail Mirror Express"
)
# A broadcaster's call sign, as US stations are named ("WKRV", "KTLA-TV").
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")


def news_outlet(name: str) -> bool:
    """Whether the name is a newspaper's, a broadcaster's or an agency's."""
    words = name.removeprefix("The ").split()
    return (
        name in NEWS_OUTLETS
        or words[0] in NEWS_OUTLETS
        or words[-1] in NEWS_WORDS
        or (len(words) == 2 and words[0] in ("Daily", "Sunday"))  # a paper named for its day: "the Daily Rocket"
        or _CALL_SIGN.fullmatch(name) is not None
    )


# Where a news outlet is only the channel of what someone said: "told CNN", "said on MSNBC",
# "an interview with NBC News", "(Reuters) -", "NBC News reported", "CNN's request for comment".
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:told|tell|tells|telling|to|on|with|for|via|according to|(?:seen|obtained|reviewed) by)\s+(?:the\s+)?"
    r"|\(|,\s)$",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(
    r"^(?:\)|['’]s\s+(?:[a-z]+\s+){0,2}(?:request|interview|programme|program|show|website|report)"
    r"|['’]s\s+[A-Z]|\s+(?:reported|reports|has reported|said in a report|can reveal|can exclusively reveal"
    r"|understands|has learned|has learnt))"  # (the paper's own scoop: "the Daily Rocket can reveal")
)


def spoken_through(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is named as a channel, not as one who acts."""
    return bool(_SOURCE_BEFORE.search(text, max(0, start - 24), start) or _SOURCE_AFTER.match(text[end : end + 40]))


# The last word of a newspaper's or magazine's title ("The Kelby Evening Star", "THE HOLLIN BRIDGE BULLETIN").
TITLE_WORDS_OF_PAPERS = _words(
    """Star Bulletin Times Post News Herald Gazette Tribune Journal Mail Echo Mirror Express Chronicle Courier
    Advertiser Sentinel Argus Observer Record Press Standard Examiner Leader Weekly Daily Guardian Telegraph
    Dispatch Register Citizen Mercury Globe Review Magazine Monthly Today"""
)
# Auxiliaries, possessives, prepositions and a headline's commonest verbs, capitalised in a title-case headline: a
# name ends before them ("Council Approves Dog Park At Willow Creek"; "May" may be a name, so it is not here).
TITLE_CASE_BREAKS = _words(
    """Is Are Was Were Will Would Has Have Had Be Been Can Could Might Should Must Says Said Does Did Its Their
    For At To With From Over After Amid Into Against In On By Near Outside Across Approves Backs Blocks Rejects
    Accused Charged Jailed Sentenced Convicted Cleared Arrested Fined Sued Fired Banned Ordered Named
    Weighs Mulls Eyes Seeks Plans Considers Explores Wins Loses Cuts Slashes Raises Adds Sets Hits Takes Warns Vows
    Pledges Promises Proposes Unveils Launches Opens Closes Shuts Axes Scraps Delays Halts Pauses Resumes Buys Sells
    Sues Hires Expands Agrees Announces Reaches Settles Confirms Denies Defends Urges Faces Gets Lands Nears Taps"""
)  # (and a headline's verbs in the present: "Acme Foods Weighs Sale of Cold-Storage Arm")
# Nouns after a nationality or country that make it the country acting ("the Norwegian state").
RULING_NOUNS = _words(
    """state government authorities administration military army navy regime people leader leaders
    leadership president premier aggressor invaders forces troops soldiers officials diplomats
    negotiators ministry embassy delegation side team"""
)
# Auxiliaries, adverbs and irregular past tenses that follow a subject ("The UK will", "the US sent").
COMMON_VERBS = _words(
    """
    will would shall should can could may might must has have had is are was were be been being do
    does did also now then still already never not sent gave took made won lost began saw went came
    put set cut hit led left met paid kept held sold brought bought fought thought found became ran
    rose fell grew knew spent stood struck wrote spoke chose drew sought
    """
)
# Generic words that, capitalised, name the one national body ("the Government"). "Parliament" and
# "the Commons" were tried: listed on their own they were extra actors on the dev set.
NATIONAL_BODIES = _words("Government")
# Laws and documents are named like organisations but never act.
LEGISLATION_WORDS = _words(
    "Act Bill Law Treaty Convention Directive Regulation Regulations Amendment Charter Accord Protocol"
)
# Lower-case nouns that describe an organisation right before its name ("music publisher
# Bertelsmann") or, after a nationality, say it is an adjective ("US media giant").
ORG_DESCRIPTORS = _words(
    """
    group giant firm company companies publisher maker carmaker retailer broadcaster chain brand charity
    label insurer lender carrier conglomerate operator network studio manufacturer supplier developer
    club side team band bank regulator regulators watchdog agency airline outfit rival rivals
    owner owners parent union service website site makers cooperative
    association consortium partnership coalition alliance organisation organization body provider
    utility supermarket grocer wholesaler distributor housebuilder startup start-up consultancy
    shipbuilder drugmaker chipmaker toymaker steelmaker automaker planemaker brewer distiller exporter
    importer bookmaker contractor housebuilders contractors brokerage discounter discounters grocers
    think-tank tank administrators liquidators receivers app platform
"""
)  # ("tank" of "the think tank Civic Futures"; "the dating app Kelby": news quotes an app as the firm behind it)
# Those nouns as one pattern, to build others on.
ORG_DESCRIPTOR_WORDS = r"(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + r")"
# A body's kind opening a sentence before its name, as its subject: "Residents' group Keep Kelby Quiet", "Campaign
# group Vey Watch".
KIND_OPENING = r"[A-Z][a-z]+['’]?\s+(?:[a-z]+\s+)?" + ORG_DESCRIPTOR_WORDS + r"\s+"
# The last words of public bodies' names, and the nouns that call a body public ("the agency
# said") or trading ("the company said"): a drainage board is no company, a carmaker no agency.
PUBLIC_BODY_HEADS = _words(
    """
    board council authority commission agency department office administration ministry service municipality
    inspectorate police court tribunal directorate committee executive regulator watchdog bureau treasury panel
    governorate prefecture secretariat commissioners supervisors constabulary
"""
)
PUBLIC_BODY_NOUNS = _words("agency regulator regulators watchdog")
_GOVERNMENT_SEATS = frozenset(["White House", "Downing Street", "Whitehall", "Kremlin", "Pentagon", "Elysee", "Élysée"])
# A public body's name opening with what it is: "Directorate General of Civil Aviation", "Office of Rail and Road".
_PUBLIC_BODY_OPENINGS = _words("Directorate Department Ministry Office Bureau Authority Commission Agency")


# Words that make a name a union's whatever else it holds ("Health Workers' Alliance", "Kelby Nurses Union").
_UNION_WORDS = _words("Union Unions Workers Workers' Guild Brotherhood Teamsters Federation Confederation")
# Words of bodies' names a trade union's name may hold ("Kelby Nurses Union", "Royal College of
# Nursing", "Fraternal Order of Police Lodge 31", "Unite"); any other body word makes it something
# else: a firm, a council, a hospital, a ministry.
_UNION_NAME_WORDS = _UNION_WORDS | _words(
    """
    Association Local Lodge Order Police College Society Institute Alliance Council Congress Movement Syndicate
    Coalition Committee Branch Group Front Organisation Organization Forum Caucus Collective Network Executive
    Assembly Conference
    """
)


def union_named(body: str) -> bool:
    """Whether a body's name says it is a trade union's ("Municipal Workers United Local 418", "Kelby Nurses
    Union")."""
    return bool(set(body.split()) & _UNION_WORDS)


def other_trade(noun: str, body: str) -> bool:
    """Whether a noun names a kind of body the body is not: an airport's operator is no airline or carrier, and
    "the union" no body whose name says it is a firm or a public service ("Corlander Logistics")."""
    if noun.lower() == "union":
        words = set(body.split())
        return not words & _UNION_WORDS and bool(words & (ORG_WORDS - _UNION_NAME_WORDS))
    if noun.lower() in _TRADE_NAMES and body.split()[-1] in _TRADE_ENDINGS:
        return body.split()[-1] not in _TRADE_NAMES[noun.lower()]  # "the utility" is no "Acme Specialty Chemicals"
    return noun.lower() in ("airline", "carrier") and re.search(r"\bAirports?\b", body) is not None


# The last words of a firm's name that say its trade ("Acme Chemicals", "Kelby Homes"), and, for the nouns of a
# trade, the ones that say it is that trade: "the utility" is "Kelby Water" or "Kelby Energy", not a chemicals maker.
_TRADE_NAMES = {
    "utility": _words("Water Power Energy Electric Electricity Gas Utilities Utility"),
    "insurer": _words("Insurance Mutual Assurance Insurers"),
    "airline": _words("Airlines Airways Air Aviation"),
    "carmaker": _words("Motors Automotive Cars"),
    "miner": _words("Mining Minerals Resources Metals"),
    "bank": _words("Bank Banking Finance Financial Mutual Savings Credit"),
    "lender": _words("Bank Banking Finance Financial Lending Loans Mortgages Mutual Savings Credit"),
    "developer": _words("Homes Developments Properties Estates Construction Land"),
    "housebuilder": _words("Homes Developments Properties Estates Construction"),
    "drugmaker": _words("Pharmaceuticals Therapeutics Pharma Biosciences Biotech"),
    "broadcaster": _words("Broadcasting Media Television TV Radio"),
}
_TRADE_ENDINGS = frozenset().union(*_TRADE_NAMES.values()) | _words(
    "Chemicals Chemical Foods Steel Steelworks Logistics Software Shipping Ferries Rail Railways Buses Coaches"
    " Telecom Telecoms Communications Retail Stores Supermarkets Pharmacy Hotels Cruises Tours Aerospace Textiles"
    " Plastics Packaging Brewery Bakery Lettings Haulage Freight Engineering Manufacturing"
)


def public_body(name: str) -> bool:
    """Whether a body's name says it is a public one: its last word ("Kelby Transport Authority"),
    its first ("Directorate General of Civil Aviation"), "Of" and a contraction ("Ofcom"), or a seat
    of government ("the White House")."""
    words = name.split()
    return (
        name in _GOVERNMENT_SEATS
        or words[-1].lower() in PUBLIC_BODY_HEADS
        or (len(words) > 1 and words[0] in _PUBLIC_BODY_OPENINGS)
        or re.fullmatch(r"Of[a-z]{3,}", name) is not None
    )


def initials(name: str) -> bool:
    """Whether a body is named by its initials alone ("FCA", "EPA"): public or a regulator as often as
    not; a firm's name ("Halcyon Mobile") says what it is."""
    return re.fullmatch(r"[A-Z]{2,5}", name) is not None


# Words that make a name a business's: "Brannock Solvents Ltd", "Kelby Chemicals".
BUSINESS_WORDS = _words(
    """
    Inc Inc. Corp Corp. Corporation Ltd Ltd. plc PLC LLC LLP Company Co Co. Holdings Industries Technologies
    Motors Airlines Airways Petroleum Pharmaceuticals Pharmaceutical Therapeutics Chemicals Chemical Polymers Plastics
    Aggregates Quarries Logistics Freight Foods Brewery Supermarkets Stores Renewables Taverns
    AG GmbH SA NV BV SpA Oyj AB Pty
"""
)
# Nouns for kinds of public body, each with the kinds of name it stands for ("the department" is
# said of a ministry too).
PUBLIC_KINDS = {
    "authority": frozenset(["authority"]),
    "commission": frozenset(["commission"]),
    "ministry": frozenset(["ministry", "department"]),
    "department": frozenset(["department", "ministry"]),
    "agency": frozenset(["agency"]),  # (which stands for any: public_kind_fits)
    "inspectorate": frozenset(["inspectorate"]),  # (only one named so: public_kind_fits)
}


def public_kind_fits(noun: str, body: str) -> bool:
    """Whether the noun for a kind of public body ("the authority", "the ministry") can stand for
    the body: one its name says is public (or initials: "the EPA"; not a chemicals firm), and not
    of another kind its name says ("Kelby Water Authority" is the authority, the Environmental
    Protection Agency is not). "The agency" is said loosely of any body but a business (an aid
    agency, a department), which its name says ("Brannock Solvents Ltd"); "the inspectorate" only of one."""
    if noun == "agency":
        return not set(body.split()) & BUSINESS_WORDS
    if noun == "inspectorate":  # a body named as one, or by initials ("HMICFRS"): never the police it inspects
        return "Inspectorate" in body.split() or bool(initials(body))
    if not (public_body(body) or initials(body)):
        return False
    kinds = {word.lower() for word in body.split()} & PUBLIC_KINDS.keys()
    return not kinds or bool(PUBLIC_KINDS[noun] & kinds)


# Before a buyer named as such: "has been bought by property developer Jo Lee", "sold it to Acme".
BOUGHT_BY = re.compile(
    r"\b(?:(?:bought|acquired|purchased|taken over|snapped up) by|sold (?:[\w-]+ ){0,4}?to) "
    r"(?:the )?(?:[a-z][\w-]* |[A-Z][a-z]+(?:an|ish|ese|ch|i) ){0,3}$"  # (also "by German rival X")
)
# The trades a family's shop is named for after its surname: "Thwaite's Bakery", "Dellow's Butchers".
SHOP_TRADES = _words(
    """
    Bakery Bakeries Bakers Bakehouse Butchers Butcher Cafe Café Garage Pharmacy Chemist Chemists Restaurant Salon Deli
    Dairy Brewery Bookshop Newsagents Florist Florists Diner Tearooms Ironmongers Greengrocers Fisheries
    """
)
TRADING_NOUNS = _words(
    """
    company companies firm giant maker carmaker retailer insurer lender carrier airline manufacturer
    supplier developer publisher broadcaster chain brand bank operator importer exporter wholesaler distributor
    contractor processor producer miner sawmill mill reinsurer discounter grocer supermarket
"""
)
# Plural nouns for people that open a campaign's name before "for" ("Parents for Safe Roads"),
# and verbs that open one before "the" ("Save the Wrenbeck", "Stop the Cuts").
CAMPAIGNERS = _words(
    """
    Parents Families Residents Friends Mothers Fathers Grandparents Citizens Campaigners Doctors
    Nurses Teachers Scientists Lawyers Patients Students Farmers Workers Neighbours Neighbors Veterans
    Taxpayers Voters Women Ratepayers Commuters Riders
"""
)
CAMPAIGN_VERBS = _words("Save Stop Keep Protect Defend Reclaim Scrap Ban End Bring Free Fix Reopen Restore")
# Lower-case nouns before the title of a work, which is not an actor ("the film X").
WORK_DESCRIPTORS = _words(
    "play film movie book novel album song single show programme program series documentary musical opera game"
)
PERSON_DESCRIPTORS = _words(
    """
    singer actor actress star player striker midfielder defender goalkeeper coach writer author
    artist rapper model director presenter comedian analyst economist boss chief executive
    chairman chairwoman spokesman spokeswoman spokesperson minister secretary leader president
    governor senator mayor founder manager captain professor editor correspondent lawyer judge
    official campaigner adviser advisor expert researcher scientist activist negotiator
    agent barrister solicitor attorney prosecutor specialist superintendent commissioner
    administrator doctor nurse midwife teacher pastor priest daughter son wife husband mother
    father sister brother widow widower billionaire millionaire tycoon mogul businessman businesswoman
    entrepreneur pensioner grandmother grandfather grandad grandma granny gran nan nana nanna grandpa
    mum dad veteran landlord investor donor
    favourite favorite legend icon pupil schoolboy schoolgirl student teenager
"""
)
# People who speak for the body named after them: "analysts at Acme", "a spokeswoman for the council".
VOICE_NOUNS = frozenset(
    {w for noun in PERSON_DESCRIPTORS | ROLE_NOUNS for w in (noun, noun + "s")}
    | {"officials", "sources", "staff", "researchers", "analysts", "executives", "representatives"}
)
INDUSTRY_WORDS = _words(
    """
    media music internet oil energy car tech technology software telecoms drinks food steel mining
    fashion film record newspaper retail banking financial football cricket rugby market markets
    stock shares pop rock box-office radio television tv press magazine website business businesses
    consumers families households shoppers
    """
)

FULL_MONTHS = _words("January February March April May June July August September October November December")
MONTHS = FULL_MONTHS | _words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# A minister's title as news writes it in lower case after the portfolio ("Rail minister", "Energy tsar"):
# the capital before it is a field of government, no body's short name.
MINISTERIAL = r"(?:minister|[tc]zar)s?\b"
# Place words that name geography, not actors.
GEOGRAPHY_WORDS = _words("River Sea Ocean Mountain Mountains Mount Lake Valley Bay Island Islands Desert Gulf Strait")
# Words that make a name a place ("Victoria Station", "County Durham", "Elm Street").
# ... of them, those that name a site in a town, never a town: "Dellwood Avenue", "Victoria Station", "Kelby Arena".
# The words before a saint's name, which opens a place's or a body's name: "St Mary's Hospital", "Saint Agnes".
SAINT_WORDS = frozenset(["St", "St.", "Saint"])
SITE_WORDS = _words(
    "Station Airport Street Road Avenue Lane Square Park Bridge Estate Stadium Arena Airbase"
    " Meadow Meadows Fields Common Quarry Reservoir"
)
PLACE_WORDS = SITE_WORDS | _words(
    "County Province District Borough Parish Harbour Harbor Port Beach Springs Heights Falls Creek"
)
# A public service before "District" names the body that provides it, a US special district
# ("Tolliver County Fire District", "Kelby Water District"), not an area.
DISTRICT_SERVICES = _words(
    "Fire Water Sanitation Sewer Sewerage Hospital Health Park Parks Recreation Transit Irrigation Library Utility"
    " Drainage Conservation Cemetery Ambulance School"
)
# First words that make a name a place when no organisation word follows ("Port Talbot", "Fort Worth"), also in
# the languages whose words for village, river mouth, island, port or city open places' names ("Kampung Lingan
# Ulu", "Kuala Selangor", "Pulau Banggi", "Puerto Ayora", "Ciudad Obregón", "Beit Jala", "Nakhon Sawan").
PLACE_OPENERS = _words(
    "County Port Fort Isle Kampung Kampong Kuala Pulau Tanjung Sungai Bandar Desa Puerto Ciudad Beit Kafr Nakhon"
    " San Santa"  # (a Spanish saint's town: "Santa Rosa", "San Mateo")
)
# US states and Canadian provinces as news agencies abbreviate them after a town ("Port Halcott, S.C.",
# "Tulsa, Okla.", "Kelso Harbour, N.S.").
STATE_ABBREVIATIONS = _words(
    """
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
    Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn.
    Vt. Va. Wash. W.Va. Wis. Wyo. D.C.
    N.S. N.B. P.E.I. N.L. Nfld. Que. Ont. Sask. Alta. B.C. Y.T. N.W.T.
    """
)
# The last word of a named day, season or event, which is a date and never an actor
# ("Boxing Day", "New Year's Eve", "Black Friday", "Fashion Week").
EVENT_WORDS = (
    _words("Day Days Eve Night Week Weekend Month Holiday Holidays Anniversary Season Election Elections") | WEEKDAYS
)
# Words before the name of a storm, which is weather and never an actor ("Hurricane Odessa").
STORM_WORDS = _words("Hurricane Typhoon Cyclone Storm")
# Continents and world regions: the setting of a story, hardly ever one of its actors.
CONTINENTS = _words("Africa America Americas Antarctica Arctic Asia Balkans Caribbean Europe Oceania Scandinavia") | {
    "Latin America",
    "Middle East",
}
LOCATIVE = _words("in at near over across around inside outside throughout from into to via along")
# Words before a place that make it a region of it, a setting ("northern Idaho").
# Kinds of mayor, before the word "mayor": "Metro mayor Jo Lee" leads a city region, no place called Metro.
MAYOR_KINDS = _words("Metro Metropolitan Regional Elected Executive Lord City Town")
COMPASS = _words(
    """northern southern eastern western central north-east north-west south-east south-west
    north-eastern north-western south-eastern south-western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern"""
)
COMPASS_WORD = "(?:" + "|".join(sorted(COMPASS)) + ")"  # one compass word, as a pattern

# Companies' legal forms. Abbreviated ones news writes with a stop that belongs to the name ("Kelby Motor Co.",
# "Kelby Engineering Pvt. Ltd."); British and Commonwealth style writes some without one ("Lorrimer Media Ltd").
LEGAL_FORM_ABBREVIATIONS = frozenset(["Co", "Corp", "Inc", "Ltd", "Bros", "Bhd", "Pty", "Pvt"])
UNSTOPPED_LEGAL_FORMS = frozenset(["Ltd", "Bhd", "Pty"])
# The forms that close a company's name ("Lorrimer Media Ltd", "Kelby Holdings PLC", "Kota Timber Sdn Bhd").
COMPANY_SUFFIXES = frozenset(
    ["Ltd", "Limited", "LLC", "PLC", "Plc", "plc", "Inc", "Corp", "Bhd", "Sdn", "Pty", "Pvt", "SARL", "Srl", "JSC"]
)
_CLOSING_FORMS = COMPANY_SUFFIXES | LEGAL_FORM_ABBREVIATIONS


def closes_company(word: str) -> bool:
    """Whether a name's last word is a company's legal form, with its stop or without ("Ltd", "Inc.", "SARL")."""
    return word.rstrip(".") in _CLOSING_FORMS


# A company's legal form written with stops, which closes its name as written: "Blue Maguey Imports Inc.", "Mezcal
# Tierra Roja S.A. de C.V.", "Winnica Import Sp. z o.o.", "EkoKomina d.o.o.", Peru's "Certificadora Andina S.A.C."
# (one token of a name's run).
STOPPED_LEGAL_FORM = re.compile(
    r"Sp\. z o\.o\.|d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|S\.A\.[CAS]\.|S\.R\.L\.|S\.A\.|C\.V\.|N\.V\.|B\.V\.|Ltda\."
    rf"|(?:{'|'.join(sorted(LEGAL_FORM_ABBREVIATIONS))})\."
)
# Currencies' codes, which stand before an amount ("EGP 9.6 billion", "USD 40 million"): no one's name.
CURRENCY_CODES = _words(
    """
    USD GBP EUR JPY CNY RMB CHF CAD AUD NZD HKD SGD INR PKR LKR NPR BDT EGP KES NGN ZAR GHS RWF UGX TZS ETB
    ZMW MXN BRL ARS CLP AED SAR QAR KWD OMR BHD MYR PHP IDR THB VND TRY PLN CZK HUF SEK NOK DKK ILS NIS
    MAD TND DZD JOD LBP IRR IQD XOF XAF MUR NAD BWP MWK MZN KRW TWD RUB UAH RON BGN ISK PEN UYU PYG DOP
    JMD TTD FJD PGK MMK KHR MNT KZT UZS GEL AZN RSD MKD MDL
    """
)
# Numbers written as words, which open a sentence with a capital ("Twenty homes", "Hundreds of fans").
NUMBER_WORDS = _words(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions billion billions dozen dozens
    """
)
# Capitalised words that start sentences or headings but never name anyone (numbers too: "Fourteen of Kelby's
# libraries").
NON_NAMES = (
    MONTHS
    | {word.capitalize() for word in NUMBER_WORDS}
    | WEEKDAYS
    | {f"{day}s" for day in WEEKDAYS}  # "on weekday evenings and Saturdays"
    | _words(
        """
    According However Meanwhile Although Also Among After Before During Despite Following Further
    Furthermore Moreover Nevertheless Instead Indeed In On At As By For From Of To With Without It
    Its The This That These Those There Their They Them He She His Her We Our Us I You Your My
    Mine Yes No Not Now Then Today Yesterday Tomorrow Last Next New Some Many Most More Much Such
    What When Where Which While Who Why How Whether If But And Or So Yet Both Each Every All Any
    Other Another One Two Three Four Five Six Seven Eight Nine Ten First Second Third Here Mr Mrs
    Ms Dr Sir Share Photo Read Watch Listen Advertisement Copyright Thanks Overall Earlier Later
    Christmas Easter Ramadan Internet Web God OK Ok A An Election Elections Budget Olympics Games
    Cup Championship Championships Prize Awards Award Festival Olympic Paralympic
    PC PCs TV DVD DVDs CD CDs MP3 GDP IT AI HIV AIDS SMS URL PDF USB CEO CFO MPs VAT GMT BST EST UTC
    PFAS PFOA PFOS PCB PCBs DDT CBD THC MDMA LSD MRSA RSV COVID MRI ICU IVF ADHD PTSD PPE IPO ESG ISA
    GCSE GCSEs SATs EV EVs GPS VPN DIY LGBT LGBTQ GP GPs ATM ATMs LED LEDs NGO NGOs GB RAM CPU GPU SSD IV HIPAA GDPR
    ER ERs EMT EMTs ICUs CT EKG ECG CPR DCP ACP SHO DGP IGP SSP
    Because Like Unlike Since Until Unless Though Even Just Only Perhaps Maybe Still Once Under Over
    Between Against Through Within Inside Outside Above Below Around Across Along Behind Beyond Near
    Toward Towards Upon Amid Amongst Whilst Whatever Whoever Everyone Everybody Nobody Someone
    Somebody Something Nothing Everything Anyone Anything Few Several Very Too Again Already Almost
    Always Never Sometimes Often Recently Currently Previously Initially Finally Eventually Ahead
    Back Thus Therefore Hence Let Please Elsewhere Nor Neither Either Except Besides Including
    Asked Speaking Writing Talking Describing Responding Referring Having Being Given Unlike Via
    SUV SUVs ZIP PIN PINs DNA RNA ALS CCTV ID IDs VIP VIPs DJ DJs HR
    EBITDA EBIT EPS GW GWh MW MWh kWh TWh
    Poor Brave Plucky Heroic
    """
    )  # (the last: what a tabloid calls someone before a given name, "Poor Tom, he never …", "Brave Amy")
    | CURRENCY_CODES
)

SPEECH_VERBS = _words(
    """
    said says say told tells added adds noted notes emphasized emphasised emphasizes emphasises
    stressed stresses warned warns argued argues claimed claims insisted insists explained
    explains stated states announced announces believes believed thinks thought urged urges
    called calls accused accuses denied denies admitted admits suggested suggests reported
    reports wrote writes maintained maintains dismissed dismisses predicted predicts estimated
    estimates revealed reveals confirmed confirms described describes welcomed welcomes
    criticised criticized criticises criticizes asserted asserts declared declares acknowledged
    acknowledges pointed points underlined underlines recalled recalls observed observes replied
    replies responded responds answered answers commented comments concluded concludes
    condemned condemns praised praises questioned questions demanded demands attacked attacks
    blamed blames
    joked jokes quipped quips laughed grinned smiled fumed raged blasted slammed boasted boasts vowed vows
    promised promises pledged pledges
    """
)


# Social platforms: where people post, named as a medium far more often than as an actor.
PLATFORMS = _words("Instagram Twitter Facebook TikTok YouTube Snapchat WhatsApp LinkedIn Reddit Threads Bluesky Weibo")
# What a platform carries: "an Instagram post", "her TikTok account", "a YouTube video".
MEDIUM_NOUNS = _words(
    "post posts account accounts page pages feed video videos story stories live stream channel followers "
    "message messages clip clips handle profile reel reels"
)

# Text right before a name that makes it a place, a platform or an audience, never the
# subject of the verb after it: "on Twitter", "outside Downing Street", "told the BBC".
AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|on|from|to|into|via|with|near|outside|inside|across|over|beneath|underneath|below|above|beside"
    r"|alongside|along|behind|told|tells)\s+(?:the\s+)?"
    r"(?:" + COMPASS_WORD + r"\s+)?$",  # "in eastern Ohio"
    re.IGNORECASE,
)


# Nouns that say a person's sex: "the mum-of-one" is a she, "the grandfather" a he; "the furious
# mum" is not her son Tyler, named last.
SEX_OF_NOUN = {
    noun: pronoun
    for pronoun, nouns in (
        (
            "she",
            "mum mother grandmother grandma gran nan woman wife daughter sister widow girl aunt girlfriend actress",
        ),
        ("he", "dad father grandfather grandad man husband son brother widower boy uncle boyfriend"),
    )
    for noun in nouns.split()
}


# Inside a relative clause still open at the end: "Usdaw, which represents some Acme staff" (Acme).
IN_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,]*$")


def name_head(name: str) -> str:
    """The noun a body's name is built on: its last word, or the word before the first "of" or
    "for" ("University of Kelby", "Bank of Marlow", "Federal Ministry for Economic Affairs"); but a body's
    own noun closing a name built on another's is the head ("University of Kelby Students' Union")."""
    words = name.split()
    linked = [k for k, word in enumerate(words) if k and word in ("of", "for")]
    if linked and len(words) - linked[0] > 2 and words[-1] in _OWN_HEADS and words[linked[0] + 1] != "the":
        return words[-1]  # (not a board "of the Irish Field Games Association": the body it is of)
    return words[linked[0] - 1] if linked else words[-1]


# Nouns that end the name of a body of its own, set up within or beside another ("… Students' Union", "… Hospital").
_OWN_HEADS = _words("Union Association Society Club Council Committee Trust Fund Hospital Police School Foundation")


def after_preposition(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a preposition (``AFTER_PREPOSITION``);
    only the few characters before it are searched, so long sentences stay cheap."""
    return bool(AFTER_PREPOSITION.search(text, max(0, start - 24), start))


# What one does for another, said before its name like a body's kind ("ticketing agent TixDirect", "promoter Live
# Arc"), though a person may be called so too ("FBI agent Jo Lee"): a name follows, whoever's.
ACTS_FOR = frozenset(["agent", "agents", "promoter", "platform", "partner"])
# A word with a capital inside that no surname has ("TixDirect", "AgriBlend", "FreshCo"; not "McDonald",
# "MacLeod", "DeVito", "LaRue", "FitzGerald", "VanDyke"): a brand's or a firm's.
BRAND_WORD = re.compile(r"(?!Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+")
# Reporting verbs as one pattern, for every extractor that looks for reported speech (a speech verb, but not
# "called off" a match or "calls off" a strike).
SPEECH_RE = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|drew attention|draws attention|pointed out)\b"
    r"(?!(?<=called) off\b)(?!(?<=calls) off\b)"
)


@lru_cache(maxsize=1)
def given_genders() -> dict[str, str]:
    """Given names almost always of one sex -> "M" or "F" (US Census 1990, scripts/build_genders.py)."""
    text = resources.files("briefcli.data").joinpath("given_genders.txt").read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line)


_SEX_OF_HONORIFIC = {"Mr": "M", "Mr.": "M", "Sir": "M", "Lord": "M", "Mrs": "F", "Mrs.": "F", "Ms": "F", "Ms.": "F"}
_SEX_OF_HONORIFIC |= {"Miss": "F", "Dame": "F", "Lady": "F", "Baroness": "F"}
_SEX_OF_PRONOUN = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F"}
SEXED_HONORIFICS = frozenset(_SEX_OF_HONORIFIC)  # the honorifics that give their bearer's sex


def honorific_pronoun(honorific: str) -> str | None:
    """The pronoun an honorific of one sex calls for ("Mr" -> "he", "Ms" -> "she"), if it has one."""
    sex = _SEX_OF_HONORIFIC.get(honorific)
    return {"M": "he", "F": "she"}.get(sex or "")


def _sex_of(name: str, told: str | None) -> str | None:
    """The sex the name's honorific or given name says, else the one of the pronoun ``told``
    that the article uses for the person."""
    words = name.split()
    named = (_SEX_OF_HONORIFIC.get(words[0]) or given_genders().get(words[0])) if words else None
    return named or _SEX_OF_PRONOUN.get(told or "")


def may_be(name: str, pronoun: str, told: str | None = None) -> bool:
    """Whether ``pronoun`` ("he", "she") can stand for the person ``name``: false only when
    the name's honorific or given name is of the other sex ("he" is not Maureen Talbot), or,
    the name saying none, the pronoun ``told`` the article uses for them is."""
    wanted = _SEX_OF_PRONOUN.get(pronoun.lower())
    sex = _sex_of(name, told) if wanted else None
    return sex is None or sex == wanted


def known_to_be(name: str, pronoun: str, told: str | None = None) -> bool:
    """Whether the name's honorific or given name (else the pronoun ``told`` the article uses for
    them) says its person is the sex ``pronoun`` ("he", "she") stands for: "she" is surely Ms Roe
    or Maureen Talbot, perhaps Calloway."""
    wanted = _SEX_OF_PRONOUN.get(pronoun.lower())
    return bool(wanted) and _sex_of(name, told) == wanted


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common first names (US Census 1990 lists, scripts/build_names.py)."""
    text = resources.files("briefcli.data").joinpath("first_names.txt").read_text("utf-8")
    return frozenset(text.split())


# An age in apposition ("Jo Voss, 29, paid", "Jo Voss (29)"): only people are given one.
AGE_AFTER = re.compile(r",\s\d{1,3},|\s\(\d{1,3}\)")

# The auxiliary of a passive right before a verb of speech: "is said to be", "was accused of",
# "has been admitted to": what is said of the subject, by no one named.
PASSIVE_BEFORE = r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]\w*ly\s+)?"

# Last words of a sports club's name ("Dunmore City", "Kelby Rovers", "Derby County"): a club
# named after its town shares the opening words of the town's council ("Dunmore City Council").
CLUB_ENDINGS = frozenset(
    [
        "City",
        "Town",
        "County",
        "United",
        "Athletic",
        "Rovers",
        "Wanderers",
        "Albion",
        "Rangers",
        "FC",
        "AFC",
        "RFC",
        "RLFC",
    ]
)
# ... those that end no place's name: "Wexby Rovers" is a club named once, "Wexby Town" may be the town.
CLUB_ONLY_ENDINGS = CLUB_ENDINGS - {"City", "Town", "County"}

# A level of government written before a body's name, no part of it: "the state Department of Health".
GOVERNMENT_LEVEL = r"(?:state|county|city|federal|national|regional|provincial|local)"
# The end of a first verb phrase and the "and" that joins a second one to it ("will submit plans
# and hopes to", "said it was sorry and would"): the second verb shares the first one's subject.
JOINED_BY_AND = r"\b(?:and|but)(?:\s+(?:[a-z]\w*ly|also|then|now))?\s*$"
# Kinds of body that no person is called in apposition ("a property developer" and "a crane
# operator" are people; "a publisher" or "a coalition of churches" is a body).
_BODY_KINDS = _words(
    """
    group firm company publisher retailer broadcaster chain brand charity insurer lender
    conglomerate network bank regulator watchdog agency airline union association consortium
    partnership coalition alliance organisation organization body utility supermarket grocer
    wholesaler distributor housebuilder startup start-up consultancy council authority trust
    business institute foundation federation think-tank NGO non-profit nonprofit
    team club band orchestra choir operator manufacturer carmaker university college league
    exporter importer supplier processor refiner shipper cooperative co-operative co-op brewery
    distillery winery ministry municipality commission mill studio label
    """
)
# A kind of maker or employer that may be a person ("Jo Lee, a film producer") unless its apposition says it is
# owned or ranked as a business is ("Cortiças Ribeira Seca, the family-run cork producer").
_MAKER_KINDS = r"(?:producer|maker|developer|builder|grower|packer|miller|employer)"
_BUSINESS_OWNED = (
    r"(?:family|state|privately|publicly|employee|farmer|municipally|council|foreign|locally)"
    r"[- ](?:run|owned|held|listed)|listed|largest|biggest|second-largest|leading"
)
# A "which" clause of what a body does or did, which follows a thing or a body, never a person:
# "Fenwick Buses, which runs most services,", "Durham Reclaim, which took over the site".
WHICH_AFTER = re.compile(
    r",\s+which\s+(?:[a-z]\w*ly\s+)?(?:(?:has|have|had)\s+(?:[a-z]\w*ly\s+)?\w+(?:ed|en|wn)\b|runs|represents|owns|operates|employs|manages|has|had|is|was|said|says|"
    r"provides|makes|sells|builds|supplies|serves|holds|organi[sz]ed|organi[sz]es|campaigns|lobbies|funds|funded|"
    r"took|bought|sold|ran|won|acquired|owned|operated|employed|managed|made|built|supplied|served|provided)\b"
)
# What news writes right after a body's name, never after a person's: an apposition whose head
# is a kind of body ("Clean Air Kelby, a campaign group set up by parents,", "Kelby Books, the
# publisher,").
BODY_AFTER = re.compile(
    r",\s+(?:an?|the|its|their)\s+(?:(?!(?:of|for|at|from|with|and|in)\b)[\w'’-]+\s+){0,3}?"
    r"(?:think tank|"
    + "|".join(sorted(_BODY_KINDS))
    + r"|(?:(?:"
    + _BUSINESS_OWNED
    + r")\s+(?:[\w'’-]+\s+){0,2}?"
    + _MAKER_KINDS
    + r"s?))"
    r"(?=\s*[,.;:)]|\s+(?:that|which|who|set|founded|formed|representing|with|in|from|on|of|whose|behind"
    r"|(?:\w+-)?(?:based|backed|run|led|owned|controlled|listed))\b)"  # (also "majority-owned by")
)


# An apposition of what someone or something does, then "which": a body ("Demirtas Yapi, an Ankara-based
# contractor, which has agreed"), as a person would be followed by "who".
APPOSED_AGENT_WHICH = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+(?:or|er|ist|ant)s?,\s+which\b")


@lru_cache(maxsize=1)
def places() -> dict:
    """The shipped gazetteer: name -> (canonical name, 'country'|'city'|'region'); demonyms and
    capitals -> their country."""
    raw = json.loads(resources.files("briefcli.data").joinpath("places.json").read_text("utf-8"))
    table: dict[str, tuple[str, str]] = {}
    for name, aliases in raw["countries"].items():
        table[name] = (name, "country")
        for alias in aliases:
            table.setdefault(alias, (name, "country"))
    for name in raw["cities"]:
        table.setdefault(name, (name, "city"))
    for name in raw["capitals"]:  # a capital is a city ("AMMAN —" opens a dateline), unless it is a given name too
        if name not in first_names():
            table.setdefault(name, (name, "city"))
    for name in raw["regions"] + raw["subdivisions"]:
        table.setdefault(name, (name, "region"))
    for name in raw["towns"]:  # (cities the name tagger was not trained with)
        table.setdefault(name, (name, "city"))
    return {"names": table, "demonyms": raw["demonyms"], "capitals": raw["capitals"]}


# What news writes for a government, as the subject of its acts: its seat or its department ("The Treasury has
# agreed", "the Kremlin", "Downing Street"), its constitutional name ("the Crown", "the Republic", "the Centre" of
# India's federal government) or its ministers.
GOVERNMENT_METONYMS = (
    r"(?:[Tt]he (?:Treasury|Exchequer|Kremlin|Pentagon|Crown|Centre|Republic|Kingdom|Sultanate|Emirate|Executive"
    r"|province|territory)|Whitehall|Downing Street|Holyrood|Stormont|Cardiff Bay|[Mm]inisters)"
)


# The style a prison's name opens with: "HMP Kelby", "HMYOI Marlow".
PRISON_STYLES = frozenset({"HMP", "HMYOI"})
# Words in a body's name that a common noun stands for: "the union" is "X Workers United Local 212"
# or "the Kelby Nurses Association" (a body named as a union first).
NAMED_AS = {
    "prison": tuple(PRISON_STYLES),
    "jail": tuple(PRISON_STYLES),
    "union": ("Workers", "Brotherhood", "Guild", "Local", "Association", "Federation"),
    "unions": ("Workers",),
    "force": ("Police", "Constabulary"),
    "cops": ("Police", "Constabulary"),  # (a headline's word for the police)
    "watchdog": ("Authority", "Commission", "Ombudsman", "Regulator", "Inspectorate"),
    "regulator": ("Authority", "Commission", "Ombudsman", "Regulator", "Inspectorate"),
    "charity": ("Trust", "Foundation", "Appeal"),
    "railway": ("Rail", "Railway", "Railways", "Railroad"),
    # (not Network Rail, which owns the tracks)
    "operator": ("Ferries", "Buses", "Coaches", "Trains", "Trams", "Airways", "Airlines"),
    "airline": ("Air", "Airways", "Airlines"),
    **dict.fromkeys(("builder", "housebuilder", "developer"), ("Homes", "Construction", "Builders", "Developments")),
    "broadcaster": ("TV", "Television", "Radio", "Broadcasting", "Channel"),  # (a production company makes shows)
    "board": ("Board", "District"),  # a school board is its district's
    "district": ("District", "Schools"),  # a US school district is named "Kelby Public Schools" too
    "taxman": ("HMRC", "IRS", "Revenue", "Taxation"),  # news's name for the tax authority
    "department": ("Ministry",),  # "the Ministry of Justice said ... The department will": a ministry is one
    "ministry": ("Department",),
    "hospital": ("Hospital", "Infirmary", "Medical"),  # "Kelby Medical Center", "Kelby Royal Infirmary"
    **dict.fromkeys(("co-op", "coop", "cooperative", "co-operative"), ("Cooperative", "Co-operative", "Co-op")),
}
