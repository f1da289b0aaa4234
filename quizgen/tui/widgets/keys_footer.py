"""Textual's Footer, redrawn only when the keys it shows change.

Textual's Footer rebuilds all its keys (removes them, mounts new ones, styles each) after every
`refresh_bindings()`, and a focus change or a phase change of the review screen asks for one: up
to six rebuilds per answer, most of them drawing the same keys again. This one compares what it
would show with what it shows, and keeps its keys when nothing changed.
"""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """A Footer (same look, same keys) that rebuilds its keys only when they change."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: What the keys on screen were built from; None until the first build.
        self._shown: tuple[object, ...] | None = None

    def _keys_to_show(self) -> tuple[object, ...]:
        """Everything Footer.compose reads: the shown bindings in order, and its own options.

        `_bindings_ready` is Footer's own flag (it shows no keys until the screen's bindings are known).
        """
        app = self.app
        keys = tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action, binding.group,
             enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self._bindings_ready, self.compact, self.show_command_palette, self.combine_groups

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self._keys_to_show()
        if shown == self._shown:
            return
        self._shown = shown
        await super().recompose()
