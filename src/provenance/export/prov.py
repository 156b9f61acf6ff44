"""W3C PROV: who said it first and through whom, as PROV-JSON and PROV-N.

Built with the ``prov`` package (``pip install provenance[prov]``), imported
only when one of these functions runs.  For every attributed quotation:

- the *utterance* (``pv:<quotation id>_utterance``, typed ``pv:Utterance``):
  the words as first said, attributed to the speaker;
- one *quote instance* per relay hop (``pv:<id>_hop1``, ``_hop2`` …),
  attributed to the hop's outlet, each ``wasQuotedFrom`` the one before
  (the first from the utterance) and each ``hadPrimarySource`` the utterance;
- the words as they stand in this article (``pv:<id>``): the last hop's
  instance when that hop is the article's own outlet, else one more instance
  quoted from the last; the article (a ``prov:Collection``) ``hadMember`` it.

A claim is the same chain with plain derivations (``wasDerivedFrom``): a
restatement is derived from the statement, not quoted from it.  The article
is attributed to its outlet and authors.  Agents are typed ``prov:Person`` or
``prov:Organization``; every id lives in the ``pv`` namespace
(``urn:provenance:``).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Final

from provenance.errors import ProvenanceError
from provenance.export._common import URN_PREFIX, is_own_outlet
from provenance.model import Claim, Entity, EntityKind, Quotation, Record

if TYPE_CHECKING:
    from prov.model import Namespace, ProvDocument, QualifiedName

__all__ = ["SCHEMA_NS", "VOCAB_NS", "to_prov", "to_prov_json", "to_prov_n"]

#: Namespace of the library's vocabulary (types and attributes), prefix ``pvv``.
VOCAB_NS: Final = "urn:provenance:vocab:"
#: schema.org, for the article's type (prefix ``schema``).
SCHEMA_NS: Final = "https://schema.org/"


def _prov_model() -> Any:
    try:
        import prov.model
    except ImportError:
        raise ProvenanceError(
            "PROV export needs the optional 'prov' package: pip install provenance[prov]"
        ) from None
    return prov.model


def to_prov_json(record: Record, *, indent: int | None = 2) -> str:
    """The record's provenance as a PROV-JSON document."""
    buffer = io.StringIO()
    to_prov(record).serialize(buffer, format="json", indent=indent)
    return buffer.getvalue()


def to_prov_n(record: Record) -> str:
    """The record's provenance as PROV-N text."""
    text: str = to_prov(record).get_provn()
    return text


def to_prov(record: Record) -> ProvDocument:
    """The record's provenance as a :class:`prov.model.ProvDocument`."""
    return _Builder(_prov_model(), record).build()


class _Builder:
    """Adds one record's entities, agents and relations to a fresh document."""

    def __init__(self, pm: Any, record: Record) -> None:
        self.pm = pm
        self.record = record
        self.doc: ProvDocument = pm.ProvDocument()
        self.pv: Namespace = self.doc.add_namespace("pv", URN_PREFIX)
        self.vocab: Namespace = self.doc.add_namespace("pvv", VOCAB_NS)
        self.schema: Namespace = self.doc.add_namespace("schema", SCHEMA_NS)
        self.agents: dict[str, QualifiedName] = {}

    def build(self) -> ProvDocument:
        article = self._article()
        for quotation in self.record.quotations:
            self._item(quotation, article)
        for claim in self.record.claims:
            self._item(claim, article)
        return self.doc

    # -- agents and the article --------------------------------------------

    def _agent(self, entity: Entity) -> QualifiedName:
        if entity.id not in self.agents:
            qn = self.pv[entity.id]
            attributes: list[tuple[Any, Any]] = [(self.pm.PROV_LABEL, entity.name)]
            if entity.kind is EntityKind.PERSON:
                attributes.append((self.pm.PROV_TYPE, self.pm.PROV["Person"]))
            elif entity.kind not in (EntityKind.UNKNOWN, EntityKind.DOCUMENT):
                # A document cited as a source has no PROV agent type; its kind says what it is.
                attributes.append((self.pm.PROV_TYPE, self.pm.PROV["Organization"]))
            attributes.append((self.vocab["kind"], entity.kind.value))
            self.doc.agent(qn, attributes)
            self.agents[entity.id] = qn
        return self.agents[entity.id]

    def _outlet_agent(self) -> QualifiedName | None:
        """The agent of the article's own outlet: its entity if the record has one."""
        outlet = self.record.article.outlet
        if outlet is None:
            return None
        for entity in self.record.entities:
            if is_own_outlet(self.record, entity):
                return self._agent(entity)
        return self._agent(Entity.create(outlet, EntityKind.OUTLET))

    def _article(self) -> QualifiedName:
        pm, article = self.pm, self.record.article
        qn = self.pv[article.id]
        attributes: list[tuple[Any, Any]] = [
            (pm.PROV_TYPE, self.schema["NewsArticle"]),
            (pm.PROV_TYPE, pm.PROV["Collection"]),
            (self.vocab["sha256"], article.text.sha256),
        ]
        if article.title is not None:
            attributes.append((pm.PROV_LABEL, article.title))
        if article.url is not None:
            attributes.append((self.schema["url"], pm.Literal(article.url, pm.XSD_ANYURI)))
        if article.published is not None:
            attributes.append(
                (self.schema["datePublished"], pm.Literal(article.published.isoformat(), pm.XSD_DATE))
            )
        self.doc.entity(qn, attributes)
        outlet = self._outlet_agent()
        if outlet is not None:
            self.doc.attribution(qn, outlet)
        for name in article.authors:
            self.doc.attribution(qn, self._agent(Entity.create(name, EntityKind.PERSON)))
        return qn

    # -- quotations and claims ---------------------------------------------

    def _item(self, item: Quotation | Claim, article: QualifiedName) -> None:
        pm, doc, record = self.pm, self.doc, self.record
        quoted = isinstance(item, Quotation)
        words = item.text if isinstance(item, Quotation) else item.content.exact
        kind = self.vocab["QuoteInstance" if quoted else "Restatement"]
        derive = doc.quotation if quoted else doc.derivation
        speaker = record.speaker(item)
        chain = item.attribution.chain if item.attribution is not None else ()

        origin: QualifiedName | None = None
        if speaker is not None or chain:
            origin = self.pv[f"{item.id}_utterance"]
            doc.entity(
                origin,
                [
                    (pm.PROV_TYPE, self.vocab["Utterance" if quoted else "Statement"]),
                    (pm.PROV_VALUE, words),
                ],
            )
            if speaker is not None:
                doc.attribution(origin, self._agent(speaker))

        here: QualifiedName | None = None
        if origin is not None:
            previous: QualifiedName = origin
            for number, hop in enumerate(chain, start=1):
                entity = record.entity(hop.entity)
                last_is_own = number == len(chain) and is_own_outlet(record, entity)
                qn = self.pv[item.id] if last_is_own else self.pv[f"{item.id}_hop{number}"]
                attributes: list[tuple[Any, Any]] = [(pm.PROV_TYPE, kind), (pm.PROV_VALUE, words)]
                if hop.date is not None:
                    attributes.append((self.vocab["date"], hop.date))
                doc.entity(qn, attributes)
                derive(qn, previous)
                doc.primary_source(qn, origin)
                doc.attribution(qn, self._agent(entity))
                previous = qn
            if chain and is_own_outlet(record, record.entity(chain[-1].entity)):
                here = previous
        if here is None:
            # The words as they stand in this article, after the last reporter.
            here = self.pv[item.id]
            doc.entity(here, [(pm.PROV_TYPE, kind), (pm.PROV_VALUE, words)])
            if origin is not None:
                derive(here, previous)
                doc.primary_source(here, origin)
            outlet = self._outlet_agent()
            if outlet is not None:
                doc.attribution(here, outlet)
        doc.membership(article, here)
