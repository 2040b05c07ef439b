"""Form fields shared by the dialogs: a party picker, a date typed as people say it."""
