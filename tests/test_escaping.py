"""A file or folder name, and any plan text, is text, never Markdown (issue 21): no link, image, autolink or HTML
forms from it on any page, and no URL inside plan text becomes a link. Every address here is on loopback."""
from __future__ import annotations

import re

import pytest

from app.ui.text import md_escape, md_highlight
from tests.apptest import open_app
from tests.handmade import update, write_warehouse

LINK = "[Log in again](http://127.0.0.2/x)"
IMAGE = "![p](http://127.0.0.2/p.png)"
HOSTILE = [LINK, IMAGE, "<http://127.0.0.2/auto>", "http://127.0.0.2/bare", "www.localhost/w",
           '<img src="http://127.0.0.2/i.png">', "[ref]: http://127.0.0.2/r", "[x][ref]", ":material/lock: :red[alert]",
           "$\\href{http://127.0.0.2/l}{m}$", "**bold** _it_ `code` ~~gone~~ # heading", "a\nb\\"]
TEXT = "Stalking training " + " ".join(HOSTILE)
FOLDER = f"{LINK}/{IMAGE}"  # a raw folder named like a link, inside one named like an image


def links_in(markup: str) -> list[str]:
    """Link, image, autolink or HTML markup that Markdown (CommonMark with GitHub's autolinks, as Streamlit
    renders it) would form from `markup`: what is left once every backslash-escaped character is taken out."""
    bare = re.sub(r"\\[!-/:-@\[-`{-~]", "", markup)
    return re.findall(r"\]\(|!\[|\]\[|\]:|<\s*/?\s*[A-Za-z]|https?:/|www\.|\\href|:[a-z]+\[|:material/", bare)


# ---------------------------------------------------------------------------------------------- the helper

@pytest.mark.parametrize("text", HOSTILE + [FOLDER + "/kent.csv", TEXT])
def test_md_escape_leaves_no_markup_and_keeps_every_character(text):
    escaped = md_escape(text)
    assert links_in(escaped) == []
    assert re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped).replace("  \n", "\n") == text  # shown as written


def test_the_checker_sees_markup_that_is_not_escaped():
    for text in HOSTILE[:8]:
        assert links_in(text), text


def test_highlighted_plan_text_is_escaped_too():
    shown = md_highlight(TEXT, ["training", "log"])
    assert shown.count(":orange-background[") == 2
    assert links_in(re.sub(r":orange-background\[([^\]]*)\]", r"\1", shown)) == []


# ---------------------------------------------------------------------------------------------- every page

@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hostile_names")
    rows = [update("kent", "7.1", "in_progress", text=TEXT, owner=LINK, round_=f"March 2025 {LINK}"),
            update("kent", "7.2", "complete", text=f"Done. {IMAGE}"),
            update("essex", "7.1", "complete", text=f"Stalking clinic {IMAGE}", owner=IMAGE)]
    for row in rows:  # every file sits in the hostile folders
        row["source_file"] = f"{FOLDER}/{row['source_file']}"
    write_warehouse(directory, rows)
    return directory


def shown_markdown(at) -> list[str]:
    """Every string a page hands to Streamlit as Markdown: bodies, labels and help of every element (tables and
    charts carry data, not Markdown, and are left out)."""
    found: list[str] = []

    def walk(node):
        for child in getattr(node, "children", {}).values():
            kind = getattr(child, "type", "")
            proto = getattr(child, "proto", None)
            if proto is not None and kind not in ("dataframe", "bidi_component", "arrow_data_frame"):
                for field in ("body", "label", "help", "caption"):
                    value = getattr(proto, field, None)
                    if isinstance(value, str) and value:
                        found.append(value)
            walk(child)

    walk(at._tree)
    return found


@pytest.mark.parametrize("page, params", [
    ("pages/search.py", {"q": "stalking"}), ("pages/search.py", {"q": "log in again"}),
    ("pages/force.py", {"lead_force": "Kent Police"}), ("pages/force.py", {"lead_force": "Essex Police"}),
    ("pages/overview.py", {}), ("pages/explore.py", {}), ("pages/overdue.py", {}), ("pages/recommendations.py", {}),
    ("pages/quality.py", {}), ("pages/map.py", {})])
def test_no_page_draws_a_link_or_image_from_a_name_or_plan_text(hostile_dir, monkeypatch, page, params):
    at = open_app(monkeypatch, hostile_dir, page, **params)
    assert not at.exception, at.exception
    shown = shown_markdown(at)
    assert shown  # the page drew something
    offending = {text: links_in(text) for text in shown if "127.0.0.2" in text or "localhost/w" in text}
    assert not {text: found for text, found in offending.items() if found}


def test_the_search_page_shows_a_hostile_folder_name_as_text(hostile_dir, monkeypatch):
    at = open_app(monkeypatch, hostile_dir, "pages/search.py", q="stalking")
    captions = [c.value for c in at.caption if "row 2" in c.value]
    assert captions and all(md_escape(FOLDER) in c for c in captions)
    matches = [m.value for m in at.markdown if "Stalking" in m.value]
    assert matches and all(links_in(m) == [] for m in matches)
