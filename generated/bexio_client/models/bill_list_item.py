from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_status_type_1 import BillStatusType1, check_bill_status_type_1
from ..models.bill_status_type_2_type_1 import BillStatusType2Type1, check_bill_status_type_2_type_1
from ..models.bill_status_type_3_type_1 import BillStatusType3Type1, check_bill_status_type_3_type_1
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillListItem")


@_attrs_define
class BillListItem:
    """A Bill as the list returns it (item of `data`; research/nested-schemas.md §3, as the reference collapses it)."""

    id: UUID
    document_no: None | str
    """ number of the Bill (assigned automatically, editable); null after an update that left it out """
    status: BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None
    """ The status of a Bill. """
    lastname_company: None | str
    vendor: None | str
    """ firstname_suffix and lastname_company joined """
    created_at: None | str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS` """
    currency_code: None | str
    bill_date: datetime.date | None
    due_date: datetime.date | None
    overdue: bool
    """ the due date has passed (never for DRAFT or PAID Bills) """
    booking_account_ids: list[int]
    """ the accounts the line items are booked on """
    attachment_ids: list[UUID]
    title: None | str | Unset = UNSET
    firstname_suffix: None | str | Unset = UNSET
    vendor_ref: None | str | Unset = UNSET
    pending_amount: float | None | str | Unset = UNSET
    """ amount still to be paid """
    net: float | None | str | Unset = UNSET
    """ net total of the line items and discounts """
    gross: float | None | str | Unset = UNSET
    """ gross total of the line items and discounts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        document_no: None | str
        document_no = self.document_no

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        lastname_company: None | str
        lastname_company = self.lastname_company

        vendor: None | str
        vendor = self.vendor

        created_at: None | str
        created_at = self.created_at

        currency_code: None | str
        currency_code = self.currency_code

        bill_date: None | str
        if isinstance(self.bill_date, datetime.date):
            bill_date = self.bill_date.isoformat()
        else:
            bill_date = self.bill_date

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        booking_account_ids = self.booking_account_ids

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        firstname_suffix: None | str | Unset
        if isinstance(self.firstname_suffix, Unset):
            firstname_suffix = UNSET
        else:
            firstname_suffix = self.firstname_suffix

        vendor_ref: None | str | Unset
        if isinstance(self.vendor_ref, Unset):
            vendor_ref = UNSET
        else:
            vendor_ref = self.vendor_ref

        pending_amount: float | None | str | Unset
        if isinstance(self.pending_amount, Unset):
            pending_amount = UNSET
        else:
            pending_amount = self.pending_amount

        net: float | None | str | Unset
        if isinstance(self.net, Unset):
            net = UNSET
        else:
            net = self.net

        gross: float | None | str | Unset
        if isinstance(self.gross, Unset):
            gross = UNSET
        else:
            gross = self.gross

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_no": document_no,
                "status": status,
                "lastname_company": lastname_company,
                "vendor": vendor,
                "created_at": created_at,
                "currency_code": currency_code,
                "bill_date": bill_date,
                "due_date": due_date,
                "overdue": overdue,
                "booking_account_ids": booking_account_ids,
                "attachment_ids": attachment_ids,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if pending_amount is not UNSET:
            field_dict["pending_amount"] = pending_amount
        if net is not UNSET:
            field_dict["net"] = net
        if gross is not UNSET:
            field_dict["gross"] = gross

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_no = _parse_document_no(d.pop("document_no"))

        def _parse_status(data: object) -> BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_1 = check_bill_status_type_1(data)

                return componentsschemas_bill_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_2_type_1 = check_bill_status_type_2_type_1(data)

                return componentsschemas_bill_status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bill_status_type_3_type_1 = check_bill_status_type_3_type_1(data)

                return componentsschemas_bill_status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BillStatusType1 | BillStatusType2Type1 | BillStatusType3Type1 | None", data)

        status = _parse_status(d.pop("status"))

        def _parse_lastname_company(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        lastname_company = _parse_lastname_company(d.pop("lastname_company"))

        def _parse_vendor(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        vendor = _parse_vendor(d.pop("vendor"))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        currency_code = _parse_currency_code(d.pop("currency_code"))

        def _parse_bill_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bill_date_type_0 = datetime.date.fromisoformat(data)

                return bill_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        bill_date = _parse_bill_date(d.pop("bill_date"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        due_date = _parse_due_date(d.pop("due_date"))

        overdue = d.pop("overdue")

        booking_account_ids = cast(list[int], d.pop("booking_account_ids"))

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_firstname_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        firstname_suffix = _parse_firstname_suffix(d.pop("firstname_suffix", UNSET))

        def _parse_vendor_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        vendor_ref = _parse_vendor_ref(d.pop("vendor_ref", UNSET))

        def _parse_pending_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        pending_amount = _parse_pending_amount(d.pop("pending_amount", UNSET))

        def _parse_net(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        net = _parse_net(d.pop("net", UNSET))

        def _parse_gross(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        gross = _parse_gross(d.pop("gross", UNSET))

        bill_list_item = cls(
            id=id,
            document_no=document_no,
            status=status,
            lastname_company=lastname_company,
            vendor=vendor,
            created_at=created_at,
            currency_code=currency_code,
            bill_date=bill_date,
            due_date=due_date,
            overdue=overdue,
            booking_account_ids=booking_account_ids,
            attachment_ids=attachment_ids,
            title=title,
            firstname_suffix=firstname_suffix,
            vendor_ref=vendor_ref,
            pending_amount=pending_amount,
            net=net,
            gross=gross,
        )

        bill_list_item.additional_properties = d
        return bill_list_item

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
