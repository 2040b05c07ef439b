"""Evidence in the window: the evidence tab and its form, files and emails imported one at a
time (dropped or chosen), previews, opening a file, and the background reading of its text."""
