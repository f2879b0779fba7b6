"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_create import ContactCreate
from .contact_search_criterion import ContactSearchCriterion
from .contact_search_criterion_field import ContactSearchCriterionField
from .error import Error
from .search_criterion import SearchCriterion
from .success import Success
from .v2_search_criteria import V2SearchCriteria

__all__ = (
    "Contact",
    "ContactCreate",
    "ContactSearchCriterion",
    "ContactSearchCriterionField",
    "Error",
    "SearchCriterion",
    "Success",
    "V2SearchCriteria",
)
