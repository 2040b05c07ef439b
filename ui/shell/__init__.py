"""The application and its main window: start-up, the toolbar and search, the menus' dialogs
(settings, about) and Edit › Delete following the focus."""
