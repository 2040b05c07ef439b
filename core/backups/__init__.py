"""Backups of the case record and getting a damaged one back.

`catalog` names, lists, checks and rotates the backup files; `making` writes them with
SQLite's backup API (daily, before a schema migration, on request); `restore` checks the
database at start-up and puts a good backup back; `lock` tells whether a desktop window
holds the data folder. docs/backups.md explains the choices.
"""
