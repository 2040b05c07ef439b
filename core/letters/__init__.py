"""Letters built from the case record: complaint, reminder, formal notice, mediator referral,
confirmation of a phone call; a draft every paragraph of which the user can edit, then a PDF
with the enclosures appended."""
