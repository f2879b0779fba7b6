from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.purchase_order_create_delivery_address_type import (
    PurchaseOrderCreateDeliveryAddressType,
    check_purchase_order_create_delivery_address_type,
)
from ..models.purchase_order_create_mwst_type import PurchaseOrderCreateMwstType, check_purchase_order_create_mwst_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_create_custom_translations import PurchaseOrderCreateCustomTranslations
    from ..models.purchase_order_currency import PurchaseOrderCurrency
    from ..models.purchase_order_language import PurchaseOrderLanguage
    from ..models.purchase_order_positions import PurchaseOrderPositions


T = TypeVar("T", bound="PurchaseOrderCreate")


@_attrs_define
class PurchaseOrderCreate:
    """A purchase order as sent to create it."""

    id: int | Unset = UNSET
    """ The id of the purchase order """
    document_nr: str | Unset = UNSET
    kb_payment_template_id: int | None | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    """ References a payment type object """
    title: None | str | Unset = UNSET
    contact_id: int | Unset = UNSET
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    template_slug: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    """ References a user object """
    project_id: int | None | Unset = UNSET
    """ References a project object """
    logopaper_id: int | Unset = UNSET
    language: PurchaseOrderLanguage | Unset = UNSET
    """ The language of a purchase order (`Language`). """
    language_id: int | Unset = UNSET
    """ References a language object """
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    currency: PurchaseOrderCurrency | Unset = UNSET
    """ The currency of a purchase order (`Currency`). """
    currency_id: int | Unset = UNSET
    """ References a currency object """
    header: None | str | Unset = UNSET
    footer: None | str | Unset = UNSET
    mwst_type: PurchaseOrderCreateMwstType | Unset = UNSET
    """ Possible values are
    * included - included means that the tax is included in the total price
    * excluded - excluded means that the tax is excluded from the total price
    * exempt - exempt means that no tax is charged
     """
    mwst_is_net: bool | Unset = UNSET
    """ This value affects the total if the field mwst_type has been set to 0.
    false = Taxes are included in the total
    true = Taxes will be added to the total
     """
    is_compact_view: bool | Unset = UNSET
    show_position_taxes: bool | Unset = UNSET
    salesman_user_id: int | None | Unset = UNSET
    """ References a user object """
    is_valid_from: datetime.date | Unset = UNSET
    is_valid_to: datetime.date | Unset = UNSET
    delivery_address_type: PurchaseOrderCreateDeliveryAddressType | Unset = UNSET
    contact_address_manual: str | Unset = UNSET
    """ The contact address for the document. Newlines are in the format \\n """
    delivery_address_manual: str | Unset = UNSET
    """ The delivery address for order. Newlines are in the format \\n """
    nb_decimals_amount: int | Unset = 2
    """ The maximum number of decimal digits to display for amounts (number of items). """
    nb_decimals_price: int | Unset = 2
    """ The maximum number of decimal digits to display for prices (line item prices, totals, etc.). """
    terms_of_payment_text: None | str | Unset = UNSET
    """ Additional text which is displayed below the terms of payment """
    reference: None | str | Unset = UNSET
    """ A reference which can be added to the document by the client. """
    api_reference: None | str | Unset = UNSET
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    mail: None | str | Unset = UNSET
    """ The mail address of the company """
    is_valid_until: datetime.date | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time of the purchase order (a timestamp, though documented as a date) """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last time when purchase order was updated (a timestamp, though documented as a date) """
    custom_translations: PurchaseOrderCreateCustomTranslations | Unset = UNSET
    """ custom translations (a free-form object) """
    date_format: str | Unset = UNSET
    positions: PurchaseOrderPositions | Unset = UNSET
    """ A purchase order can have multiple line items (positions). Please note that the line items must be grouped
    by required, optional and discount positions. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_nr = self.document_nr

        kb_payment_template_id: int | None | Unset
        if isinstance(self.kb_payment_template_id, Unset):
            kb_payment_template_id = UNSET
        else:
            kb_payment_template_id = self.kb_payment_template_id

        payment_type_id = self.payment_type_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        contact_id = self.contact_id

        contact_sub_id: int | None | Unset
        if isinstance(self.contact_sub_id, Unset):
            contact_sub_id = UNSET
        else:
            contact_sub_id = self.contact_sub_id

        template_slug: None | str | Unset
        if isinstance(self.template_slug, Unset):
            template_slug = UNSET
        else:
            template_slug = self.template_slug

        user_id = self.user_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        logopaper_id = self.logopaper_id

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        language_id = self.language_id

        bank_account_id = self.bank_account_id

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        currency_id = self.currency_id

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer

        mwst_type: str | Unset = UNSET
        if not isinstance(self.mwst_type, Unset):
            mwst_type = self.mwst_type

        mwst_is_net = self.mwst_is_net

        is_compact_view = self.is_compact_view

        show_position_taxes = self.show_position_taxes

        salesman_user_id: int | None | Unset
        if isinstance(self.salesman_user_id, Unset):
            salesman_user_id = UNSET
        else:
            salesman_user_id = self.salesman_user_id

        is_valid_from: str | Unset = UNSET
        if not isinstance(self.is_valid_from, Unset):
            is_valid_from = self.is_valid_from.isoformat()

        is_valid_to: str | Unset = UNSET
        if not isinstance(self.is_valid_to, Unset):
            is_valid_to = self.is_valid_to.isoformat()

        delivery_address_type: str | Unset = UNSET
        if not isinstance(self.delivery_address_type, Unset):
            delivery_address_type = self.delivery_address_type

        contact_address_manual = self.contact_address_manual

        delivery_address_manual = self.delivery_address_manual

        nb_decimals_amount = self.nb_decimals_amount

        nb_decimals_price = self.nb_decimals_price

        terms_of_payment_text: None | str | Unset
        if isinstance(self.terms_of_payment_text, Unset):
            terms_of_payment_text = UNSET
        else:
            terms_of_payment_text = self.terms_of_payment_text

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

        mail: None | str | Unset
        if isinstance(self.mail, Unset):
            mail = UNSET
        else:
            mail = self.mail

        is_valid_until: str | Unset = UNSET
        if not isinstance(self.is_valid_until, Unset):
            is_valid_until = self.is_valid_until.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        custom_translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_translations, Unset):
            custom_translations = self.custom_translations.to_dict()

        date_format = self.date_format

        positions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = self.positions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_nr is not UNSET:
            field_dict["document_nr"] = document_nr
        if kb_payment_template_id is not UNSET:
            field_dict["kb_payment_template_id"] = kb_payment_template_id
        if payment_type_id is not UNSET:
            field_dict["payment_type_id"] = payment_type_id
        if title is not UNSET:
            field_dict["title"] = title
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = contact_sub_id
        if template_slug is not UNSET:
            field_dict["template_slug"] = template_slug
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if logopaper_id is not UNSET:
            field_dict["logopaper_id"] = logopaper_id
        if language is not UNSET:
            field_dict["language"] = language
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if header is not UNSET:
            field_dict["header"] = header
        if footer is not UNSET:
            field_dict["footer"] = footer
        if mwst_type is not UNSET:
            field_dict["mwst_type"] = mwst_type
        if mwst_is_net is not UNSET:
            field_dict["mwst_is_net"] = mwst_is_net
        if is_compact_view is not UNSET:
            field_dict["is_compact_view"] = is_compact_view
        if show_position_taxes is not UNSET:
            field_dict["show_position_taxes"] = show_position_taxes
        if salesman_user_id is not UNSET:
            field_dict["salesman_user_id"] = salesman_user_id
        if is_valid_from is not UNSET:
            field_dict["is_valid_from"] = is_valid_from
        if is_valid_to is not UNSET:
            field_dict["is_valid_to"] = is_valid_to
        if delivery_address_type is not UNSET:
            field_dict["delivery_address_type"] = delivery_address_type
        if contact_address_manual is not UNSET:
            field_dict["contact_address_manual"] = contact_address_manual
        if delivery_address_manual is not UNSET:
            field_dict["delivery_address_manual"] = delivery_address_manual
        if nb_decimals_amount is not UNSET:
            field_dict["nb_decimals_amount"] = nb_decimals_amount
        if nb_decimals_price is not UNSET:
            field_dict["nb_decimals_price"] = nb_decimals_price
        if terms_of_payment_text is not UNSET:
            field_dict["terms_of_payment_text"] = terms_of_payment_text
        if reference is not UNSET:
            field_dict["reference"] = reference
        if api_reference is not UNSET:
            field_dict["api_reference"] = api_reference
        if mail is not UNSET:
            field_dict["mail"] = mail
        if is_valid_until is not UNSET:
            field_dict["is_valid_until"] = is_valid_until
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if custom_translations is not UNSET:
            field_dict["custom_translations"] = custom_translations
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_create_custom_translations import PurchaseOrderCreateCustomTranslations  # noqa: PLC0415
        from ..models.purchase_order_currency import PurchaseOrderCurrency  # noqa: PLC0415
        from ..models.purchase_order_language import PurchaseOrderLanguage  # noqa: PLC0415
        from ..models.purchase_order_positions import PurchaseOrderPositions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_nr = d.pop("document_nr", UNSET)

        def _parse_kb_payment_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        kb_payment_template_id = _parse_kb_payment_template_id(d.pop("kb_payment_template_id", UNSET))

        payment_type_id = d.pop("payment_type_id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        contact_id = d.pop("contact_id", UNSET)

        def _parse_contact_sub_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id", UNSET))

        def _parse_template_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        template_slug = _parse_template_slug(d.pop("template_slug", UNSET))

        user_id = d.pop("user_id", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        logopaper_id = d.pop("logopaper_id", UNSET)

        _language = d.pop("language", UNSET)
        language: PurchaseOrderLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = PurchaseOrderLanguage.from_dict(_language)

        language_id = d.pop("language_id", UNSET)

        bank_account_id = d.pop("bank_account_id", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: PurchaseOrderCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = PurchaseOrderCurrency.from_dict(_currency)

        currency_id = d.pop("currency_id", UNSET)

        def _parse_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        header = _parse_header(d.pop("header", UNSET))

        def _parse_footer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        footer = _parse_footer(d.pop("footer", UNSET))

        _mwst_type = d.pop("mwst_type", UNSET)
        mwst_type: PurchaseOrderCreateMwstType | Unset
        if isinstance(_mwst_type, Unset):
            mwst_type = UNSET
        else:
            mwst_type = check_purchase_order_create_mwst_type(_mwst_type)

        mwst_is_net = d.pop("mwst_is_net", UNSET)

        is_compact_view = d.pop("is_compact_view", UNSET)

        show_position_taxes = d.pop("show_position_taxes", UNSET)

        def _parse_salesman_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        salesman_user_id = _parse_salesman_user_id(d.pop("salesman_user_id", UNSET))

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

        _delivery_address_type = d.pop("delivery_address_type", UNSET)
        delivery_address_type: PurchaseOrderCreateDeliveryAddressType | Unset
        if isinstance(_delivery_address_type, Unset):
            delivery_address_type = UNSET
        else:
            delivery_address_type = check_purchase_order_create_delivery_address_type(_delivery_address_type)

        contact_address_manual = d.pop("contact_address_manual", UNSET)

        delivery_address_manual = d.pop("delivery_address_manual", UNSET)

        nb_decimals_amount = d.pop("nb_decimals_amount", UNSET)

        nb_decimals_price = d.pop("nb_decimals_price", UNSET)

        def _parse_terms_of_payment_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        terms_of_payment_text = _parse_terms_of_payment_text(d.pop("terms_of_payment_text", UNSET))

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

        def _parse_mail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        mail = _parse_mail(d.pop("mail", UNSET))

        _is_valid_until = d.pop("is_valid_until", UNSET)
        is_valid_until: datetime.date | Unset
        if isinstance(_is_valid_until, Unset):
            is_valid_until = UNSET
        else:
            is_valid_until = datetime.date.fromisoformat(_is_valid_until)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _custom_translations = d.pop("custom_translations", UNSET)
        custom_translations: PurchaseOrderCreateCustomTranslations | Unset
        if isinstance(_custom_translations, Unset):
            custom_translations = UNSET
        else:
            custom_translations = PurchaseOrderCreateCustomTranslations.from_dict(_custom_translations)

        date_format = d.pop("date_format", UNSET)

        _positions = d.pop("positions", UNSET)
        positions: PurchaseOrderPositions | Unset
        if isinstance(_positions, Unset):
            positions = UNSET
        else:
            positions = PurchaseOrderPositions.from_dict(_positions)

        purchase_order_create = cls(
            id=id,
            document_nr=document_nr,
            kb_payment_template_id=kb_payment_template_id,
            payment_type_id=payment_type_id,
            title=title,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            template_slug=template_slug,
            user_id=user_id,
            project_id=project_id,
            logopaper_id=logopaper_id,
            language=language,
            language_id=language_id,
            bank_account_id=bank_account_id,
            currency=currency,
            currency_id=currency_id,
            header=header,
            footer=footer,
            mwst_type=mwst_type,
            mwst_is_net=mwst_is_net,
            is_compact_view=is_compact_view,
            show_position_taxes=show_position_taxes,
            salesman_user_id=salesman_user_id,
            is_valid_from=is_valid_from,
            is_valid_to=is_valid_to,
            delivery_address_type=delivery_address_type,
            contact_address_manual=contact_address_manual,
            delivery_address_manual=delivery_address_manual,
            nb_decimals_amount=nb_decimals_amount,
            nb_decimals_price=nb_decimals_price,
            terms_of_payment_text=terms_of_payment_text,
            reference=reference,
            api_reference=api_reference,
            mail=mail,
            is_valid_until=is_valid_until,
            created_at=created_at,
            updated_at=updated_at,
            custom_translations=custom_translations,
            date_format=date_format,
            positions=positions,
        )

        return purchase_order_create
