"""Cases in the window: the list and the dashboard, a case's detail with its summary over tabs
(`case_tab.py` documents the tab protocol), the case editor and a party's details."""
