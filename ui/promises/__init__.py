"""The promises tab: the ledger of what a party undertook, a promise's form, settling it, and
its history of changes."""
