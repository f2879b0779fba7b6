from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualEntryLine")


@_attrs_define
class ManualEntryLine:
    """A booking line of a manual entry as bexio returns it (fields from bexio's published spec, research/nested-schemas.md
    §7).

    """

    id: int | Unset = UNSET
    """ The id of the line (entry_id in the file paths). """
    date: datetime.date | None | Unset = UNSET
    """ the booking date """
    debit_account_id: int | None | Unset = UNSET
    """ The debit account. """
    credit_account_id: int | None | Unset = UNSET
    """ The credit account. """
    tax_id: int | None | Unset = UNSET
    """ The tax. """
    tax_account_id: int | None | Unset = UNSET
    """ The account carrying the tax. """
    description: None | str | Unset = UNSET
    """ The text of the line. """
    amount: float | None | str | Unset = UNSET
    """ The amount. """
    currency_id: int | None | Unset = UNSET
    """ The currency. """
    base_currency_id: int | None | Unset = UNSET
    """ The base (ledger) currency. """
    currency_factor: float | None | str | Unset = UNSET
    """ The exchange rate factor; 1 when the currency is the base currency. """
    base_currency_amount: float | None | str | Unset = UNSET
    """ The amount in the base currency. """
    created_by_user_id: int | None | Unset = UNSET
    """ References the user who created the line. """
    edited_by_user_id: int | None | Unset = UNSET
    """ References the user who edited the line last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        debit_account_id: int | None | Unset
        if isinstance(self.debit_account_id, Unset):
            debit_account_id = UNSET
        else:
            debit_account_id = self.debit_account_id

        credit_account_id: int | None | Unset
        if isinstance(self.credit_account_id, Unset):
            credit_account_id = UNSET
        else:
            credit_account_id = self.credit_account_id

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_account_id: int | None | Unset
        if isinstance(self.tax_account_id, Unset):
            tax_account_id = UNSET
        else:
            tax_account_id = self.tax_account_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        base_currency_id: int | None | Unset
        if isinstance(self.base_currency_id, Unset):
            base_currency_id = UNSET
        else:
            base_currency_id = self.base_currency_id

        currency_factor: float | None | str | Unset
        if isinstance(self.currency_factor, Unset):
            currency_factor = UNSET
        else:
            currency_factor = self.currency_factor

        base_currency_amount: float | None | str | Unset
        if isinstance(self.base_currency_amount, Unset):
            base_currency_amount = UNSET
        else:
            base_currency_amount = self.base_currency_amount

        created_by_user_id: int | None | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        edited_by_user_id: int | None | Unset
        if isinstance(self.edited_by_user_id, Unset):
            edited_by_user_id = UNSET
        else:
            edited_by_user_id = self.edited_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if debit_account_id is not UNSET:
            field_dict["debit_account_id"] = debit_account_id
        if credit_account_id is not UNSET:
            field_dict["credit_account_id"] = credit_account_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_account_id is not UNSET:
            field_dict["tax_account_id"] = tax_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if base_currency_id is not UNSET:
            field_dict["base_currency_id"] = base_currency_id
        if currency_factor is not UNSET:
            field_dict["currency_factor"] = currency_factor
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if edited_by_user_id is not UNSET:
            field_dict["edited_by_user_id"] = edited_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None | Unset", data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_debit_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        debit_account_id = _parse_debit_account_id(d.pop("debit_account_id", UNSET))

        def _parse_credit_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        credit_account_id = _parse_credit_account_id(d.pop("credit_account_id", UNSET))

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_account_id = _parse_tax_account_id(d.pop("tax_account_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_base_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        base_currency_id = _parse_base_currency_id(d.pop("base_currency_id", UNSET))

        def _parse_currency_factor(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        currency_factor = _parse_currency_factor(d.pop("currency_factor", UNSET))

        def _parse_base_currency_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        base_currency_amount = _parse_base_currency_amount(d.pop("base_currency_amount", UNSET))

        def _parse_created_by_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id", UNSET))

        def _parse_edited_by_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        edited_by_user_id = _parse_edited_by_user_id(d.pop("edited_by_user_id", UNSET))

        manual_entry_line = cls(
            id=id,
            date=date,
            debit_account_id=debit_account_id,
            credit_account_id=credit_account_id,
            tax_id=tax_id,
            tax_account_id=tax_account_id,
            description=description,
            amount=amount,
            currency_id=currency_id,
            base_currency_id=base_currency_id,
            currency_factor=currency_factor,
            base_currency_amount=base_currency_amount,
            created_by_user_id=created_by_user_id,
            edited_by_user_id=edited_by_user_id,
        )

        manual_entry_line.additional_properties = d
        return manual_entry_line

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
