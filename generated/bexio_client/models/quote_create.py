from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quote_create_delivery_address_type import (
    QuoteCreateDeliveryAddressType,
    check_quote_create_delivery_address_type,
)
from ..models.quote_create_mwst_type import QuoteCreateMwstType, check_quote_create_mwst_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kb_position_article_create import KbPositionArticleCreate
    from ..models.kb_position_custom_create import KbPositionCustomCreate
    from ..models.kb_position_discount_create import KbPositionDiscountCreate
    from ..models.kb_position_pagebreak_create import KbPositionPagebreakCreate
    from ..models.kb_position_subtotal_create import KbPositionSubtotalCreate
    from ..models.kb_position_text_create import KbPositionTextCreate


T = TypeVar("T", bound="QuoteCreate")


@_attrs_define
class QuoteCreate:
    """A quote as sent to create it."""

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
    mwst_type: QuoteCreateMwstType | Unset = UNSET
    """ Taxes: 0 = including taxes, 1 = excluding taxes, 2 = exempt from taxes. """
    mwst_is_net: bool | Unset = UNSET
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool | Unset = UNSET
    is_valid_from: datetime.date | Unset = UNSET
    is_valid_until: datetime.date | Unset = UNSET
    contact_address_manual: None | str | Unset = UNSET
    """ This field can be used to set a contact address manually. If not in use or null the invoice address of the
    contact will be taken. """
    delivery_address_type: QuoteCreateDeliveryAddressType | Unset = UNSET
    """ 0 = use invoice address, 1 = use custom address. """
    delivery_address_manual: None | str | Unset = UNSET
    """ This field can be used to set a delivery address manually if delivery_address_type is set to 1. If not in
    use or null the invoice address will be taken. """
    api_reference: None | str | Unset = UNSET
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str | Unset = UNSET
    kb_terms_of_payment_template_id: int | None | Unset = UNSET
    template_slug: None | str | Unset = UNSET
    """ The document template (its slug, see List document templates); replaces logopaper_id. """
    positions: (
        list[
            KbPositionArticleCreate
            | KbPositionCustomCreate
            | KbPositionDiscountCreate
            | KbPositionPagebreakCreate
            | KbPositionSubtotalCreate
            | KbPositionTextCreate
        ]
        | Unset
    ) = UNSET
    """ Please note that you can combine multiple positions. This means that an array containing KbPositionCustom
    and KbPositionArticle positions is valid. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.kb_position_article_create import KbPositionArticleCreate  # noqa: PLC0415
        from ..models.kb_position_custom_create import KbPositionCustomCreate  # noqa: PLC0415
        from ..models.kb_position_pagebreak_create import KbPositionPagebreakCreate  # noqa: PLC0415
        from ..models.kb_position_subtotal_create import KbPositionSubtotalCreate  # noqa: PLC0415
        from ..models.kb_position_text_create import KbPositionTextCreate  # noqa: PLC0415

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

        is_valid_until: str | Unset = UNSET
        if not isinstance(self.is_valid_until, Unset):
            is_valid_until = self.is_valid_until.isoformat()

        contact_address_manual: None | str | Unset
        if isinstance(self.contact_address_manual, Unset):
            contact_address_manual = UNSET
        else:
            contact_address_manual = self.contact_address_manual

        delivery_address_type: int | Unset = UNSET
        if not isinstance(self.delivery_address_type, Unset):
            delivery_address_type = self.delivery_address_type

        delivery_address_manual: None | str | Unset
        if isinstance(self.delivery_address_manual, Unset):
            delivery_address_manual = UNSET
        else:
            delivery_address_manual = self.delivery_address_manual

        api_reference: None | str | Unset
        if isinstance(self.api_reference, Unset):
            api_reference = UNSET
        else:
            api_reference = self.api_reference

        viewed_by_client_at: None | str | Unset
        if isinstance(self.viewed_by_client_at, Unset):
            viewed_by_client_at = UNSET
        else:
            viewed_by_client_at = self.viewed_by_client_at

        kb_terms_of_payment_template_id: int | None | Unset
        if isinstance(self.kb_terms_of_payment_template_id, Unset):
            kb_terms_of_payment_template_id = UNSET
        else:
            kb_terms_of_payment_template_id = self.kb_terms_of_payment_template_id

        template_slug: None | str | Unset
        if isinstance(self.template_slug, Unset):
            template_slug = UNSET
        else:
            template_slug = self.template_slug

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item: dict[str, Any]
                if isinstance(positions_item_data, KbPositionCustomCreate):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionArticleCreate):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionTextCreate):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionSubtotalCreate):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionPagebreakCreate):
                    positions_item = positions_item_data.to_dict()
                else:
                    positions_item = positions_item_data.to_dict()

                positions.append(positions_item)

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
        if is_valid_until is not UNSET:
            field_dict["is_valid_until"] = is_valid_until
        if contact_address_manual is not UNSET:
            field_dict["contact_address_manual"] = contact_address_manual
        if delivery_address_type is not UNSET:
            field_dict["delivery_address_type"] = delivery_address_type
        if delivery_address_manual is not UNSET:
            field_dict["delivery_address_manual"] = delivery_address_manual
        if api_reference is not UNSET:
            field_dict["api_reference"] = api_reference
        if viewed_by_client_at is not UNSET:
            field_dict["viewed_by_client_at"] = viewed_by_client_at
        if kb_terms_of_payment_template_id is not UNSET:
            field_dict["kb_terms_of_payment_template_id"] = kb_terms_of_payment_template_id
        if template_slug is not UNSET:
            field_dict["template_slug"] = template_slug
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_position_article_create import KbPositionArticleCreate  # noqa: PLC0415
        from ..models.kb_position_custom_create import KbPositionCustomCreate  # noqa: PLC0415
        from ..models.kb_position_discount_create import KbPositionDiscountCreate  # noqa: PLC0415
        from ..models.kb_position_pagebreak_create import KbPositionPagebreakCreate  # noqa: PLC0415
        from ..models.kb_position_subtotal_create import KbPositionSubtotalCreate  # noqa: PLC0415
        from ..models.kb_position_text_create import KbPositionTextCreate  # noqa: PLC0415

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
        mwst_type: QuoteCreateMwstType | Unset
        if isinstance(_mwst_type, Unset):
            mwst_type = UNSET
        else:
            mwst_type = check_quote_create_mwst_type(_mwst_type)

        mwst_is_net = d.pop("mwst_is_net", UNSET)

        show_position_taxes = d.pop("show_position_taxes", UNSET)

        _is_valid_from = d.pop("is_valid_from", UNSET)
        is_valid_from: datetime.date | Unset
        if isinstance(_is_valid_from, Unset):
            is_valid_from = UNSET
        else:
            is_valid_from = datetime.date.fromisoformat(_is_valid_from)

        _is_valid_until = d.pop("is_valid_until", UNSET)
        is_valid_until: datetime.date | Unset
        if isinstance(_is_valid_until, Unset):
            is_valid_until = UNSET
        else:
            is_valid_until = datetime.date.fromisoformat(_is_valid_until)

        def _parse_contact_address_manual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        contact_address_manual = _parse_contact_address_manual(d.pop("contact_address_manual", UNSET))

        _delivery_address_type = d.pop("delivery_address_type", UNSET)
        delivery_address_type: QuoteCreateDeliveryAddressType | Unset
        if isinstance(_delivery_address_type, Unset):
            delivery_address_type = UNSET
        else:
            delivery_address_type = check_quote_create_delivery_address_type(_delivery_address_type)

        def _parse_delivery_address_manual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        delivery_address_manual = _parse_delivery_address_manual(d.pop("delivery_address_manual", UNSET))

        def _parse_api_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_reference = _parse_api_reference(d.pop("api_reference", UNSET))

        def _parse_viewed_by_client_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        viewed_by_client_at = _parse_viewed_by_client_at(d.pop("viewed_by_client_at", UNSET))

        def _parse_kb_terms_of_payment_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        kb_terms_of_payment_template_id = _parse_kb_terms_of_payment_template_id(
            d.pop("kb_terms_of_payment_template_id", UNSET)
        )

        def _parse_template_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        template_slug = _parse_template_slug(d.pop("template_slug", UNSET))

        _positions = d.pop("positions", UNSET)
        positions: (
            list[
                KbPositionArticleCreate
                | KbPositionCustomCreate
                | KbPositionDiscountCreate
                | KbPositionPagebreakCreate
                | KbPositionSubtotalCreate
                | KbPositionTextCreate
            ]
            | Unset
        ) = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:

                def _parse_positions_item(
                    data: object,
                ) -> (
                    KbPositionArticleCreate
                    | KbPositionCustomCreate
                    | KbPositionDiscountCreate
                    | KbPositionPagebreakCreate
                    | KbPositionSubtotalCreate
                    | KbPositionTextCreate
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_create_type_0 = KbPositionCustomCreate.from_dict(data)

                        return componentsschemas_kb_position_create_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_create_type_1 = KbPositionArticleCreate.from_dict(data)

                        return componentsschemas_kb_position_create_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_create_type_2 = KbPositionTextCreate.from_dict(data)

                        return componentsschemas_kb_position_create_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_create_type_3 = KbPositionSubtotalCreate.from_dict(data)

                        return componentsschemas_kb_position_create_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_create_type_4 = KbPositionPagebreakCreate.from_dict(data)

                        return componentsschemas_kb_position_create_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kb_position_create_type_5 = KbPositionDiscountCreate.from_dict(data)

                    return componentsschemas_kb_position_create_type_5

                positions_item = _parse_positions_item(positions_item_data)

                positions.append(positions_item)

        quote_create = cls(
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
            is_valid_until=is_valid_until,
            contact_address_manual=contact_address_manual,
            delivery_address_type=delivery_address_type,
            delivery_address_manual=delivery_address_manual,
            api_reference=api_reference,
            viewed_by_client_at=viewed_by_client_at,
            kb_terms_of_payment_template_id=kb_terms_of_payment_template_id,
            template_slug=template_slug,
            positions=positions,
        )

        return quote_create
