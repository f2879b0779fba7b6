from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceReminder")


@_attrs_define
class InvoiceReminder:
    """A reminder of an invoice as bexio returns it (fields read from the response samples). Money is a decimal number as a
    string ("17.8000").

    """

    id: int
    kb_invoice_id: int
    """ References an invoice object """
    title: str
    is_valid_from: datetime.date
    is_valid_to: datetime.date
    reminder_period_in_days: int | str
    reminder_level: int | str
    show_positions: bool
    remaining_price: str
    """ Amount still to be paid, a decimal number as a string (e.g. "17.8000"). """
    received_total: str
    """ Amount received, a decimal number as a string (e.g. "0.0000"). """
    is_sent: bool
    header: None | str
    footer: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kb_invoice_id = self.kb_invoice_id

        title = self.title

        is_valid_from = self.is_valid_from.isoformat()

        is_valid_to = self.is_valid_to.isoformat()

        reminder_period_in_days: int | str
        reminder_period_in_days = self.reminder_period_in_days

        reminder_level: int | str
        reminder_level = self.reminder_level

        show_positions = self.show_positions

        remaining_price = self.remaining_price

        received_total = self.received_total

        is_sent = self.is_sent

        header: None | str
        header = self.header

        footer: None | str
        footer = self.footer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kb_invoice_id": kb_invoice_id,
                "title": title,
                "is_valid_from": is_valid_from,
                "is_valid_to": is_valid_to,
                "reminder_period_in_days": reminder_period_in_days,
                "reminder_level": reminder_level,
                "show_positions": show_positions,
                "remaining_price": remaining_price,
                "received_total": received_total,
                "is_sent": is_sent,
                "header": header,
                "footer": footer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kb_invoice_id = d.pop("kb_invoice_id")

        title = d.pop("title")

        is_valid_from = datetime.date.fromisoformat(d.pop("is_valid_from"))

        is_valid_to = datetime.date.fromisoformat(d.pop("is_valid_to"))

        def _parse_reminder_period_in_days(data: object) -> int | str:
            return cast("int | str", data)

        reminder_period_in_days = _parse_reminder_period_in_days(d.pop("reminder_period_in_days"))

        def _parse_reminder_level(data: object) -> int | str:
            return cast("int | str", data)

        reminder_level = _parse_reminder_level(d.pop("reminder_level"))

        show_positions = d.pop("show_positions")

        remaining_price = d.pop("remaining_price")

        received_total = d.pop("received_total")

        is_sent = d.pop("is_sent")

        def _parse_header(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        header = _parse_header(d.pop("header"))

        def _parse_footer(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        footer = _parse_footer(d.pop("footer"))

        invoice_reminder = cls(
            id=id,
            kb_invoice_id=kb_invoice_id,
            title=title,
            is_valid_from=is_valid_from,
            is_valid_to=is_valid_to,
            reminder_period_in_days=reminder_period_in_days,
            reminder_level=reminder_level,
            show_positions=show_positions,
            remaining_price=remaining_price,
            received_total=received_total,
            is_sent=is_sent,
            header=header,
            footer=footer,
        )

        invoice_reminder.additional_properties = d
        return invoice_reminder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
