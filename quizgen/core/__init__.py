"""The pure domain core: deck format, validation and card generation. No UI or export imports."""
