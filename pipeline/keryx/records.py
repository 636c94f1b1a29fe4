"""The keryx record: the one place that defines the JSON shape (see shared RECORD.md).

Field names and meanings here are a published contract; add fields, never rename them.
All offsets index the record's own ``text`` (the normalised text), end exclusive.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _WithBatchIds(_Model):
    """A model with the batch's cross-document ids (added after schema 1 was published): left
    out of the JSON while unset, so a single document's record stays as it was."""

    _omit_if_none: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _drop_unset_ids(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in self._omit_if_none:
                if key in data and data[key] is None:
                    del data[key]
        return data


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DocumentInfo(_Model):
    id: str = Field(description="sha256 hex of the input bytes")
    path: str | None = Field(default=None, description="path as given")
    format: str = Field(description="txt|md|html|docx|pdf|eml")
    encoding: str | None = Field(default=None, description="detected source encoding")
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD or null")


class Entity(_Model):
    label: str = Field(description="PERSON|ORG|GPE|LOC|FAC|DATE|TIME|EVENT|LAW|MONEY|ROLE|...")
    text: str
    canonical: str
    start: int
    end: int


class Role(_WithBatchIds):
    _omit_if_none = frozenset({"organisation_id"})
    title: str = Field(description="role in the nominative, with its qualifier")
    organisation: str | None = None
    organisation_ref: Literal["publisher"] | None = None
    organisation_id: str | None = Field(
        default=None, description="batch only: the organisation's id in organisations_index.csv")


class Person(_WithBatchIds):
    _omit_if_none = frozenset({"id"})
    id: str | None = Field(default=None, description="batch only: one id per person across the batch's documents "
                                                      "(people_index.csv)")
    name: str = Field(description="canonical full name, nominative")
    honorific: str | None = None
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Organisation(_WithBatchIds):
    _omit_if_none = frozenset({"id"})
    id: str | None = Field(default=None, description="batch only: one id per organisation across the batch's "
                                                      "documents (organisations_index.csv)")
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Place(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list, description="other names the text gives the place "
                                                                 "(\"ΗΠΑ\" beside \"Ηνωμένες Πολιτείες\")")
    mentions: list[Mention] = Field(default_factory=list)


class DateRecord(_Model):
    text: str
    start: int
    end: int
    date: str | None = Field(default=None, description="YYYY-MM-DD or YYYY-MM")
    date_end: str | None = None
    time: str | None = Field(default=None, description="HH:MM")


class Participant(_WithBatchIds):
    _omit_if_none = frozenset({"person_id", "organisation_id"})
    name: str
    role: str | None = None
    organisation: str | None = None
    person_id: str | None = Field(default=None, description="batch only: the person's id in people_index.csv")
    organisation_id: str | None = Field(default=None, description="batch only: the organisation's id")


class Event(_WithBatchIds):
    _omit_if_none = frozenset({"id"})
    id: str | None = Field(default=None, description="batch only: the event's id in events.csv and participants.csv")
    type: str
    trigger: str
    name: str | None = None
    date: str | None = None
    date_end: str | None = None
    time: str | None = None
    location: str | None = None
    participants: list[Participant] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    start: int
    end: int


class PipelineInfo(_Model):
    version: str
    engine: Literal["spacy", "stanza"] = "spacy"
    model: str
    resources: str = ""  # digest of the rules' data files (lang/el/data); changes when a lexicon does


class Record(_Model):
    schema_version: Literal["1"] = "1"
    document: DocumentInfo
    text: str
    entities: list[Entity] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateRecord] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    pipeline: PipelineInfo
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, indent: int | None = 2) -> str:
        """Stable JSON: field order fixed by the model, non-ASCII kept readable."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def json_schema() -> dict:
    """The published JSON Schema of a record (``keryx schema``)."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "keryx record"
    return schema
