"""Storage: engine and sessions, pragmas, migrations, backups and the change log."""
