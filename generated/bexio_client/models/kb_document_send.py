from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class KbDocumentSend:
    """How to send a document (quote or invoice) by e-mail."""

    recipient_email: str
    """ During the trial period, the recipient is limited to the email address associated to the access token
    provided. """
    subject: str
    message: str
    """ The placeholder "[Network Link]" must be part of the text. """
    mark_as_open: bool
    attach_pdf: bool | Unset = UNSET
    """ Attach PDF directly to the email """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["recipient_email"] = self.recipient_email
        field_dict["subject"] = self.subject
        field_dict["message"] = self.message
        field_dict["mark_as_open"] = self.mark_as_open
        if self.attach_pdf is not UNSET:
            field_dict["attach_pdf"] = self.attach_pdf
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A KbDocumentSend from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            recipient_email = src_dict["recipient_email"]
            subject = src_dict["subject"]
            message = src_dict["message"]
            mark_as_open = src_dict["mark_as_open"]
            attach_pdf = src_dict.get("attach_pdf", UNSET)
            if not (
                type(recipient_email) is str
                and type(subject) is str
                and type(message) is str
                and type(mark_as_open) is bool
                and (attach_pdf is UNSET or type(attach_pdf) is bool)
            ):
                raise TypeError
            self = cls(
                recipient_email,
                subject,
                message,
                mark_as_open,
                attach_pdf,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 4 + (attach_pdf is not UNSET):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("recipient_email", "recipient_email", True, STR),
    Field("subject", "subject", True, STR),
    Field("message", "message", True, STR),
    Field("mark_as_open", "mark_as_open", True, BOOL),
    Field("attach_pdf", "attach_pdf", False, BOOL),
)
_KNOWN = frozenset(
    {
        "recipient_email",
        "subject",
        "message",
        "mark_as_open",
        "attach_pdf",
    }
)
