from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.invoice_edit_mwst_type import InvoiceEditMwstType, check_invoice_edit_mwst_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceEdit")


@_attrs_define
class InvoiceEdit:
    """An invoice as sent to edit it (the create body without positions)."""

    document_nr: str | Unset = UNSET
    """ Can not be used if “automatic numbering” is activated in frontend-settings. Required if “automatic
    numbering” deactivated. https://help.bexio.com/s/article/000001784 """
    title: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    user_id: int | Unset = UNSET
    """ References a user object """
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    logopaper_id: int | Unset = UNSET
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int | Unset = UNSET
    """ References a language object """
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    currency_id: int | Unset = UNSET
    """ References a currency object """
    payment_type_id: int | Unset = UNSET
    """ References a payment type object """
    header: str | Unset = UNSET
    footer: str | Unset = UNSET
    mwst_type: InvoiceEditMwstType | Unset = UNSET
    """ 0: including taxes, 1: excluding taxes, 2: exempt from taxes. """
    mwst_is_net: bool | Unset = UNSET
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool | Unset = UNSET
    is_valid_from: datetime.date | Unset = UNSET
    is_valid_to: datetime.date | Unset = UNSET
    contact_address_manual: None | str | Unset = UNSET
    """ This field can be used to set a contact address manually. If not in use or null the invoice address of the
    contact will be taken. """
    reference: None | str | Unset = UNSET
    api_reference: None | str | Unset = UNSET
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    template_slug: None | str | Unset = UNSET
    """ References a document template by its slug. """

    def to_dict(self) -> dict[str, Any]:
        document_nr = self.document_nr

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_sub_id: int | None | Unset
        if isinstance(self.contact_sub_id, Unset):
            contact_sub_id = UNSET
        else:
            contact_sub_id = self.contact_sub_id

        user_id = self.user_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        logopaper_id = self.logopaper_id

        language_id = self.language_id

        bank_account_id = self.bank_account_id

        currency_id = self.currency_id

        payment_type_id = self.payment_type_id

        header = self.header

        footer = self.footer

        mwst_type: int | Unset = UNSET
        if not isinstance(self.mwst_type, Unset):
            mwst_type = self.mwst_type

        mwst_is_net = self.mwst_is_net

        show_position_taxes = self.show_position_taxes

        is_valid_from: str | Unset = UNSET
        if not isinstance(self.is_valid_from, Unset):
            is_valid_from = self.is_valid_from.isoformat()

        is_valid_to: str | Unset = UNSET
        if not isinstance(self.is_valid_to, Unset):
            is_valid_to = self.is_valid_to.isoformat()

        contact_address_manual: None | str | Unset
        if isinstance(self.contact_address_manual, Unset):
            contact_address_manual = UNSET
        else:
            contact_address_manual = self.contact_address_manual

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        api_reference: None | str | Unset
        if isinstance(self.api_reference, Unset):
            api_reference = UNSET
        else:
            api_reference = self.api_reference

        template_slug: None | str | Unset
        if isinstance(self.template_slug, Unset):
            template_slug = UNSET
        else:
            template_slug = self.template_slug

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if document_nr is not UNSET:
            field_dict["document_nr"] = document_nr
        if title is not UNSET:
            field_dict["title"] = title
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = contact_sub_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if project_id is not UNSET:
            field_dict["pr_project_id"] = project_id
        if logopaper_id is not UNSET:
            field_dict["logopaper_id"] = logopaper_id
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if payment_type_id is not UNSET:
            field_dict["payment_type_id"] = payment_type_id
        if header is not UNSET:
            field_dict["header"] = header
        if footer is not UNSET:
            field_dict["footer"] = footer
        if mwst_type is not UNSET:
            field_dict["mwst_type"] = mwst_type
        if mwst_is_net is not UNSET:
            field_dict["mwst_is_net"] = mwst_is_net
        if show_position_taxes is not UNSET:
            field_dict["show_position_taxes"] = show_position_taxes
        if is_valid_from is not UNSET:
            field_dict["is_valid_from"] = is_valid_from
        if is_valid_to is not UNSET:
            field_dict["is_valid_to"] = is_valid_to
        if contact_address_manual is not UNSET:
            field_dict["contact_address_manual"] = contact_address_manual
        if reference is not UNSET:
            field_dict["reference"] = reference
        if api_reference is not UNSET:
            field_dict["api_reference"] = api_reference
        if template_slug is not UNSET:
            field_dict["template_slug"] = template_slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_nr = d.pop("document_nr", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_contact_sub_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id", UNSET))

        user_id = d.pop("user_id", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        project_id = _parse_project_id(d.pop("pr_project_id", UNSET))

        logopaper_id = d.pop("logopaper_id", UNSET)

        language_id = d.pop("language_id", UNSET)

        bank_account_id = d.pop("bank_account_id", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        payment_type_id = d.pop("payment_type_id", UNSET)

        header = d.pop("header", UNSET)

        footer = d.pop("footer", UNSET)

        _mwst_type = d.pop("mwst_type", UNSET)
        mwst_type: InvoiceEditMwstType | Unset
        if isinstance(_mwst_type, Unset):
            mwst_type = UNSET
        else:
            mwst_type = check_invoice_edit_mwst_type(_mwst_type)

        mwst_is_net = d.pop("mwst_is_net", UNSET)

        show_position_taxes = d.pop("show_position_taxes", UNSET)

        _is_valid_from = d.pop("is_valid_from", UNSET)
        is_valid_from: datetime.date | Unset
        if isinstance(_is_valid_from, Unset):
            is_valid_from = UNSET
        else:
            is_valid_from = datetime.date.fromisoformat(_is_valid_from)

        _is_valid_to = d.pop("is_valid_to", UNSET)
        is_valid_to: datetime.date | Unset
        if isinstance(_is_valid_to, Unset):
            is_valid_to = UNSET
        else:
            is_valid_to = datetime.date.fromisoformat(_is_valid_to)

        def _parse_contact_address_manual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contact_address_manual = _parse_contact_address_manual(d.pop("contact_address_manual", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_api_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_reference = _parse_api_reference(d.pop("api_reference", UNSET))

        def _parse_template_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        template_slug = _parse_template_slug(d.pop("template_slug", UNSET))

        invoice_edit = cls(
            document_nr=document_nr,
            title=title,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            user_id=user_id,
            project_id=project_id,
            logopaper_id=logopaper_id,
            language_id=language_id,
            bank_account_id=bank_account_id,
            currency_id=currency_id,
            payment_type_id=payment_type_id,
            header=header,
            footer=footer,
            mwst_type=mwst_type,
            mwst_is_net=mwst_is_net,
            show_position_taxes=show_position_taxes,
            is_valid_from=is_valid_from,
            is_valid_to=is_valid_to,
            contact_address_manual=contact_address_manual,
            reference=reference,
            api_reference=api_reference,
            template_slug=template_slug,
        )

        return invoice_edit
