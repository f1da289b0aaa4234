"""Textual's Footer, with its keys kept from one set of bindings to the next.

Textual's Footer rebuilds all its keys (removes them, mounts new ones, styles each one) after every
`refresh_bindings()`; the review screen asks for one at each phase and each focus change, so an
answer cost several rebuilds, half of the app's work per answer, and the keys changed a frame or
two after the card. This one builds each distinct key once; then it only shows, hides and orders
the keys it has (`display` and `move_child`, which restyle nothing), at once, so the keys change in
the same frame as the screen. Same keys, same look. Keys in binding groups, and the command
palette key, which this app does not use, fall back to Footer's own rebuild.
"""

from __future__ import annotations

from textual.screen import Screen
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

    def _plain_keys(self) -> list[KeyId] | None:
        """The keys Footer.compose would show, in order (one per action); None if it would build
        more than plain keys (a binding group, the command palette key)."""
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            return None
        # `_bindings_ready` is Footer's own flag: it shows no keys until the bindings are known.
        if not self._bindings_ready:
            return []
        keys: dict[str, KeyId] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if not binding.show:
                continue
            if binding.group is not None:
                return None
            key_id = (binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                      enabled, tooltip)
            keys.setdefault(binding.action, key_id)
        return list(keys.values())

    def on_mount(self) -> None:
        # Footer.on_mount (run after this) subscribes `bindings_changed`, which Textual calls once
        # the footer's queued messages are handled; this callback runs at once, inside
        # refresh_bindings(), so the keys change in the same frame as the screen.
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed_now, immediate=True)

    def _bindings_changed_now(self, screen: Screen) -> None:
        if screen is self.screen and self.is_attached and screen.app.app_focus:
            self._show_built_keys()

    def bindings_changed(self, screen: Screen) -> None:
        """Footer's callback: nothing to do when the keys are all built and shown; otherwise
        Footer's way, `recompose` after the next refresh."""
        if screen is self.screen and self.is_attached and screen.app.app_focus and self._show_built_keys():
            return
        super().bindings_changed(screen)

    def _show_built_keys(self) -> bool:
        """Show the keys of the current bindings if every one is built; False if not."""
        if self._shown is None:
            return False
        wanted = self._plain_keys()
        if wanted is None or any(key_id not in self._keys for key_id in wanted):
            return False
        self._show(tuple(wanted))
        return True

    async def recompose(self) -> None:
        """Build the keys not built yet, and show the keys of the current bindings."""
        if not self.is_attached:
            return
        wanted = self._plain_keys()
        if wanted is None:
            self._keys.clear()
            self._shown = None
            await super().recompose()
            return
        if self._shown is None:  # the first update, or one after Footer's own rebuild: start afresh
            await self.query_children("*").exclude(".-textual-system").remove()
            self._shown = ()
        new_keys = []
        for key_id in wanted:
            if key_id not in self._keys:
                key, key_display, description, action, enabled, tooltip = key_id
                footer_key = FooterKey(key, key_display, description, action, disabled=not enabled, tooltip=tooltip)
                self._keys[key_id] = footer_key.data_bind(compact=Footer.compact)
                new_keys.append(footer_key)
        if new_keys:
            await self.mount_all(new_keys)
        # The bindings may have changed while the keys were mounted: show the current ones.
        if not self._show_built_keys():
            self.call_after_refresh(self.recompose)

    def _show(self, shown: tuple[KeyId, ...]) -> None:
        """Show these keys in this order and hide the others (all of them built)."""
        if shown == self._shown:
            return
        self._shown = shown
        for key_id, footer_key in self._keys.items():
            footer_key.display = key_id in shown
        in_order = [self._keys[key_id] for key_id in shown]
        if [child for child in self.children if child in in_order] != in_order:
            for before, footer_key in zip(in_order, in_order[1:]):
                self.move_child(footer_key, after=before)
