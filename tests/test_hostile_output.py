"""Issue 14, items 1–7: every place that prints text from outside (a file, a page, a feed, an
import, a server's answer) is fed the sequences that would drive a terminal — ESC with CSI 2J,
OSC 52 (clipboard), OSC 8 (link), OSC 0/2 (title), C1 controls, bidi overrides — and what
reaches stdout, stderr or the screen must hold none of them (``tui.oneline.CONTROL_RE``).

Screens are read from Textual's compositor, which is what the driver writes to the terminal;
``tests/test_e2e_hostile.py`` checks a real terminal in tmux.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from reader_articles import seed_article
from seed_analysis import frozen_seed_analysis
from tui.analysis_model import Analysis
from tui.app import NewsreadApp
from tui.cli import main
from tui.config import Config
from tui.ingest.feeds import parse_feed
from tui.model import Article
from tui.oneline import CONTROL_RE, clip, dumps, inert, line
from tui.screens.annotate import AnnotateDialog
from tui.screens.feed import FeedScreen
from tui.screens.library import LibraryScreen, RemoveDialog
from tui.store.anchoring import annotation_on
from tui.store.database import Store
from web_server import WebServer, web  # noqa: F401 (web is a fixture)

pytestmark = pytest.mark.anyio

# One of each: CSI 2J (clear), OSC 52 (clipboard), OSC 8 (link), OSC 0 and 2 (title), C1 CSI,
# C1 OSC and ST, DEL, and the bidi override and isolates.
EVIL = ("<\x1b[2J\x1b]52;c;aGk=\x07\x1b]8;;http://x.test/\x1b\\ln\x1b]8;;\x1b\\"
        "\x1b]0;T0\x07\x1b]2;T2\x07\x9b2J\x9d0;T\x9c\x7f\u202eRLO\u2066LRI\u2067\u2068\u2069>")
NAME = EVIL.replace("/", "_")  # the same, as a file name


def clean(text: str) -> bool:
    """No character a terminal would obey, and the payload visibly there."""
    return CONTROL_RE.search(text) is None


def screen_text(app: NewsreadApp) -> str:
    """Every cell of the current screen, as the driver would write it (toasts included)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def settle(pilot) -> None:
    """Let the screen catch up: a toast is mounted a few messages after ``notify``."""
    for _ in range(3):
        await pilot.pause()


def check_screen(app: NewsreadApp, showing: str = "") -> None:
    """The screen shows ``showing`` and holds no control character."""
    text = screen_text(app)
    assert showing in text, text
    assert not [row for row in text.splitlines() if not clean(row)], text


# --- the sanitiser --------------------------------------------------------------------------


def test_inert_shows_every_control_one_character_for_one() -> None:
    shown = inert(EVIL)
    assert len(shown) == len(EVIL) and clean(shown)
    assert shown.startswith("<␛[2J␛]52;c;aGk=␇") and "\ufffdRLO\ufffdLRI" in shown
    assert inert("a\tb\nc") == "a b\nc"
    assert inert("marks \u200e\u200f stay") == "marks \u200e\u200f stay"  # LRM/RLM open no run


def test_line_clip_and_dumps() -> None:
    assert line("a\n\x1b[2Jb") == "a ␛[2Jb"
    assert clip("red\x1b[31m alert", 8) == "red␛[31…"
    data = {"text": EVIL}
    out = dumps(data, indent=2)
    assert clean(out) and json.loads(out) == data  # the JSON still holds the text exactly


# --- commands: stdout and stderr ------------------------------------------------------------


def evil_annotation_file(tmp_path: Path) -> Path:
    """An export naming an evil article, note, tags and id (the colour is mapped on import)."""
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "id": f"\x1b[2J{EVIL}", "created": "2026-01-02T03:04:05+00:00",
        "body": [{"type": "TextualBody", "value": f"note {EVIL}", "purpose": "commenting"},
                 {"type": "TextualBody", "value": f"tag{EVIL}", "purpose": "tagging"}],
        "target": {"source": "urn:newsread:abc", "styleClass": f"\x1b]52;c;aGk=\x07{EVIL}",
                   "selector": [{"type": "TextQuoteSelector", "exact": f"quote {EVIL}"}]},
        "newsread:title": f"title {EVIL}", "newsread:input": f"/tmp/{EVIL}.txt",
    }
    path = tmp_path / f"notes{NAME[:12]}.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    return path


def evil_article_file(tmp_path: Path) -> Path:
    path = tmp_path / f"story{NAME[:6]}.md"
    path.write_text(f"---\ntitle: {json.dumps('Title ' + EVIL)}\nsource: {json.dumps(EVIL)}\n---\n\n"
                    f"Ada Quill said the {EVIL} ferry would run on Monday.\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_error_lines_naming_an_evil_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "analyze", str(tmp_path / f"{NAME}.txt"))
    assert status == 2 and "no such file" in err and clean(err)
    status, out, err = run(capsys, "annotations", "import", str(tmp_path / f"{NAME}.jsonl"))
    assert status == 2 and clean(err)
    status, out, err = run(capsys, str(tmp_path / NAME))
    assert status == 2 and clean(err)


def test_annotation_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "annotations", "import", str(evil_annotation_file(tmp_path)))
    assert status == 0 and "1 added" in out and clean(out + err)
    for argv in (["annotations", "list"], ["annotations", "list", "--format", "json"],
                 ["annotations", "export"], ["annotations", "export", "--format", "jsonl"]):
        status, out, err = run(capsys, *argv)
        assert status == 0 and EVIL[:1] in out and clean(out + err), argv
    status, out, err = run(capsys, "annotations", "list")
    assert "␛]52;c;aGk=␇" in out  # the tag, shown, not obeyed
    [listed] = json.loads(run(capsys, "annotations", "list", "--format", "json")[1])
    assert listed["note"] == f"note {EVIL}" and listed["tags"] == [f"tag{EVIL}"]  # kept exactly
    assert listed["color"] == "yellow"  # an unknown colour is not stored as given
    status, out, err = run(capsys, "annotations", "export", "-o", str(tmp_path / f"out{NAME}.json"))
    assert status == 0 and clean(out + err)


def test_library_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = Article(text=f"Title {EVIL}\n\nThe ferry runs.", title=f"Title {EVIL}", source=EVIL,
                      published=EVIL, input=f"/tmp/{EVIL}")
    with Store.open() as store:
        store.save_article(article)
    for fmt in ("table", "json"):
        status, out, err = run(capsys, "library", "--list", "--format", fmt)
        assert status == 0 and "Title" in out and clean(out + err), fmt


def test_analyze_json_keeps_the_text_exact(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.commands import analyze

    def findings(articles: list[Article], model: str, use_cache: bool, jobs: int):  # the engine is not under test
        return iter([({"schema": "newsread/analysis@1", "engine": {"version": "x", "model": model},
                       "entities": [], "claims": [], "events": []}, []) for _ in articles])

    monkeypatch.setattr(analyze, "_outcomes", findings)
    path = evil_article_file(tmp_path)
    for fmt in ("json", "jsonl"):
        status, out, err = run(capsys, "analyze", "--no-cache", "--format", fmt, str(path))
        assert status == 0 and clean(out + err)
        assert json.loads(out)["article"]["title"] == f"Title {EVIL}"


def test_http_reason_phrase_and_content_type(web: WebServer, capsys: pytest.CaptureFixture[str]) -> None:
    def reason(h) -> None:
        h.send_response(404, f"Not{EVIL}Found")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def ctype(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/x\x85\x9b2J\x1b[2Jpdf")
        h.send_header("Content-Length", "4")
        h.end_headers()
        h.wfile.write(b"%PDF")

    web.routes.update({"/reason": reason, "/ctype": ctype})
    for path in ("/reason", "/ctype"):
        status, out, err = run(capsys, "analyze", web.url(path))
        assert status == 2 and err.startswith("newsread: ") and clean(err), err


def test_a_feed_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(f'<?xml version="1.0" encoding="x{EVIL}"?><rss><channel>'.encode())
    status, out, err = run(capsys, str(feed))
    assert status == 2 and clean(err), err


# --- screens: the reader, its panes and dialogs, the feed and library lists, toasts --------


def evil_analysis(article: Article) -> Analysis:
    """The seed's analysis with every shown word made evil (offsets still the seed's)."""
    def spoil(node):
        if isinstance(node, dict):
            return {k: (v + EVIL if k in ("text", "name", "lemma") and isinstance(v, str) else spoil(v))
                    for k, v in node.items()}
        if isinstance(node, list):
            return [spoil(v) for v in node]
        return node

    analysis = Analysis.from_json(spoil(frozen_seed_analysis().to_json()))
    analysis.article = article
    return analysis


async def test_the_reader_its_panes_notes_dialog_and_toasts() -> None:
    seed = seed_article()
    article = Article(text=seed.text + f"\n\nCoda {EVIL} end.\n", title=f"Title {EVIL}",
                      source=EVIL, published=EVIL, input=seed.input)
    article.notice = f"notice {EVIL}"
    with Store.open() as store:
        store.save_article(article)
        start = article.text.index("Coda")
        store.add_annotation(annotation_on(article, start, start + 20, note=f"note {EVIL}",
                                           tags=[f"tag{EVIL}"], color=f"\x1b]52;c;aGk=\x07{EVIL}"))
    app = NewsreadApp(article, Config(theme="textual-dark"))
    async with app.run_test(size=(130, 40), notifications=True) as pilot:
        await settle(pilot)
        app.screen.show_analysis(evil_analysis(article))
        await settle(pilot)
        check_screen(app, "notice")
        await pilot.press("G")
        await settle(pilot)
        check_screen(app, "Coda")
        for tab in ("events-pane", "entities-pane", "claims-pane", "notes-pane"):
            app.screen.query_one("TabbedContent").active = tab
            await settle(pilot)
            check_screen(app)
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("A")  # edit the note: the dialog quotes it and fills its fields
        await settle(pilot)
        assert isinstance(app.screen, AnnotateDialog)
        assert "note" in app.screen.query_one("#annotate-note", Input).value
        check_screen(app)
        await pilot.press("enter")  # saved as it was: shown inert, stored exactly
        await settle(pilot)
        with Store.open() as store:
            [saved] = store.all_annotations()
        assert (saved.note, saved.tags) == (f"note {EVIL}", [f"tag{EVIL}"])
        app.notify(f"told {EVIL}", title=EVIL)
        await settle(pilot)
        check_screen(app, "told")


ENTRY = (f"<item><title>Entry {EVIL}</title><description>summary {EVIL}</description>"
         f"<guid>g1</guid><content:encoded><![CDATA[<p>Full text {EVIL} here.</p>]]>"
         "</content:encoded></item>")
RSS = '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{}</title>{}</channel></rss>'


@pytest.mark.parametrize(("data", "shown"), [
    ('<?xml version="1.0"?>' + RSS.format(f"Feed {EVIL}", ENTRY), "Feed <␛[2J"),
    # item 4: the encoding name is quoted in the "malformed feed" warning (label and toast)
    ('<?xml version="1.0" encoding="x\x1b]52;c;aGk=\x07\x1b]2;T\x07"?>'
     + RSS.format("Feed", ENTRY.replace(EVIL, "")), "declared as x␛]52"),
], ids=["entries", "encoding"])
async def test_the_feed_screen_and_its_toasts(data: str, shown: str, tmp_path: Path) -> None:
    feed = parse_feed(data.encode(), str(tmp_path / "feed.xml"))
    app = NewsreadApp(feed, Config(theme="textual-dark"))
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, FeedScreen)
        check_screen(app, shown)
        await pilot.press("enter")  # "Opening “…”" toast
        await settle(pilot)
        check_screen(app)
        await app.workers.wait_for_complete()
        await settle(pilot)
        check_screen(app)


async def test_the_library_its_dialog_and_toasts(tmp_path: Path) -> None:
    article = Article(text=f"Title {EVIL}\n\nThe ferry runs.", title=f"Title {EVIL}", source=EVIL,
                      published=EVIL, input=str(tmp_path / NAME))
    with Store.open() as store:
        store.save_article(article)
    app = NewsreadApp(None, Config(theme="textual-dark"))
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        check_screen(app, "Title <␛[2J")
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, RemoveDialog)
        check_screen(app, "Remove “Title")
        await pilot.press("enter")  # "Removed “…”" toast
        await settle(pilot)
        check_screen(app, "Removed")

