"""Round 48: defects earlier rounds saw in their fixtures and left, mended with general rules."""

from __future__ import annotations

from test_unseen_documents import cleaned, meta, texts

from atlas.clean import clean_text
from atlas.extract import mission_hosts, record_item
from atlas.extract_spans import find_people
from atlas.vocab import load_vocabulary

PROJECT = "round47_jica_project_outline_labels.txt"


def test_a_label_over_one_short_sentence_is_a_heading_beside_its_sibling_labels():
    # "Overall Goal" / "The cybersecurity of government information systems in Mongolia is strengthened."
    # (its siblings "Background", "Project Purpose", "Project Activities" stand over longer lines)
    body = cleaned(PROJECT).body
    assert "## Overall Goal {" in body
    assert "The cybersecurity of government information systems in Mongolia is strengthened." in texts(PROJECT)


def test_a_label_over_one_sentence_without_sibling_labels_stays_its_first_words():
    # round 22's "Article 5" over its sentence, alone in its text: no heading
    text = "Japan Signs a Treaty\n\nArticle 5\nThe parties will meet once a year.\n\nJapan will help.\n"
    assert "## Article 5" not in clean_text(text).body
    # one sibling label only (over a long line) does not make a page of labels either
    long = "Japan will help the partner country train its engineers over five years, " * 2
    text = f"Japan Signs a Treaty\n\nBackground\n{long}\n\nOverall Goal\nThe parties will meet once a year.\n"
    assert "## Overall Goal" not in clean_text(text).body


BLOG = "round47_blog_name_over_headline.txt"


def test_a_byline_listing_its_writers_with_commas_only_names_them_all():
    # "By Sakura Watanabe, Hasan Mahmud"
    writers = [p["name"] for p in meta(BLOG)["people"] if p["role"] == "Author"]
    assert writers == ["Sakura Watanabe", "Hasan Mahmud"]
    found = find_people("By Sakura Watanabe, Hasan Mahmud and Aiko Tanaka")
    assert [p["name"] for p in found] == ["Sakura Watanabe", "Hasan Mahmud", "Aiko Tanaka"]


def test_a_writer_s_post_or_outlet_after_the_comma_is_no_second_writer():
    # round6_news_photos.txt line 5: "By Somsack Vongsay, Vientiane Times"
    assert [p["name"] for p in meta("round6_news_photos.txt")["people"] if p["role"] == "Author"] == ["Somsack Vongsay"]
    for byline in ("By Jane Doe, Research Fellow", "By Jane Doe, Guest Contributor", "By Jane Doe, Jakarta Globe",
                   "By Jane Doe, Policy Analyst"):
        assert [p["name"] for p in find_people(byline)] == ["Jane Doe"], byline


def test_readers_comments_under_their_head_with_reply_buttons_are_the_page_s():
    # "Comments (2)" / "Rahim Uddin" / "15 May 2025" / "Great work. Our village received the message in time." / "Reply"
    c = cleaned(BLOG)
    assert ["Comments (2)", "Reply"] == [t for t in c.removed if t in ("Comments (2)", "Reply")]
    assert {"Rahim Uddin", "15 May 2025", "Great work. Our village received the message in time."} <= set(c.removed)
    assert texts(BLOG)[-1].startswith("Sakura Watanabe is a Senior Disaster Risk Management Specialist at ADB.")


PARAS = ("Japan will help the partner country train its engineers. The first course opens in May.\n\n"
         "Forty engineers will take part. They will spend a year in Osaka. Then they will go home to teach.")


def test_a_reply_line_without_a_comments_head_takes_no_text_with_it():
    # (a "Reply" button alone is furniture; the lines above it stay the author's)
    c = clean_text(f"Japan to train engineers\n\n{PARAS}\n\nAiko Tanaka\n15 May 2025\nWe will write again soon.\nReply\n")
    assert "We will write again soon." in c.body


def test_a_page_s_tags_in_a_row_under_its_text_are_no_heading():
    # "Topics: Disaster risk management, Climate change, Bangladesh" under the last paragraph
    c = cleaned(BLOG)
    assert "Topics: Disaster risk management, Climate change, Bangladesh" in c.removed
    assert "## Topics" not in c.body


def test_a_topics_line_of_the_author_s_stays():
    # further up, over the text's paragraphs, the line is the author's; so is one ending a sentence
    c = clean_text(f"Japan to train engineers\n\nTopics: digital trade, AI\n\n{PARAS}\n")
    assert "Topics: digital trade, AI" in c.body
    c = clean_text(f"Japan to train engineers\n\n{PARAS}\n\nTopics: Trade, AI and skills were discussed.\n")
    assert "Topics: Trade, AI and skills were discussed." in c.body


def test_a_phrase_in_sentence_case_between_paragraphs_is_a_crosshead():
    # "What made the difference" between "... Warnings had reached ..." / "The messages came ..." and
    # "Three things stand out. First, ..."
    assert "## What made the difference {" in cleaned(BLOG).body


def test_a_name_or_a_stopped_phrase_between_paragraphs_is_no_crosshead():
    for line in ("And so it went on.", "HON. MEMBER.- (Inaudible)", "Yes, it did"):
        c = clean_text(f"Japan to train engineers\n\n{PARAS}\n\n{line}\n\n{PARAS}\n")
        assert f"## {line}" not in c.body.replace("\\", ""), line


WIRE = "round47_wire_lede_dateline_signoff.txt"
ANTARA = "round48_antara_agency_blurb_subscribe.txt"


def test_a_news_agency_s_long_description_of_its_services_is_the_site_s():
    # round47 line 15: "BERNAMA provides up-to-date authentic and comprehensive news and information which are
    # disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, ..." (322 characters)
    assert any(t.startswith("BERNAMA provides up-to-date") for t in cleaned(WIRE).removed)
    assert texts(WIRE)[-1].startswith("He said the collaboration was in line with the National Semiconductor Strategy")
    # "ANTARA is the national news agency of Indonesia, established in 1937 ... Subscribe to ANTARA News Services ..."
    assert any(t.startswith("ANTARA is the national news agency of Indonesia") for t in cleaned(ANTARA).removed)
    assert texts(ANTARA)[-1].startswith("The loan, provided through the Japan International Cooperation Agency")


def test_a_story_s_long_sentence_about_a_news_agency_stays():
    line = ("Xinhua is the official state news agency of China, and its reports on the Belt and Road shaped how "
            "many African readers saw the projects; our survey of 1,200 readers in Kenya, Nigeria and Ghana found "
            "that most of them had read a Xinhua story in the past month, and that few of them could name a "
            "Japanese project, though Japan has financed the Mombasa port for decades. Editors subscribe to its wire.")
    assert len(line) > 300
    assert line in texts_of(f"Japan's aid in Africa\n\n{PARAS}\n\n{line}\n")


def texts_of(text: str) -> list[str]:
    return [p.text for p in clean_text(text).paragraphs]


def test_a_news_agency_s_reporters_listed_with_commas_are_all_named():
    # "Reporter: Aditya Ramadhan, Sinta Ambarwati" / "Editor: Heru Dwi Suryatmojo"
    people = {p["name"]: p["role"] for p in meta(ANTARA)["people"]}
    assert {"Aditya Ramadhan": "Reporter", "Sinta Ambarwati": "Reporter", "Heru Dwi Suryatmojo": "Editor"}.items() <= people.items()


ADB = "round48_adb_project_data_sheet_labels.txt"


def test_another_publisher_s_project_sheet_labels_over_one_sentence_are_headings():
    # "Expected Impact" / "Communities in the Tonle Sap basin are more resilient to floods and droughts."
    # beside "Project Description" and "Project Rationale" over their long lines
    body = cleaned(ADB).body
    for head in ("Project Description", "Expected Impact", "Expected Outcome", "Project Rationale"):
        assert f"## {head} {{" in body, head
    assert "Communities in the Tonle Sap basin are more resilient to floods and droughts." in texts(ADB)


DEVPOLICY = "round48_devpolicy_blog_reply_topics.txt"


def test_a_policy_blog_s_writers_crosshead_tags_and_comments():
    # "Devpolicy Blog" / "" / "Japan's aid to the Pacific after the 2023 Development Cooperation Charter" /
    # "" / "By Terence Wood, Naoko Ishii" / "12 March 2025"
    m = meta(DEVPOLICY)
    assert m["title"] == "Japan's aid to the Pacific after the 2023 Development Cooperation Charter"
    assert (m["source"], m["date"]) == ("Devpolicy Blog (Development Policy Centre, Australian National University)",
                                        "2025-03-12")
    assert [p["name"] for p in m["people"] if p["role"] == "Author"] == ["Terence Wood", "Naoko Ishii"]
    c = cleaned(DEVPOLICY)
    # "Where the money went" between "Our analysis of the Pacific Aid Map shows ..." and "Fiji, Papua New Guinea ..."
    assert "## Where the money went {" in c.body
    # "Filed under: Aid, Japan, Pacific Islands, Disaster risk reduction"; "2 Comments" / "Mere Tuilagi" / ... / "Reply"
    assert {"Filed under: Aid, Japan, Pacific Islands, Disaster risk reduction", "2 Comments", "Mere Tuilagi",
            "Good point, Mere. We plan to add loans in the next update."} <= set(c.removed)
    assert texts(DEVPOLICY)[-1].startswith("Terence Wood is a research fellow at the Development Policy Centre.")


def test_a_story_s_long_sentence_on_news_sent_out_stays():
    line = ("The ministry provides farmers in the delta with market news and weather forecasts, which are "
            "distributed via text messages and community radio stations in Khmer and Vietnamese, and the "
            "project financed by Japan has trained 300 extension workers in Takeo and Kampot to explain them "
            "to farmers who cannot read, at meetings held in each village before the planting season begins.")
    assert len(line) > 300
    assert line in texts_of(f"Japan's aid in Cambodia\n\n{PARAS}\n\n{line}\n")


ADVISORY = "round45_media_advisory_jamaica_odpem_equipment.txt"


def test_an_embassy_s_release_is_about_the_country_it_serves_in():
    # "EMBASSY OF JAPAN IN JAMAICA" (the source) / "MEDIA ADVISORY" / "Kingston, 18 November 2025"
    m = meta(ADVISORY)
    assert m["source"] == "Embassy of Japan in Jamaica"
    assert [c["code"] for c in m["countries"] if c["focus"]] == ["JM"]


def test_a_mission_s_name_gives_its_host_country_only():
    vocab = load_vocabulary()
    assert mission_hosts("Embassy of Japan in Jamaica", vocab) == {"JM"}
    assert mission_hosts("Consulate-General of Japan in Ho Chi Minh City", vocab) <= {"VN"}
    assert mission_hosts("Ministry of Foreign Affairs of Japan", vocab) == set()
    assert mission_hosts(None, vocab) == set()


def test_a_trade_before_a_name_with_its_initial_glued_is_its_role():
    # round43_ubpost_jica_soil_lab.txt: "Agronomist Ch.Enkhjargal, who trained for six months in Hokkaido, said ..."
    people = {p["name"]: p["role"] for p in meta("round43_ubpost_jica_soil_lab.txt")["people"]}
    assert people["Ch.Enkhjargal"] == "Agronomist"
    assert find_people("The engineer B.Bold said the bridge would open in May.") == [{"name": "B.Bold", "role": "engineer"}]
    # (a word of another kind before the name gives it no role)
    assert find_people("In Darkhan B.Bold said the bridge would open in May.") == [{"name": "B.Bold", "role": ""}]


THESIS = "round45_dspace_thesis_kaizen_ethiopia.txt"


def test_a_catalogue_record_s_author_written_family_name_first_is_a_person():
    # "Authors: Tesfaye, Meron Alemu"
    people = meta(THESIS)["people"]
    assert {"name": "Meron Alemu Tesfaye", "role": "Author"} in people
    found = find_people("Authors: Tesfaye, Meron Alemu; Otsuka, Keijiro")
    assert [p["name"] for p in found] == ["Meron Alemu Tesfaye", "Keijiro Otsuka"]
    # (a byline's name and the writer's post after the comma is no name turned round)
    assert [p["name"] for p in find_people("Author: Aiko Tanaka, Bangkok Correspondent")] == ["Aiko Tanaka"]


def test_a_record_of_one_item_is_named_by_the_item_s_head():
    # round45: "DAILY HANSARD" over "Japan-funded Flood Control in the Nadi Basin" / "(Question No. 214/2025)"
    cues = load_vocabulary().document_types["parliamentary-record"]
    texts_ = ["Japan-funded Flood Control in the Nadi Basin (Question No. 214/2025)", "HON. SPEAKER.- Order!"]
    assert record_item("DAILY HANSARD", texts_, cues) == "Japan-funded Flood Control in the Nadi Basin"
    # a record of two questions keeps its own name; a headline is no record's name
    two = [*texts_, "Update on the Construction of Rural Health Centres (Question No. 215/2025)"]
    assert record_item("DAILY HANSARD", two, cues) is None
    assert record_item("Fiji floods: Minister answers on Nadi works", texts_, cues) is None
