from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    STR,
    Field,
    read_model,
)


@_attrs_define
class InvoiceReminderSend:
    """The e-mail that sends a reminder."""

    recipient_email: str
    """ During the trial period, the recipient is limited to the email address associated to the access token
    provided. """
    subject: str
    message: str
    """ The placeholder "[Network Link]" must be part of the text. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        field_dict["recipient_email"] = self.recipient_email
        field_dict["subject"] = self.subject
        field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A InvoiceReminderSend from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            recipient_email = src_dict["recipient_email"]
            subject = src_dict["subject"]
            message = src_dict["message"]
            if not (type(recipient_email) is str and type(subject) is str and type(message) is str):
                raise TypeError
            self = cls(
                recipient_email,
                subject,
                message,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 3:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


_FIELDS = (
    Field("recipient_email", "recipient_email", True, STR),
    Field("subject", "subject", True, STR),
    Field("message", "message", True, STR),
)
_KNOWN = frozenset(
    {
        "recipient_email",
        "subject",
        "message",
    }
)
