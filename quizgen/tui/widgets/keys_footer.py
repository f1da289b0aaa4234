"""Textual's Footer, with its keys kept from one set of bindings to the next.

Textual's Footer rebuilds all its keys (removes them, mounts new ones, styles each one) after every
`refresh_bindings()`; the review screen asks for one at each phase and each focus change, so an
answer cost several rebuilds, half of the app's work per answer. This one builds each distinct
key once, and then only shows, hides and orders the keys it has (`display` and `move_child`,
which restyle nothing): nothing is mounted after the first few answers. Same keys, same look.
Keys in binding groups, and the command palette key, which this app does not use, fall back to
Footer's own rebuild.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not exported by textual.widgets; Footer builds these

#: What a key on screen is built from: key, key as shown, description, action, enabled, tooltip.
KeyId = tuple[str, str, str, str, bool, str]


class KeysFooter(Footer):
    """A Footer that reuses its keys (hidden when not bound) instead of rebuilding them."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: Every key built so far, shown or hidden.
        self._keys: dict[KeyId, FooterKey] = {}
        #: The keys shown, in order; None before the first update.
        self._shown: tuple[KeyId, ...] | None = None

    def _plain_keys(self) -> list[tuple[KeyId, Binding]] | None:
        """The keys Footer.compose would show, in order (one per action); None if it would build
        more than plain keys (a binding group, the command palette key)."""
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            return None
        # `_bindings_ready` is Footer's own flag: it shows no keys until the bindings are known.
        if not self._bindings_ready:
            return []
        keys: dict[str, tuple[KeyId, Binding]] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if not binding.show:
                continue
            if binding.group is not None:
                return None
            key_id = (binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                      enabled, tooltip)
            keys.setdefault(binding.action, (key_id, binding))
        return list(keys.values())

    async def recompose(self) -> None:
        """Show the keys of the current bindings (Footer.bindings_changed calls this)."""
        if not self.is_attached:
            return
        wanted = self._plain_keys()
        if wanted is None:
            self._keys.clear()
            self._shown = None
            await super().recompose()
            return
        shown = tuple(key_id for key_id, _ in wanted)
        if shown == self._shown:
            return
        if self._shown is None:  # the first update, or one after Footer's own rebuild: start afresh
            await self.query_children("*").exclude(".-textual-system").remove()
        self._shown = shown
        new_keys = []
        for key_id, binding in wanted:
            if key_id not in self._keys:
                key, key_display, description, action, enabled, tooltip = key_id
                footer_key = FooterKey(key, key_display, description, action, disabled=not enabled, tooltip=tooltip)
                self._keys[key_id] = footer_key.data_bind(compact=Footer.compact)
                new_keys.append(footer_key)
        if new_keys:
            await self.mount_all(new_keys)
        for key_id, footer_key in self._keys.items():
            footer_key.display = key_id in shown
        in_order = [self._keys[key_id] for key_id in shown]
        if [child for child in self.children if child in in_order] != in_order:
            for before, footer_key in zip(in_order, in_order[1:]):
                self.move_child(footer_key, after=before)
