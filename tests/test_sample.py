"""The built-in sample is the real 2018 summary, transcribed completely and word for word."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from facilitator.model import ITEM_KINDS, SECTION_KINDS
from facilitator.sample import load_sample, sample_path
from tests import seedtext

GROUP = "Opinie i postulaty dotyczące współpracy z UMK w trzech płaszczyznach współpracy"
SECTIONS = [
    ("Tworzenie polityk publicznych", "area", GROUP),
    ("Komunikacja i wsparcie NGO", "area", GROUP),
    ("Polityka lokalowa", "area", GROUP),
    ("Polityka antydyskryminacyjna", "theme", None),
    ("Inne uwagi", "other", None),
]

# Every deliberate difference from the seed: its typos and extraction slips, fixed in the sample (seed → sample).
CORRECTIONS = [
    ("grupa ta była rozszerzała w tracie pracy", "grupa ta była rozszerzana w trakcie pracy"),
    ("w między czasie", "w międzyczasie"),
    ("m in. ze względu na to, ze nie jednostki miejskiej która", "m.in. ze względu na to, że nie ma jednostki miejskiej, która"),
    ("W miejcie", "W mieście"),
    ("moniotringu", "monitoringu"),
    ("wzięły udziału", "wzięły udział"),
    ("Krakowa dotyczących kwestii", "Krakowa dotyczące kwestii"),
    ("Potrzebna jest możliwości", "Potrzebna jest możliwość"),
    ("takiej możliwości obecnym WPW", "takiej możliwości w obecnym WPW"),
    ("konieczności zgłaszania", "konieczność zgłaszania"),
    ("pookazują", "pokazują"),
    ("liczny zdań", "liczby zadań"),
    ("Wydział Zdrowa", "Wydział Zdrowia"),
    ("współpracy współpracy międzywydziałowej", "współpracy międzywydziałowej"),
    ("preferencje tylko", "Preferencje tylko"),
    ("musza konkurować", "muszą konkurować"),
    ("korzystania lokalu", "korzystania z lokalu"),
    ("w zakresie poszukiwaniem lokalu", "w zakresie poszukiwania lokalu"),
    ("w który uczestniczyła", "w którym uczestniczyła"),
    ("ZBK” Mimo, braku", "ZBK”. Mimo braku"),
    ("nie zrozumienie założenia", "niezrozumienie założenia"),
    ("Jedyni pojedynczy", "Jedynie pojedynczy"),
    ("Ta tematyka, powinna", "Ta tematyka powinna"),
    ("za przeciwdziałania dyskryminacji", "za przeciwdziałanie dyskryminacji"),
    ("stanowić stanowić", "stanowić"),
    ("oświatowych a wydziale edukacji", "oświatowych, a w wydziale edukacji"),
    ("z działania prowadzonymi", "z działaniami prowadzonymi"),
]


def _items(items: list[dict]):
    """Depth-first, in document order (a parent before its children)."""
    for item in items:
        yield item
        yield from _items(item.get("children", []))


def _all_items(data: dict) -> list[dict]:
    return [i for s in data["meeting"]["sections"] for i in _items(s["items"])]


def _corrected_body() -> str:
    """The seed's points and sub-points, normalised, one a line, with the corrections above applied."""
    text = "\n".join(seedtext.normalise(b.text) for b in seedtext.seed_blocks() if b.kind in seedtext.BODY_KINDS)
    for old, new in CORRECTIONS:
        old, new = seedtext.normalise(old), seedtext.normalise(new)
        assert text.count(old) == 1, f"correction {old!r} must match the seed exactly once"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def sample() -> dict:
    return load_sample()


@pytest.fixture(scope="module")
def item_text(sample) -> str:
    return "\n".join(i["text"] for i in _all_items(sample))


def test_sample_file_is_shipped_utf8_json():
    assert sample_path().name == "consultation-2018-06-15.json"
    assert sample_path().parent.name == "sample"
    data = json.loads(sample_path().read_bytes().decode("utf-8"))
    assert data["format"] == "facilitator-meeting" and data["version"] == 1


def test_load_sample_returns_a_fresh_copy():
    first = load_sample()
    first["meeting"]["sections"].clear()
    assert len(load_sample()["meeting"]["sections"]) == 5


def test_header(sample):
    m = sample["meeting"]
    assert m["title"] == "Podsumowanie spotkania konsultacyjnego"
    assert m["audience"].startswith("dla organizacji pozarządowych działających w obszarze działań antydyskryminacyjnych")
    assert m["audience"].endswith("migrantów, praw kobiet, praw człowieka")
    assert (m["venue"], m["date"], m["language"]) == ("Biuro Inicjatyw Społecznych", "2018-06-15", "pl")
    assert m["attendance_count"] == 9
    assert m["facilitator"] == m["author"] == "Ewa Chromniak"
    assert m["organiser"] == "Urząd Miasta Krakowa"
    assert m["series"] == "WPW 2019–2022, konsultacje z organizacjami pozarządowymi"
    assert m["purpose"].startswith("zebranie doświadczeń w zakresie współpracy z UMK")
    assert m["purpose"].endswith("z organizacjami pozarządowymi 2019-2022")
    assert m.get("participants", []) == []


def test_header_matches_the_seed(sample):
    m = sample["meeting"]
    header = seedtext.header_sentences()
    assert f"Cel spotkania: {m['purpose']}" in header
    assert f"Prowadzenie: {m['facilitator']}" in header and f"Opracowanie: {m['author']}" in header
    assert f"{m['venue']}, 15 czerwca 2018 r." in header
    assert "Liczba uczestników: 9 osób" in header and m["title"] in header and m["audience"] in header


def test_agenda_is_the_seeds_four_points(sample):
    agenda = sample["meeting"]["agenda"]
    seed = seedtext.agenda_sentences()
    assert len(agenda) == len(seed) == 4
    for ours, theirs in zip(agenda, seed):
        assert not re.match(r"\d", ours), "agenda points are stored without their numbers"
        assert seedtext.contains_sentence(ours, theirs), (ours, theirs)


def test_sections_in_order(sample):
    got = [(s["title"], s["kind"], s.get("group")) for s in sample["meeting"]["sections"]]
    assert got == SECTIONS
    headings = [h.casefold() for h in seedtext.heading_sentences()]
    for title, _kind, group in SECTIONS:
        assert title.casefold() in headings
        assert group is None or group.casefold() in headings


def test_ids_are_unique_uuids(sample):
    m = sample["meeting"]
    ids = [m["id"]] + [s["id"] for s in m["sections"]] + [i["id"] for i in _all_items(sample)]
    assert len(ids) == len(set(ids))
    for value in ids:
        assert str(uuid.UUID(value)) == value


def test_kinds_and_tags(sample):
    for section in sample["meeting"]["sections"]:
        assert section["kind"] in SECTION_KINDS
    items = _all_items(sample)
    for item in items:
        assert item["kind"] in ITEM_KINDS
        assert item["text"] == item["text"].strip() and "  " not in item["text"]
        assert all(isinstance(t, str) and t.strip() for t in item.get("tags", []))
    used = {i["kind"] for i in items}
    assert used == set(ITEM_KINDS), "the sample shows every kind of point"


def test_item_counts(sample):
    sections = sample["meeting"]["sections"]
    top = [len(s["items"]) for s in sections]
    assert top == [10, 17, 9, 6, 3]
    assert len(_all_items(sample)) == 53
    blocks = [b for b in seedtext.seed_blocks() if b.kind in seedtext.BODY_KINDS]
    assert len(_all_items(sample)) == len(blocks) + 1, "one block per item, plus the 'Np.' paragraph as a child"


def test_chosen_kinds(sample):
    by_start = {i["text"][:40]: i for i in _all_items(sample)}

    def kind(start: str) -> str:
        return next(i["kind"] for key, i in by_start.items() if key.startswith(start))

    assert kind("Plusem portalu ngo.krakow.pl") == "strength"
    assert kind("Pojawiła się propozycja") == "proposal"
    assert kind("Potrzebna jest możliwość") == "proposal"
    assert kind("Są dobre praktyki") == "good_practice"
    assert kind("BIP jest bardzo mało") == "weakness"
    rec = next(i for i in _all_items(sample) if i["text"] == "Rekomendacje:")
    assert [c["kind"] for c in rec["children"]] == ["recommendation"] * 4
    other = sample["meeting"]["sections"][4]["items"][0]
    assert [c["text"] for c in other["children"]][-1] == "debata przedwyborcza"


def test_every_seed_sentence_is_in_the_items(item_text):
    sentences = seedtext.body_sentences()
    assert len(sentences) > 80
    missing = seedtext.missing_sentences(item_text, sentences)
    assert not missing, "\n".join(missing)


def test_transcription_is_word_for_word_apart_from_listed_corrections(item_text):
    body = _corrected_body()
    hay = seedtext.normalise(item_text)
    missing = [s for line in body.splitlines() for s in seedtext.split_sentences(line) if s not in hay]
    assert not missing, "\n".join(missing)


def test_nothing_added_and_document_order_kept(sample):
    body = _corrected_body()
    position = -1
    for item in _all_items(sample):
        text = seedtext.normalise(item["text"]).rstrip(".")
        found = body.find(text, position + 1)
        assert found > position, f"not in the seed (after the previous item): {item['text'][:80]!r}"
        position = found


def test_sample_validates_as_a_meeting_file(sample):
    from facilitator.meetingfile import validate

    normalised = validate(load_sample())
    assert normalised["meeting"]["title"] == sample["meeting"]["title"]


# The seed helpers other tests rely on to check exports.


def test_normalise_evens_out_spacing_quotes_and_dashes():
    n = seedtext.normalise
    assert n("Cel spotkania : zebranie doświadczeń  w\tzakresie") == "Cel spotkania: zebranie doświadczeń w zakresie"
    assert n("lata 2019- 2022") == n("lata 2019–2022") == n("lata 2019 — 2022")
    assert n("„ tak jak jest ” i \u201ctak\u201d") == n('"tak jak jest" i "tak"')
    assert n("15  czerwca  2018r.") == "15 czerwca 2018 r."
    assert n("dokumentu) , infografiki") == "dokumentu), infografiki"
    assert n("osobami/ jednostkami") == "osobami/jednostkami"
    assert n("ﬁ\u00a0x\u00ad") == "fi x"


def test_split_sentences_keeps_abbreviations_and_short_fragments():
    text = "Np.: Wrocław dot. szkoły, m in. ze względu. Tak. Potem nt. NGO (np. KRS). Koniec zdania tutaj!"
    assert seedtext.split_sentences(text) == [
        "Np.: Wrocław dot. szkoły, m in. ze względu. Tak.",
        "Potem nt. NGO (np. KRS).",
        "Koniec zdania tutaj!",
    ]
    assert seedtext.split_sentences("„Cytat. Drugi cytat tutaj.” Dalej idzie tekst.") == [
        "„Cytat. Drugi cytat tutaj.”",
        "Dalej idzie tekst.",
    ]


def test_seed_sentences_are_clean_and_complete():
    sentences = seedtext.seed_sentences()
    assert 100 <= len(sentences) <= 115
    assert sentences == seedtext.seed_sentences(), "deterministic"
    for s in sentences:
        assert "\uf0a7" not in s and "  " not in s and s == s.strip() and not s.startswith("o ")
        assert not re.search(r"\s[,.:;)]", s), s
    for header in (
        "Liczba uczestników: 9 osób",
        "Prowadzenie: Ewa Chromniak",
        "Opracowanie: Ewa Chromniak",
        "Biuro Inicjatyw Społecznych, 15 czerwca 2018 r.",
    ):
        assert header in seedtext.header_sentences()
    assert any(s.startswith("Cel spotkania: zebranie doświadczeń w zakresie") for s in seedtext.header_sentences())
    assert [h.casefold() for h in seedtext.heading_sentences()][-3:] == [
        "polityka lokalowa", "polityka antydyskryminacyjna", "inne uwagi"]
    assert "debata przedwyborcza" in seedtext.body_sentences()
    items = [b.text for b in seedtext.seed_blocks() if b.kind == seedtext.ITEM]
    assert len(items) == 45
    assert any(t.startswith("Częsty, zupełny") and "Np. Wydział Kultury uznał" in t for t in items)
    body = [b.text for b in seedtext.seed_blocks() if b.kind in seedtext.BODY_KINDS]
    assert " ".join(seedtext.body_sentences()) == " ".join(body), "splitting loses no word"
    assert sum(len(s.split()) for s in seedtext.body_sentences()) > 1600


def test_contains_sentence_exact_fuzzy_and_absent():
    text = "Wstęp.\n„Fatalna informacja” – nie wiadomo z czego można skorzystać, jakie są możliwości.\nKoniec."
    assert seedtext.contains_sentence(text, '"Fatalna informacja"- nie wiadomo z czego można skorzystać,')
    assert seedtext.contains_sentence(text, "„FATALNA INFORMACJA” – nie wiadomo z czego można skorzystać")
    assert seedtext.contains_sentence(text, "„Fatalna informacja” – nie wiadomo z czego mozna skorzystać, jakie są")
    assert not seedtext.contains_sentence(text, "„Fatalna informacja” – wszystko wiadomo, z czego korzystać")
    assert not seedtext.contains_sentence(text, "Baza organizacji jest nieaktualna.")
    assert not seedtext.contains_sentence("", "Baza organizacji jest nieaktualna.")
    assert seedtext.missing_sentences(text, ["Wstęp.", "Brak tego zdania w tekście."]) == ["Brak tego zdania w tekście."]


def test_contains_sentence_across_a_pdf_page_break():
    sentence = ("Tematyka praw człowieka wymyka się z „urzędowego” rozumienia spraw społecznych, "
                "miasto nie prowadzi polityki w tym zakresie, nikt za to nie odpowiada.")
    head, tail = sentence[:60], sentence[60:]
    broken = f"Podsumowanie spotkania\nWstęp.\n{head}\n\nStrona 1 z 6\n\n\fPodsumowanie spotkania\n\n{tail}\n"
    assert seedtext.contains_sentence(broken, sentence)
    assert seedtext.contains_sentence(broken, "Podsumowanie spotkania"), "the title itself stays"
    flowed = f"Podsumowanie spotkania\nWstęp.\n{head}\nStrona 1 z 6\nPodsumowanie spotkania\n{tail}\nStrona 2 z 6\n"
    assert seedtext.contains_sentence(flowed, sentence)
    assert "Strona" not in seedtext.strip_page_furniture(flowed)


def test_missing_seed_skips_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_SHARED_DIR", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="seed summary not found"):
        seedtext._require_seed()


def test_missing_seed_fails_in_ci(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_SHARED_DIR", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must provide it"):
        seedtext._require_seed()
