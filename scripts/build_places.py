"""Build brief's gazetteer (src/briefcli/data/places.json).

Country names come from pycountry (ISO 3166), with the short names news
uses; demonyms, cities and regions are listed here by hand. The file is
generated once and shipped, so brief's output does not depend on which
pycountry version a user has installed.

Usage: python scripts/build_places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

from briefcli.extract.lexicon import first_names
from briefcli.tagging.features import KIND_BIT, MOSTLY_LOWER, capitalisation, name_kinds

OUT = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data" / "places.json"

# ISO names that news never uses -> the name it does use.
SHORT_NAMES = {
    "RU": "Russia",
    "KP": "North Korea",
    "KR": "South Korea",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "TW": "Taiwan",
    "GB": "United Kingdom",
    "US": "United States",
    "CD": "Democratic Republic of Congo",
    "CG": "Congo",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "VA": "Vatican",
    "BN": "Brunei",
    "CV": "Cape Verde",
    "TR": "Turkey",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
    "MM": "Myanmar",
}
EXTRA_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "North Korea": ["DPRK"],
    "Netherlands": ["Holland"],
    "Czech Republic": ["Czechia"],
    "Myanmar": ["Burma"],
    "Ivory Coast": ["Côte d'Ivoire"],
    "Turkey": ["Türkiye"],
}
DEMONYMS = {
    "Afghan": "Afghanistan",
    "Albanian": "Albania",
    "Algerian": "Algeria",
    "American": "United States",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Armenian": "Armenia",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan",
    "Bangladeshi": "Bangladesh",
    "Belarusian": "Belarus",
    "Belgian": "Belgium",
    "Bolivian": "Bolivia",
    "Bosnian": "Bosnia and Herzegovina",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Bulgarian": "Bulgaria",
    "Cambodian": "Cambodia",
    "Canadian": "Canada",
    "Chilean": "Chile",
    "Chinese": "China",
    "Colombian": "Colombia",
    "Croatian": "Croatia",
    "Cuban": "Cuba",
    "Cypriot": "Cyprus",
    "Czech": "Czech Republic",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Ecuadorian": "Ecuador",
    "Egyptian": "Egypt",
    "English": "United Kingdom",
    "Estonian": "Estonia",
    "Ethiopian": "Ethiopia",
    "European": "Europe",
    "Filipino": "Philippines",
    "Finnish": "Finland",
    "French": "France",
    "Georgian": "Georgia",
    "German": "Germany",
    "Ghanaian": "Ghana",
    "Greek": "Greece",
    "Hungarian": "Hungary",
    "Icelandic": "Iceland",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kazakh": "Kazakhstan",
    "Kenyan": "Kenya",
    "Korean": "South Korea",
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Kuwaiti": "Kuwait",
    "Latvian": "Latvia",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Lithuanian": "Lithuania",
    "Malaysian": "Malaysia",
    "Mexican": "Mexico",
    "Moldovan": "Moldova",
    "Mongolian": "Mongolia",
    "Moroccan": "Morocco",
    "Nepalese": "Nepal",
    "New Zealander": "New Zealand",
    "Nigerian": "Nigeria",
    "Norwegian": "Norway",
    "Pakistani": "Pakistan",
    "Palestinian": "Palestine",
    "Peruvian": "Peru",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Qatari": "Qatar",
    "Romanian": "Romania",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "Scottish": "United Kingdom",
    "Serbian": "Serbia",
    "Singaporean": "Singapore",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Somali": "Somalia",
    "South African": "South Africa",
    "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka",
    "Sudanese": "Sudan",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Taiwanese": "Taiwan",
    "Thai": "Thailand",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Ugandan": "Uganda",
    "Ukrainian": "Ukraine",
    "Uzbek": "Uzbekistan",
    "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam",
    "Welsh": "United Kingdom",
    "Yemeni": "Yemen",
    "Zimbabwean": "Zimbabwe",
    "Philippine": "Philippines",
    "Haitian": "Haiti",
    "Dominican": "Dominican Republic",
    "Gibraltarian": "Gibraltar",
    "Emirati": "United Arab Emirates",
    "Rwandan": "Rwanda",
    "Tanzanian": "Tanzania",
    "Maltese": "Malta",
    "Montenegrin": "Montenegro",
    "Macedonian": "North Macedonia",
}
# Capitals news writes for their country's government ("Beijing vowed", "Moscow dismissed the
# sanctions"); each is one of CITIES.
CAPITALS = {
    "Ankara": "Turkey",
    "Athens": "Greece",
    "Baghdad": "Iraq",
    "Beijing": "China",
    "Berlin": "Germany",
    "Bogota": "Colombia",
    "Brasilia": "Brazil",
    "Budapest": "Hungary",
    "Cairo": "Egypt",
    "Caracas": "Venezuela",
    "Copenhagen": "Denmark",
    "Damascus": "Syria",
    "Dhaka": "Bangladesh",
    "Doha": "Qatar",
    "Dublin": "Ireland",
    "Hanoi": "Vietnam",
    "Havana": "Cuba",
    "Helsinki": "Finland",
    "Islamabad": "Pakistan",
    "Jakarta": "Indonesia",
    "Kabul": "Afghanistan",
    "Khartoum": "Sudan",
    "Kiev": "Ukraine",
    "Kyiv": "Ukraine",
    "Lima": "Peru",
    "Lisbon": "Portugal",
    "London": "United Kingdom",
    "Madrid": "Spain",
    "Manila": "Philippines",
    "Minsk": "Belarus",
    "Moscow": "Russia",
    "Nairobi": "Kenya",
    "New Delhi": "India",
    "Oslo": "Norway",
    "Ottawa": "Canada",
    "Paris": "France",
    "Prague": "Czech Republic",
    "Pretoria": "South Africa",
    "Pyongyang": "North Korea",
    "Riyadh": "Saudi Arabia",
    "Rome": "Italy",
    "Santiago": "Chile",
    "Seoul": "South Korea",
    "Stockholm": "Sweden",
    "Taipei": "Taiwan",
    "Tehran": "Iran",
    "Tokyo": "Japan",
    "Vienna": "Austria",
    "Warsaw": "Poland",
    "Washington": "United States",
    "Abuja": "Nigeria",
    "Accra": "Ghana",
    "Addis Ababa": "Ethiopia",
    "Algiers": "Algeria",
    "Amman": "Jordan",
    "Asuncion": "Paraguay",
    "Baku": "Azerbaijan",
    "Beirut": "Lebanon",
    "Belgrade": "Serbia",
    "Bratislava": "Slovakia",
    "Bucharest": "Romania",
    "Buenos Aires": "Argentina",
    "Chisinau": "Moldova",
    "Dakar": "Senegal",
    "Harare": "Zimbabwe",
    "Juba": "South Sudan",
    "Kampala": "Uganda",
    "Kigali": "Rwanda",
    "Kinshasa": "Democratic Republic of Congo",
    "Kuala Lumpur": "Malaysia",
    "La Paz": "Bolivia",
    "Ljubljana": "Slovenia",
    "Luanda": "Angola",
    "Lusaka": "Zambia",
    "Managua": "Nicaragua",
    "Maputo": "Mozambique",
    "Mexico City": "Mexico",
    "Mogadishu": "Somalia",
    "Montevideo": "Uruguay",
    "Muscat": "Oman",
    "Nicosia": "Cyprus",
    "Port-au-Prince": "Haiti",
    "Quito": "Ecuador",
    "Rabat": "Morocco",
    "Riga": "Latvia",
    "Sanaa": "Yemen",
    "Santo Domingo": "Dominican Republic",
    "Sofia": "Bulgaria",
    "Tallinn": "Estonia",
    "Tbilisi": "Georgia",
    "Tirana": "Albania",
    "Tripoli": "Libya",
    "Tunis": "Tunisia",
    "Ulaanbaatar": "Mongolia",
    "Valletta": "Malta",
    "Vilnius": "Lithuania",
    "Wellington": "New Zealand",
    "Yerevan": "Armenia",
    "Zagreb": "Croatia",
    "Canberra": "Australia",
    "Bern": "Switzerland",
    "Reykjavik": "Iceland",
    "Phnom Penh": "Cambodia",
    "Naypyidaw": "Myanmar",
}
CITIES = [
    "",
    "London Paris Berlin Madrid Rome Moscow Kyiv Kiev Washington Brussels Beijing Tokyo Delhi",
    "New Delhi Mumbai Shanghai Hong Kong Sydney Melbourne Toronto Ottawa Vancouver Montreal",
    "New York Los Angeles Chicago Boston San Francisco Seattle Houston Dallas Miami Atlanta",
    "Detroit Philadelphia Geneva Zurich Vienna Prague Warsaw Budapest Athens Lisbon Dublin",
    "Edinburgh Glasgow Cardiff Belfast Manchester Liverpool Birmingham Leeds Bristol Newcastle",
    "Amsterdam Stockholm Oslo Copenhagen Helsinki Istanbul Ankara Tehran Baghdad Damascus",
    "Jerusalem Tel Aviv Gaza Cairo Riyadh Dubai Abu Dhabi Doha Kabul Islamabad Karachi Lahore",
    "Dhaka Bangkok Jakarta Manila Seoul Pyongyang Taipei Singapore Kuala Lumpur Hanoi",
    "Nairobi Lagos Johannesburg Cape Town Pretoria Addis Ababa Khartoum Mexico City Havana",
    "Caracas Bogota Lima Santiago Buenos Aires Sao Paulo Rio de Janeiro Brasilia Minsk",
    "Kharkiv Odesa Odessa Lviv Donetsk Luhansk Crimea Mariupol Kherson Zaporizhzhia Davos",
    "Strasbourg Frankfurt Munich Hamburg Milan Barcelona Marseille Lyon Westminster Downing Street",
    "Wall Street Silicon Valley Hollywood Brussels Luxembourg Monaco",
    "",
]
# Cities added after the name tagger was trained, which the actor rules read as cities and the tagger's gazetteer
# feature does not (as SUBDIVISIONS): the larger US, British, Irish, Canadian, Australian and New Zealand cities local
# news names without a state or county ("across metro Denver", "a Sheffield landlord"). One whose first word is a
# given name is left to the tagger ("Austin", "Charlotte", "Victoria"), and so are the cities whose names famous
# people carry as surnames ("Hamilton", "Madison", "Columbus", "Hull").
TOWNS = [
    "",
    "Denver Phoenix Portland Minneapolis Nashville Baltimore Cleveland Pittsburgh Tampa Orlando Sacramento Memphis",
    "Milwaukee Albuquerque Tucson Fresno Omaha Tulsa Wichita Oakland Honolulu Anchorage Louisville Indianapolis",
    "Cincinnati Kansas City St. Louis St Louis New Orleans Raleigh Richmond Norfolk Buffalo Rochester",
    "Syracuse Albany Hartford Providence Newark Jersey City Brooklyn Queens Bronx Manhattan Staten Island",
    "Long Island San Diego San Jose San Antonio Fort Worth El Paso Oklahoma City Salt Lake City Las Vegas Reno",
    "Boise Spokane Tacoma Anaheim Long Beach Riverside Bakersfield Stockton Santa Ana Irvine Chula Vista",
    "Scottsdale Mesa Tempe Chandler Aurora Boulder Colorado Springs Des Moines Little Rock",
    "Baton Rouge Shreveport Knoxville Chattanooga Lexington Greensboro Durham Charleston Savannah Jacksonville",
    "Tallahassee Gainesville Fort Lauderdale St. Petersburg Hialeah Miami Beach Grand Rapids Lansing",
    "Ann Arbor Toledo Akron Dayton Green Bay Des Plaines Evanston Naperville Peoria Springfield",
    "Sheffield Nottingham Coventry Plymouth Leicester Bradford Southampton Portsmouth Brighton Stoke",
    "Wolverhampton Swansea Newport Sunderland Middlesbrough Oxford Cambridge Norwich Exeter York",
    "Aberdeen Dundee Inverness Stirling Perth Londonderry Derry Lisburn Newry Bournemouth Blackpool Preston",
    "Bolton Wigan Stockport Salford Huddersfield Wakefield Doncaster Rotherham Barnsley Gateshead Ipswich",
    "Peterborough Northampton Luton Milton Keynes Swindon Gloucester Cheltenham Worcester Chester Carlisle",
    "Cork Galway Limerick Waterford Kilkenny Brisbane Adelaide Canberra Darwin Hobart Auckland Wellington",
    "Christchurch Dunedin Calgary Edmonton Winnipeg Halifax Regina Saskatoon Victoria",
    "",
]
US_STATES = [
    "",
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii",
    "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts",
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New Hampshire New Jersey",
    "New Mexico North Carolina North Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island",
    "South Carolina South Dakota Tennessee Texas Utah Vermont Virginia West Virginia Wisconsin Wyoming",
    "",
]
REGIONS = [
    "",
    "Europe Asia Africa America North America South America Latin America Middle East Gulf",
    "Balkans Scandinavia Caribbean Pacific Atlantic Arctic Antarctica Baltic Baltics Sahel",
    "Scotland England Wales Northern Ireland Siberia Kashmir Tibet Kosovo Chechnya Darfur",
    "",
]
# Subdivisions added after the name tagger was trained: the actor rules read them as regions,
# the tagger's gazetteer feature does not (its weights were learned without them).
SUBDIVISIONS = [
    "",
    # British counties, which datelines and addresses put after a town ("Thornby, Kent").
    "Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon",
    "Dorset Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire",
    "Lincolnshire Merseyside Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire",
    "Shropshire Somerset Staffordshire Suffolk Surrey Sussex Warwickshire Wiltshire Worcestershire",
    "Yorkshire West Yorkshire North Yorkshire South Yorkshire East Sussex West Sussex Greater Manchester",
    "West Midlands Aberdeenshire Ayrshire Lanarkshire Perthshire Fife Pembrokeshire Carmarthenshire",
    "Gwynedd Powys",
    # Regions news names without a body: "drivers from the Midlands", "a mill in the Highlands".
    "Midlands East Midlands Highlands Cotswolds Lake District Peak District Home Counties",
    "Midwest Pacific Northwest Deep South Far East",
    # Canadian provinces and Australian states.
    "Ontario Quebec Alberta British Columbia Manitoba Saskatchewan Nova Scotia Queensland",
    "New South Wales Tasmania",
    # ... and the rest of them (not Victoria, a given name as often), Germany's states and India's larger states,
    # which stories name as governments ("New Brunswick's fisheries department", "the Bavarian state").
    "New Brunswick Prince Edward Island Newfoundland and Labrador Newfoundland Yukon Nunavut Northwest Territories",
    "Western Australia South Australia Northern Territory",
    "Bavaria Saxony Saxony-Anhalt Lower Saxony Thuringia Hesse North Rhine-Westphalia Baden-Württemberg",
    "Rhineland-Palatinate Schleswig-Holstein Saarland Mecklenburg-Western Pomerania",
    "Maharashtra Karnataka Tamil Nadu Kerala Gujarat Rajasthan Uttar Pradesh Bihar West Bengal Odisha Telangana",
    "Andhra Pradesh Madhya Pradesh Assam Haryana Jharkhand Chhattisgarh Uttarakhand Himachal Pradesh",
    "",
]

MULTIWORD = {
    # (towns)
    "Kansas City", "St. Louis", "St Louis", "New Orleans", "Jersey City", "Staten Island", "Long Island",
    "San Diego", "San Jose", "San Antonio", "Fort Worth", "El Paso", "Oklahoma City", "Salt Lake City",
    "Las Vegas", "Long Beach", "Santa Ana", "Chula Vista", "Colorado Springs", "Des Moines", "Little Rock",
    "Baton Rouge", "Fort Lauderdale", "St. Petersburg", "Miami Beach", "Grand Rapids", "Ann Arbor", "Green Bay",
    "Des Plaines", "Milton Keynes",
    "New Brunswick",
    "North Rhine-Westphalia",
    "Mecklenburg-Western Pomerania",
    "Prince Edward Island",
    "Newfoundland and Labrador",
    "Northwest Territories",
    "Western Australia",
    "South Australia",
    "Northern Territory",
    "Lower Saxony",
    "Tamil Nadu",
    "Uttar Pradesh",
    "West Bengal",
    "Andhra Pradesh",
    "Madhya Pradesh",
    "Himachal Pradesh",
    "New Delhi",
    "Hong Kong",
    "New York",
    "Los Angeles",
    "San Francisco",
    "Tel Aviv",
    "Abu Dhabi",
    "Kuala Lumpur",
    "Cape Town",
    "Addis Ababa",
    "Mexico City",
    "Buenos Aires",
    "Sao Paulo",
    "Rio de Janeiro",
    "Downing Street",
    "Wall Street",
    "Silicon Valley",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "North America",
    "South America",
    "Latin America",
    "Middle East",
    "Northern Ireland",
    "West Yorkshire",
    "North Yorkshire",
    "South Yorkshire",
    "East Sussex",
    "West Sussex",
    "Greater Manchester",
    "West Midlands",
    "East Midlands",
    "Lake District",
    "Peak District",
    "Home Counties",
    "Pacific Northwest",
    "Deep South",
    "Far East",
    "British Columbia",
    "Nova Scotia",
    "New South Wales",
}


def split_names(lines: list[str]) -> list[str]:
    """Names from whitespace-separated lines, keeping the listed multi-word names whole."""
    names: list[str] = []
    for line in lines:
        rest = line
        for multi in sorted(MULTIWORD, key=len, reverse=True):
            if multi in rest:
                names.append(multi)
                rest = rest.replace(multi, " ")
        names.extend(rest.split())
    return names


def countries() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for country in pycountry.countries:
        name = SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        aliases = {country.name, getattr(country, "official_name", country.name)} - {name}
        aliases |= set(EXTRA_ALIASES.get(name, []))
        table[name] = sorted(a for a in aliases if "," not in a)
    return dict(sorted(table.items()))


# First-level subdivisions of every country (ISO 3166-2) that news names as places: "Sonora", "Sindh",
# "Gauteng", "Oaxaca". Not one that is also a given name or a surname ("Victoria", "Mendoza", "Guerrero"),
# nor a people's name or one whose words are all common ones ("Somali", "Central", "Red Sea"): the rules
# read a listed name as a place wherever it stands.
ISO_KINDS = {
    "State",
    "Province",
    "Region",
    "Governorate",
    "Prefecture",
    "Autonomous region",
    "Autonomous community",
    "Voivodship",
    "Land",
    "Regional state",
    "Union territory",
    "Oblast",
    "Emirate",
    "Autonomous province",
    "Autonomous republic",
    "Republic",
    "Federal district",
    "Territory",
    "Autonomous city",
}
ISO_SUFFIXES = (" Sheng", " Shi")  # China's "Guangdong Sheng": news writes "Guangdong"


def iso_subdivisions() -> list[str]:
    """The names of ``ISO_KINDS`` subdivisions news can read as places only."""
    out = []
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        for suffix in ISO_SUFFIXES:
            name = name.removesuffix(suffix)
        words = name.split()
        if (
            subdivision.parent_code is not None
            or subdivision.type not in ISO_KINDS
            or any(mark in name for mark in ",()/[]")
            or len(name) < 4
            or name in DEMONYMS  # (Ethiopia's "Somali" region)
            or words[0] in first_names()
            or (len(words) == 1 and name_kinds(name) & KIND_BIT["surname"])
            or all(0 < capitalisation(word) <= MOSTLY_LOWER for word in words)
        ):
            continue
        out.append(name)
    return out


def towns() -> list[str]:
    """``TOWNS`` less those the other lists hold and those a given name opens (a big city's name is a city far
    more often than a surname: "Denver", "Sheffield")."""
    listed = set(split_names(CITIES + US_STATES + REGIONS + SUBDIVISIONS)) | set(iso_subdivisions())
    return sorted(name for name in set(split_names(TOWNS)) - listed if name.split()[0] not in first_names())


def main() -> None:
    data = {
        "countries": countries(),
        "demonyms": dict(sorted(DEMONYMS.items())),
        "cities": sorted(set(split_names(CITIES))),
        "capitals": dict(sorted(CAPITALS.items())),
        "regions": sorted(set(split_names(US_STATES + REGIONS))),
        "subdivisions": sorted(set(split_names(SUBDIVISIONS)) | set(iso_subdivisions())),
        "towns": towns(),
    }
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {OUT}: {len(data['countries'])} countries, {len(data['demonyms'])} demonyms, "
        f"{len(data['cities'])} cities, {len(data['regions'])} regions, {len(data['subdivisions'])} subdivisions, "
        f"{len(data['towns'])} towns"
    )


if __name__ == "__main__":
    main()
