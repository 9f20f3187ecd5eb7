"""A small escaping HTML builder: text is escaped unless it is already ``Markup``.

Reports are built from elements, never by pasting strings, so no article text can open a
tag or an attribute: ``el("p", article_text)`` is safe whatever the article says.
"""

from __future__ import annotations

from collections.abc import Iterable

from framediff.render.escape import escape_html

_VOID = frozenset({"meta", "br", "hr", "img", "link", "col", "wbr"})


class Markup(str):
    """HTML that is trusted as it is (built by ``el`` or written in this package)."""

    __slots__ = ()


Child = str | Markup | None | Iterable["Child"]


def _render(child: Child) -> str:
    if child is None:
        return ""
    if isinstance(child, Markup):
        return str(child)
    if isinstance(child, str):
        return escape_html(child)
    return "".join(_render(c) for c in child)


def el(tag: str, *children: Child, **attributes: str | bool | None) -> Markup:
    """An element; ``class_`` gives ``class``, ``data_x`` gives ``data-x``."""
    rendered_attributes = []
    for name, value in attributes.items():
        if value is None or value is False:
            continue
        html_name = name.rstrip("_").replace("_", "-")
        if value is True:
            rendered_attributes.append(f" {html_name}")
        else:
            rendered_attributes.append(f' {html_name}="{escape_html(str(value))}"')
    opening = f"<{tag}{''.join(rendered_attributes)}>"
    if tag in _VOID:
        return Markup(opening)
    return Markup(f"{opening}{_render(children)}</{tag}>")


def fragment(*children: Child) -> Markup:
    return Markup(_render(children))
