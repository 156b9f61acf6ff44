"""Tests for provenance.extract on everyday news-copy patterns (hand-written sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import ExtractionError
from provenance.extract import extract
from provenance.model import Claim, EntityKind, Quotation, QuotationKind, Record


def only(record: Record, words: str) -> Quotation:
    """The one quotation whose text starts with ``words``."""
    found = [q for q in record.quotations if q.text.lstrip("’‘'").startswith(words)]
    assert len(found) == 1, (words, [q.text for q in record.quotations])
    return found[0]


def who(record: Record, item: Quotation | Claim) -> str | None:
    """The speaker's name, or None."""
    speaker = record.speaker(item)
    return speaker.name if speaker is not None else None


def cue(item: Quotation) -> str | None:
    """The cue's text, or None."""
    a = item.attribution
    return a.cue.exact if a is not None and a.cue is not None else None


def anchors_true(record: Record) -> None:
    """Every anchor of the record says what the text says."""
    text = record.text
    for _path, anchor in record.anchors():
        assert text[anchor.start : anchor.end] == anchor.exact


# -- split quotations and continuations ----------------------------------------


def test_split_quote_needs_comma_attribution() -> None:
    """“A,” she said, “b.” is one quotation of two segments with the cue between."""
    record = extract("Ana Lopes, a baker, was tired. “The ovens broke,” she said, “and nobody came.”")
    assert len(record.quotations) == 1
    q = record.quotations[0]
    assert len(q.segments) == 2 and q.text == "The ovens broke, and nobody came."
    assert who(record, q) == "Ana Lopes" and cue(q) == "said"
    anchors_true(record)


def test_continuation_after_full_stop_attribution_is_a_segment() -> None:
    """“A,” said X, a Y. “B.” keeps X and the description; B goes on as a second segment."""
    record = extract("“The river rose overnight,” said Tomas Berg, a ferry pilot. “Twice.”")
    assert len(record.quotations) == 1
    q = record.quotations[0]
    assert [s.content.exact for s in q.segments] == ["The river rose overnight,", "Twice."]
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name == "Tomas Berg" and speaker.description == "a ferry pilot"
    anchors_true(record)


def test_continuation_as_its_own_quotation_when_asked() -> None:
    """With continuations=False the second stretch is a quotation of the same speaker, no cue."""
    record = extract('"It\'s done," Carl Ames said. "We\'ll rebuild."', continuations=False)
    assert len(record.quotations) == 2
    first, second = only(record, "It's done"), only(record, "We'll rebuild")
    assert who(record, first) == who(record, second) == "Carl Ames"
    assert cue(first) == "said" and cue(second) is None
    anchors_true(record)


def test_second_quote_with_its_own_cue_is_new() -> None:
    """“A,” X told Reuters. “B,” she added: two quotations, both X's, each with its cue."""
    text = (
        "Ivo Marsh said the bridge was safe. “We will not close it,” Lena Dorn, a city engineer, "
        "told Reuters on Monday. “Not this year,” she added."
    )
    record = extract(text)
    first, second = only(record, "We will not close"), only(record, "Not this year")
    assert who(record, first) == who(record, second) == "Lena Dorn"
    assert cue(first) == "told" and cue(second) == "added"
    assert [e.name for e in record.chain(first)] == ["Reuters"]
    assert record.speaker(first) is not None and record.speaker(first).description == "a city engineer"  # type: ignore[union-attr]


def test_comma_split_with_question() -> None:
    """A question mark inside the first stretch still splits around a comma attribution."""
    record = extract("“Why now?” asked Rosa Vidal, “when the money is gone?”")
    assert len(record.quotations) == 1 and len(record.quotations[0].segments) == 2


def test_continuations_flag_is_checked() -> None:
    """A non-boolean continuations argument is refused clearly."""
    with pytest.raises(ExtractionError, match="continuations"):
        extract("“A quote here,” she said.", continuations="yes")  # type: ignore[arg-type]


# -- names, titles and descriptions ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("Fleet Chief Executive Mara Jensen said, “We had a hard year here.”", "Mara Jensen", "Fleet Chief Executive"),
        ("Mayor Otto Brenner said, “We will pave the square.”", "Otto Brenner", "Mayor"),
        ("“We never give up,” said coach Dev Patel.", "Dev Patel", "coach"),
        ("Retired engineer Hal Moss said, “Give us the bus and we drive.”", "Hal Moss", "Retired engineer"),
    ],
)
def test_titles_become_description(text: str, name: str, description: str) -> None:
    """Offices and roles before a name are its description, not part of it."""
    record = extract(text)
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and (speaker.name, speaker.description) == (name, description)
    assert speaker.kind is EntityKind.PERSON


def test_honorific_becomes_alias() -> None:
    """Colonel X Y: the name is X Y, Colonel X Y an alias, the role before it the description."""
    record = extract("Coastal commander Colonel Ida Rask said, “The line holds tonight.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None
    assert speaker.name == "Ida Rask" and "Colonel Ida Rask" in speaker.aliases
    assert speaker.description == "Coastal commander"


def test_role_description_makes_a_person() -> None:
    """An organisation word inside a person's description does not make them an organisation."""
    record = extract("“We will not move,” said Vera Holt, a transport ministry spokeswoman.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.kind is EntityKind.PERSON


@given(st.sampled_from(["Mayor", "Councilwoman", "Judge", "Dr.", "Chief Executive"]))
def test_title_never_in_name(title: str) -> None:
    """Whatever the title, the speaker's name is the bare name."""
    record = extract(f"{title} Nina Stolz said, “The vote stands as it is.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Nina Stolz"


# -- pronouns ---------------------------------------------------------------------


def test_pronoun_resolves_to_person_named_without_cue() -> None:
    """She goes to the person last named, even one introduced without a reporting verb."""
    record = extract("The mayor, Jane Smith, was blunt. “We are done,” she said.")
    q = only(record, "We are done")
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name == "Jane Smith" and speaker.description == "The mayor"
    assert q.attribution is not None and q.attribution.speaker_mention is not None
    assert q.attribution.speaker_mention.exact == "she"
    anchors_true(record)


def test_pronoun_across_paragraph_and_gender() -> None:
    """He skips a woman named later when a title says she is one; the name can be a paragraph back."""
    text = (
        "Councilman Paul Ruiz, who represents the harbour, saw it differently.\n"
        "“This is the only pier we have,” he said.\n"
        "Councilwoman Ada Brook disagreed. “Piers cost money,” he was told by Ruiz's aide, "
        "and she said it again later.\n"
        "“We cannot pay for it,” she said."
    )
    record = extract(text)
    assert who(record, only(record, "This is the only pier")) == "Paul Ruiz"
    assert who(record, only(record, "We cannot pay")) == "Ada Brook"


def test_pronoun_prefers_latest_person_over_earlier_speaker() -> None:
    """A person named after the last speaker is the one a later pronoun refers to."""
    text = (
        "“We lost,” said Omar Haddad, the coach.\n"
        "More than 60 fans waited outside. Among them was Gloria Stein, a retired teacher.\n"
        "“I cried,” she said."
    )
    record = extract(text)
    q = only(record, "I cried")
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name == "Gloria Stein" and speaker.description == "a retired teacher"


def test_place_is_not_a_person() -> None:
    """A street named between the speaker and the pronoun is not taken for a person."""
    text = "Lena Voss, the owner, stood on Elm Street. “It is quiet,” she said."
    record = extract(text)
    assert who(record, only(record, "It is quiet")) == "Lena Voss"


# -- appositions in every position ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("«We have no pilots left», said Lakeline’s director, Urs Amsler.", "Urs Amsler", "Lakeline’s director"),
        ("“It is over,” said its secretary, Mara Keel.", "Mara Keel", "its secretary"),
        ("The mayor of Dunmore, Elsa Varga, said, “We will appeal.”", "Elsa Varga", "The mayor of Dunmore"),
        ("“Prices will rise,” said Noor Basri, an analyst at Kestrel Bank.", "Noor Basri", "an analyst at Kestrel Bank"),
        ("“A fair deal is close,” said Jon Aas, chairman of the pilots union.", "Jon Aas", "chairman of the pilots union"),
        ("Ruth Cole, a nurse, told Reuters: “We are out of beds tonight.”", "Ruth Cole", "a nurse"),
    ],
)
def test_appositions(text: str, name: str, description: str) -> None:
    """Descriptions before or after the name, with the cue before or after, stay with the name."""
    record = extract(text)
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and (speaker.name, speaker.description) == (name, description)
    anchors_true(record)


def test_relative_clause_between_name_and_cue() -> None:
    """X, who …, said: X speaks; several appositions in a row are walked over."""
    record = extract("Ida Moen, 82, who does not drive, said: “The bus was all I had.”")
    assert who(record, record.quotations[0]) == "Ida Moen"
    record = extract("Councilwoman Ann Berg, who voted no, said, “It hurts us all here.”")
    assert who(record, record.quotations[0]) == "Ann Berg"


# -- role nouns, definite descriptions, inanimate subjects, places ------------------


def test_indefinite_role_is_an_unnamed_speaker() -> None:
    """A spokesman for X said: an entity named by the role, described with its organisation."""
    record = extract("A spokesman for Harrow District Council said: “The route will close in May.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("spokesman", EntityKind.PERSON)
    assert speaker.description == "A spokesman for Harrow District Council"


def test_definite_role_refers_back() -> None:
    """The official said: the unnamed official introduced before, not the last named person."""
    text = (
        "“We stay out,” said Ole Brun, the union leader.\n"
        "A senior official at the Trade Ministry said the talks were private. "
        "“We want them to settle this,” the official said."
    )
    record = extract(text)
    q = only(record, "We want them")
    assert who(record, q) == "senior official"
    assert q.attribution is not None and q.attribution.speaker_mention is not None
    assert q.attribution.speaker_mention.exact == "official"


def test_definite_role_names_the_person_with_that_role() -> None:
    """The mayor said: the person the text named as mayor."""
    text = "Jane Okoro, the city’s mayor, opened the session. Later, the mayor said: “We are not closing anything.”"
    record = extract(text)
    assert who(record, record.quotations[0]) == "Jane Okoro"


def test_inanimate_subject_is_no_entity() -> None:
    """A sign or a banner that says something is not a speaker."""
    record = extract("Sign says “Bring our sons home now, all of them”.")
    assert record.speaker(record.quotations[0]) is None
    assert all(e.name != "Sign" for e in record.entities)


def test_statement_credits_its_organisation() -> None:
    """A statement from the ministry said: the ministry speaks."""
    record = extract("A statement from the Health Ministry said: “Clinics will stay open all winter.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Health Ministry"
    assert speaker.kind is EntityKind.ORGANISATION


@pytest.mark.parametrize("place", ["Moscow", "Washington", "Kyiv", "the Kremlin"])
def test_place_metonymy_is_a_government(place: str) -> None:
    """A capital or seat of power that speaks is an organisation, not a person."""
    record = extract(f"{place} said “the talks are over for now”, a claim others denied.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.kind is EntityKind.ORGANISATION


# -- speakers named without a cue, groups ------------------------------------------


def test_cueless_quote_after_sentence_naming_its_subject() -> None:
    """Name grinned. “…”: the person who is the subject of the sentence before, no cue."""
    text = (
        "“We won,” said coach Ray Adeyemi.\n"
        "Asked whether he would start Pike in the final, Adeyemi grinned. “After tonight? I would start him in goal.”"
    )
    record = extract(text)
    q = only(record, "After tonight")
    assert who(record, q) == "Ray Adeyemi" and cue(q) is None
    assert q.attribution is not None and q.attribution.speaker_mention is not None
    assert q.attribution.speaker_mention.exact == "Adeyemi"


def test_cueless_paragraph_after_introduction() -> None:
    """A paragraph of quote after "X read from a statement." is X's."""
    text = "After the vote, Luis Serra stood up and read from a prepared statement.\n“Tonight this council chose a spreadsheet over children.”"
    record = extract(text)
    assert who(record, record.quotations[0]) == "Luis Serra"


def test_reporting_sentence_before_quote_is_not_a_bare_subject() -> None:
    """A sentence with its own cue before a quote makes a claim; the quote continues that claim's speaker."""
    text = "Nina Holm said the plan would fail. “It is a disaster for everybody here.”"
    record = extract(text)
    q = only(record, "It is a disaster")
    assert who(record, q) == "Nina Holm"


def test_they_resolves_to_people_named_together() -> None:
    """They goes to a couple named just before, as one group entity."""
    record = extract("Joan and Bill Ashworth, both in their seventies, are moving. “We have to go,” they said.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Joan and Bill Ashworth"
    assert speaker.kind is EntityKind.GROUP and speaker.description == "both in their seventies"


# -- hops ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hop", "hop_cue"),
    [
        ("Ray Dunn told The Associated Press: “We will appeal the ruling.”", "Associated Press", "told"),
        ("“We will appeal the ruling,” Ray Dunn said in an interview with the BBC.", "BBC", "interview"),
        ("Ray Dunn, a lawyer, was cautious. “Nothing is certain yet,” he told CNN.", "CNN", "told"),
    ],
)
def test_outlets_told_are_hops(text: str, hop: str, hop_cue: str) -> None:
    """Told X / in an interview with X: the outlet is the addressee and the first hop."""
    record = extract(text)
    q = record.quotations[0]
    assert who(record, q) == "Ray Dunn"
    assert [e.name for e in record.chain(q)] == [hop]
    assert q.attribution is not None and q.attribution.chain[0].cue is not None
    assert q.attribution.chain[0].cue.exact == hop_cue
    assert q.attribution.addressee is not None


def test_said_in_a_statement() -> None:
    """The ministry said in a statement: the ministry speaks, an organisation."""
    record = extract("The ministry said in a statement: “Clinics will stay open all winter.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.kind is EntityKind.ORGANISATION
    assert cue(record.quotations[0]) == "said"


# -- mark styles ------------------------------------------------------------------


def test_straight_quotes_with_apostrophes() -> None:
    """Straight marks with It's, Jones' and '90s inside: one quotation, apostrophes kept."""
    text = "\"It's Jones' car from the '90s, and it still runs,\" said Ann Page. \"Mostly.\""
    record = extract(text)
    assert len(record.quotations) == 1
    q = record.quotations[0]
    assert q.segments[0].content.exact == "It's Jones' car from the '90s, and it still runs,"
    assert who(record, q) == "Ann Page"
    anchors_true(record)


def test_british_single_outer_marks() -> None:
    """‘…’ outside with “…” nested and apostrophes: nesting and speaker kept."""
    text = "‘We were told it was “temporary”, and it wasn’t,’ said Ann Page, a shop owner."
    record = extract(text)
    outer = only(record, "We were told")
    inner = only(record, "temporary")
    assert who(record, outer) == "Ann Page" and inner.parent == outer.id
    anchors_true(record)


@pytest.mark.parametrize(
    "text",
    [
        "«Nobody called us» — said Tobias Renn, a 23-year-old student, as he waited.",
        "„Nobody called us“, said Tobias Renn, a 23-year-old student.",
        "«Nobody called us», said Tobias Renn, a 23-year-old student.",
    ],
)
def test_continental_marks_and_dash_attribution(text: str) -> None:
    """Guillemets, low-9 marks and an em-dash before the cue: speaker and description found."""
    record = extract(text)
    q = only(record, "Nobody called us")
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name == "Tobias Renn"
    assert speaker.description == "a 23-year-old student"


def test_colon_introduction_same_line() -> None:
    """Name said: “…” and In a statement, the X said: “…”."""
    record = extract("Solveig Berg said: “The numbers are fine for now.”")
    assert who(record, record.quotations[0]) == "Solveig Berg"
    record = extract("In a statement, the Port Authority said: “Our door is open tonight.”")
    assert who(record, record.quotations[0]) == "Port Authority"


def test_speaker_after_cue_before_comma() -> None:
    """“…,” said Smith, the mayor, before leaving: Smith, described as the mayor."""
    record = extract("“It is over,” said Lara Smith, the mayor, before leaving the hall.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and (speaker.name, speaker.description) == ("Lara Smith", "the mayor")


# -- claims ---------------------------------------------------------------------------


def claims_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim's content, speaker name and cue."""
    record = extract(text)
    out = []
    for claim in record.claims:
        speaker = record.speaker(claim)
        a = claim.attribution
        out.append((claim.content.exact, speaker.name if speaker else None, a.cue.exact if a.cue else None))
    return out


def test_claim_after_adverbial_and_coordinated_that() -> None:
    """Said in a statement that A and that B: two claims, the adverbial left out."""
    found = claims_of("The harbour board said in a statement that it had offered a raise and that the demand was too high.")
    assert [c[0] for c in found] == ["it had offered a raise", "the demand was too high"]
    assert {c[1] for c in found} == {"harbour board"}


def test_that_as_subject() -> None:
    """Name said that was not enough: 'that' is the subject and stays in the claim."""
    assert claims_of("Ivo Tamm said that was not enough for anyone.") == [("that was not enough for anyone", "Ivo Tamm", "said")]


def test_sentence_final_attribution_claims() -> None:
    """…, the company said. / …, a spokesman for X said. / …, it said in a statement."""
    assert claims_of("Operating profit fell to two billion crowns, the company said.")[0][:2] == (
        "Operating profit fell to two billion crowns", "company",
    )
    found = claims_of("Talks are due to resume on Thursday, a spokesman for the port authority said.")
    assert found[0][:2] == ("Talks are due to resume on Thursday", "spokesman")
    found = claims_of("Brightline posted a loss. The dividend will stay the same, it said in a statement.")
    assert found[0][0] == "The dividend will stay the same"


def test_ing_cue_claim() -> None:
    """…, arguing that …: the subject of the main clause is the speaker."""
    assert claims_of("Paul Ibsen asked for mercy, arguing that his client had repaid the money.") == [
        ("his client had repaid the money", "Paul Ibsen", "arguing"),
    ]


def test_claim_inside_relayed_quote() -> None:
    """A newspaper quoted verbatim reporting "Mr. X said that …": X's claim, relayed by the paper."""
    text = "On Monday, the Harlow Post reported: “Mr. Dunn said that the bridge would close for a year. He then left.”"
    record = extract(text)
    assert len(record.claims) == 1
    claim = record.claims[0]
    assert claim.content.exact == "the bridge would close for a year"
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.name == "Dunn"
    assert [e.name for e in record.chain(claim)] == ["Harlow Post"]
    anchors_true(record)


def test_ing_cue_without_clause_is_no_claim() -> None:
    """…, declaring these areas part of X: an object, not a reported clause; claiming it was …: a claim."""
    assert claims_of("The council held a vote late last month, declaring these streets part of the old town.") == []
    assert claims_of("Ola Berg defends the plan claiming it was the only way to save the port.") == [
        ("it was the only way to save the port", "Ola Berg", "claiming"),
    ]


# -- titles and labels are scare quotes; apostrophes in attributions ------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ana Pike said the team would travel listening to “Keep The Faith Tonight,” as always.", "Keep The Faith"),
        ("Ola Berg says the company's \"fibre-first\" strategy will pay off within five years.", "fibre-first"),
        ("Mosses survive the cold, like the tiny animals nicknamed “moss piglets.”", "moss piglets"),
        ("“My students started calling them ‘the Survivors,’ which I liked,” said Ida Moen, a biologist.", "the Survivors"),
    ],
)
def test_titles_and_labels_are_scare(text: str, words: str) -> None:
    """Titles in Title Case, modifiers before a noun and given names are scare quotes, unattributed."""
    record = extract(text)
    q = only(record, words)
    assert q.kind.value == "scare" and q.attribution is None


def test_apostrophe_in_attribution_keeps_continuation() -> None:
    """An apostrophe in the attribution between two stretches is not a quotation mark."""
    text = "“We gave them every chance,” said Kai Tamm, chairman of the Dockers’ Union. “They gambled instead.”"
    record = extract(text)
    assert len(record.quotations) == 1 and len(record.quotations[0].segments) == 2
    assert who(record, record.quotations[0]) == "Kai Tamm"


def test_fragment_inside_claim_is_partial() -> None:
    """A one-word fragment far from the cue but inside the claim is partial, with the claim's speaker."""
    text = "Mira Soltan said that the residents of the four valley towns would remain citizens “forever.”"
    record = extract(text)
    q = only(record, "forever")
    assert q.kind.value == "partial" and who(record, q) == "Mira Soltan"
    assert len(record.claims) == 1 and record.claims[0].content.span.contains(q.segments[0].content.span)


# -- robustness --------------------------------------------------------------------------

_PIECES = [
    "“We will not back down,” said Maria Olsen, a port spokeswoman. ",
    "“Never,” she added. ",
    "The mayor, Jane Hill, was blunt. ",
    "\"It's over,\" John Reed said. \"We'll rebuild.\" ",
    "‘They wouldn’t dare,’ he said, ‘not here.’ ",
    "«Nobody called us» — said Tobias Renn, a student. ",
    "A spokesman for the Harbour Board said: „We stay open.“ ",
    "Joan and Bill Ash said they would stay, and that the bus mattered. ",
    "The company said in a statement that profit fell. ",
    "Moscow said “the talks are over”. ",
    "\r\n",
    "\n\n",
    "Asked about it, Reed grinned. ",
    "𝒜 “𝒷” é\u0301 ",
    "A report released Monday said the plant would close. ",
    "Sens. Tom Carper, Dianne Feinstein and Ben Cardin said “no.” ",
    "Hillary Clinton’s right-hand woman rallied supporters, saying: “Stop him.” ",
    "Ada Lind accused Tom Berg of lying, according to audio obtained by the Daily Courier. ",
    "Berg was asked by host Bill Maher, “Why now?” ",
    "But “the vote is over and we lost it fair and square.” ",
    "Graham: Lind’s ‘Hateful Rhetoric’\n\n",
    "Recent polls show Lind with a lead, a new analysis shows. ",
    "Craig Holman of Public Citizen, a watchdog, said, in an email, that it was “fine.” ",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_any_mix_of_news_patterns_anchors_true(pieces: list[str]) -> None:
    """Whatever the mix of patterns, every anchor fits the text and every speaker mention is the speaker's."""
    record = extract("".join(pieces))
    anchors_true(record)
    for q in record.quotations:
        a = q.attribution
        if a is not None and a.speaker is not None and a.speaker_mention is not None:
            speaker = record.entity(a.speaker)
            assert any(m.span.contains(a.speaker_mention.span) for m in speaker.mentions), (speaker, a.speaker_mention)


def test_many_pronouns_and_names_stay_bounded() -> None:
    """Thousands of pronoun-cued quotations after many names: extraction finishes and stays correct."""
    unit = "Ana Berg, a baker, was tired. “The ovens broke again today,” she said. "
    record = extract(unit * 400)
    assert len(record.quotations) == 400
    assert {who(record, q) for q in record.quotations} == {"Ana Berg"}


def test_coordinated_that_inside_quotes_is_not_split() -> None:
    """An "and that" inside a quoted fragment does not split the claim around it."""
    found = claims_of("Ivo Lind said that the plan was “cheap and that is all” in the end.")
    assert len(found) == 1


def test_relay_after_reported_claim_is_a_hop() -> None:
    """X said A, the Times reported: X's claim A with the paper as a hop, not the paper's claim."""
    record = extract("The shipping line Nordvik said several of its ships had been diverted, the Financial Times reported.")
    assert len(record.claims) == 1
    claim = record.claims[0]
    assert claim.content.exact == "several of its ships had been diverted"
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.name == "Nordvik"
    assert "Financial Times" in [e.name for e in record.chain(claim)]


def test_outlet_with_description_reports() -> None:
    """…, the regional broadcaster Radio X reported: the outlet's claim."""
    found = claims_of("The ferry sailed late twice last winter, the regional broadcaster Radio Lune reported.")
    assert found == [("The ferry sailed late twice last winter", "Radio Lune", "reported")]


def test_quoted_words_are_not_a_claim() -> None:
    """«Q? Words», said X: no claim made of the quoted words."""
    assert claims_of("«Three years? They have known about this problem since 2019», said Anne Roux, a nurse.") == []


def test_role_and_name_apposed_before_claim() -> None:
    """Its chairman, retired engineer X, said …: X speaks."""
    found = claims_of("Its chairman, retired engineer Tom Rudd, said the group would ask the council for the route.")
    assert found == [("the group would ask the council for the route", "Tom Rudd", "said")]


def test_person_of_organisation() -> None:
    """Name of Org Bank: the person, described by the affiliation."""
    record = extract("“The balance sheet is strong,” said Per Lund of Halvor Bank.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.description) == ("Per Lund", EntityKind.PERSON, "of Halvor Bank")


def test_definite_organisation_noun_finds_named_organisation() -> None:
    """According to the union: the union the text named before."""
    text = "Ivo Tamm leads the Valdra Dockers’ Union. The port board said talks were over. Members voted to strike, according to the union."
    found = claims_of(text)
    assert ("Members voted to strike", "Valdra Dockers’ Union", "according to") in found


def test_dateline_and_company_noun() -> None:
    """A dateline is neither content nor speaker; "the ferry company X … it announced": X speaks."""
    found = claims_of("LAKETOWN — The ferry company Navimar will stop night crossings, it announced on Monday.")
    assert found == [("The ferry company Navimar will stop night crossings", "Navimar", "announced")]


@pytest.mark.parametrize("given", ["Jean", "Brian", "Adrian", "Vivian"])
def test_given_names_like_adjectives_are_kept(given: str) -> None:
    """A given name ending like a nationality adjective stays in the name."""
    record = extract(f"“It was chaos,” recalled {given} Dupont, 45.")
    assert who(record, record.quotations[0]) == f"{given} Dupont"


def test_told_reporters_colon_is_no_claim() -> None:
    """X told reporters: “…”: a quotation, no claim; the role before the name is kept."""
    record = extract("White House press secretary Anna Kerr told reporters: “The president is confident.”")
    assert record.claims == ()
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Anna Kerr" and speaker.description == "secretary"


def test_alternating_speakers_are_not_merged() -> None:
    """“A,” Park said. “B,” Chan said.: two speakers, two quotations; he goes to the latest."""
    text = "John Park and Lee Chan met on Friday. “We talked for hours,” Park said. “It went well,” Chan said. “We will meet again,” he added."
    record = extract(text)
    assert [who(record, q) for q in record.quotations] == ["John Park", "Lee Chan", "Lee Chan"]
    assert [cue(q) for q in record.quotations] == ["said", "said", "added"]


def test_time_word_after_cue_and_adding_that() -> None:
    """Said Monday, adding that …: the claim after 'adding that', by the subject of 'said'."""
    assert claims_of("“We are not leaving,” Ola Smith said Monday, adding that the team would stay.") == [
        ("the team would stay", "Ola Smith", "adding"),
    ]
    assert claims_of("The mayor said Tuesday that the bridge would reopen.") == [("the bridge would reopen", "mayor", "said")]


def test_names_inside_split_attribution_are_running_text() -> None:
    """An organisation named in the attribution between two stretches can be referred to later."""
    text = (
        "“We gave them every chance,” said Kai Tamm, chairman of the Valdra Dockers’ Union. “They gambled.”\n"
        "The port board said in a statement that it had offered a raise.\n"
        "Members voted 412 to 37 to strike last week, according to the union."
    )
    found = claims_of(text)
    assert ("Members voted 412 to 37 to strike last week", "Valdra Dockers’ Union", "according to") in found


def test_company_noun_refers_to_described_organisation() -> None:
    """Nordic telecoms operator X … the company said: X."""
    text = "Nordic telecoms operator Brightline reported a drop in profit on Thursday.\nProfit fell to two billion crowns, the company said."
    found = claims_of(text)
    assert ("Profit fell to two billion crowns", "Brightline", "said") in found


def test_pronoun_inside_quote_refers_to_name_quoted_with_it() -> None:
    """Inside a judge's quote, 'He told this court he was ‘…’' is the man the judge just named."""
    text = "Judge Mary Cole said: “Mr. Pell was that someone. He told this court he was ‘ashamed beyond words.’ I believe him.”"
    record = extract(text)
    inner = only(record, "ashamed")
    speaker = record.speaker(inner)
    assert speaker is not None and speaker.name == "Pell" and "Mr. Pell" in speaker.aliases
    assert who(record, only(record, "Mr. Pell was")) == "Mary Cole"


def test_dash_signature_without_cue() -> None:
    """“…” — Name, a role: the name signs the quotation, no cue; an ordinary dash-cue still works."""
    record = extract("“The water is rising.” — Marta Silva, a farmer")
    q = record.quotations[0]
    speaker = record.speaker(q)
    assert speaker is not None and (speaker.name, speaker.description) == ("Marta Silva", "a farmer")
    assert cue(q) is None and q.kind.value == "direct"
    record = extract("“The water is rising.” — and nobody came, Marta said later.")
    assert record.speaker(record.quotations[0]) is None or cue(record.quotations[0]) is not None


# -- characterising verbs, headlines, adverbials after an addressee -------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mayor Ines Calder called the plan “a betrayal of the town.”", "Ines Calder"),
        ("Petra Voss dismissed the report as “pure fiction.”", "Petra Voss"),
        ("Dan Ortiz described the deal as “the worst in a generation.”", "Dan Ortiz"),
        ("Lena Hart branded the proposal “reckless.”", "Lena Hart"),
        ("Omar Sade labelled the ruling “a disgrace to the bench.”", "Omar Sade"),
    ],
)
def test_characterising_verb_governs_partial_quote(sentence: str, speaker: str) -> None:
    """called/dismissed as/described as/branded/labelled X “…” quotes the subject in part."""
    record = extract(sentence)
    (q,) = record.quotations
    assert q.kind is QuotationKind.PARTIAL and who(record, q) == speaker
    anchors_true(record)


def test_naming_a_pronoun_stays_scare() -> None:
    """calling them ‘…’ gives a name, so the fragment stays a scare quote."""
    record = extract("Locals began calling them ‘the night owls’ within a week.")
    (q,) = record.quotations
    assert q.kind is QuotationKind.SCARE and q.attribution is None


def test_headline_verb_yields_no_claim() -> None:
    """A cue in the headline line reports nothing; the body's claims remain."""
    record = extract("Minister says cuts are needed\n\nThe budget came out on Monday. Officials said it was balanced.")
    assert record.article.title == "Minister says cuts are needed"
    assert [c.content.exact for c in record.claims] == ["it was balanced"]


def test_told_staff_in_a_memo_starts_after_that() -> None:
    """told staff in a memo that …: the claim is only the reported clause."""
    record = extract("Chief executive Ruth Amsel told staff in a memo that the office would close.")
    (claim,) = record.claims
    assert claim.content.exact == "the office would close"
    assert who(record, claim) == "Ruth Amsel"


# -- quotations inside quotations ----------------------------------------------


def test_nested_pronoun_refers_to_person_the_speaker_mentions() -> None:
    """“… my neighbour Ruth Kell came over, and she told me, ‘…’” said Tom: she is Ruth Kell, Tom the first hop."""
    record = extract(
        "Gina Moss, a farmer, was angry. “Then my neighbour Ruth Kell came over, and she told me, "
        "‘Run for the hills,’ so I ran,” said Tom Aske."
    )
    inner = only(record, "Run for")
    assert inner.parent is not None
    assert who(record, inner) == "Ruth Kell"
    assert [e.name for e in record.chain(inner)] == ["Tom Aske"]
    anchors_true(record)


def test_nested_pronoun_with_no_one_mentioned_stays_unnamed() -> None:
    """A “she told me ‘…’” with no woman named in the outer words is not the outer speaker."""
    record = extract("“The officer came over, and she told me, ‘Run for the hills,’ so I ran,” said Tom Aske.")
    inner = only(record, "Run for")
    assert inner.attribution is not None and inner.attribution.speaker is None
    assert [e.name for e in record.chain(inner)] == ["Tom Aske"]
    outer = only(record, "The officer")
    assert who(record, outer) == "Tom Aske"


def test_nested_quote_chain_starts_with_outer_outlet() -> None:
    """An outlet quoting a person quoting words: the outlet is the first hop of the inner chain."""
    record = extract("The Daily Ledger reported: “Mr. Kell told staff, ‘We are closing the plant.’”")
    inner = only(record, "We are closing")
    assert who(record, inner) == "Kell"
    assert [e.name for e in record.chain(inner)] == ["Daily Ledger"]


# -- definite descriptions ------------------------------------------------------


def test_definite_noun_finds_organisation_named_with_it() -> None:
    """the federation → the Nordic Rowing Federation named before, not a new speaker."""
    record = extract(
        "The Nordic Rowing Federation said the race would go ahead. The federation added that safety boats were ready."
    )
    assert [who(record, c) for c in record.claims] == ["Nordic Rowing Federation"] * 2
    assert len([e for e in record.entities if e.kind is EntityKind.ORGANISATION]) == 1


def test_the_company_finds_business_named_without_cue() -> None:
    """the company → the business last named in running text (Brell Industries), not a new entity."""
    record = extract("Brell Industries, a shipbuilder, reported losses. The company said that orders had fallen.")
    (claim,) = record.claims
    assert who(record, claim) == "Brell Industries"
    assert claim.attribution.speaker_mention is not None and claim.attribution.speaker_mention.exact == "company"


def test_the_company_passes_over_a_bank() -> None:
    """A bank named in between is not what "the company" means."""
    record = extract(
        "Tessel Systems Group cut its forecast. Nils Berg of Arden Bank was unimpressed. "
        "The company said that sales had slowed."
    )
    claim = next(c for c in record.claims if c.content.exact.startswith("sales"))
    assert who(record, claim) == "Tessel Systems Group"


# -- relative clauses and long subjects ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The figures came from the Harlow Research Centre, which estimated that 400 jobs were lost.",
            "Harlow Research Centre",
            "400 jobs were lost",
        ),
        (
            "The strike was backed by the Tarn Valley Miners’ Union, which said that wages had stalled.",
            "Tarn Valley Miners’ Union",
            "wages had stalled",
        ),
    ],
)
def test_which_said_that_takes_the_noun_phrase_before_the_comma(sentence: str, speaker: str, content: str) -> None:
    """…, X, which said/estimated that …: X is the speaker of the clause."""
    record = extract(sentence)
    (claim,) = record.claims
    assert claim.content.exact == content and who(record, claim) == speaker
    anchors_true(record)


def test_estimated_without_that_is_no_claim() -> None:
    """estimated 400 jobs reports a figure, not a clause."""
    assert extract("The Harlow Research Centre estimated 400 jobs were at risk.").claims == ()


def test_subject_separated_by_long_relative_clause() -> None:
    """The agency, which oversees …, said that …: the agency reports, antecedent or not."""
    record = extract("The agency, which oversees rail safety across the northern region, said that the line was safe.")
    (claim,) = record.claims
    assert claim.content.exact == "the line was safe"
    assert who(record, claim) == "agency"
    record = extract(
        "The Harlow Rail Safety Agency sent inspectors. The agency, which oversees rail safety across the "
        "northern region and the coast, said on Monday that the line was safe."
    )
    (claim,) = record.claims
    assert who(record, claim) == "Harlow Rail Safety Agency"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("The ports would reopen, according to a transport ministry statement.", "transport ministry", EntityKind.ORGANISATION),
        ("The ports would reopen, according to a Corvane Energy statement.", "Corvane Energy", EntityKind.ORGANISATION),
        (
            "The Transport Ministry closed the ports. They would reopen on Friday, according to a ministry statement.",
            "Transport Ministry",
            EntityKind.ORGANISATION,
        ),
    ],
)
def test_according_to_a_statement_is_its_issuer(sentence: str, speaker: str, kind: EntityKind) -> None:
    """according to a <issuer> statement: the issuer named in the modifier speaks."""
    record = extract(sentence)
    (claim,) = record.claims
    entity = record.speaker(claim)
    assert entity is not None and entity.name == speaker and entity.kind is kind
    anchors_true(record)


def test_spokeswoman_for_company_is_her_own_entity() -> None:
    """A spokeswoman for X said …: a new unnamed person, described by the company, not the company."""
    record = extract("A spokeswoman for Corvane Energy said the leak was contained.")
    (claim,) = record.claims
    entity = record.speaker(claim)
    assert entity is not None and entity.name == "spokeswoman" and entity.kind is EntityKind.PERSON
    assert entity.description is not None and "Corvane Energy" in entity.description


# -- pronouns and unnamed people ---------------------------------------------------


def test_pronoun_after_person_brought_back_with_plain_verb() -> None:
    """she → the woman the text is about (named with a plain verb), not the last reporter."""
    record = extract(
        "Councillor Tom Reyes said the budget was fair.\n\n"
        "Across town, Mara Quill brushes aside the objections of the council.\n\n"
        "“We have waited long enough,” she said."
    )
    assert who(record, only(record, "We have waited")) == "Mara Quill"


@pytest.mark.parametrize(
    "subject",
    [
        "A former engineer at the plant, who asked not to be named,",
        "A retired engineer who worked at the plant",
    ],
)
def test_indefinite_description_is_a_new_unnamed_speaker(subject: str) -> None:
    """An engineer introduced by description speaks, and "he" after it is that engineer, not the plant."""
    record = extract(
        f"Ines Moro said the plan was sound. {subject} said the pumps had failed twice. "
        "“Nobody wanted to hear it,” he said."
    )
    claim = next(c for c in record.claims if c.content.exact.startswith("the pumps"))
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.kind is EntityKind.PERSON and speaker.name.endswith("engineer")
    assert speaker.description is not None and "plant" in speaker.description
    q = only(record, "Nobody wanted")
    assert record.speaker(q) == speaker
    assert all(e.name != "plant" for e in record.entities)
    anchors_true(record)


@pytest.mark.parametrize(
    "lead",
    ["The water was treated with vitamin K.", "The vote was set for Block K."],
)
def test_initial_ending_a_sentence_is_not_glued_to_a_name(lead: str) -> None:
    """… vitamin K. Fiona Baird …: the entity is Fiona Baird, not K. Fiona Baird."""
    record = extract(f"{lead} Fiona Baird was not convinced. “It proves nothing at all,” she said.")
    assert who(record, only(record, "It proves")) == "Fiona Baird"
    assert all(not e.name.startswith("K.") for e in record.entities)


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("“It is time,” Vann R. Newkirk II, a writer for a magazine, said.", "Vann R. Newkirk II", "a writer for a magazine"),
        ("“It is time,” said Representative Charles B. Rangel of New York.", "Charles B. Rangel", "Representative of New York"),
        ("“It is time,” said Senator Bernie Sanders of Vermont.", "Bernie Sanders", "Senator of Vermont"),
    ],
)
def test_middle_initials_suffixes_and_places(text: str, name: str, description: str) -> None:
    """A middle initial before a surname and suffix or "of <place>" stays in the name; the place describes."""
    record = extract(text)
    speaker = record.speaker(only(record, "It is time"))
    assert speaker is not None and (speaker.name, speaker.description) == (name, description)
    anchors_true(record)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Anna Berg called the plan a “disaster” on Monday.", "disaster", "Anna Berg"),
        ("Gov. Tom Hale described the budget as a “disgrace” after the vote.", "disgrace", "Tom Hale"),
        ("Ms. Lund blasted the council as “asleep at the wheel” in an interview.", "asleep at the wheel", "Lund"),
        ("Tom Hale Calls City Budget ‘A Disgrace’ After Vote\n\nThe mayor disagreed.", "A Disgrace", "Tom Hale"),
    ],
)
def test_characterised_object_is_a_partial_quote(text: str, words: str, speaker: str) -> None:
    """called X a “…”, blasted X as “…”, and the same in a Title Case headline: the subject's words."""
    record = extract(text)
    quotation = only(record, words)
    assert quotation.kind is QuotationKind.PARTIAL
    assert who(record, quotation) == speaker
    anchors_true(record)


@pytest.mark.parametrize(
    "text",
    ["The senator blasted the “rigged” system on Monday.", "150 days of the ‘special operation’ have cost a lot."],
)
def test_modifier_and_term_stay_scare_quotes(text: str) -> None:
    """A quoted modifier or term with no characterising verb governing it stays a scare quote."""
    [quotation] = extract(text).quotations
    assert quotation.kind is QuotationKind.SCARE


def test_surname_goes_to_the_person_named_before_it() -> None:
    """Barack Obama … Obama said … Michelle Obama later: the surname is Barack's."""
    record = extract(
        "President Barack Obama spoke on Tuesday. Obama said the plan was “just not true.” "
        "Later, Michelle Obama spoke too. Michelle Obama said that she agreed."
    )
    assert who(record, only(record, "just not true")) == "Barack Obama"


def test_round_up_labels_name_the_speaker_and_outlet() -> None:
    """Name, Outlet: “…” and Name, description: “…” paragraphs of a round-up."""
    record = extract(
        "Who won the debate?\n\n"
        "Meghan Ward, Twitter: “Chris Wallace is the real winner of this debate.”\n\n"
        "Jeremy Holt, author: “I am sick of being told whom to vote for.”\n\n"
        "Update: “The polls close at eight.”"
    )
    ward = only(record, "Chris Wallace")
    assert who(record, ward) == "Meghan Ward" and [e.name for e in record.chain(ward)] == ["Twitter"]
    holt = record.speaker(only(record, "I am sick"))
    assert holt is not None and (holt.name, holt.description) == ("Jeremy Holt", "author")
    assert all(e.name != "Update" for e in record.entities)  # one capitalised word names no one
    anchors_true(record)


def test_headline_opening_with_a_name_and_colon() -> None:
    """Ann Lee: Voters Are Worried; It Is ‘in Their Heads’: the named person's words."""
    record = extract("Ann Lee: Voters Are Worried About Health; It Is ‘in Their Heads.’\n\nAnn Lee spoke on Monday.")
    quotation = only(record, "in Their Heads")
    assert quotation.kind is QuotationKind.PARTIAL and who(record, quotation) == "Ann Lee"


def test_listed_quoted_words_share_the_attribution() -> None:
    """called the plan “weak” and “tired”, ‘stupid’, ‘useless’: one speaker for the list; a new sentence is not listed."""
    record = extract("Ann Lee called the plan “weak” and “tired” on Monday. Tom Berg called it “bad.” “We disagree,” Ann Lee said.")
    assert [who(record, only(record, w)) for w in ("weak", "tired", "bad.", "We disagree")] == [
        "Ann Lee", "Ann Lee", "Tom Berg", "Ann Lee"
    ]


def test_as_x_had_written() -> None:
    """As the columnist Ann Lee had written, ''…'': a past participle cue before an old-style quotation."""
    record = extract("As the columnist Ann Lee had written years earlier, ''We just could not do without him.''")
    assert who(record, only(record, "We just could not")) == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ann Lee returned to the stage and declared, “We will never be stopped.”", "We will never", "Ann Lee"),
        ("President Ann Lee on Tuesday called on voters to “look inside” themselves.", "look inside", "Ann Lee"),
        ("“We are still talking about that?” Mr. Burton fumed.", "We are still", "Burton"),
        ("“Go register,” Ann Lee implored.", "Go register", "Ann Lee"),
        ("Melania Lee spoke. Lee called it “one of the great miscarriages of justice” in history.", "one of the great", "Melania Lee"),
        ("“Go home,” the Daily Ledger wrote, adding, “no, we are not joking about the United States.”", "no, we are not", "Daily Ledger"),
        ("Ann Lee has referred to her as “Little Katy, third-rate journalist.”", "Little Katy", "Ann Lee"),
        ("Press secretary Brian Fallon issued a statement Tuesday slamming the story as “faulty” today.", "faulty", "Brian Fallon"),
        ("In a series of posts, Ann Lee lamented how hard it is “when others give zero support!”", "when others", "Ann Lee"),
        ("Ann Lee said that the United States had become a “dumping ground for problems.”", "dumping ground", "Ann Lee"),
        ("Support in key states means “she must be doing something right,” Ann Lee says.", "she must be", "Ann Lee"),
        ("WASHINGTON (AP) – Democrat Ann Lee took a swipe at the plan, saying that “bold words” do harm.", "bold words", "Ann Lee"),
        ("Tom Berg went after the mayor over the budget, calling it “disqualifying” in a speech.", "disqualifying", "Tom Berg"),
        ("In another post, Tom Berg called Lee the “ultimate hypocrite,” linking to a story.", "ultimate hypocrite", "Tom Berg"),
    ],
)
def test_speaker_found_through_news_constructions(text: str, words: str, speaker: str) -> None:
    """Coordinated and hanging cues, weekdays, manner-of-speaking cues, pronoun objects,
    "referred to X as", "lamented", nouns that look like cues, datelines, party labels."""
    record = extract(text)
    assert who(record, only(record, words)) == speaker
    anchors_true(record)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“We are not blind to those,” wrote The Post, which backed her.", "We are not blind", "Post"),
        ("The Washington Post backed her on Friday. “We endorse her,” the daily wrote.", "We endorse her", "Washington Post"),
        ("“We endorse her,” the influential US daily wrote.", "We endorse her", None),
        ("Tom Berg attacked the plan, calling it “weak” and asserting that the cause must be “a bombshell of some size.”", "a bombshell", "Tom Berg"),
        ("Ann Lee did not name him, but told city leaders that the town should be run by those “who put people first.”", "who put people", "Ann Lee"),
    ],
)
def test_speaker_of_outlets_and_coordinated_clauses(text: str, words: str, speaker: str | None) -> None:
    """The Post; "the daily" refers back to the outlet last named (never its country);
    “and asserting that …”, “but told … that …”: the clause's subject reports."""
    record = extract(text)
    assert who(record, only(record, words)) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Ann Lee on Tuesday accused Tom Berg of praising the plan to a degree that is “unprecedented in our town.”", "unprecedented", "Ann Lee"),
        ("Ann Lee blamed the council for the cuts, calling it “reckless beyond belief.”", "reckless beyond", "Ann Lee"),
        ("Tom Berg, who leads the race, mocked Ann Lee for “having a tough night” after the vote.", "having a tough", "Tom Berg"),
        ("Ann Lee decried the council for “turning its back” on workers.", "turning its back", "Ann Lee"),
        ("Tom Berg spoke, chiding the press for “the little game” of pitting rivals against each other.", "the little game", "Tom Berg"),
    ],
)
def test_verbs_that_quote_their_subject_in_part(text: str, words: str, speaker: str) -> None:
    """accused X of … “…”, “…, calling it “…””, mocked/decried/chided X for “…”: the subject's words."""
    record = extract(text)
    quotation = only(record, words)
    assert quotation.kind is QuotationKind.PARTIAL and who(record, quotation) == speaker


def test_someone_near_a_thing_is_not_the_thing() -> None:
    """someone near the stage had shouted “…”: the stage does not speak."""
    record = extract("The rally stopped after someone near the stage had shouted “Gun!” in the crowd.")
    assert who(record, only(record, "Gun!")) is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mara Quill told reporters the vote was fair.", "the vote was fair"),
        ("Mara Quill told him the vote was fair.", "the vote was fair"),
        ("Mara Quill told the council the plan was dead.", "the plan was dead"),
        ("Mara Quill told him about the vote.", None),
    ],
)
def test_told_an_audience_then_the_clause(text: str, content: str | None) -> None:
    """told reporters / him / the council + clause: the addressee is not content; told him about X is no claim."""
    record = extract(text)
    assert [c.content.exact for c in record.claims] == ([content] if content else [])
    anchors_true(record)


def test_adding_opens_a_second_quotation() -> None:
    """“A,” X wrote, adding, “B.”: two quotations by X, not one split around its attribution."""
    record = extract("“I am glad you were there,” Ann Lee wrote, adding, “These people will use anything.”")
    assert [q.words for q in record.quotations] == [("I am glad you were there,",), ("These people will use anything.",)]
    assert all(who(record, q) == "Ann Lee" for q in record.quotations)


def test_continuation_after_a_party_tag() -> None:
    """“A,” Rep. X (D-Mo.) said during a hearing. “B.”: the tag's full stop ends no sentence; one quotation."""
    record = extract("“You have been warned,” Rep. Emanuel Cleaver II (D-Mo.) said at a hearing. “So I will not warn you.”")
    [quotation] = record.quotations
    assert len(quotation.segments) == 2 and who(record, quotation) == "Emanuel Cleaver II"


def test_markup_attribute_values_are_not_quotations() -> None:
    """<tweet tweet-id="79…"> left in the text: the attribute value is no scare quote."""
    record = extract('He posted again.\n\n<tweet tweet-id="791656084612100097"><tweet/>.\n\n“It is time,” she said.')
    assert [q.words for q in record.quotations] == [("It is time,",)]
    anchors_true(record)


def test_party_tag_between_name_and_cue() -> None:
    """Rep. Gwen Moore (D-Wis.) said: the tag's full stop ends no sentence and hides no speaker."""
    record = extract(
        "“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday. Rep. Al Ward (R-Texas.) said that it was not."
    )
    assert who(record, only(record, "It is a dog whistle")) == "Gwen Moore"
    [claim] = record.claims
    assert claim.content.exact == "it was not" and who(record, claim) == "Al Ward"
    anchors_true(record)


def test_label_like_words_in_reported_speech_are_partial() -> None:
    """said … the “ugly truths” in …: the speaker's words; a modifier before its noun stays a label."""
    record = extract("Tom Berg said his campaign was about confronting the “ugly truths” in the country today.")
    quotation = only(record, "ugly truths")
    assert quotation.kind is QuotationKind.PARTIAL and who(record, quotation) == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("Ann Lee won. She declared “What a Super Tuesday!” and left.", QuotationKind.PARTIAL, "Ann Lee"),
        ("Ann Lee wrote “The Long Walk” in 1990.", QuotationKind.SCARE, None),
    ],
)
def test_title_case_right_after_a_cue(text: str, kind: QuotationKind, speaker: str | None) -> None:
    """Right after a speech cue, Title Case words are speech; after "wrote", a title."""
    record = extract(text)
    [quotation] = record.quotations
    assert quotation.kind is kind and who(record, quotation) == speaker


def test_party_tag_between_commas() -> None:
    """“…,” Senate Majority Leader Mitch Hale, R-Ky., said: the tag's full stop ends nothing."""
    record = extract("“There has been a lot of talk,” Senate Majority Leader Mitch Hale, R-Ky., said.")
    assert who(record, only(record, "There has been")) == "Mitch Hale"


def test_titled_surname_is_not_a_later_namesake() -> None:
    """President Obama … Mr. Obama … Michelle Obama: Mr. Obama stays the president."""
    record = extract(
        "President Obama spoke on Saturday. “We will win,” Mr. Obama said. "
        "The first lady, Michelle Obama, was also there. “Yes,” Mr. Obama added."
    )
    assert who(record, only(record, "We will win")) == "Obama"
    assert who(record, only(record, "Yes")) == "Obama"
    anchors_true(record)


def test_the_role_refers_to_the_person_titled_with_it() -> None:
    """President Obama … the president said: the role word refers back to the titled name."""
    record = extract("President Obama spoke on Monday. “It is time,” the president said.")
    speaker = record.speaker(only(record, "It is time"))
    assert speaker is not None and speaker.name == "Obama"
    assert {m.exact for m in speaker.mentions} == {"Obama", "president"}
    anchors_true(record)


def test_middle_initial_is_kept() -> None:
    """A given name then an initial (John F. Kennedy) is one name."""
    record = extract("President John F. Kennedy said that it was time to go.")
    assert who(record, record.claims[0]) == "John F. Kennedy"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Kessel Trust keeps the archive. According to its records, the house was built in 1820.", "Kessel Trust"),
        ("Mara Quill kept a diary. The ferry sank in May, according to her notes.", "Mara Quill"),
    ],
)
def test_according_to_possessed_records_is_their_owner(text: str, speaker: str) -> None:
    """according to its records / her notes: the owner the pronoun refers to, not "its records"."""
    record = extract(text)
    (claim,) = record.claims
    assert who(record, claim) == speaker
    assert claim.attribution.speaker_mention is not None and claim.attribution.speaker_mention.exact in ("its", "her")


def test_one_of_them_is_never_an_entity() -> None:
    """One of them said …: the organisation named before, and no entity called "them" or "One"."""
    record = extract("The Harlow Dockers’ Union called a strike. One of them said the alarm never sounded.")
    assert [who(record, c) for c in record.claims] == ["Harlow Dockers’ Union"]
    record = extract("Three workers were on the platform. One of them said the alarm never sounded.")
    assert all(e.name.lower() not in ("them", "one") for e in record.entities)


def test_definite_organisation_said_that_a_and_that_b() -> None:
    """The union said that A and that B: two claims, both the named union's."""
    record = extract(
        "The Harlow Dockers’ Union called a strike. The union said that talks had stalled and that a walkout was likely."
    )
    assert [c.content.exact for c in record.claims] == ["talks had stalled", "a walkout was likely"]
    assert {who(record, c) for c in record.claims} == {"Harlow Dockers’ Union"}


def test_dek_under_headline_yields_no_claim() -> None:
    """A standfirst between the headline and the byline is header: its verbs report nothing."""
    record = extract(
        "Minister says cuts are needed\n"
        "The finance minister says the state must cut spending, officials said.\n"
        "By Ann Lee\n"
        "The budget came out on Monday. Officials said it was balanced."
    )
    assert record.article.authors == ("Ann Lee",)
    assert [c.content.exact for c in record.claims] == ["it was balanced"]


def test_quote_in_headline_gets_no_attribution() -> None:
    """Words quoted in the headline are not attributed by the headline's verb; the body's quote is."""
    record = extract(
        "‘We are cut off from the world,’ says mayor as council axes bus\nBy Ann Lee\n"
        "The council scrapped the route on Monday. “We are cut off from the world,” said Mayor Jane Holt."
    )
    head, body = sorted(record.quotations, key=lambda q: q.span.start)
    assert head.attribution is None
    assert who(record, body) == "Jane Holt"


def test_pronoun_prefers_the_subject_over_an_object() -> None:
    """Mara Quill met Reyes …; “…,” she said: the subject Mara Quill, not the object Reyes."""
    record = extract(
        "Councillor Tom Reyes said the budget was fair. Mara Quill met Reyes on Monday and told him about the vote. "
        "“We have waited long enough,” she said."
    )
    assert who(record, only(record, "We have waited")) == "Mara Quill"


def test_inverted_subject_after_was_is_a_subject() -> None:
    """Among them was Ada Lind, …: she is the one the next quotation's pronoun means."""
    record = extract(
        "Tom Reyes opened the meeting. Among them was Ada Lind, a retired teacher. “I learned to read there,” she said."
    )
    assert who(record, only(record, "I learned")) == "Ada Lind"


def test_pronoun_after_description_with_plain_verb() -> None:
    """An unnamed engineer brought in with a plain verb is who "he" means, across paragraphs."""
    record = extract(
        "Tom Reyes said the budget was fair.\n\n"
        "A former engineer at the plant, who asked not to be named, described the pumps.\n\n"
        "“Nobody wanted to hear it,” he said."
    )
    q = only(record, "Nobody wanted")
    speaker = record.speaker(q)
    assert speaker is not None and speaker.name.endswith("engineer") and speaker.kind is EntityKind.PERSON
    assert speaker.description == "A former engineer at the plant"
    anchors_true(record)


def test_named_person_after_description_wins() -> None:
    """A description, then a named person: "she" is the named person, the more recent subject."""
    record = extract(
        "A local farmer described the flood. Then Ada Lind took the microphone. “We lost everything,” she said."
    )
    assert who(record, only(record, "We lost")) == "Ada Lind"


# -- appositions, titles with "of", headlines, characterising verbs -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mara Quill, 59, of Ashton, Md., who watched on a screen, said it brought back memories of “all the people who came before us.”", "Mara Quill"),
        ("Tobin Reyes, of Springfield, Va., said he had served “for the rights of everyone back home.”", "Tobin Reyes"),
        ("Jean-Luc Morel, the foreign minister of France, a member of the council, said the “provocation cannot go unanswered.”", "Jean-Luc Morel"),
        ("Ann Lee, a teacher in Boston, said it was “a good day” for the school.", "Ann Lee"),
    ],
)
def test_place_in_an_apposition_is_not_the_speaker(text: str, name: str) -> None:
    """"X, 59, of Ashton, Md., said": the place describes the speaker named before it."""
    record = extract(text)
    assert who(record, record.quotations[0]) == name
    anchors_true(record)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secretary of State Ana Vidal said the country would take “robust steps” soon.", "Ana Vidal"),
        ("Minister of Foreign Affairs Piotr Nowak said the plan had “lost its way” entirely.", "Piotr Nowak"),
        ("Secretary of State Vidal said it was “a good day” for everyone.", "Vidal"),
        ("Bank of Arden CEO Lena Holt said it was “a good day” for everyone.", "Lena Holt"),
    ],
)
def test_department_of_a_title_is_not_part_of_the_name(text: str, name: str) -> None:
    """"Secretary of State Ana Vidal": the department belongs to the title, and a role word ends the name."""
    record = extract(text)
    assert who(record, record.quotations[0]) == name


def test_sentence_opening_conjunction_is_no_name() -> None:
    """"Though she called …": "Though" is never taken for a speaker's name."""
    record = extract(
        "In a statement, presidential nominee Hillary Vance was more careful than her colleagues. Though she called the conduct “outrageous” "
        "and asked for more, Vance said little else."
    )
    assert who(record, only(record, "outrageous")) == "Hillary Vance"
    assert all(e.name != "Though" for e in record.entities)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("In recent weeks, Reid Calder has gone after Tomas Brandt as a “human leech” and a “spoiled brat.”", "human leech", "Reid Calder"),
        ("Leader Reid Calder has been steadily pounding Brandt as a “con artist” for weeks.", "con artist", "Reid Calder"),
        ("In a statement, Mayor Ada Lind condemned the test as “reckless” and a “grave threat” to peace.", "grave threat", "Ada Lind"),
        ("The Harbour Council issued a statement calling the test “a clear violation” of its rules.", "a clear violation", "Harbour Council"),
    ],
)
def test_characterising_verbs_quote_their_subject(text: str, words: str, name: str) -> None:
    """"went after X as “…”", "pounding X as “…”", "a statement calling X “…”" and a listed "and a “…”"."""
    record = extract(text)
    q = only(record, words)
    assert q.kind is QuotationKind.PARTIAL
    assert who(record, q) == name


def test_known_as_stays_a_label() -> None:
    """A passive "is known as “…”" or "was cast as “…”" quotes nobody."""
    for text in ("The singer is known as “the Boss” to his fans.", "The plan was cast as “a fresh start” by its backers."):
        record = extract(text)
        assert record.quotations[0].kind is QuotationKind.SCARE
        assert record.speaker(record.quotations[0]) is None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Ada Lind Hammers Harbour Bank Chief: ‘You Should Be Investigated.’\n\nSenator Ada Lind spoke on Tuesday.", "You Should", "Ada Lind"),
        ("Brandt says harbour blast was an 'intentional act.'\n\nTwenty people were hurt, Mayor Tomas Brandt said.", "intentional act", "Brandt"),
        ("Lind Says New Museum Will Tell of 'Suffering and Delight.'\n\nLONDON -- Ada Lind spoke on Saturday.", "Suffering", "Lind"),
    ],
)
def test_headline_subject_of_a_reporting_verb_speaks(text: str, words: str, name: str) -> None:
    """A headline opening with a name and a reporting or characterising verb gives that name's words."""
    record = extract(text)
    q = only(record, words)
    assert record.speaker(q) is not None and record.speaker(q).name.endswith(name)  # type: ignore[union-attr]


def test_headline_without_named_subject_quotes_nobody() -> None:
    """"Poll Shows Voters Think ‘Economy’ Matters": no named subject, no speaker."""
    record = extract("Poll Shows Voters Think ‘Economy’ Matters\n\nA new poll was out on Monday.")
    assert record.speaker(record.quotations[0]) is None


def test_speech_running_on_continues_the_speaker() -> None:
    """"… said X. “I would not call it reform. It is a tax rise” for the rich.": still X's words."""
    record = extract(
        "“It is tinkering at the edges,” said Alan Morrow, an economist at the centre. "
        "“I would not call it reform. It is basically just a tax increase” for the top bracket."
    )
    q = only(record, "I would not")
    assert who(record, q) == "Alan Morrow"
    assert q.kind is QuotationKind.PARTIAL


def test_title_opening_a_sentence_is_not_continued_speech() -> None:
    """A Title Case title opening a sentence after a quotation is no continuation."""
    record = extract("“We will win,” said Ann Lee. “The Great Gatsby and Other Stories” is a book she likes.")
    assert only(record, "The Great Gatsby").kind is QuotationKind.SCARE


def test_tweeting_introduces_a_quotation() -> None:
    """"…, tweeting “…”": the subject of the main clause wrote it."""
    record = extract("Dean poked at Brandt during the debate, tweeting “Notice Brandt sniffing all the time. Coke user?”")
    assert who(record, only(record, "Notice")) == "Dean"


def test_plural_present_cue_after_a_quotation() -> None:
    """"“…,” they conclude.": the plain present form is a cue too."""
    record = extract("“The attacks on Ms. Haley show that many oppose any immigrants,” they conclude.")
    assert cue(record.quotations[0]) == "conclude"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hillary Vance spoke in May. The goal is to help savers, according to a speech Ms. Vance delivered at a college in July.", "Hillary Vance"),
        ("The tax would rise for most families, according to a report the Treasury released on Monday.", "Treasury"),
    ],
)
def test_according_to_a_document_its_author_gave(text: str, name: str) -> None:
    """"according to a speech X delivered": the author of the document is the source."""
    record = extract(text)
    assert [who(record, c) for c in record.claims] == [name]


def test_subject_after_an_opening_adverbial_with_commas() -> None:
    """"Following a swiftly called, late meeting, the Harbour Council issued a statement calling …"."""
    record = extract(
        "Following a swiftly called, late-afternoon meeting, the Harbour Council issued a statement "
        "calling the test “a clear violation” of its rules."
    )
    assert who(record, only(record, "a clear violation")) == "Harbour Council"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The Harbour Council met on Friday and promised action against what it called “a clear threat to peace.”", "a clear threat", "Harbour Council"),
        ("Tomas Brandt met the press and denounced what he called “a witch hunt” by the board.", "a witch hunt", "Tomas Brandt"),
    ],
)
def test_what_x_called_quotes_x(text: str, words: str, name: str) -> None:
    """"what it called “…”": the subject of "called" is quoted, the verb right before the fragment."""
    record = extract(text)
    q = only(record, words)
    assert q.kind is QuotationKind.PARTIAL and who(record, q) == name


def test_parenthetical_attribution_after_a_bare_subject_claims_the_sentence() -> None:
    """"The museum, Mr. Obama said, would make visitors face …": the claim is the whole sentence."""
    record = extract("Barack Obama spoke on Saturday. The museum, Mr. Obama said, would make visitors face uncomfortable truths.")
    (claim,) = record.claims
    assert claim.content.exact == "The museum, Mr. Obama said, would make visitors face uncomfortable truths"
    assert who(record, claim) == "Barack Obama"


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Brandt was defensive about an architect who said he was never paid for the clubhouse.", "he was never paid for the clubhouse"),
        ("Officials who said the plan was flawed were ignored by the board.", None),
        ("Ada Lind told a young woman who suggested that some people may not vote that “this is not the first time.”", None),
        ("She said that the women who had accused him were lying about the vote.", None),
    ],
)
def test_relative_clause_reports_only_at_the_end_of_a_sentence(text: str, claimed: str | None) -> None:
    """"an architect who said …" is the architect's claim; not inside a subject or another report."""
    record = extract(text)
    by_relative = [c for c in record.claims if (s := record.speaker(c)) is not None and s.name.lower() in ("architect", "officials", "young woman", "women")]
    assert [c.content.exact for c in by_relative] == ([claimed] if claimed else [])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("A Harbour Institute poll shows that most voters in richer households have left the party.", "Harbour Institute", "most voters in richer households have left the party"),
        ("The audit found that the agency had lost track of the money.", "audit", "the agency had lost track of the money"),
        ("Public polling shows that the challengers are well placed to win.", "Public polling", "the challengers are well placed to win"),
    ],
)
def test_findings_of_polls_and_audits_are_claims(text: str, speaker: str, content: str) -> None:
    """"a poll shows that …", "the audit found that …": the issuer (or the document) reports."""
    record = extract(text)
    (claim,) = record.claims
    assert (who(record, claim), claim.content.exact) == (speaker, content)


def test_found_without_that_reports_nothing() -> None:
    """"Police found the body" and "the shows" are no reports."""
    assert extract("Police found the body on Monday near the river.").claims == ()
    assert extract("The talk shows ran the clip all week long.").claims == ()


def test_title_case_headline_ending_with_a_full_stop_is_a_headline() -> None:
    """Corpora that end headlines with a full stop: a Title Case first line is still the headline."""
    record = extract(
        "Ada Lind Blasts Harbour Board, Quotes Poem to Urge Voters to ‘Turn Away’ from ‘Boasters’.\n\n"
        "After the vote, Ada Lind spoke to supporters."
    )
    assert record.article.title is not None and record.article.title.startswith("Ada Lind Blasts")
    assert [who(record, q) for q in record.quotations] == ["Ada Lind", "Ada Lind"]
    assert extract("The mayor resigned on Friday.\n\nShe left at noon.").article.title is None


@pytest.mark.parametrize(
    "text",
    [
        "Brandt, who has in the past described Lind as “a reckless gambler,” spoke on Monday.",
        "Tomas Brandt in recent weeks called the plan “a disaster” for the town.",
        "Tomas Brandt last week called the plan “a disaster” for the town.",
    ],
)
def test_time_phrase_before_the_verb_is_no_speaker(text: str) -> None:
    """"has in the past described", "in recent weeks called": the time is skipped to the subject."""
    record = extract(text)
    assert who(record, record.quotations[0]) in ("Brandt", "Tomas Brandt")


def test_plural_noun_cue_forms_need_a_clause() -> None:
    """"“Call the roll,” came shouts from the crowd": "shouts" is a noun, "came" no speaker."""
    record = extract("“Call the roll,” came shouts from the crowd, as the crowd booed.")
    assert record.speaker(record.quotations[0]) is None


def test_protested_reports_a_clause() -> None:
    """"His campaign protested that …" is a claim with a cue."""
    record = extract("Ada Lind spoke. Her campaign protested that the board had been unfair to her all year.")
    assert [c.content.exact for c in record.claims] == ["the board had been unfair to her all year"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Another delegate on the Harbour slate, Jim Poolman, said he was only “leaning Lind.”", "Jim Poolman"),
        ("A third delegate, Daniel Traynor, said he was “not sure” at all.", "Daniel Traynor"),
    ],
)
def test_full_name_in_commas_after_a_description_speaks(text: str, name: str) -> None:
    """"Another delegate on the … slate, Jim Poolman, said": the name set off after the description."""
    record = extract(text)
    assert who(record, record.quotations[0]) == name


def test_label_after_a_run_in_heading_and_dash() -> None:
    """"HEADING - Philip Bump: “…”": the name after the dash labels the quotation."""
    record = extract(
        "Intro text here.\n\nTHE INTERPLAY MATTERS FOR THE PARTY - Philip Bump: "
        "“Two weeks ago, the strongest territory had been the South. Now it is the Northeast.” [Post.]\n\nNext."
    )
    assert who(record, record.quotations[0]) == "Philip Bump"


def test_initialism_before_a_lower_case_word_ends_no_sentence() -> None:
    """"an F.B.I. investigation into …": the claim runs on past the initialism."""
    record = extract("Mr. Lind denied that an F.B.I. investigation into his firm had begun in June.")
    assert [c.content.exact for c in record.claims] == ["an F.B.I. investigation into his firm had begun in June"]


def test_said_to_an_addressee_is_a_cue() -> None:
    """"Kukura said to the group": "to the group" is the addressee, not an infinitive."""
    record = extract("Tom Kukura leads the club.\n\n“So, I'm just curious,” Kukura said to the group.")
    assert who(record, record.quotations[0]) == "Tom Kukura"


def test_said_to_be_stays_no_cue() -> None:
    """"is said to be furious": a passive with an infinitive reports nothing."""
    record = extract("Ada Lind is said to be furious about the vote on Tuesday night.")
    assert record.claims == ()


def test_one_of_the_group_last_quoted() -> None:
    """"“…,” one said." after a group spoke: one of that group; with no group, no one."""
    record = extract("“We want change,” the protesters said. “We will stay until they listen,” one said.")
    assert who(record, record.quotations[1]) == who(record, record.quotations[0]) == "protesters"
    lone = extract("Questions flashed on the screen. Then one said, “Why does your story differ from ours?”")
    assert lone.speaker(lone.quotations[0]) is None


def test_contracted_pronoun_inside_a_quotation_is_its_speaker() -> None:
    """"I'm saying, ‘…’" inside Lind's quotation: the nested words are Lind's, not a person "I'm"."""
    record = extract(
        "“We are proud,” Ada Lind said. “That's why I'm saying, ‘This is exciting and historic.’ And that is that.”"
    )
    nested = next(q for q in record.quotations if q.parent is not None)
    assert who(record, nested) == "Ada Lind"
    assert all(e.name != "I'm" for e in record.entities)


def test_described_subject_of_the_sentence_before_speaks() -> None:
    """"Her friend Brittany Lock, 20, …, chimed in. “…”": the quotation is hers."""
    record = extract(
        "“It is a joke,” said Fay Isles, a nursing major.\n\n"
        "Her friend Brittany Lock, 20, a science major from Memphis, chimed in. "
        "“I did not think, until this past year, I would ever vote for them. Now I am.”"
    )
    assert who(record, record.quotations[1]) == "Brittany Lock"


def test_the_person_asked_answers() -> None:
    """"On “The Club” show, Lind was asked why …" then a quotation: Lind's answer, whatever the apostrophes."""
    record = extract(
        "Ada Lind toured Ohio. “We are ready,” said Tim Kane.\n\n"
        "On “The Morning Club” radio show Wednesday, Lind was asked why her campaign isn't resonating more.\n\n"
        "“I have tried to tell people that it matters, and that's why I keep saying it. That's how I think about it.”"
    )
    answer = record.quotations[-1]
    assert who(record, answer) == "Ada Lind"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue_text"),
    [
        (
            "President Ada Lind on Tuesday accused Tom Berg of praising the regime and copying its policies.",
            "Tom Berg of praising the regime and copying its policies",
            "Ada Lind",
            "accused",
        ),
        ("Mayor Ada Lind blamed the heat for the delays on the northern line.", "the heat for the delays on the northern line", "Ada Lind", "blamed"),
        ("Two senior lawmakers urged Ms. Lind to fund turnout efforts in rural races.", "Ms. Lind to fund turnout efforts in rural races", "Two senior lawmakers", "urged"),
        ("At his rally, Tom Berg called for a special prosecutor to investigate the deal.", "a special prosecutor to investigate the deal", "Tom Berg", "called for"),
        ("Ada Lind called on Tom Berg to release his tax returns this week.", "Tom Berg to release his tax returns this week", "Ada Lind", "called on"),
        ("Ada Lind asked Tom Berg to describe the plan twice in the interview.", "Tom Berg to describe the plan twice in the interview", "Ada Lind", "asked"),
        ("Ada Lind asked whether the new rules were fair to small farms.", "whether the new rules were fair to small farms", "Ada Lind", "asked"),
    ],
)
def test_speech_acts_on_an_object_are_claims(text: str, content: str, speaker: str, cue_text: str) -> None:
    """Accusing, blaming, urging, asking and calling for: the object and its complement are the claim."""
    record = extract(text)
    [claim] = record.claims
    assert claim.content.exact == content
    assert who(record, claim) == speaker
    assert claim.attribution.cue is not None and claim.attribution.cue.exact == cue_text


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg was accused of lying to the committee about the payments.",
        "The board had asked for a path to profit by the end of the year.",
        "Ada Lind called the police after the meeting ended in chaos.",
        "Ada Lind urged both sides to accept mediation, according to a ministry statement.",
    ],
)
def test_speech_acts_without_a_speaker_or_an_object_are_no_claims(text: str) -> None:
    """Passives, "asked for", "called the police" and acts an "according to" reports make no object claim."""
    record = extract(text)
    assert all(c.attribution.cue is not None and c.attribution.cue.exact == "according to" for c in record.claims)


def test_members_of_a_body_speak_rather_than_the_body() -> None:
    """"two senior members of the House said": the members, a group, not the House."""
    record = extract("In interviews, two senior members of the House said that Ms. Lind should spend more on turnout.")
    [claim] = record.claims
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.name == "two senior members" and speaker.kind is EntityKind.GROUP


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Two senior lawmakers said Ms. Lind should fund turnout efforts in races, warning that control of Congress will matter.",
            "Ms. Lind should fund turnout efforts in races",
            "control of Congress will matter",
        ),
        (
            "In an email, Mr. Berg denied the existence of an F.B.I. inquiry into his firm and said that reports of one were a smear.",
            "the existence of an F.B.I. inquiry into his firm",
            "reports of one were a smear",
        ),
    ],
)
def test_a_second_report_in_the_sentence_ends_the_first(text: str, first: str, second: str) -> None:
    """", warning that …" and "and said that …" open a second claim of the same speaker."""
    record = extract(text)
    assert [c.content.exact for c in record.claims] == [first, second]
    assert who(record, record.claims[0]) == who(record, record.claims[1])


def test_an_adjective_before_a_document_noun_is_no_issuer() -> None:
    """"The initial report" names no issuer called "initial"; "a transport ministry statement" names the ministry."""
    record = extract("The initial report from the group incorrectly described the deal, saying he had “given $32 million to it.”")
    assert all(e.name != "initial" for e in record.entities)
    ministry = extract("A transport ministry statement said the line would reopen on Monday after repairs.")
    assert [who(ministry, c) for c in ministry.claims] == ["transport ministry"]


def test_documents_cited_as_sources_are_document_entities() -> None:
    """"the joint statement said", "A report released Monday said", "the report said": documents speak."""
    record = extract(
        "Those sites are “consistent with the methods of state-directed efforts,” the joint statement said. "
        "A report released Monday said the plant would close. Later, the report said that workers would be paid."
    )
    statement = record.speaker(record.quotations[0])
    assert statement is not None and statement.kind is EntityKind.DOCUMENT and statement.name == "joint statement"
    claims = {c.content.exact: record.speaker(c) for c in record.claims}
    report = claims["the plant would close"]
    assert report is not None and report.kind is EntityKind.DOCUMENT and report.name == "report"
    assert claims["workers would be paid"] is report  # "the report" refers back to it
    # The sentence holding the partial quotation, its comma inside the mark, is the statement's claim.
    assert claims["Those sites are “consistent with the methods of state-directed efforts,”"] is statement


def test_polls_show_without_that() -> None:
    """"Recent polls show Lind with a lead": a document's finding; "the tour will show visitors" is none."""
    record = extract("Recent polls show Ada Lind with a 7.5-point lead in the northern counties.")
    [claim] = record.claims
    assert claim.content.exact == "Ada Lind with a 7.5-point lead in the northern counties"
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.kind is EntityKind.DOCUMENT
    assert extract("The tour will show visitors the old mill and its great wheel.").claims == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ada Lind spoke first.\n\n17-year-old Tom Potts echoed:\n\n“He speaks his mind, and I think that might be what the country needs.”", "Tom Potts"),
        ("The Daily Courier reveals a few relevant facts: “Of its 76,981 registered voters, 30,290 are Democrats.”", "Daily Courier"),
        ("Ada Lind emailed supporters on Monday.\n\nThe email goes on to say: “The plan would write unfairness into our law books for years.”", "email"),
    ],
)
def test_echoed_reveals_and_goes_on_to_say(text: str, name: str) -> None:
    """"X echoed:", "X reveals …:" and "The email goes on to say:" introduce the quotation after them."""
    record = extract(text)
    assert who(record, record.quotations[-1]) == name


def test_echoes_as_a_noun_is_no_cue() -> None:
    """"carried echoes of Lind's allegations of a “vast conspiracy”": no one called "carried" speaks."""
    record = extract("Berg's comments carried echoes of Lind's allegations of a “vast right-wing conspiracy” years ago.")
    assert all(e.name != "carried" for e in record.entities)


def test_and_that_joining_subjects_does_not_split_a_claim() -> None:
    """"Those sites and that persona are …" is one clause; "that A and that B" are two."""
    record = extract("The agency said those sites and that persona are run from abroad by the same people.")
    assert [c.content.exact for c in record.claims] == ["those sites and that persona are run from abroad by the same people"]
    two = extract("Ada Lind said that prices will rise and that wages will fall.")
    assert [c.content.exact for c in two.claims] == ["prices will rise", "wages will fall"]


def test_straight_mark_after_a_paragraph_break_opens_the_sentence() -> None:
    """A paragraph opening with a straight mark is a quotation, not a claim that starts inside it."""
    record = extract(
        'He said strangers told him that "it might be good for the country."\n\n'
        '"They had a view that we might not see because we are so close to it," Tom Kukura said.'
    )
    assert all(not c.content.exact.startswith("They had") for c in record.claims)
    assert who(record, record.quotations[-1]) == "Tom Kukura"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Bellwether County Says Berg Should Win the Nomination\n\nTom Berg will likely win, a new study says.", "Berg Should Win the Nomination", "Bellwether County"),
        ("Pat Caddell: Voters Worried About the Mayor’s Health\n\nPat Caddell, a pollster, spoke on Monday night.", "Voters Worried About the Mayor’s Health", "Pat Caddell"),
    ],
)
def test_headline_naming_its_speaker_is_a_claim(text: str, content: str, speaker: str) -> None:
    """A headline with a named subject and a reporting verb, or a person's name and a colon, reports."""
    record = extract(text)
    claim = record.claims[0]
    assert claim.content.exact == content
    assert who(record, claim) == speaker


def test_headline_naming_only_a_role_reports_nothing() -> None:
    """"Minister says cuts are needed": no one is named, the body tells who."""
    assert extract("Minister says cuts are needed\n\nThe minister spoke on Monday in the capital.").claims == ()


def test_according_to_an_article_in_an_outlet() -> None:
    """"according to a new article in Politico": the outlet that published it is the source."""
    record = extract("Tom Berg will likely win the nomination, according to a new article in the Daily Courier.")
    [claim] = record.claims
    assert claim.content.exact == "Tom Berg will likely win the nomination"
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.name == "Daily Courier" and speaker.kind is EntityKind.OUTLET


def test_said_on_a_weekday_then_the_clause() -> None:
    """"said on Friday he met …": the day is skipped, the clause without "that" reported."""
    record = extract("Top donor Sam Adler said on Friday he met the candidate earlier this week in Macau.")
    assert [c.content.exact for c in record.claims] == ["he met the candidate earlier this week in Macau"]


def test_relative_clause_report_ends_where_the_main_verb_resumes() -> None:
    """"Barkley, who said he votes for them, said …": two claims, the first ending at its comma."""
    record = extract("Charles Barkley, who said he typically votes for them, said one candidate he likes is Kasich.")
    assert [c.content.exact for c in record.claims] == ["he typically votes for them", "one candidate he likes is Kasich"]


def test_time_opening_before_the_subject_of_a_participle() -> None:
    """"Hours later, Berg returned the compliment, telling Reuters, “…”": Berg speaks, not "Hours"."""
    record = extract(
        "Sam Adler spoke first.\n\nHours later, Tom Berg returned the compliment to Adler, telling Reuters, "
        "“Sam and I have been friends for a long time. He is an amazing man.”"
    )
    assert who(record, record.quotations[0]) == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ted Cruz lost the primary.\n\nDean Johnson, a salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”", "Dean Johnson"),
        ("Ted Cruz lost the primary.\n\nStacy Baker of Columbia, South Carolina says Cruz can win if he keeps “doing what he’s doing.”", "Stacy Baker"),
        ("The mayor of Montclair, Élodie Favre, said the decision was «a slap in the face for the villages».", "Élodie Favre"),
    ],
)
def test_state_after_a_town_is_no_speaker(text: str, name: str) -> None:
    """"from Sumter, South Carolina," describes the speaker; "of Montclair, Élodie Favre," names her."""
    record = extract(text)
    assert who(record, record.quotations[0]) == name


def test_subject_of_a_passive_before_a_participle() -> None:
    """"his supporters were shown chanting “…”": the supporters chant, not "shown"."""
    record = extract("At Rubio’s party his supporters were shown chanting “Marco! Marco!” on two screens.")
    assert all(e.name != "shown" for e in record.entities)


def test_object_of_a_preposition_does_not_govern_a_participle() -> None:
    """"yelling at people on their way into the polls saying “…”": the polls say nothing."""
    record = extract(
        "John Kasich says he would be yelling at people on their way into the polls saying “Hey, vote for me.”"
    )
    assert who(record, record.quotations[0]) == "John Kasich"
    assert all(e.name != "polls" for e in record.entities)


def test_quotation_in_a_relative_clause_before_the_cue() -> None:
    """"Perry, who wore a cape reading “…,” shouted, “…”": two quotations, the second Perry's."""
    record = extract(
        "Katy Perry took the stage. Perry, who wore a cape reading “I’m with Madam President,” shouted, "
        "“In three days, let’s make history.”"
    )
    assert [q.text for q in record.quotations] == ["I’m with Madam President,", "In three days, let’s make history."]
    assert who(record, record.quotations[1]) == "Katy Perry"


def test_a_lone_cue_between_two_quotations_does_not_split_one() -> None:
    """"“A,” shouted, “B”" names no one between: two quotations; "“A,” she said, “B”" is one."""
    assert len(extract("Signs read “Stop the cuts,” shouted, “Save our library now.”").quotations) == 2
    assert len(extract("“We are ready,” she said, “and we will win.”").quotations) == 1


@pytest.mark.parametrize("name", ["Kelly", "Reilly", "Daly"])
def test_surnames_in_ly_are_no_adverbs(name: str) -> None:
    """"Mr. Kelly said": a capitalised word in -ly is a name, never an adverb skipped over."""
    record = extract(f"“We will win,” Mr. {name} said. Mr. {name} said the state was winnable.")
    assert who(record, record.quotations[0]) == name
    assert [who(record, c) for c in record.claims] == [name]


def test_possessive_description_before_an_apposed_name() -> None:
    """"Brazile’s CNN colleague, Jake Tapper, insists …": Tapper, described by the possessive phrase."""
    record = extract("Now Brazile’s CNN colleague, Jake Tapper, insists Brazile’s actions were “unethical” and “horrifying.”")
    assert [who(record, q) for q in record.quotations] == ["Jake Tapper", "Jake Tapper"]
    assert [c.content.exact for c in record.claims] == ["Brazile’s actions were “unethical” and “horrifying.”"]


def test_given_names_say_who_he_and_she_are() -> None:
    """"Hillary Clinton said Donald Trump … 'He choked,' she said": she is Clinton, named first or not."""
    record = extract("Hillary Clinton said Donald Trump met the president and failed to repeat his demand. “He choked,” she said.")
    assert who(record, record.quotations[0]) == "Hillary Clinton"
    reverse = extract("Donald Trump said Hillary Clinton met the banker and failed to answer. “She lied,” he said.")
    assert who(reverse, reverse.quotations[0]) == "Donald Trump"


def test_citing_a_document_is_its_claim() -> None:
    """"…, citing reports that X": the reports' claim, and "reports" there is no reporting verb."""
    record = extract(
        "Stephanie Ruhle pressed Flynn on Russia, citing reports that Paul Manafort and Carter Page were investigated. "
        "“It seems so unusual,” she said."
    )
    [claim] = record.claims
    assert claim.content.exact == "Paul Manafort and Carter Page were investigated"
    source = record.speaker(claim)
    assert source is not None and source.kind is EntityKind.DOCUMENT
    assert who(record, record.quotations[0]) == "Stephanie Ruhle"


def test_assured_and_reiterated_report() -> None:
    """"assured WMAL that …" reports a clause after its addressee; "reiterated, “…”" introduces speech."""
    record = extract(
        "Jake Tapper spoke on the radio. Tapper also assured WMAL that CNN takes this “very, very seriously.” "
        "In closing, Tapper reiterated, “it’s horrifying and very upsetting.”"
    )
    assert [c.content.exact for c in record.claims] == ["CNN takes this “very, very seriously.”"]
    assert [who(record, q) for q in record.quotations] == ["Jake Tapper", "Jake Tapper"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Justice Department has already warned that it will have fewer observers at the polls.", "it will have fewer observers at the polls"),
        ("His team conceded publicly as well as privately that he was trailing badly in the state.", "he was trailing badly in the state"),
    ],
)
def test_adverbs_around_the_cue(text: str, content: str) -> None:
    """"has already warned that", "conceded publicly as well as privately that": adverbs are skipped."""
    record = extract(text)
    assert [c.content.exact for c in record.claims] == [content]
    assert who(record, record.claims[0]) is not None and who(record, record.claims[0]) != "already"


def test_manner_adverb_then_a_medium_is_no_claim() -> None:
    """"wrote sarcastically on Twitter, adding that …": only the added clause is reported."""
    record = extract(
        "“Long live freedom of speech!” Margarita Simonyan, the editor of RT, wrote sarcastically on Twitter, "
        "adding that the bank had offered no explanation for the step."
    )
    assert [c.content.exact for c in record.claims] == ["the bank had offered no explanation for the step"]


def test_relative_whose_clause_names_are_not_the_subject() -> None:
    """"Geneva Reed-Veal, whose daughter, Sandra Bland, died …, called on …": Reed-Veal speaks."""
    record = extract(
        "Geneva Reed-Veal, whose daughter, Sandra Bland, died in a Texas jail last year, called on the "
        "congregation to make its voice heard at the polls."
    )
    assert [who(record, c) for c in record.claims] == ["Geneva Reed-Veal"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Accusations grew so loud that the Russian Embassy in London issued a statement saying that Moscow had no position on the vote.",
            "Russian Embassy",
            "Moscow had no position on the vote",
        ),
        ("The company released a short statement saying the plant would close in May.", "company", "the plant would close in May"),
    ],
)
def test_a_statement_saying_is_its_issuers_claim(text: str, speaker: str, content: str) -> None:
    """"X issued a statement saying …": X's claim; a body "in London" is not London."""
    record = extract(text)
    assert [(who(record, c), c.content.exact) for c in record.claims] == [(speaker, content)]


def test_adverb_before_an_opening_adverbial() -> None:
    """"Also before the same election, Senator Chuck Schumer …, telling one aide: “…”": Schumer's."""
    record = extract(
        "“We had a sense of who he was,” said Bradley Tusk, a campaign manager.\n\n"
        "Also before the same election, Senator Chuck Schumer, for whom Mr. Weiner once worked, privately "
        "expressed frustration, telling one aide: “It's all political ricochet.”"
    )
    assert who(record, record.quotations[1]) == "Chuck Schumer"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Figures released by the Audience Board for the week of the vote, for example, showed that the network had 926,000 viewers.", "Figures"),
        ("Documents obtained by the Daily Courier show that the agency knew of the flaw for years.", "Documents"),
    ],
)
def test_document_with_a_participle_opening_the_sentence(text: str, name: str) -> None:
    """"Figures released by X … showed that": the figures report, not the last noun before the verb."""
    record = extract(text)
    [claim] = record.claims
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.name == name and speaker.kind is EntityKind.DOCUMENT


def test_quoted_words_after_a_comma_before_the_cue() -> None:
    """"… a cape bearing the words, “I’m with her,” shouted, “…”": the words are no speaker."""
    record = extract(
        "Katy Perry sang. Perry, who hugged Clinton while wearing a cape bearing the words, "
        "“I’m with Madam President,” shouted, “In three days, let’s make history!”"
    )
    assert who(record, record.quotations[1]) == "Katy Perry"


def test_told_an_audience_then_an_adverbial_reports_no_clause() -> None:
    """"“…,” Podesta told reporters on the short flight from …": the quotation's cue, no claim."""
    record = extract("“Michigan is a state we lead,” John Podesta told reporters on the short flight from another state, Ohio.")
    assert record.claims == ()
    assert who(record, record.quotations[0]) == "John Podesta"


def test_cue_word_after_a_possessive_is_an_adjective() -> None:
    """"Trump's alleged ties" reports nothing; "He’s predicting he will …" is still a report."""
    assert extract("Clinton has tried to shift the attention to Trump's alleged ties to Russia.").claims == ()
    record = extract("Donald Trump spoke. He’s predicting he will do “very, very well” in the next contest in Nevada.")
    assert [c.content.exact for c in record.claims] == ["he will do “very, very well” in the next contest in Nevada"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mrs. Clinton was openly dismissive of Mr. Trump, telling reporters on Saturday that she no longer worried about his attacks.",
            "Clinton",
            "she no longer worried about his attacks",
        ),
        (
            "Democrats - especially in his native New York - said that perhaps they had given Mr. Weiner too many chances.",
            "Democrats",
            "perhaps they had given Mr. Weiner too many chances",
        ),
        (
            "Trump aimed his criticism at Obama, saying the president “wants to focus on his golf game” instead.",
            "Trump",
            "the president “wants to focus on his golf game” instead",
        ),
    ],
)
def test_participles_and_asides_before_a_clause(text: str, speaker: str, content: str) -> None:
    """"telling reporters on Saturday that", "X - an aside - said that", "saying the president …"."""
    record = extract(text)
    assert [(who(record, c), c.content.exact) for c in record.claims] == [(speaker, content)]


def test_a_title_suggests_nothing() -> None:
    """"The paper’s title — “…” — hardly suggests a breakthrough": a title is no speaker."""
    record = extract("The paper’s title — “Survival in a glacier-dwelling beetle” — hardly suggests a breakthrough, but it is one.")
    assert record.claims == ()


def test_issuer_of_a_statement_saying_a_quotation() -> None:
    """"Teneo issued a statement saying that “…”": the quoted words are Teneo's."""
    record = extract("Band declined to comment. But Teneo issued a statement saying that “the memo shows Teneo worked to help clients.”")
    assert who(record, record.quotations[0]) == "Teneo"


def test_plural_noun_after_a_participle_characterises_nothing() -> None:
    """"making calls to lawmakers “on behalf of X”": "calls" is a noun; "Trump calls Clinton “…”" a verb."""
    assert all(e.name != "making" for e in extract(
        "A staff member had been making calls to British lawmakers “on behalf of President Clinton” for clients."
    ).entities)
    record = extract("Donald Trump calls Clinton “a nasty woman” at the debate.")
    assert who(record, record.quotations[0]) == "Donald Trump"


def test_possessive_speech_noun_before_a_colon() -> None:
    """"Huma Abedin's succinct reply: “…”": Abedin's words; "Comey's allies say" is still a report."""
    record = extract("“Is it too much?” asked Robby Mook.\n\nHuma Abedin's succinct reply: “JEB BUSH.”")
    assert who(record, record.quotations[1]) == "Huma Abedin"
    allies = extract("Mr. Comey's allies say he could not have followed this script last week.")
    assert [c.content.exact for c in allies.claims] == ["he could not have followed this script last week"]


def test_a_name_ends_with_its_sentence() -> None:
    """"like Clinton. And he encouraged …": no entity named "Clinton. And"."""
    record = extract(
        "Podesta urged aides to call Bernie Sanders on his backing, like Clinton. And he encouraged her "
        "“to differentiate herself from Obama on Israel.”\n\n“It can easily be done,” he wrote in June."
    )
    assert all("." not in e.name for e in record.entities)


def test_number_and_time_unit_before_the_subject() -> None:
    """"Two months later, Clinton …, telling them “…”": Clinton, not "Two"."""
    record = extract(
        "“Can we do something creative?” Hillary Clinton asked.\n\nTwo months later, Clinton won cheers when "
        "she called in to a convention, telling them “thank you for marching in the streets for a living wage.”"
    )
    assert who(record, record.quotations[1]) == "Hillary Clinton"


def test_emailed_and_asking_introduce_words() -> None:
    """"“…!” she emailed her daughter"; "asking supporters to “…”" quotes the asker."""
    record = extract("Hillary Clinton wrote about elephants. “I am so ready to work on this!” she emailed her daughter in 2012.")
    assert who(record, record.quotations[0]) == "Hillary Clinton"
    asking = extract("Sen. Bernie Sanders sent out a fundraising call, asking supporters to “donate $3 to our campaign now.”")
    assert who(asking, asking.quotations[0]) == "Bernie Sanders"


def test_listed_full_names_speak_as_one_group() -> None:
    """"Sens. Tom Carper, Dianne Feinstein and Ben Cardin said": one group of the three."""
    record = extract("Sens. Tom Carper, Dianne Feinstein and Ben Cardin said the letter “leaves so many questions unanswered.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.kind is EntityKind.GROUP
    assert speaker.name == "Tom Carper, Dianne Feinstein and Ben Cardin"
    pair = extract("Clinton and Trump said the debate was over at last.")
    assert who(pair, pair.claims[0]) == "Trump"


def test_authors_of_an_article_are_no_group_speaker() -> None:
    """"the article by Thomas Rowley and Serhiy Guz continued": the authors of something, not a group."""
    record = extract(
        "“The party argued,” wrote OpenDemocracy, “that regulation must go.”\n“A leading member promised more,” "
        "the article by Thomas Rowley and Serhiy Guz continued."
    )
    assert all(e.kind is not EntityKind.GROUP for e in record.entities)


def test_first_person_in_a_quotation_is_its_speaker() -> None:
    """"“… Obama was good, and that's why I'm saying, ‘…’,” Clinton said": the nested words are Clinton's."""
    record = extract(
        "Hillary Clinton spoke on the radio.\n\n“I have said that President Obama was a good president, and "
        "that's why I'm saying, ‘Okay, I think it's really exciting.’ That's how I think about it,” Clinton said."
    )
    nested = next(q for q in record.quotations if q.parent is not None)
    assert who(record, nested) == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The latest Harbour poll showed Berg leading the field with 31 percent of the vote.", "Berg leading the field with 31 percent of the vote"),
        ("Lind's bid has drawn more money from bankers than any before it, a new analysis shows.", "Lind's bid has drawn more money from bankers than any before it"),
        ("New numbers released Tuesday by the state office show nearly 300,000 voters went to the polls.", "nearly 300,000 voters went to the polls"),
    ],
)
def test_document_findings_without_that(text: str, content: str) -> None:
    """"the poll showed Berg leading", "…, a new analysis shows.", "New numbers … show": findings."""
    record = extract(text)
    [claim] = record.claims
    assert claim.content.exact == content
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.kind is EntityKind.DOCUMENT


def test_and_says_continues_the_subject() -> None:
    """"Reid caucused … and says he voted “uncommitted.”": Reid reports; "but argues that" starts a second claim."""
    record = extract("Harry Reid caucused in Nevada on Saturday and says he voted “uncommitted.”")
    assert [(who(record, c), c.content.exact) for c in record.claims] == [("Harry Reid", "he voted “uncommitted.”")]
    two = extract("Ada Lind says she respects Berg’s “passion” but argues that he can’t deliver on his promises.")
    assert [c.content.exact for c in two.claims] == ["she respects Berg’s “passion”", "he can’t deliver on his promises"]


def test_adverbials_set_off_around_a_cue() -> None:
    """"said, in an email, that …" reports the clause; "Fraudsters, he said in the video, don't …" the sentence."""
    record = extract("Mr. Rogers said, in an email, that he did not authorize any advertising for the project.")
    assert [c.content.exact for c in record.claims] == ["he did not authorize any advertising for the project"]
    aside = extract("Kevin Rogers spoke. Fraudsters, he said in the video, don't last long in this business.")
    assert [who(aside, c) for c in aside.claims] == ["Kevin Rogers"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump has made several controversial statements — including a call for a temporary ban on travel from abroad.",
        "Clinton's advisers worried that her call for a constitutional amendment would not appeal to voters.",
        "Trump Victory is required to distribute the money it raises according to a formula agreed in advance.",
    ],
)
def test_nouns_that_look_like_reports_make_no_speaker(text: str) -> None:
    """"a call for a ban", "her call for", "according to a formula": no speaker named "including a" or "formula"."""
    record = extract(text)
    names = {e.name for e in record.entities}
    assert not names & {"including a", "that her", "formula"}


def test_survey_of_people_opening_a_sentence_reports() -> None:
    """"Surveys of caucus-goers taken as they entered … showed that …": the surveys, not the sites."""
    record = extract("Surveys of caucus-goers taken as they entered caucus sites showed that older women turned out to support Lind.")
    [claim] = record.claims
    speaker = record.speaker(claim)
    assert speaker is not None and speaker.kind is EntityKind.DOCUMENT and speaker.name == "Surveys"


def test_words_ending_in_a_comma_then_a_named_cue() -> None:
    """"… on Russia, whose “thefts … process,” Jeh Johnson said.": Johnson's words, not the first clause's subject."""
    record = extract(
        "Earlier this month, the government blamed the attacks on Russia, whose “thefts and disclosures are "
        "intended to interfere with the election process,” Secretary of Homeland Security Jeh Johnson said."
    )
    assert who(record, record.quotations[0]) == "Jeh Johnson"
    adding = extract(
        "Ted Cruz spoke. Cruz said that there is “only one strong conservative in a position to win this race,” "
        "adding that it’s why Trump “relentlessly attacks us.”"
    )
    assert [who(adding, q) for q in adding.quotations] == ["Ted Cruz", "Ted Cruz"]


def test_person_of_an_organisation_is_named_alone() -> None:
    """"Craig Holman of Public Citizen" is the person Craig Holman; "Bank of America" stays whole."""
    record = extract("“We have had wealthy presidents before,” said Craig Holman of Public Citizen, a watchdog.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Craig Holman" and speaker.kind is EntityKind.PERSON
    bank = extract("“We will lend more,” said the Bank of America.")
    assert who(bank, bank.quotations[0]) == "Bank of America"


def test_possessive_role_opening_the_sentence_speaks() -> None:
    """"Hillary Clinton’s right-hand woman rallied supporters, saying: “…”": the woman described."""
    record = extract("Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "Hillary Clinton’s right-hand woman"


def test_name_with_a_long_apposition_before_the_cue() -> None:
    """"“…,” Trump, the frontrunner … after winning the primaries, said when …": Trump, and no claim "when …"."""
    record = extract(
        "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally "
        "and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, "
        "said when Boyle asked him a question."
    )
    assert who(record, record.quotations[0]) == "Trump"
    assert record.claims == ()


def test_role_hopeful_before_a_titled_name() -> None:
    """"Republican Presidential hopeful Sen. Ted Cruz …, telling X: “…”": Cruz speaks."""
    record = extract(
        "In line with most Americans, Republican Presidential hopeful Sen. Ted Cruz was also critical, telling "
        "a reporter: “The comments today are typical of his administration.”"
    )
    assert who(record, record.quotations[0]) == "Ted Cruz"


def test_the_asker_of_a_passive_question_speaks() -> None:
    """"Sanders was asked by host Bill Maher, …, “Now, you famously said …”": Maher's question."""
    record = extract(
        "Bernie Sanders spoke on the show. Sanders was asked by host Bill Maher, who supports Sanders, "
        "“Now, you famously said in the first debate that you were tired of hearing about the emails.”"
    )
    assert who(record, record.quotations[0]) == "Bill Maher"


def test_he_after_a_described_speaker_is_that_speaker() -> None:
    """"Rep. Lee Zeldin, a Trump supporter, said …. “…,” he said": Zeldin, not the Trump of the apposition."""
    record = extract(
        "Donald Trump met the speaker.\n\nRepublican Rep. Lee Zeldin of New York, a Trump supporter, said it will "
        "help both of them.\n\n“I don’t think it’s do or die, any endorsement in particular,” he said outside."
    )
    assert who(record, record.quotations[0]) == "Lee Zeldin"


def test_told_an_addressee_then_a_clause_with_its_own_subject() -> None:
    """"told a news conference they are “…”": the clause opens with "they"."""
    record = extract("Paul Ryan told a news conference they are “planting the seeds” to accomplish that.")
    assert [c.content.exact for c in record.claims] == ["they are “planting the seeds” to accomplish that"]


def test_participle_after_an_aspect_verb_has_the_subject_before_it() -> None:
    """"more Republicans have begun urging the party to …": the Republicans urge."""
    record = extract("The meeting unfolded as more Republicans have begun urging the party to put the discord behind.")
    assert [who(record, c) for c in record.claims] == ["Republicans"]


def test_cue_between_a_partial_and_a_full_quotation_reports_the_sentence() -> None:
    """"Yet Trump is also a “change agent,” Cole said. “…”": the sentence is Cole's claim."""
    record = extract("Cole spoke on the radio. Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want.”")
    assert [(who(record, c), c.content.exact) for c in record.claims] == [("Cole", "Yet Trump is also a “change agent,”")]


def test_words_inside_a_split_quotation_are_no_claim() -> None:
    """"“Ask a nurse. Ask a bus driver,” he said. “…”": quoted words, not a report."""
    record = extract("Leon Achterberg sat down. “Ask a nurse. Ask a bus driver,” he said. “They will tell you what the rent is.”")
    assert record.claims == ()


def test_speech_after_a_sentence_opening_conjunction_runs_on() -> None:
    """"… he said. But “Trump’s candidacy is strengthened …”": Zeldin goes on; "But “fine” is …" is a scare quote."""
    record = extract(
        "Rep. Lee Zeldin spoke. “I don’t think it’s do or die,” he said outside. But “Donald Trump’s candidacy "
        "is strengthened with an endorsement from the most powerful person. It helps.”"
    )
    assert [who(record, q) for q in record.quotations] == ["Lee Zeldin", "Lee Zeldin"]
    short = extract("He said it was “fine.” But “fine” is not enough for the critics of the plan.")
    assert short.quotations[-1].kind is QuotationKind.SCARE


def test_quotation_relayed_according_to_is_no_claim() -> None:
    """"“…,” Trump said at a fundraiser, according to audio obtained by the Tribune.": no claim by "audio obtained"."""
    record = extract(
        "“I think they forgot that there was an election,” Trump said at a San Antonio fundraiser, "
        "according to audio obtained by the Texas Tribune."
    )
    assert record.claims == ()
    assert who(record, record.quotations[0]) == "Trump"


def test_according_to_something_obtained_by_someone() -> None:
    """"according to audio obtained by the Daily Courier": the Courier is the source."""
    record = extract("The senator spoke for fifteen minutes at the fundraiser, according to audio obtained by the Daily Courier.")
    assert [who(record, c) for c in record.claims] == ["Daily Courier"]


def test_time_of_day_after_a_cue_is_no_claim() -> None:
    """"said Monday morning on Twitter" reports nothing; "said Monday morning that …" does."""
    assert extract("The group said Monday morning on Twitter.").claims == ()
    record = extract("The group said Monday morning that it would release more emails soon.")
    assert [c.content.exact for c in record.claims] == ["it would release more emails soon"]


def test_addressee_with_a_relative_clause_before_a_quotation() -> None:
    """"she told the mayors who gathered in Indianapolis, “…”": a quotation, no claim starting at the mayors."""
    record = extract(
        "Hillary Clinton spoke. But, she told the mayors who gathered in the city of Indianapolis, "
        "“no one should be confused about America’s commitment to Europe.”"
    )
    assert record.claims == ()
    assert who(record, record.quotations[0]) == "Hillary Clinton"


def test_headline_label_with_a_surname_the_body_gives_in_full() -> None:
    """"Graham: Trump’s ‘Incredibly Hateful Rhetoric’ …" then "Sen. Lindsey Graham said": Graham's words."""
    record = extract(
        "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Hurts the Party\n\n"
        "Sen. Lindsey Graham said on Thursday that Donald Trump was hurting the party with his remarks."
    )
    assert who(record, record.quotations[0]) == "Lindsey Graham"
    unknown = extract("Update: Markets Fall ‘Sharply’ on Monday\n\nStocks fell on Monday in heavy trading across Asia.")
    assert unknown.speaker(unknown.quotations[0]) is None


def test_progressive_cues_are_the_subjects() -> None:
    """"Donald Trump is telling supporters … that “…”", "Ada Lind was saying that …": progressive, not passive."""
    record = extract("Donald Trump is telling supporters after his victory in the primary that “when you win, it’s beautiful.”")
    assert who(record, record.quotations[0]) == "Donald Trump"
    saying = extract("Ada Lind was saying that the plan would fail in the spring.")
    assert [(who(saying, c), c.content.exact) for c in saying.claims] == [("Ada Lind", "the plan would fail in the spring")]
    assert extract("He was asked about the plan by the committee on Monday.").claims == ()


def test_role_before_a_town_and_state() -> None:
    """"a woman in Worcester, Massachusetts, told him she worries …": the woman speaks."""
    record = extract("Kasich spoke after a woman in Worcester, Massachusetts, told him she worries he’s “too nice” to win.")
    speaker = record.speaker(record.quotations[0])
    assert speaker is not None and speaker.name == "woman"
