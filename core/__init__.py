"""The Recours domain: the record of a dispute, its evidence and its letters. Never imports Qt."""
