"""A footer of key bindings that builds each key once, then only shows, hides and orders the keys it has.

Textual's Footer rebuilds all its keys (removes them, mounts new ones, styles each one) after every
`refresh_bindings()`; the review screen asks for one at each phase and each focus change, so an
answer cost several rebuilds, half of the app's work per answer, and the keys changed a frame or
two after the card. This footer keeps every key it has built; when the bindings change it shows,
hides and orders them (`display` and `move_child`, which restyle nothing) at once, in the same frame
as the screen, and mounts only keys it has never shown. It looks as Textual's Footer does (the same
theme variables); binding groups, which this app does not use, show as plain keys.

Public Textual API only (checked against Textual 8.2.8): the screen's `bindings_updated_signal` and
`active_bindings`, `App.get_key_display`, `App.simulate_key`, and widgets of our own. Textual's
`FooterKey` is not exported by `textual.widgets`, so the keys are our own `FooterKey` too.
"""

from __future__ import annotations

from rich.text import Text
from textual.containers import ScrollableContainer
from textual.screen import Screen
from textual.widget import Widget

#: What a key on screen is built from: key, key as shown, description, action, enabled, tooltip.
KeyId = tuple[str, str, str, str, bool, str]


class FooterKey(Widget):
    """One key: the key as shown, then what it does; dim when its action is disabled."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description"}
    DEFAULT_CSS = """
    FooterKey {
        width: auto;
        height: 1;
        text-wrap: nowrap;
        background: $footer-item-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
            padding: 0 1;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
            padding: 0 1 0 0;
        }
        &:hover {
            pointer: pointer;
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        &.-disabled {
            text-style: dim;
        }
    }
    """

    def __init__(self, key_id: KeyId) -> None:
        key, key_display, description, action, enabled, tooltip = key_id
        super().__init__(classes="" if enabled else "-disabled")
        self.key_id = key_id
        self.key, self.key_display, self.description, self.action = key, key_display, description, action
        self.enabled = enabled
        self.set_reactive(Widget.shrink, False)
        if tooltip:
            self.tooltip = tooltip

    def render(self) -> Text:
        key_padding = self.get_component_styles("footer-key--key").padding
        key = (" " * key_padding.left + self.key_display + " " * key_padding.right,
               self.get_component_rich_style("footer-key--key"))
        if not self.description:
            text = Text.assemble((self.key_display, key[1]))
        else:
            padding = self.get_component_styles("footer-key--description").padding
            text = Text.assemble(key, (" " * padding.left + self.description + " " * padding.right,
                                       self.get_component_rich_style("footer-key--description")))
        text.stylize_before(self.rich_style)
        return text

    def on_mouse_down(self) -> None:
        if self.enabled:
            self.app.simulate_key(self.key)
        else:
            self.app.bell()


class KeysFooter(ScrollableContainer, can_focus=False, can_focus_children=False):
    """The keys of the screen's active bindings (one per action), each built once."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeysFooter {
        layout: horizontal;
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        scrollbar-size: 0 0;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: Every key built so far, shown or hidden.
        self._keys: dict[KeyId, FooterKey] = {}
        #: The keys shown, in order.
        self._shown: tuple[KeyId, ...] = ()
        self._building = False

    def _wanted(self) -> list[KeyId]:
        """The keys to show for the screen's bindings now, in order, one per action."""
        app = self.app
        keys: dict[str, KeyId] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                keys.setdefault(binding.action, (binding.key, app.get_key_display(binding), binding.description,
                                                 binding.action, enabled, tooltip))
        if app.ENABLE_COMMAND_PALETTE and (palette := self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)):
            _, binding, enabled, tooltip = palette
            keys.setdefault(binding.action, (binding.key, app.get_key_display(binding), binding.description,
                                             binding.action, enabled, tooltip or binding.description))
        return list(keys.values())

    def on_mount(self) -> None:
        # Called inside refresh_bindings() (immediate), so keys already built change in the same frame.
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed, immediate=True)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen or not self.is_attached or not screen.app.app_focus:
            return
        wanted = self._wanted()
        if all(key_id in self._keys for key_id in wanted):
            self._show(tuple(wanted))
        elif not self._building:
            self._building = True
            self.call_after_refresh(self._build)

    async def _build(self) -> None:
        """Mount the keys never built yet, then show the keys of the bindings of this moment."""
        try:
            if not self.is_attached:
                return
            new = [FooterKey(key_id) for key_id in self._wanted() if key_id not in self._keys]
            for footer_key in new:
                footer_key.display = False  # shown by _show, in order
                self._keys[footer_key.key_id] = footer_key
            if new:
                await self.mount_all(new)
        finally:
            self._building = False
        # The bindings may have changed while the keys were mounted: show the current ones.
        self._bindings_changed(self.screen)

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
