"""Answer sheets that mark themselves: printing (layout, Typst) and marking scans (OMR)."""
