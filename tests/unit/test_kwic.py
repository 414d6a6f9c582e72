"""Keyword in context: sentences that name a term, with the mention marked and escaped."""

from __future__ import annotations

from types import SimpleNamespace

from atlas_factory import make_doc

from atlas.kwic import document_snippets, form_index, snippets_at, split_sentences, surface_forms
from atlas.taxonomy import Term

VN = Term("countries", "VN", "Viet Nam", "vn")
US = Term("countries", "US", "United States", "us")
ITU = Term("organisations", "itu", "ITU", "itu", "International Telecommunication Union")


def test_sentences_split_at_end_marks_before_capitals():
    text = "Japan helps Viet Nam. It trains 3.5 thousand staff. “Good,” he said. Done"
    assert [s for _, s in split_sentences(text)] == [
        "Japan helps Viet Nam.", "It trains 3.5 thousand staff.", "“Good,” he said.", "Done"]


def test_vocabulary_aliases_and_demonyms_count_as_mentions():
    vocab = SimpleNamespace(countries={"VN": {"name": "Viet Nam", "aliases": ["Vietnam"], "demonyms": ["Vietnamese"]}})
    assert surface_forms(VN, vocab) == ["Vietnamese", "Viet Nam", "Vietnam"]
    doc = make_doc("d", "D", ["Officials from Vietnam met. Nothing here.", "The Vietnamese side agreed."])
    found = document_snippets(doc, [VN], vocab)
    assert [(s.anchor, s.sentence) for s in found[VN.key]] == [
        ("p-1", "Officials from Vietnam met."), ("p-2", "The Vietnamese side agreed.")]


def test_acronyms_match_with_their_case_only_and_whole_words():
    doc = make_doc("d", "D", ["Ask us about ITU membership. Kitum is a place. The ITU-based plan is new."])
    vocab = SimpleNamespace(countries={"US": {"name": "United States", "aliases": ["US"]}})
    found = document_snippets(doc, [US, ITU], vocab)
    assert US.key not in found  # "us" is a pronoun, not the United States
    # "Kitum" holds no ITU; "ITU-based" names ITU
    assert [s.sentence for s in found[ITU.key]] == ["Ask us about ITU membership.", "The ITU-based plan is new."]


def test_mentions_are_marked_and_the_rest_is_escaped():
    doc = make_doc("d", "D", ["<b>Viet Nam</b> and *viet nam* both count."])
    snippet = document_snippets(doc, [VN])[VN.key][0]
    assert snippet.spans == ((3, 11), (21, 29))
    assert snippet.markdown() == "&lt;b&gt;<mark>Viet Nam</mark>&lt;/b&gt; and \\*<mark>viet nam</mark>\\* both count."


def test_names_over_several_words_must_stand_together():
    doc = make_doc("d", "D", ["Viet, Nam is not a name. Viet-Nam and Viet  Nam are.",
                              "Japan's Foreign Ministry spoke. Japan’s Foreign Ministry too."])
    found = document_snippets(doc, [VN])[VN.key]
    assert [(s.sentence, s.spans) for s in found] == [("Viet-Nam and Viet  Nam are.", ((0, 8), (13, 22)))]
    mofa = Term("organisations", "mofa", "MOFA", "mofa", "Japan's Foreign Ministry")
    found = document_snippets(doc, [mofa], limit=3)[mofa.key]
    assert [s.sentence for s in found] == ["Japan's Foreign Ministry spoke.", "Japan’s Foreign Ministry too."]


def test_at_most_two_sentences_per_term_and_long_sentences_cut_around_the_mention():
    long = "Words " * 100 + "about Viet Nam " + "and more " * 100 + "end."
    doc = make_doc("d", "D", [long, "Viet Nam again.", "Viet Nam thrice."])
    found = document_snippets(doc, [VN])[VN.key]
    assert len(found) == 2
    first = found[0]
    assert first.sentence.startswith("…") and first.sentence.endswith("…") and len(first.sentence) <= 402
    start, end = first.spans[0]
    assert first.sentence[start:end] == "Viet Nam"


def test_a_longer_name_is_read_whole_even_when_it_is_not_the_term_wanted():
    # "Papua New Guinea" is not a mention of Guinea, whichever of the two a page lists
    png = Term("countries", "PG", "Papua New Guinea", "pg")
    guinea = Term("countries", "GN", "Guinea", "gn")
    doc = make_doc("d", "D", ["Experts went to Papua New Guinea. Guinea signed later."])
    index = form_index([png, guinea])
    found = document_snippets(doc, [guinea], index=index)
    assert [(s.sentence, s.spans) for s in found[guinea.key]] == [("Guinea signed later.", ((0, 6),))]
    assert index.find("Papua New Guinea", {guinea.key}) == []
    assert index.find("Papua  New-Guinea", None) == [(0, 17, png.key)]


def test_a_document_s_paragraphs_are_scanned_as_one_but_no_name_spans_two_of_them():
    png = Term("countries", "PG", "Papua New Guinea", "pg")
    guinea = Term("countries", "GN", "Guinea", "gn")
    index = form_index([png, guinea, VN])
    paras = ["Aid to Papua New", "Guinea grew, and Viet Nam's too.", "", "In Papua New Guinea (PNG)."]
    found = index.find_in(paras)
    assert found == [[], [(0, 6, guinea.key), (17, 25, VN.key)], [], [(3, 19, png.key)]]
    assert found == [index.find(p) for p in paras]  # the same as one scan per paragraph
    doc = make_doc("d", "D", paras)
    snippets = document_snippets(doc, [png, guinea, VN], index=index)
    assert [s.sentence for s in snippets[guinea.key]] == ["Guinea grew, and Viet Nam's too."]
    assert [s.sentence for s in snippets[png.key]] == ["In Papua New Guinea (PNG)."]


def _vocab(**sections):
    from atlas.vocab import Vocabulary
    return Vocabulary(**sections)


def test_a_document_s_sentences_are_found_by_every_vocabulary_name_whatever_else_the_site_holds():
    # "Papua New Guinea" is read whole although the document's terms hold Guinea only and no
    # other document of the site names Papua New Guinea: the vocabulary knows the longer name.
    from atlas.kwic import own_snippets
    vocab = _vocab(countries={"PG": {"name": "Papua New Guinea"}, "GN": {"name": "Guinea"}})
    doc = make_doc("d", "D", ["Experts went to Papua New Guinea. Guinea signed later."],
                   countries=[{"code": "GN", "name": "Guinea", "mentions": 1}])
    found = own_snippets(doc, vocab)
    # where the sentence stands: the first paragraph (p-1), characters 34 to 54
    assert found == {("countries", "GN"): ((0, 34, 54, 0, ((0, 6),)),)}
    assert snippets_at(doc, found[("countries", "GN")]) == [("p-1", "Guinea signed later.", ((0, 6),))]


def test_a_term_the_vocabulary_lacks_is_found_by_its_own_names():
    # a company the text names (extract_terms.unknown_companies) is in no vocabulary; its sentences
    # are found by the names its entry gives, beside the vocabulary's own names
    from atlas.kwic import own_snippets
    vocab = _vocab(countries={"VN": {"name": "Viet Nam"}})
    doc = make_doc("d", "D", ["Yachiyo Engineering won the bid in Viet Nam. Nothing else."],
                   countries=[{"code": "VN", "name": "Viet Nam", "mentions": 1}],
                   organisations=[{"id": "yachiyo-engineering", "name": "Yachiyo Engineering", "mentions": 1}])
    found = own_snippets(doc, vocab)
    sentence = "Yachiyo Engineering won the bid in Viet Nam."
    assert snippets_at(doc, found[("organisations", "yachiyo-engineering")]) == [("p-1", sentence, ((0, 19),))]
    assert snippets_at(doc, found[("countries", "VN")]) == [("p-1", sentence, ((35, 43),))]


def test_a_built_document_carries_its_sentences_and_the_site_shows_them(tmp_path):
    # found where the document is made (a worker process in a cold build), read by the term pages
    from atlas.pipeline import build_corpus
    from atlas.render import render_pages
    from atlas.vocab import load_vocabulary
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "Japan and Viet Nam sign a port deal\n\nJapan will help Viet Nam expand the port of Lach Huyen. "
        "The work starts next year.\n", encoding="utf-8")
    vocab = load_vocabulary()
    corpus = build_corpus(tmp_path, tmp_path / "seeds", vocab)
    doc = corpus.documents[0]
    assert snippets_at(doc, doc.snippets[("countries", "VN")])[0].sentence == \
        "Japan will help Viet Nam expand the port of Lach Huyen."
    page = render_pages(corpus, vocab)["countries/vn.md"]
    assert "Japan will help <mark>Viet Nam</mark> expand the port of Lach Huyen." in page
