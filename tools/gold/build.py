"""Build the gold records from the hand-written annotations.

Usage (from the repository root)::

    python -m tools.gold.build            # write fixtures/gold/<stem>.record.json,
                                          # fixtures/dev/gold/<stem>.record.json
                                          # and fixtures/blind/gold/<stem>.record.json
    python -m tools.gold.build --check    # exit 1 if a written file would change

Every anchor is made with :meth:`Anchor.find` from the annotation's exact
words; records are made with the model's public constructors and written
with :func:`provenance.serialise.dump`, so the same annotations always give
byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from provenance.anchors import Anchor, Span, occurrences
from provenance.errors import ProvenanceError
from provenance.model import (
    Alteration,
    Article,
    Attribution,
    Claim,
    Entity,
    Hop,
    Quotation,
    Record,
    Segment,
)
from provenance.serialise import dump, dumps
from provenance.text import TextSnapshot
from tools.gold import (
    blind_01,
    blind_02,
    blind_03,
    blind_04,
    blind_05,
    dev_01,
    dev_02,
    dev_03,
    dev_04,
    dev_05,
    dev_06,
    dev_07,
    dev_08,
    seed_000,
    seed_002,
    seed_003,
    seed_004,
)
from tools.gold.spec import By, Ent, H, Quote, Seed, Words, words

__all__ = [
    "BLIND_FIXTURES",
    "BLIND_GOLD",
    "BLIND_SEEDS",
    "DEV_FIXTURES",
    "DEV_GOLD",
    "DEV_SEEDS",
    "FIXTURES",
    "GOLD",
    "META_KEYS",
    "QUOTE_MARKS",
    "SEEDS",
    "SETS",
    "AnnotationError",
    "build_all",
    "build_record",
    "main",
    "read_meta",
    "write_all",
]

FIXTURES: Final = Path(__file__).resolve().parents[2] / "fixtures"
GOLD: Final = FIXTURES / "gold"
SEEDS: Final[tuple[Seed, ...]] = (seed_000.SEED, seed_002.SEED, seed_003.SEED, seed_004.SEED)
#: The development set: original articles, their sidecars and gold records.
DEV_FIXTURES: Final = FIXTURES / "dev"
DEV_GOLD: Final = DEV_FIXTURES / "gold"
DEV_SEEDS: Final[tuple[Seed, ...]] = (
    dev_01.SEED,
    dev_02.SEED,
    dev_03.SEED,
    dev_04.SEED,
    dev_05.SEED,
    dev_06.SEED,
    dev_07.SEED,
    dev_08.SEED,
)
#: The blind set: original articles kept away from extraction work, to check
#: that what was learnt on the development set generalises.
BLIND_FIXTURES: Final = FIXTURES / "blind"
BLIND_GOLD: Final = BLIND_FIXTURES / "gold"
BLIND_SEEDS: Final[tuple[Seed, ...]] = (
    blind_01.SEED,
    blind_02.SEED,
    blind_03.SEED,
    blind_04.SEED,
    blind_05.SEED,
)
#: Each set of annotations with the directory of its texts and of its gold records.
SETS: Final[tuple[tuple[tuple[Seed, ...], Path, Path], ...]] = (
    (SEEDS, FIXTURES, GOLD),
    (DEV_SEEDS, DEV_FIXTURES, DEV_GOLD),
    (BLIND_SEEDS, BLIND_FIXTURES, BLIND_GOLD),
)
#: The keys of a metadata sidecar, in order.
META_KEYS: Final = ("title", "authors", "outlet", "published", "url", "language", "section")
#: Characters that may open or close a quotation in these texts.
QUOTE_MARKS: Final = frozenset("“”‘’\"'«»„‚‹›")


class AnnotationError(ProvenanceError, ValueError):
    """The hand-written annotation does not fit the text."""


def read_meta(stem: str, fixtures: Path = FIXTURES) -> dict[str, Any]:
    """Read and check the sidecar ``<stem>.meta.json``."""
    path = fixtures / f"{stem}.meta.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or tuple(data) != META_KEYS:
        raise AnnotationError(f"{path.name}: expected exactly the keys {', '.join(META_KEYS)}")
    return data


def _article(stem: str, text: str, fixtures: Path) -> Article:
    meta = read_meta(stem, fixtures)
    published = meta["published"]
    return Article.create(
        text,
        title=meta["title"],
        authors=tuple(meta["authors"] or ()),
        outlet=meta["outlet"],
        published=None if published is None else datetime.date.fromisoformat(published),
        url=meta["url"],
        language=meta["language"],
        section=meta["section"],
    )


def _whole_word(text: str, start: int, end: int) -> bool:
    """True unless the match starts or ends in the middle of a word."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    return not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


class _Builder:
    """Resolves one seed's annotation against its text."""

    def __init__(self, seed: Seed, snapshot: TextSnapshot) -> None:
        self.seed = seed
        self.snap = snapshot
        self.text = snapshot.text
        self.keys = {e.key: e for e in seed.entities}
        self.ids = {e.key: Entity.create(e.name, e.kind).id for e in seed.entities}
        if len(self.keys) != len(seed.entities):
            raise AnnotationError(f"{seed.stem}: duplicate entity keys")
        # Mentions contributed by attributions, per entity key.
        self.used: dict[str, dict[Span, Anchor]] = {key: {} for key in self.keys}

    # -- locating words ----------------------------------------------------

    def paragraph(self, start: int, end: int) -> Span:
        """From the start of the line holding ``start`` to the end of the one holding ``end``."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", max(end - 1, start))
        return Span(first, len(self.text) if last == -1 else last)

    def find(self, value: Words, scope: Span | None = None) -> Anchor:
        """Anchor the words ``value`` in ``scope`` (or where its ``within`` phrase says)."""
        w = words(value)
        assert w is not None
        text = self.text
        if w.within is not None:
            starts = [s for s in occurrences(text, w.within) if _whole_word(text, s, s + len(w.within))]
            if len(starts) != 1:
                raise AnnotationError(
                    f"{self.seed.stem}: phrase {w.within!r} occurs {len(starts)} times; it must be unique"
                )
            scope = Span(starts[0], starts[0] + len(w.within))
        if scope is None:
            scope = Span(0, len(text))
        every = occurrences(text, w.exact)
        candidates = [
            k
            for k, s in enumerate(every)
            if scope.start <= s
            and s + len(w.exact) <= scope.end
            and (w.glued or _whole_word(text, s, s + len(w.exact)))
        ]
        if w.occurrence is not None:
            if not 0 <= w.occurrence < len(candidates):
                raise AnnotationError(
                    f"{self.seed.stem}: {w.exact!r} occurs {len(candidates)} times in "
                    f"{scope.start}..{scope.end}; occurrence {w.occurrence} does not exist"
                )
            chosen = candidates[w.occurrence]
        elif len(candidates) != 1:
            raise AnnotationError(
                f"{self.seed.stem}: {w.exact!r} occurs {len(candidates)} times in "
                f"{text[scope.start:scope.end][:60]!r}…; give occurrence= or within="
            )
        else:
            chosen = candidates[0]
        return Anchor.find(self.snap, w.exact, occurrence=chosen)

    def maybe(self, value: Words | None, scope: Span) -> Anchor | None:
        return None if value is None else self.find(value, scope)

    # -- attributions ------------------------------------------------------

    def entity_id(self, key: str) -> str:
        if key not in self.ids:
            raise AnnotationError(f"{self.seed.stem}: unknown entity key {key!r}")
        return self.ids[key]

    def note(self, key: str | None, anchor: Anchor | None) -> None:
        """Remember that ``anchor`` mentions entity ``key``."""
        if key is not None and anchor is not None:
            self.entity_id(key)
            self.used[key][anchor.span] = anchor

    def hop(self, spec: H, scope: Span) -> Hop:
        mention = self.maybe(spec.mention, scope)
        self.note(spec.entity, mention)
        return Hop(
            entity=self.entity_id(spec.entity),
            mention=mention,
            cue=self.maybe(spec.cue, scope),
            date=spec.date,
            date_mention=self.maybe(spec.date_mention, scope),
        )

    def attribution(self, by: By, scope: Span) -> Attribution:
        mention = self.maybe(by.mention, scope)
        addressee_mention = self.maybe(by.addressee_mention, scope)
        self.note(by.speaker, mention)
        self.note(by.addressee, addressee_mention)
        chain = [self.hop(h, scope) for h in by.chain]
        if self.seed.outlet is not None:
            # The article's own outlet is the last hop of everything it reports.
            chain.append(Hop(entity=self.entity_id(self.seed.outlet)))
        return Attribution(
            speaker=None if by.speaker is None else self.entity_id(by.speaker),
            speaker_mention=mention,
            cue=self.maybe(by.cue, scope),
            addressee=None if by.addressee is None else self.entity_id(by.addressee),
            addressee_mention=addressee_mention,
            medium=by.medium,
            medium_mention=self.maybe(by.medium_mention, scope),
            chain=tuple(chain),
        )

    # -- items -------------------------------------------------------------

    def mark(self, at: int, what: str) -> Span:
        if not 0 <= at < len(self.text) or self.text[at] not in QUOTE_MARKS:
            found = self.text[at] if 0 <= at < len(self.text) else "the text's edge"
            raise AnnotationError(
                f"{self.seed.stem}: expected a quotation mark {what} at {at}, found {found!r}"
            )
        return Span(at, at + 1)

    def quotation(self, spec: Quote, parents: dict[str, Quotation]) -> Quotation:
        segments = []
        for seg in spec.segments:
            content = self.find(seg.content)
            segments.append(
                Segment.create(
                    content,
                    open_mark=self.mark(content.start - 1, "before") if seg.opened else None,
                    close_mark=self.mark(content.end, "after") if seg.closed else None,
                )
            )
        whole = Span(segments[0].content.start, segments[-1].content.end)
        scope = self.paragraph(whole.start, whole.end)
        alterations = tuple(
            Alteration(kind=alt.kind, anchor=self.find(alt.words, whole))
            for alt in spec.alterations
        )
        parent = None
        if spec.parent is not None:
            if spec.parent not in parents:
                raise AnnotationError(
                    f"{self.seed.stem}: parent {spec.parent!r} must be annotated before its children"
                )
            parent = parents[spec.parent].id
        return Quotation.create(
            segments,
            spec.kind,
            attribution=None if spec.by is None else self.attribution(spec.by, scope),
            parent=parent,
            alterations=alterations,
        )

    def entity(self, spec: Ent, claimed: dict[str, list[Anchor]]) -> Entity:
        mentions = {a.span: a for a in claimed.get(spec.key, [])}
        for extra in spec.extra:
            anchor = self.find(extra)
            mentions[anchor.span] = anchor
        auto = list(mentions.values())
        for span, anchor in self.used[spec.key].items():
            clash = [a for a in auto if a.span.overlaps(span) and a.span != span]
            if clash:
                raise AnnotationError(
                    f"{self.seed.stem}: mention {anchor.exact!r} of {spec.name} overlaps its "
                    f"name mention {clash[0].exact!r}; use the name itself"
                )
            mentions[span] = anchor
        return Entity.create(
            spec.name,
            spec.kind,
            aliases=spec.aliases,
            description=spec.description,
            mentions=tuple(mentions.values()),
        )

    def name_mentions(self) -> dict[str, list[Anchor]]:
        """Every whole-word occurrence of each name and alias, longest names first.

        A place taken by a longer name ("Eurasian Times") is not also a
        mention of a shorter one ("Times").
        """
        names = sorted(
            ((name, e.key) for e in self.seed.entities if e.auto for name in (e.name, *e.aliases)),
            key=lambda pair: (-len(pair[0]), pair[0], pair[1]),
        )
        taken: list[Span] = []
        found: dict[str, list[Anchor]] = {}
        for name, key in names:
            for k, start in enumerate(occurrences(self.text, name)):
                span = Span(start, start + len(name))
                if not _whole_word(self.text, span.start, span.end):
                    continue
                if any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                found.setdefault(key, []).append(Anchor.find(self.snap, name, occurrence=k))
        return found

    def record(self, article: Article) -> Record:
        quotations: list[Quotation] = []
        keyed: dict[str, Quotation] = {}
        for spec in self.seed.quotes:
            quotation = self.quotation(spec, keyed)
            if spec.key is not None:
                if spec.key in keyed:
                    raise AnnotationError(f"{self.seed.stem}: duplicate quotation key {spec.key!r}")
                keyed[spec.key] = quotation
            quotations.append(quotation)
        claims = []
        for claim in self.seed.claims:
            content = self.find(claim.content)
            scope = self.paragraph(content.start, content.end)
            claims.append(Claim.create(content, self.attribution(claim.by, scope)))
        claimed = self.name_mentions()
        entities = [self.entity(spec, claimed) for spec in self.seed.entities]
        return Record.create(article, entities=entities, quotations=quotations, claims=claims)


def build_record(seed: Seed, fixtures: Path = FIXTURES) -> Record:
    """The gold record of one seed, from its text, sidecar and annotation."""
    text = (fixtures / f"{seed.stem}.txt").read_bytes().decode("utf-8")
    snapshot = TextSnapshot.of(text)
    return _Builder(seed, snapshot).record(_article(seed.stem, text, fixtures))


def build_all(seeds: Iterable[Seed] = SEEDS, fixtures: Path = FIXTURES) -> dict[str, Record]:
    """Every seed's gold record, by stem."""
    return {seed.stem: build_record(seed, fixtures) for seed in seeds}


def write_all(
    out: Path = GOLD, fixtures: Path = FIXTURES, seeds: Iterable[Seed] = SEEDS
) -> list[Path]:
    """Write ``<stem>.record.json`` for every seed into ``out``; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem, record in build_all(seeds, fixtures=fixtures).items():
        path = out / f"{stem}.record.json"
        dump(record, path)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Write the gold records, or with ``--check`` report those that would change."""
    parser = argparse.ArgumentParser(prog="python -m tools.gold.build", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    if not args.check:
        for seeds, fixtures, out in SETS:
            for path in write_all(out, fixtures, seeds):
                print(path.relative_to(FIXTURES.parent))
        return 0
    stale = []
    for seeds, fixtures, out in SETS:
        for stem, record in build_all(seeds, fixtures).items():
            path = out / f"{stem}.record.json"
            expected = dumps(record, indent=2) + "\n"
            if not path.exists() or path.read_text(encoding="utf-8") != expected:
                stale.append(path.name)
    for name in stale:
        print(f"stale: {name}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
