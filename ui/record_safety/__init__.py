"""Keeping the record safe: one window per data folder, the integrity check at start, backups
and restores, .recours archives, and the banner for risky data folders."""
