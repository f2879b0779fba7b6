from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InvoiceReminderSend")


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
        recipient_email = self.recipient_email

        subject = self.subject

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient_email": recipient_email,
                "subject": subject,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_email = d.pop("recipient_email")

        subject = d.pop("subject")

        message = d.pop("message")

        invoice_reminder_send = cls(
            recipient_email=recipient_email,
            subject=subject,
            message=message,
        )

        return invoice_reminder_send
