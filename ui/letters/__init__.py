"""Letters in the desktop app: the composer with its live preview, and the register of letters
sent with their reply deadlines."""
