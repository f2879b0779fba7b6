"""The contact sections: contacts (archived, not deleted), relations, groups, sectors,
additional addresses (below a contact), salutations and titles."""

from .crud import Resource

RESOURCES = [
    Resource(
        "contact",
        id_param="contact_id",
        list="listContacts",
        create="createContact",
        bulk_create="bulkCreateContacts",
        search="searchContacts",
        get="getContact",
        update="updateContact",
        delete="deleteContact",
        restore="restoreContact",
        archive_on_delete=True,
    ),
]
