from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="KbDocumentSend")


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
        recipient_email = self.recipient_email

        subject = self.subject

        message = self.message

        mark_as_open = self.mark_as_open

        attach_pdf = self.attach_pdf

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient_email": recipient_email,
                "subject": subject,
                "message": message,
                "mark_as_open": mark_as_open,
            }
        )
        if attach_pdf is not UNSET:
            field_dict["attach_pdf"] = attach_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_email = d.pop("recipient_email")

        subject = d.pop("subject")

        message = d.pop("message")

        mark_as_open = d.pop("mark_as_open")

        attach_pdf = d.pop("attach_pdf", UNSET)

        kb_document_send = cls(
            recipient_email=recipient_email,
            subject=subject,
            message=message,
            mark_as_open=mark_as_open,
            attach_pdf=attach_pdf,
        )

        return kb_document_send
