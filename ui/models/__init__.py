"""Item models over the case record: one table model per list, sorted through a proxy."""
