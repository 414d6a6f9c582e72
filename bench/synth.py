"""Synthetic seeds that look like the real ones, for measuring the pipeline at corpus scale.

Each seed is raw text in one of the four shapes the real seeds have (a news article, a
white-paper chapter, an interview article, a ministry fact sheet), with their page furniture
(`close`, `Back to Index`, `Photo N. Details in caption.`), headings (`1. Cooperation with ...`,
`■ ...`, short subheading lines), lists (`  1.`, `  • - `), footnote markers glued to words and
punctuation with a notes list at the end, bylines, and country and organisation names in their
many spellings. The prose is assembled from sentence templates: it is not meant to be read, only
to cost what real prose costs and to exercise the same rules.

Deterministic: document i of a corpus made with base seed s is the same text on every machine
and every run (random.Random seeded with a string is stable across processes and platforms).

    python -m bench.synth OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

DEFAULT_SEED = 20240101
TARGET_WORDS = 900

# Canonical country -> the names a source may use for it (demonyms are listed apart).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Viet Nam": ("Viet Nam", "Vietnam"),
    "Lao PDR": ("Lao PDR", "Laos", "the Lao People’s Democratic Republic"),
    "Myanmar": ("Myanmar", "Burma"),
    "Malaysia": ("Malaysia",),
    "Philippines": ("the Philippines", "Philippines"),
    "Thailand": ("Thailand",),
    "Indonesia": ("Indonesia",),
    "Cambodia": ("Cambodia", "the Kingdom of Cambodia"),
    "Singapore": ("Singapore",),
    "Brunei": ("Brunei Darussalam", "Brunei"),
    "Timor-Leste": ("Timor-Leste", "East Timor"),
    "India": ("India",),
    "Bangladesh": ("Bangladesh",),
    "Sri Lanka": ("Sri Lanka",),
    "Kenya": ("Kenya",),
    "Rwanda": ("Rwanda",),
    "Ethiopia": ("Ethiopia",),
    "Brazil": ("Brazil",),
    "Peru": ("Peru",),
    "Maldives": ("Maldives", "the Maldives"),
    "Mongolia": ("Mongolia",),
    "Papua New Guinea": ("Papua New Guinea", "PNG"),
}
DEMONYMS = ("Vietnamese", "Lao", "Malaysian", "Philippine", "Filipino", "Thai", "Indonesian",
            "Cambodian", "Singaporean", "Indian", "Bangladeshi", "Sri Lankan", "Kenyan",
            "Brazilian", "Peruvian", "Mongolian", "Burmese")
CITIES = ("Hanoi", "Ho Chi Minh City", "Vientiane", "Yangon", "Kuala Lumpur", "Manila", "Bangkok",
          "Jakarta", "Phnom Penh", "Singapore", "Dili", "Nairobi", "Dhaka", "Colombo")
GROUPS = ("ASEAN", "the Association of Southeast Asian Nations (ASEAN)", "CLMV countries",
          "the Mekong region", "the Global South", "Pacific Island countries",
          "Latin America and the Caribbean", "ASEAN member states")
# Organisation -> spellings (full names with acronym, acronyms alone, aliases).
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "JICA": ("the Japan International Cooperation Agency (JICA)", "JICA"),
    "ADB": ("the Asian Development Bank (ADB)", "ADB", "the Asian Development Bank"),
    "ITU": ("the International Telecommunication Union (ITU)", "ITU"),
    "ESCAP": ("the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)", "ESCAP"),
    "ASEAN Secretariat": ("the ASEAN Secretariat", "ASEAN Secretariat"),
    "SATREPS": ("the Science and Technology Research Partnership for Sustainable Development (SATREPS)", "SATREPS"),
    "AJCCBC": ("the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC)", "AJCCBC"),
    "UNICEF": ("the United Nations Children’s Fund (UNICEF)", "UNICEF"),
    "World Bank": ("the World Bank", "the World Bank Group"),
    "MOFA": ("the Ministry of Foreign Affairs (MOFA)", "MOFA", "the Ministry of Foreign Affairs of Japan"),
    "METI": ("the Ministry of Economy, Trade and Industry (METI)", "METI"),
    "JETRO": ("the Japan External Trade Organization (JETRO)", "JETRO"),
    "ERIA": ("the Economic Research Institute for ASEAN and East Asia (ERIA)", "ERIA"),
}
COMPANIES = ("Sojitz Corp", "Toyota Tsusho Corp", "Hitachi Ltd", "NEC Corp", "Fujitsu Ltd",
             "Mitsubishi Corp", "Yanmar Agribusiness Co., Ltd.", "NTT Data", "Marubeni Corp")
TOPICS = ("digital transformation (DX)", "cybersecurity", "smart agriculture", "climate change",
          "disaster risk reduction", "universal health coverage", "quality infrastructure",
          "renewable energy", "human resources development", "food security", "critical minerals",
          "semiconductors", "artificial intelligence", "remote medical care", "mobile banking",
          "digital terrestrial broadcasting (ISDB-T)", "research and development (R&D)",
          "water supply", "urban transport", "the blue economy")
ACTIVITIES = ("training courses for engineers", "pilot projects in rural areas", "joint research",
              "capacity building workshops", "feasibility studies", "policy dialogues",
              "the dispatch of experts", "technical cooperation projects", "grant aid",
              "yen loans", "exchange programmes for students", "demonstration experiments")
GOALS = ("improving productivity", "narrowing development gaps", "strengthening resilience",
         "ensuring food security", "promoting inclusive growth", "protecting critical infrastructure",
         "reducing post-harvest losses", "expanding internet access in schools",
         "enhancing the quality of medical services", "achieving the Sustainable Development Goals")
PEOPLE = ("Prime Minister Fumio Kishida", "Prime Minister Yoshihide Suga", "the foreign minister",
          "a senior JICA official", "the founder of a think tank", "the minister of industry",
          "a government spokesperson", "the ambassador")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
BYLINES = ("THE YOMIURI SHIMBUN (JAPAN)/ASIA NEWS NETWORK", "Yomiuri Shimbun", "NIKKEI ASIA",
           "THE JAKARTA POST/ASIA NEWS NETWORK", "VIET NAM NEWS/ASIA NEWS NETWORK", "Kyodo News")
PUBLISHERS = ("Ministry of Foreign Affairs Japan", "Ministry of Foreign Affairs of Japan",
              "Japan International Cooperation Agency", "Ministry of Economy, Trade and Industry")

SENTENCES = (
    "Japan will provide a total of {amount} for {n} projects in {country}, including {activity}.",
    "In {country}, {company} will work with local partners on {topic}, with the aim of {goal}.",
    "{org} has supported {activity} in {country} since {year}, focusing on {topic}.",
    "The government hopes the assistance will help {company} and other firms expand into {group}.",
    "{person} said the cooperation with {group} was essential for {goal}.",
    "Under this initiative, {org} and {org2} conduct {activity} for officials from {country} and {country2}.",
    "As of {month} {year}, approximately {people} people from {group} had taken part in {activity}.",
    "{country} and Japan agreed to cooperate on {topic} at a meeting held in {city} on {weekday}.",
    "Among the pilot projects in the initiative jointly implemented by {org} and {org2}, Japan has provided support for {topic} in {country}.",
    "The adverse effects of {topic2} pose a significant threat to {group}, including rising sea levels and extreme weather events.",
    "Japan’s expertise in {topic} can greatly benefit {group} in their efforts toward {goal}.",
    "Since {year}, {org} has dispatched experts to {city} to support {activity} on {topic}.",
    "The projects aim to address challenges such as {topic} and {topic2} faced by {country} by utilising the private sector.",
    "{demonym} officials said the programme had contributed to {goal} in the region.",
    "It is becoming increasingly important to help developing countries reap the benefits of {topic} while mitigating its risks.",
    "By {month} {year}, a total of {n} projects had been implemented in {country}, {country2}, and {country3}.",
    "Japan also contributed {amount} to a trust fund managed by {org} for {topic}.",
    "The move is also aimed at countering competition in {topic} across {group}.",
    "Research institutes in {country} and Japan work together to conduct international joint research on {topic}.",
    "The training included practical demonstrations of {topic} as well as tours of factories in {city}.",
)
# Sentence parts: combined freely, so that (as in real prose) few runs of five words recur
# across documents; whole-sentence templates above are used sparingly for that reason.
OPENERS = ("In {year},", "Since {month} {year},", "According to {org},", "At the request of {place},",
           "Under a new agreement,", "As part of {activity},", "Last {weekday},", "In recent years,",
           "With support from {org},", "Following talks in {city},", "By the end of {year},", "")
SUBJECTS = ("{org}", "{company}", "the government of {place}", "Japan", "{demonym} authorities",
            "{person}", "local partners in {city}", "a consortium led by {company}", "the ministry",
            "{place}", "researchers from {place} and Japan", "the two governments", "{demonym} engineers")
VERBS = ("has supported", "will provide", "agreed to expand", "launched", "is considering",
         "plans to finance", "signed an agreement on", "completed", "announced", "will study",
         "is preparing", "helped design", "began testing", "co-financed", "reviewed", "will scale up",
         "is piloting", "committed funds to", "evaluated", "set up")
ADJECTIVES = ("new", "regional", "joint", "small-scale", "national", "pilot", "long-term", "low-cost",
              "community-based", "cross-border", "digital", "integrated", "local", "five-year",
              "large", "public", "private", "urgent", "shared", "open")
NOUNS = ("programmes", "facilities", "networks", "curricula", "laboratories", "platforms", "plans",
         "surveys", "loans", "grants", "workshops", "partnerships", "standards", "databases",
         "hospitals", "schools", "ports", "roads", "power plants", "training centres")
TAILS = (" in {place}", " with the aim of {goal}", " worth {amount}", " by {year}", " together with {org2}",
         " across {group}", " for {n} provinces", " near {city}", " in cooperation with {company}",
         ", officials said", ", the report said", "")
LEXICON = ("steadily", "notably", "mainly", "jointly", "gradually", "already", "largely", "initially",
           "formally", "quietly", "again", "directly", "partly", "further")
PLAIN_OPENERS = ("In {year},", "Since {month} {year},", "Under a new agreement,", "In recent years,",
                 "By the end of {year},", "Over the next {n} years,", "At the same time,", "In addition,", "")
PLAIN_SUBJECTS = ("the ministry", "the two governments", "local partners", "the project team", "officials",
                  "the programme", "participating firms", "the agency", "engineers", "the committee")
PLAIN_TAILS = (" with the aim of {goal}", " by {year}", " for {n} provinces", ", officials said",
               ", the report said", " worth {amount}", "", "")
HEADINGS = ("Promotion of {topic_t}", "Cooperation on {topic_t}", "{topic_t} and Human Resources",
            "Support for {topic_t}", "Strengthening {topic_t}")


class _Writer(random.Random):
    """A seeded generator that also holds one document's cast.

    A real document is about a few countries, bodies and topics and names the rest in passing:
    the five seeds name 11.5 countries, 9.8 organisations and 6.7 topics per 1,000 words. Drawing
    every name from the whole vocabulary would give each synthetic document most of the list (and
    every index page most of the corpus), so names come from the document's cast, with an
    occasional outsider.
    """

    cast: dict[str, tuple] = {}


def _pick(rng: random.Random, options) -> str:
    return options[rng.randrange(len(options))]


def _cast_pick(rng: random.Random, kind: str, everything: tuple):
    cast = getattr(rng, "cast", {}).get(kind)
    return _pick(rng, cast if cast and rng.random() < 0.9 else everything)


def _place_name(rng: random.Random) -> str:
    """One of a country's names, in any of the spellings sources use."""
    return _pick(rng, COUNTRIES[_cast_pick(rng, "countries", tuple(COUNTRIES))])


def _demonym(rng: random.Random) -> str:
    return _cast_pick(rng, "demonyms", DEMONYMS)


def _org(rng: random.Random) -> str:
    return _pick(rng, ORGANISATIONS[_cast_pick(rng, "organisations", tuple(ORGANISATIONS))])


def _topic(rng: random.Random) -> str:
    return _cast_pick(rng, "topics", TOPICS)


def _cast(rng: random.Random) -> dict[str, tuple]:
    def some(options, low: int, high: int) -> tuple:
        return tuple(rng.sample(tuple(options), rng.randint(low, high)))
    return {"countries": some(COUNTRIES, 2, 9), "demonyms": some(DEMONYMS, 1, 3),
            "organisations": some(ORGANISATIONS, 2, 8), "topics": some(TOPICS, 1, 4),
            "companies": some(COMPANIES, 1, 3), "cities": some(CITIES, 1, 4), "groups": some(GROUPS, 1, 3)}


def _capitalise(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence else sentence


def _title_case(text: str) -> str:
    small = {"and", "of", "the", "for", "in", "on", "with", "to"}
    words = text.split()
    return " ".join(w if (i and w in small) or w[:1].isupper() or w.startswith("(") else w.capitalize()
                    for i, w in enumerate(words))


def _slots(rng: random.Random) -> dict[str, object]:
    return dict(
        amount=_pick(rng, ("500 million yen ($4.7 million)", "$98,520", "1.2 billion yen",
                           "$3 million", "about 20 billion yen", f"{rng.randint(2, 900)} million yen")),
        n=rng.randint(2, 40), people=f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}",
        country=_place_name(rng), country2=_place_name(rng), country3=_place_name(rng),
        place=_place_name(rng), demonym=_demonym(rng), company=_cast_pick(rng, "companies", COMPANIES), org=_org(rng),
        org2=_org(rng), topic=_topic(rng), topic2=_topic(rng), activity=_pick(rng, ACTIVITIES),
        goal=_pick(rng, GOALS), group=_cast_pick(rng, "groups", GROUPS), person=_pick(rng, PEOPLE),
        year=rng.randint(1995, 2024), month=_pick(rng, MONTHS), weekday=_pick(rng, WEEKDAYS),
        city=_cast_pick(rng, "cities", CITIES),
    )


def _composed(rng: random.Random) -> str:
    """Opener, subject, verb, adjective + noun for a topic, tail: one of millions of sentences."""
    verb = _pick(rng, VERBS)
    if rng.random() < 0.3:  # an adverb after the auxiliary ("will further study") or before the verb
        first, _, rest = verb.partition(" ")
        adverb = _pick(rng, LEXICON)
        verb = f"{first} {adverb} {rest}" if first in ("will", "has", "is") else f"{adverb} {verb}"
    parts = [_pick(rng, OPENERS), _pick(rng, SUBJECTS), verb, _pick(rng, ADJECTIVES), _pick(rng, NOUNS),
             "for" if rng.random() < 0.5 else "on", _topic(rng)]
    return " ".join(p for p in parts if p) + "".join(rng.sample(TAILS, 2)) + "."


def _plain(rng: random.Random) -> str:
    """A sentence that names no country, body or topic (most sentences of real prose)."""
    parts = [_pick(rng, PLAIN_OPENERS), _pick(rng, PLAIN_SUBJECTS), _pick(rng, VERBS), _pick(rng, ADJECTIVES),
             _pick(rng, NOUNS), "for", _pick(rng, ACTIVITIES)]
    return " ".join(p for p in parts if p) + _pick(rng, PLAIN_TAILS) + "."


def sentence(rng: random.Random) -> str:
    """One sentence: mostly composed from parts, sometimes a whole template (with its set phrases)."""
    roll = rng.random()
    template = _pick(rng, SENTENCES) if roll < 0.15 else _plain(rng) if roll < 0.5 else _composed(rng)
    text = template.format(**_slots(rng))
    if rng.random() < 0.08:  # a country in another spelling somewhere in the sentence
        text = text[:-1] + f", as in {_place_name(rng)}."
    return _capitalise(text)


def paragraph(rng: random.Random, sentences: int | None = None) -> str:
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 6)))


def words(text: str) -> int:
    return len(text.split())


def _glue_note(rng: random.Random, para: str, number: int) -> str:
    """Glue a `Note N` marker the way the white paper's text extraction left them."""
    way = rng.randrange(3)
    if way == 0 and ")" in para:  # after an acronym: "(DX)Note 14 is"
        at = para.index(")") + 1
        return para[:at] + f"Note {number}" + para[at:]
    if way == 1 and ". " in para:  # after the full stop: ".Note 18 It"
        at = para.index(". ") + 1
        return para[:at] + f"Note {number}" + para[at:]
    space = para.find(" ", len(para) // 2)  # after a word: "countriesNote 20 in"
    while space > 0 and not para[space - 1].isalpha():  # "2022Note 7" would read as a number
        space = para.find(" ", space + 1)
    return para[:space] + f"Note {number}" + para[space:] if space > 0 else para + f"Note {number}"


def news(rng: random.Random, target: int) -> str:
    lines: list[str] = []
    if rng.random() < 0.3:
        lines += ["close", "close", ""]
    country = _place_name(rng)
    if rng.random() < 0.8:  # some news seeds start with the lede, without a title line
        lines += [_title_case(f"Japan to support {_topic(rng)} in {country} with {_pick(rng, ACTIVITIES)}"), "", ""]
    if rng.random() < 0.4:
        lines += [_pick(rng, BYLINES[:2]), _capitalise(f"{_pick(rng, PEOPLE)} attends a meeting in {_pick(rng, CITIES)} on {_pick(rng, WEEKDAYS)}."), ""]
    body = [_capitalise(f"{_pick(rng, PEOPLE)} announced support for {_topic(rng)} in {country} on {_pick(rng, WEEKDAYS)}, the government said.")]
    while words("\n".join(body)) < target - 60:
        body.append(paragraph(rng, rng.randint(1, 3)))
        if rng.random() < 0.08:
            items = "; ".join(f"{k}) {_pick(rng, ACTIVITIES)}" for k in range(1, rng.randint(3, 5)))
            body.append(f"More specifically, the policy will cover actions such as: {items}; and {_pick(rng, GOALS)}.")
    lines += "\n\n".join(body).split("\n")
    if rng.random() < 0.7:
        lines += ["", _pick(rng, BYLINES)]
    text = "\n".join(lines)
    return text if rng.random() < 0.2 else text + "\n"  # some seeds lack a final newline


def white_paper(rng: random.Random, target: int) -> str:
    year = rng.randint(2015, 2024)
    lines = [f"White Paper on Development Cooperation {year}", "Japan’s International Cooperation", "",
             f"({rng.randint(1, 9)}) {_title_case(_topic(rng))}", "", paragraph(rng, 5), "",
             "● Japan’s Efforts", ""]
    note = rng.randint(1, 30)
    notes: list[str] = []
    photo = 0
    while words("\n".join(lines)) < target - 80:
        lines.append("■ " + _title_case(_pick(rng, HEADINGS).format(topic_t=_topic(rng))))
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 2)):
                photo += 1
                lines += [f"Photo {photo}. Details in caption.", "",
                          f"{_capitalise(_pick(rng, ACTIVITIES))} as part of a project in {_place_name(rng)} (Photo: {_pick(rng, ('JICA', 'JICA', 'OUI. Inc.', 'ITU'))})", ""]
        else:
            lines.append("")
        for _ in range(rng.randint(1, 3)):
            para = paragraph(rng, rng.randint(3, 6))
            if rng.random() < 0.6:
                para = _glue_note(rng, para, note)
                notes.append(f"Note {note}: {sentence(rng)}")
                note += 1
            if rng.random() < 0.05:
                para = para.replace(" programme", " programme”Glossary", 1)
            lines += [para, ""]
    if notes:
        lines += [f"  {i}. {text}" for i, text in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"


def interview(rng: random.Random, target: int) -> str:
    topic = _topic(rng)
    lines = [_title_case(f"{_pick(rng, GROUPS[:1] + ('Viet Nam', 'Indonesia'))} Urged to Strengthen Cooperation with Japan on {topic}"), "",
             _title_case(f"Founder of {_demonym(rng)} Think Tank Highlights the Importance of Partnership for {_topic(rng)}"), "",
             paragraph(rng, 4), ""]
    while words("\n".join(lines)) < target - 60:
        lines += [_title_case(f"{_topic(rng)}: {_pick(rng, ('A Shared Concern', 'A Critical Priority', 'The Way Forward'))}"), "",
                  paragraph(rng, rng.randint(3, 5)), ""]
    lines += ["", paragraph(rng, 3), "", ""]
    return "\n".join(lines)


def fact_sheet(rng: random.Random, target: int) -> str:
    year = rng.randint(1998, 2012)
    lines = [_title_case(f"Japan's Cooperation on {_topic(rng)} with {_pick(rng, GROUPS)}"), "",
             f"{_pick(rng, MONTHS)} {year}", _pick(rng, PUBLISHERS), "",
             f"Overview: {paragraph(rng, 3)}", ""]
    section = 0
    while words("\n".join(lines)) < target - 60:
        section += 1
        org = _org(rng)
        lines += [f"{section}. Cooperation with {org[4:] if org.startswith('the ') else org}", "", paragraph(rng, 3), ""]
        shape = rng.randrange(3)
        if shape == 0:
            lines += [f"  {k}. {_capitalise(_pick(rng, ACTIVITIES))} for {_place_name(rng)} ({_pick(rng, MONTHS)} {year})"
                      for k in range(1, rng.randint(3, 6))] + [""]
        elif shape == 1:
            lines += [f"(1) {paragraph(rng, 2)}", "", f"(2) {_capitalise(org)} has such useful programs, including", ""]
            lines += [f"  • - to {_pick(rng, ('construct', 'organize', 'dispatch', 'support'))} {_pick(rng, ACTIVITIES)}"
                      for _ in range(rng.randint(2, 4))] + [""]
        else:
            lines += [paragraph(rng, 2), ""]
    lines += ["", "Back to Index"]
    return "\n".join(lines) + "\n"


KINDS = (news, white_paper, interview, fact_sheet)


def generate_seed(index: int, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """Document `index` of the corpus made with `seed`: (file name, raw text)."""
    rng = _Writer(f"atlas-synth:{seed}:{index}")
    kind = KINDS[rng.randrange(len(KINDS))]
    rng.cast = _cast(rng)
    target = rng.randint(TARGET_WORDS - 100, TARGET_WORDS + 100)
    name = f"{index:05d}_{rng.getrandbits(64):016x}.txt"
    return name, kind(rng, target)


def generate_corpus(n: int, seed: int = DEFAULT_SEED) -> dict[str, str]:
    """N seeds by file name; the first k of a larger corpus are the same k documents."""
    return dict(generate_seed(i, seed) for i in range(n))


def write_corpus(dest: Path, n: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write N seeds into `dest` (created; other .txt files there are removed)."""
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("*.txt"):
        old.unlink()
    paths = []
    for name, text in generate_corpus(n, seed).items():
        path = dest / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    write_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
