"""Invoices: the operations of this section of bexio's reference, as methods of `bexio.invoices`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.get_invoice_pdf_logopaper import GetInvoicePdfLogopaper, check_get_invoice_pdf_logopaper
from ...models.get_invoice_reminder_pdf_logopaper import (
    GetInvoiceReminderPdfLogopaper,
    check_get_invoice_reminder_pdf_logopaper,
)
from ...models.invoice import Invoice
from ...models.invoice_copy import InvoiceCopy
from ...models.invoice_create import InvoiceCreate
from ...models.invoice_edit import InvoiceEdit
from ...models.invoice_payment import InvoicePayment
from ...models.invoice_payment_create import InvoicePaymentCreate
from ...models.invoice_reminder import InvoiceReminder
from ...models.invoice_reminder_search_criterion import InvoiceReminderSearchCriterion
from ...models.invoice_reminder_send import InvoiceReminderSend
from ...models.invoice_search_criterion import InvoiceSearchCriterion
from ...models.kb_document_pdf import KbDocumentPdf
from ...models.kb_document_send import KbDocumentSend
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    cancel_invoice,
    copy_invoice,
    create_invoice,
    create_invoice_payment,
    create_invoice_reminder,
    delete_invoice,
    delete_invoice_payment,
    delete_invoice_reminder,
    get_invoice,
    get_invoice_payment,
    get_invoice_pdf,
    get_invoice_reminder,
    get_invoice_reminder_pdf,
    issue_invoice,
    list_invoice_payments,
    list_invoice_reminders,
    list_invoices,
    mark_invoice_as_sent,
    mark_invoice_reminder_as_sent,
    mark_invoice_reminder_as_unsent,
    revert_issue_invoice,
    search_invoice_reminders,
    search_invoices,
    send_invoice,
    send_invoice_reminder,
    update_invoice,
)


class InvoicesResource(SyncResource):
    """Invoices: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> InvoicesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return InvoicesDetailed(self._runner)

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Invoice]:
        """Fetch a list of invoices

        This action fetches a list of all invoices

        GET /2.0/kb_invoice (listInvoices)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Invoice]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_invoices.OPERATION,
            list_invoices._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: InvoiceCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Create invoice

        This action creates a new invoice

        POST /2.0/kb_invoice (createInvoice)

        Args:
            body: the request body: InvoiceCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_invoice.OPERATION,
            create_invoice._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search(
        self,
        *,
        body: Sequence[InvoiceSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Invoice]:
        """Search invoices

        Search invoices via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * id
        * kb_item_status_id
        * document_nr
        * title
        * api_reference
        * contact_id
        * contact_sub_id
        * user_id
        * currency_id
        * total_gross
        * total_net
        * total
        * is_valid_from
        * is_valid_to
        * updated_at

        POST /2.0/kb_invoice/search (searchInvoices)

        Args:
            body: the request body: list[InvoiceSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Invoice]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            search_invoices.OPERATION,
            search_invoices._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Fetch an invoice

        This action fetches a single invoice

        GET /2.0/kb_invoice/{invoice_id} (getInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_invoice.OPERATION,
            get_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        invoice_id: int,
        *,
        body: InvoiceEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Edit an invoice

        This action edits a single invoice

        POST /2.0/kb_invoice/{invoice_id} (updateInvoice)

        Args:
            invoice_id (int):
            body: the request body: InvoiceEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            update_invoice.OPERATION,
            update_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete an invoice

        This action permanently deletes an invoice. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id} (deleteInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_invoice.OPERATION,
            delete_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_invoice_pdf(
        self,
        invoice_id: int,
        *,
        logopaper: GetInvoicePdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbDocumentPdf:
        """Show PDF

        This action returns a pdf document of the invoice.

        GET /2.0/kb_invoice/{invoice_id}/pdf (getInvoicePdf)

        Args:
            invoice_id (int):
            logopaper (GetInvoicePdfLogopaper | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbDocumentPdf

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_invoice_pdf.OPERATION,
            get_invoice_pdf._get_kwargs(
                invoice_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def copy(
        self,
        invoice_id: int,
        *,
        body: InvoiceCopy | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Copy a invoice

        This action copies a invoice.

        POST /2.0/kb_invoice/{invoice_id}/copy (copyInvoice)

        Args:
            invoice_id (int):
            body: the request body: InvoiceCopy, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            copy_invoice.OPERATION,
            copy_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def issue(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Issue an invoice

        This action issues an invoice. The invoice must be in the draft status.

        POST /2.0/kb_invoice/{invoice_id}/issue (issueInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            issue_invoice.OPERATION,
            issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def revert_issue_invoice(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Sets issued invoice to draft

        This action set an already issued invoice to state draft.

        POST /2.0/kb_invoice/{invoice_id}/revert_issue (revertIssueInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            revert_issue_invoice.OPERATION,
            revert_issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def cancel(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Cancel an invoice

        This action cancels an already issued invoice.

        POST /2.0/kb_invoice/{invoice_id}/cancel (cancelInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            cancel_invoice.OPERATION,
            cancel_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def mark_invoice_as_sent(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark invoice as sent

        This action marks an invoice as sent

        POST /2.0/kb_invoice/{invoice_id}/mark_as_sent (markInvoiceAsSent)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            mark_invoice_as_sent.OPERATION,
            mark_invoice_as_sent._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def send(
        self,
        invoice_id: int,
        *,
        body: KbDocumentSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Send an invoice

        This action sends an invoice by email.

        POST /2.0/kb_invoice/{invoice_id}/send (sendInvoice)

        Args:
            invoice_id (int):
            body: the request body: KbDocumentSend, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            send_invoice.OPERATION,
            send_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def list_invoice_payments(
        self,
        invoice_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoicePayment]:
        """Fetch a list of payments

        This action fetches a list of all payments for the invoice

        GET /2.0/kb_invoice/{invoice_id}/payment (listInvoicePayments)

        Args:
            invoice_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoicePayment]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_invoice_payments.OPERATION,
            list_invoice_payments._get_kwargs(
                invoice_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create_invoice_payment(
        self,
        invoice_id: int,
        *,
        body: InvoicePaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoicePayment:
        """Create payment

        This action creates a new payment for an invoice

        POST /2.0/kb_invoice/{invoice_id}/payment (createInvoicePayment)

        Args:
            invoice_id (int):
            body: the request body: InvoicePaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoicePayment

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_invoice_payment.OPERATION,
            create_invoice_payment._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoicePayment:
        """Fetch a payment

        This action fetches a payment

        GET /2.0/kb_invoice/{invoice_id}/payment/{payment_id} (getInvoicePayment)

        Args:
            invoice_id (int):
            payment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoicePayment

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_invoice_payment.OPERATION,
            get_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a payment

        This action permanently deletes a payment. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id}/payment/{payment_id} (deleteInvoicePayment)

        Args:
            invoice_id (int):
            payment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_invoice_payment.OPERATION,
            delete_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def list_invoice_reminders(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoiceReminder]:
        """Fetch a list of reminders

        This action fetches a list of all reminders for the invoice

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder (listInvoiceReminders)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoiceReminder]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_invoice_reminders.OPERATION,
            list_invoice_reminders._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create_invoice_reminder(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoiceReminder:
        """Create reminder

        This action creates a new reminder for an invoice

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder (createInvoiceReminder)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoiceReminder

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_invoice_reminder.OPERATION,
            create_invoice_reminder._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search_invoice_reminders(
        self,
        invoice_id: int,
        *,
        body: Sequence[InvoiceReminderSearchCriterion | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoiceReminder]:
        """Search invoice reminders

        Search invoice reminders via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * title
        * reminder_level
        * is_sent
        * is_valid_from
        * is_valid_to

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/search (searchInvoiceReminders)

        Args:
            invoice_id (int):
            body: the request body: list[InvoiceReminderSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoiceReminder]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            search_invoice_reminders.OPERATION,
            search_invoice_reminders._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoiceReminder:
        """Fetch a reminder

        This action fetches a single reminder of an invoice. (The reference's text, "This action deletes the
        most recent reminder", is that of Delete a reminder.)

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id} (getInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoiceReminder

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_invoice_reminder.OPERATION,
            get_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a reminder

        This action permanently deletes the most recent reminder. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id} (deleteInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_invoice_reminder.OPERATION,
            delete_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def mark_invoice_reminder_as_sent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark reminder as sent

        This action marks an invoice reminder as sent

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_sent (markInvoiceReminderAsSent)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            mark_invoice_reminder_as_sent.OPERATION,
            mark_invoice_reminder_as_sent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def mark_invoice_reminder_as_unsent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark reminder as unsent

        This action marks an invoice reminder as unsent

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_unsent (markInvoiceReminderAsUnsent)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            mark_invoice_reminder_as_unsent.OPERATION,
            mark_invoice_reminder_as_unsent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def send_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        body: InvoiceReminderSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Send a reminder

        This action sends an invoice reminder by email.

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/send (sendInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            body: the request body: InvoiceReminderSend, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            send_invoice_reminder.OPERATION,
            send_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_invoice_reminder_pdf(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        logopaper: GetInvoiceReminderPdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbDocumentPdf:
        """Show reminder PDF

        This action returns a pdf document of the invoice reminder.

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/pdf (getInvoiceReminderPdf)

        Args:
            invoice_id (int):
            reminder_id (int):
            logopaper (GetInvoiceReminderPdfLogopaper | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbDocumentPdf

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_invoice_reminder_pdf.OPERATION,
            get_invoice_reminder_pdf._get_kwargs(
                invoice_id,
                reminder_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class InvoicesDetailed(SyncResource):
    """Invoices operations answering the whole `Response`: `bexio.invoices.detailed.<method>(...)`."""

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Invoice]]:
        """Fetch a list of invoices: the whole response (status, headers, parsed body)."""
        return self._send(
            list_invoices.OPERATION,
            list_invoices._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: InvoiceCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Create invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            create_invoice.OPERATION,
            create_invoice._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search(
        self,
        *,
        body: Sequence[InvoiceSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Invoice]]:
        """Search invoices: the whole response (status, headers, parsed body)."""
        return self._send(
            search_invoices.OPERATION,
            search_invoices._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Fetch an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            get_invoice.OPERATION,
            get_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        invoice_id: int,
        *,
        body: InvoiceEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Edit an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            update_invoice.OPERATION,
            update_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_invoice.OPERATION,
            delete_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_invoice_pdf(
        self,
        invoice_id: int,
        *,
        logopaper: GetInvoicePdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbDocumentPdf]:
        """Show PDF: the whole response (status, headers, parsed body)."""
        return self._send(
            get_invoice_pdf.OPERATION,
            get_invoice_pdf._get_kwargs(
                invoice_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def copy(
        self,
        invoice_id: int,
        *,
        body: InvoiceCopy | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Copy a invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            copy_invoice.OPERATION,
            copy_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def issue(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Issue an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            issue_invoice.OPERATION,
            issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def revert_issue_invoice(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Sets issued invoice to draft: the whole response (status, headers, parsed body)."""
        return self._send(
            revert_issue_invoice.OPERATION,
            revert_issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def cancel(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Cancel an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            cancel_invoice.OPERATION,
            cancel_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def mark_invoice_as_sent(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark invoice as sent: the whole response (status, headers, parsed body)."""
        return self._send(
            mark_invoice_as_sent.OPERATION,
            mark_invoice_as_sent._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def send(
        self,
        invoice_id: int,
        *,
        body: KbDocumentSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Send an invoice: the whole response (status, headers, parsed body)."""
        return self._send(
            send_invoice.OPERATION,
            send_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_invoice_payments(
        self,
        invoice_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoicePayment]]:
        """Fetch a list of payments: the whole response (status, headers, parsed body)."""
        return self._send(
            list_invoice_payments.OPERATION,
            list_invoice_payments._get_kwargs(
                invoice_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create_invoice_payment(
        self,
        invoice_id: int,
        *,
        body: InvoicePaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoicePayment]:
        """Create payment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_invoice_payment.OPERATION,
            create_invoice_payment._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoicePayment]:
        """Fetch a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_invoice_payment.OPERATION,
            get_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_invoice_payment.OPERATION,
            delete_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_invoice_reminders(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoiceReminder]]:
        """Fetch a list of reminders: the whole response (status, headers, parsed body)."""
        return self._send(
            list_invoice_reminders.OPERATION,
            list_invoice_reminders._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create_invoice_reminder(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoiceReminder]:
        """Create reminder: the whole response (status, headers, parsed body)."""
        return self._send(
            create_invoice_reminder.OPERATION,
            create_invoice_reminder._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search_invoice_reminders(
        self,
        invoice_id: int,
        *,
        body: Sequence[InvoiceReminderSearchCriterion | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoiceReminder]]:
        """Search invoice reminders: the whole response (status, headers, parsed body)."""
        return self._send(
            search_invoice_reminders.OPERATION,
            search_invoice_reminders._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoiceReminder]:
        """Fetch a reminder: the whole response (status, headers, parsed body)."""
        return self._send(
            get_invoice_reminder.OPERATION,
            get_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a reminder: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_invoice_reminder.OPERATION,
            delete_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def mark_invoice_reminder_as_sent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark reminder as sent: the whole response (status, headers, parsed body)."""
        return self._send(
            mark_invoice_reminder_as_sent.OPERATION,
            mark_invoice_reminder_as_sent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def mark_invoice_reminder_as_unsent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark reminder as unsent: the whole response (status, headers, parsed body)."""
        return self._send(
            mark_invoice_reminder_as_unsent.OPERATION,
            mark_invoice_reminder_as_unsent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def send_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        body: InvoiceReminderSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Send a reminder: the whole response (status, headers, parsed body)."""
        return self._send(
            send_invoice_reminder.OPERATION,
            send_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_invoice_reminder_pdf(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        logopaper: GetInvoiceReminderPdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbDocumentPdf]:
        """Show reminder PDF: the whole response (status, headers, parsed body)."""
        return self._send(
            get_invoice_reminder_pdf.OPERATION,
            get_invoice_reminder_pdf._get_kwargs(
                invoice_id,
                reminder_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncInvoicesResource(AsyncResource):
    """Invoices, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncInvoicesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncInvoicesDetailed(self._runner)

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Invoice]:
        """Fetch a list of invoices

        This action fetches a list of all invoices

        GET /2.0/kb_invoice (listInvoices)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Invoice]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_invoices.OPERATION,
                list_invoices._get_kwargs(
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        *,
        body: InvoiceCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Create invoice

        This action creates a new invoice

        POST /2.0/kb_invoice (createInvoice)

        Args:
            body: the request body: InvoiceCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_invoice.OPERATION,
                create_invoice._get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def search(
        self,
        *,
        body: Sequence[InvoiceSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Invoice]:
        """Search invoices

        Search invoices via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * id
        * kb_item_status_id
        * document_nr
        * title
        * api_reference
        * contact_id
        * contact_sub_id
        * user_id
        * currency_id
        * total_gross
        * total_net
        * total
        * is_valid_from
        * is_valid_to
        * updated_at

        POST /2.0/kb_invoice/search (searchInvoices)

        Args:
            body: the request body: list[InvoiceSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Invoice]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                search_invoices.OPERATION,
                search_invoices._get_kwargs(
                    body=body,
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Fetch an invoice

        This action fetches a single invoice

        GET /2.0/kb_invoice/{invoice_id} (getInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_invoice.OPERATION,
                get_invoice._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        invoice_id: int,
        *,
        body: InvoiceEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Edit an invoice

        This action edits a single invoice

        POST /2.0/kb_invoice/{invoice_id} (updateInvoice)

        Args:
            invoice_id (int):
            body: the request body: InvoiceEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                update_invoice.OPERATION,
                update_invoice._get_kwargs(
                    invoice_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete an invoice

        This action permanently deletes an invoice. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id} (deleteInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_invoice.OPERATION,
                delete_invoice._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_invoice_pdf(
        self,
        invoice_id: int,
        *,
        logopaper: GetInvoicePdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbDocumentPdf:
        """Show PDF

        This action returns a pdf document of the invoice.

        GET /2.0/kb_invoice/{invoice_id}/pdf (getInvoicePdf)

        Args:
            invoice_id (int):
            logopaper (GetInvoicePdfLogopaper | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbDocumentPdf

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_invoice_pdf.OPERATION,
                get_invoice_pdf._get_kwargs(
                    invoice_id,
                    logopaper=logopaper,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def copy(
        self,
        invoice_id: int,
        *,
        body: InvoiceCopy | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """Copy a invoice

        This action copies a invoice.

        POST /2.0/kb_invoice/{invoice_id}/copy (copyInvoice)

        Args:
            invoice_id (int):
            body: the request body: InvoiceCopy, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Invoice

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                copy_invoice.OPERATION,
                copy_invoice._get_kwargs(
                    invoice_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def issue(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Issue an invoice

        This action issues an invoice. The invoice must be in the draft status.

        POST /2.0/kb_invoice/{invoice_id}/issue (issueInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                issue_invoice.OPERATION,
                issue_invoice._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def revert_issue_invoice(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Sets issued invoice to draft

        This action set an already issued invoice to state draft.

        POST /2.0/kb_invoice/{invoice_id}/revert_issue (revertIssueInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                revert_issue_invoice.OPERATION,
                revert_issue_invoice._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def cancel(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Cancel an invoice

        This action cancels an already issued invoice.

        POST /2.0/kb_invoice/{invoice_id}/cancel (cancelInvoice)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                cancel_invoice.OPERATION,
                cancel_invoice._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def mark_invoice_as_sent(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark invoice as sent

        This action marks an invoice as sent

        POST /2.0/kb_invoice/{invoice_id}/mark_as_sent (markInvoiceAsSent)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                mark_invoice_as_sent.OPERATION,
                mark_invoice_as_sent._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def send(
        self,
        invoice_id: int,
        *,
        body: KbDocumentSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Send an invoice

        This action sends an invoice by email.

        POST /2.0/kb_invoice/{invoice_id}/send (sendInvoice)

        Args:
            invoice_id (int):
            body: the request body: KbDocumentSend, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                send_invoice.OPERATION,
                send_invoice._get_kwargs(
                    invoice_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def list_invoice_payments(
        self,
        invoice_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoicePayment]:
        """Fetch a list of payments

        This action fetches a list of all payments for the invoice

        GET /2.0/kb_invoice/{invoice_id}/payment (listInvoicePayments)

        Args:
            invoice_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoicePayment]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_invoice_payments.OPERATION,
                list_invoice_payments._get_kwargs(
                    invoice_id,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create_invoice_payment(
        self,
        invoice_id: int,
        *,
        body: InvoicePaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoicePayment:
        """Create payment

        This action creates a new payment for an invoice

        POST /2.0/kb_invoice/{invoice_id}/payment (createInvoicePayment)

        Args:
            invoice_id (int):
            body: the request body: InvoicePaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoicePayment

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_invoice_payment.OPERATION,
                create_invoice_payment._get_kwargs(
                    invoice_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoicePayment:
        """Fetch a payment

        This action fetches a payment

        GET /2.0/kb_invoice/{invoice_id}/payment/{payment_id} (getInvoicePayment)

        Args:
            invoice_id (int):
            payment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoicePayment

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_invoice_payment.OPERATION,
                get_invoice_payment._get_kwargs(
                    invoice_id,
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a payment

        This action permanently deletes a payment. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id}/payment/{payment_id} (deleteInvoicePayment)

        Args:
            invoice_id (int):
            payment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_invoice_payment.OPERATION,
                delete_invoice_payment._get_kwargs(
                    invoice_id,
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def list_invoice_reminders(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoiceReminder]:
        """Fetch a list of reminders

        This action fetches a list of all reminders for the invoice

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder (listInvoiceReminders)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoiceReminder]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_invoice_reminders.OPERATION,
                list_invoice_reminders._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create_invoice_reminder(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoiceReminder:
        """Create reminder

        This action creates a new reminder for an invoice

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder (createInvoiceReminder)

        Args:
            invoice_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoiceReminder

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_invoice_reminder.OPERATION,
                create_invoice_reminder._get_kwargs(
                    invoice_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def search_invoice_reminders(
        self,
        invoice_id: int,
        *,
        body: Sequence[InvoiceReminderSearchCriterion | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[InvoiceReminder]:
        """Search invoice reminders

        Search invoice reminders via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * title
        * reminder_level
        * is_sent
        * is_valid_from
        * is_valid_to

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/search (searchInvoiceReminders)

        Args:
            invoice_id (int):
            body: the request body: list[InvoiceReminderSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[InvoiceReminder]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                search_invoice_reminders.OPERATION,
                search_invoice_reminders._get_kwargs(
                    invoice_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InvoiceReminder:
        """Fetch a reminder

        This action fetches a single reminder of an invoice. (The reference's text, "This action deletes the
        most recent reminder", is that of Delete a reminder.)

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id} (getInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            InvoiceReminder

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_invoice_reminder.OPERATION,
                get_invoice_reminder._get_kwargs(
                    invoice_id,
                    reminder_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a reminder

        This action permanently deletes the most recent reminder. It cannot be undone.

        DELETE /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id} (deleteInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_invoice_reminder.OPERATION,
                delete_invoice_reminder._get_kwargs(
                    invoice_id,
                    reminder_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def mark_invoice_reminder_as_sent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark reminder as sent

        This action marks an invoice reminder as sent

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_sent (markInvoiceReminderAsSent)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                mark_invoice_reminder_as_sent.OPERATION,
                mark_invoice_reminder_as_sent._get_kwargs(
                    invoice_id,
                    reminder_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def mark_invoice_reminder_as_unsent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Mark reminder as unsent

        This action marks an invoice reminder as unsent

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_unsent (markInvoiceReminderAsUnsent)

        Args:
            invoice_id (int):
            reminder_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                mark_invoice_reminder_as_unsent.OPERATION,
                mark_invoice_reminder_as_unsent._get_kwargs(
                    invoice_id,
                    reminder_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def send_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        body: InvoiceReminderSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Send a reminder

        This action sends an invoice reminder by email.

        POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/send (sendInvoiceReminder)

        Args:
            invoice_id (int):
            reminder_id (int):
            body: the request body: InvoiceReminderSend, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                send_invoice_reminder.OPERATION,
                send_invoice_reminder._get_kwargs(
                    invoice_id,
                    reminder_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_invoice_reminder_pdf(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        logopaper: GetInvoiceReminderPdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbDocumentPdf:
        """Show reminder PDF

        This action returns a pdf document of the invoice reminder.

        GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/pdf (getInvoiceReminderPdf)

        Args:
            invoice_id (int):
            reminder_id (int):
            logopaper (GetInvoiceReminderPdfLogopaper | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbDocumentPdf

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_invoice_reminder_pdf.OPERATION,
                get_invoice_reminder_pdf._get_kwargs(
                    invoice_id,
                    reminder_id,
                    logopaper=logopaper,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncInvoicesDetailed(AsyncResource):
    """Invoices operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Invoice]]:
        """Fetch a list of invoices: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_invoices.OPERATION,
            list_invoices._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: InvoiceCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Create invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_invoice.OPERATION,
            create_invoice._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search(
        self,
        *,
        body: Sequence[InvoiceSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Invoice]]:
        """Search invoices: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_invoices.OPERATION,
            search_invoices._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Fetch an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_invoice.OPERATION,
            get_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        invoice_id: int,
        *,
        body: InvoiceEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Edit an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_invoice.OPERATION,
            update_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_invoice.OPERATION,
            delete_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_invoice_pdf(
        self,
        invoice_id: int,
        *,
        logopaper: GetInvoicePdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbDocumentPdf]:
        """Show PDF: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_invoice_pdf.OPERATION,
            get_invoice_pdf._get_kwargs(
                invoice_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def copy(
        self,
        invoice_id: int,
        *,
        body: InvoiceCopy | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Invoice]:
        """Copy a invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            copy_invoice.OPERATION,
            copy_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def issue(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Issue an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            issue_invoice.OPERATION,
            issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def revert_issue_invoice(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Sets issued invoice to draft: the whole response (status, headers, parsed body)."""
        return await self._send(
            revert_issue_invoice.OPERATION,
            revert_issue_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def cancel(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Cancel an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            cancel_invoice.OPERATION,
            cancel_invoice._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def mark_invoice_as_sent(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark invoice as sent: the whole response (status, headers, parsed body)."""
        return await self._send(
            mark_invoice_as_sent.OPERATION,
            mark_invoice_as_sent._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def send(
        self,
        invoice_id: int,
        *,
        body: KbDocumentSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Send an invoice: the whole response (status, headers, parsed body)."""
        return await self._send(
            send_invoice.OPERATION,
            send_invoice._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_invoice_payments(
        self,
        invoice_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoicePayment]]:
        """Fetch a list of payments: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_invoice_payments.OPERATION,
            list_invoice_payments._get_kwargs(
                invoice_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create_invoice_payment(
        self,
        invoice_id: int,
        *,
        body: InvoicePaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoicePayment]:
        """Create payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_invoice_payment.OPERATION,
            create_invoice_payment._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoicePayment]:
        """Fetch a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_invoice_payment.OPERATION,
            get_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_invoice_payment(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_invoice_payment.OPERATION,
            delete_invoice_payment._get_kwargs(
                invoice_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_invoice_reminders(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoiceReminder]]:
        """Fetch a list of reminders: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_invoice_reminders.OPERATION,
            list_invoice_reminders._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create_invoice_reminder(
        self,
        invoice_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoiceReminder]:
        """Create reminder: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_invoice_reminder.OPERATION,
            create_invoice_reminder._get_kwargs(
                invoice_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search_invoice_reminders(
        self,
        invoice_id: int,
        *,
        body: Sequence[InvoiceReminderSearchCriterion | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[InvoiceReminder]]:
        """Search invoice reminders: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_invoice_reminders.OPERATION,
            search_invoice_reminders._get_kwargs(
                invoice_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[InvoiceReminder]:
        """Fetch a reminder: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_invoice_reminder.OPERATION,
            get_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a reminder: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_invoice_reminder.OPERATION,
            delete_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def mark_invoice_reminder_as_sent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark reminder as sent: the whole response (status, headers, parsed body)."""
        return await self._send(
            mark_invoice_reminder_as_sent.OPERATION,
            mark_invoice_reminder_as_sent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def mark_invoice_reminder_as_unsent(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Mark reminder as unsent: the whole response (status, headers, parsed body)."""
        return await self._send(
            mark_invoice_reminder_as_unsent.OPERATION,
            mark_invoice_reminder_as_unsent._get_kwargs(
                invoice_id,
                reminder_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def send_invoice_reminder(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        body: InvoiceReminderSend | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Send a reminder: the whole response (status, headers, parsed body)."""
        return await self._send(
            send_invoice_reminder.OPERATION,
            send_invoice_reminder._get_kwargs(
                invoice_id,
                reminder_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_invoice_reminder_pdf(
        self,
        invoice_id: int,
        reminder_id: int,
        *,
        logopaper: GetInvoiceReminderPdfLogopaper | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbDocumentPdf]:
        """Show reminder PDF: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_invoice_reminder_pdf.OPERATION,
            get_invoice_reminder_pdf._get_kwargs(
                invoice_id,
                reminder_id,
                logopaper=logopaper,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
