"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_create import ContactCreate
from .error import Error
from .list_contacts_order_by import ListContactsOrderBy
from .search_contacts_order_by import SearchContactsOrderBy
from .search_criterion import SearchCriterion
from .success import Success
from .v2_search_criteria import V2SearchCriteria

__all__ = (
    "Contact",
    "ContactCreate",
    "Error",
    "ListContactsOrderBy",
    "SearchContactsOrderBy",
    "SearchCriterion",
    "Success",
    "V2SearchCriteria",
)
