from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["kb_invoice_id"] = self.kb_invoice_id
        field_dict["title"] = self.title
        field_dict["is_valid_from"] = dump(self.is_valid_from)
        field_dict["is_valid_to"] = dump(self.is_valid_to)
        field_dict["reminder_period_in_days"] = self.reminder_period_in_days
        field_dict["reminder_level"] = self.reminder_level
        field_dict["show_positions"] = self.show_positions
        field_dict["remaining_price"] = self.remaining_price
        field_dict["received_total"] = self.received_total
        field_dict["is_sent"] = self.is_sent
        field_dict["header"] = self.header
        field_dict["footer"] = self.footer
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A InvoiceReminder from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            kb_invoice_id = src_dict["kb_invoice_id"]
            title = src_dict["title"]
            is_valid_from = src_dict["is_valid_from"]
            is_valid_from = parse_date(is_valid_from)
            is_valid_to = src_dict["is_valid_to"]
            is_valid_to = parse_date(is_valid_to)
            reminder_period_in_days = src_dict["reminder_period_in_days"]
            reminder_level = src_dict["reminder_level"]
            show_positions = src_dict["show_positions"]
            remaining_price = src_dict["remaining_price"]
            received_total = src_dict["received_total"]
            is_sent = src_dict["is_sent"]
            header = src_dict["header"]
            footer = src_dict["footer"]
            if not (
                type(id) is int
                and type(kb_invoice_id) is int
                and type(title) is str
                and (type(reminder_period_in_days) is int or type(reminder_period_in_days) is str)
                and (type(reminder_level) is int or type(reminder_level) is str)
                and type(show_positions) is bool
                and type(remaining_price) is str
                and type(received_total) is str
                and type(is_sent) is bool
                and (header is None or type(header) is str)
                and (footer is None or type(footer) is str)
            ):
                raise TypeError
            self = cls(
                id,
                kb_invoice_id,
                title,
                is_valid_from,
                is_valid_to,
                reminder_period_in_days,
                reminder_level,
                show_positions,
                remaining_price,
                received_total,
                is_sent,
                header,
                footer,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 13:
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("kb_invoice_id", "kb_invoice_id", True, INT),
    Field("title", "title", True, STR),
    Field("is_valid_from", "is_valid_from", True, DATE),
    Field("is_valid_to", "is_valid_to", True, DATE),
    Field(
        "reminder_period_in_days",
        "reminder_period_in_days",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field(
        "reminder_level",
        "reminder_level",
        True,
        OneOf(
            (
                INT,
                STR,
            )
        ),
    ),
    Field("show_positions", "show_positions", True, BOOL),
    Field("remaining_price", "remaining_price", True, STR),
    Field("received_total", "received_total", True, STR),
    Field("is_sent", "is_sent", True, BOOL),
    Field("header", "header", True, Nullable(STR)),
    Field("footer", "footer", True, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "kb_invoice_id",
        "title",
        "is_valid_from",
        "is_valid_to",
        "reminder_period_in_days",
        "reminder_level",
        "show_positions",
        "remaining_price",
        "received_total",
        "is_sent",
        "header",
        "footer",
    }
)
