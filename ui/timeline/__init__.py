"""The timeline tab: the interactions of a case, filtered, shown in detail, logged (with the
promises made in them) and corrected as undoable edits."""
