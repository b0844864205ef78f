from __future__ import annotations

import gzip
import io
import json
import re
import sys
from pathlib import Path

import pytest

from spinscope.document import ArticleInput
from spinscope.errors import InputTooLarge, UnreadablePath, UnsupportedInput
from spinscope.ingest.clean import find_dateline, make_document, split_title, strip_chrome
from spinscope.ingest.readers import IngestFailure, decode_bytes, iter_paths, read_file, read_stdin

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"

HTML_PAGE = """<!DOCTYPE html><html><head><title>Ministry warns of border threat</title>
<meta name="author" content="Jana Novak"><meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2026-03-04"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Ministry warns of border threat</h1>
<p>The foreign ministry said on Tuesday that any incursion across the border would be met with a response.</p>
<p>Officials did not say what form the response would take, but analysts expect further sanctions.</p>
<p>The statement followed a week of rising tension in the region and several meetings of the cabinet.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("text", "title", "body_start"),
    [
        ("Headline here\n\nBody starts.\nMore.", "Headline here", "Body starts."),
        ("Headline\n   \nBody.", "Headline", "Body."),
        ("MOSCOW: lead paragraph.\nSecond paragraph.", None, "MOSCOW: lead"),
        ("Single line only", None, "Single line only"),
        ("x" * 300 + "\n\nnext paragraph", None, "x" * 10),
    ],
)
def test_clean_split_title(text, title, body_start):
    found, body = split_title(text)
    assert found == title
    assert body.startswith(body_start)


def test_clean_strips_trailing_chrome_and_records_it():
    text = "Para one.\nPara two mentions Comments in passing.\nAdd comment\nComments  26\nShare this article\n"
    cleaned, removed = strip_chrome(text)
    assert cleaned == "Para one.\nPara two mentions Comments in passing."
    assert removed == ["Add comment", "Comments  26", "Share this article"]


def test_clean_removes_cookie_notice_anywhere():
    text = "We use cookies to improve your experience. Accept?\nReal paragraph."
    cleaned, removed = strip_chrome(text)
    assert cleaned == "Real paragraph." and len(removed) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [("MOSCOW: The visit.", "MOSCOW"), ("KYIV, March 3 - Talks.", "KYIV"),
     ("WASHINGTON (Reuters) - Officials.", "WASHINGTON"), ("The visit of MOSCOW: no.", None)],
)
def test_clean_dateline(text, place):
    assert find_dateline(text) == place


def test_clean_make_document_normalizes_newlines_and_controls():
    doc = make_document(ArticleInput(text="Title\r\n\r\nBody\x00 text.\r\nAdd comment"))
    assert doc.meta.title == "Title"
    assert doc.text == "Title\n\nBody text."
    assert doc.removed == ["Add comment"]


@pytest.mark.parametrize(("line", "removed"), [
    ("Follow Anna Berg on Twitter @annaberg_news", True),
    ("Follow the reporter on Instagram", True),
    ("Follow the money on Twitter, the senator told the committee, and you will find the donors.", False),
    ("Investors follow the central bank on interest rates.", False),
])
def test_clean_author_promotion_lines_are_boilerplate(line, removed):
    doc = make_document(ArticleInput(text=f"The council met on Monday.\n\n{line}\n\nThe vote was close."))
    assert (line in doc.removed) is removed
    assert (line in doc.text) is not removed


def test_clean_text_file_keeps_its_headline_as_first_paragraph():
    """A text file's first line is the title and stays in the text, so spans over the headline are offsets into the
    text; a dateline is read from the body, a title with no body is not doubled into the text."""
    doc = make_document(ArticleInput(text="Minister says talks will resume\n\nKYIV, March 3 - The minister spoke."))
    assert doc.meta.title == "Minister says talks will resume"
    assert doc.text.startswith("Minister says talks will resume\n\nKYIV, March 3")
    assert doc.title_in_text and doc.separate_title == ""
    assert doc.place == "KYIV"
    alone = make_document(ArticleInput(text="Only a headline\n\n"))
    assert alone.meta.title == "Only a headline" and alone.text == "" and alone.separate_title == "Only a headline"
    given = make_document(ArticleInput(text="The body.", title="Given title", input_format="jsonl"))
    assert given.text == "The body." and given.separate_title == "Given title"


def test_readers_plain_text(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.", encoding="utf-8")
    item = only(read_file(path))
    assert isinstance(item, ArticleInput) and item.source == str(path) and item.input_format == "text"


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "utf-16"])
def test_readers_detect_encoding(tmp_path: Path, encoding: str):
    text = ("Минск и Москва заявили о сотрудничестве в области энергетики и торговли. " * 4
            if encoding == "cp1251" else "Les élèves ont été très déçus par la réforme annoncée à Genève. " * 4)
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    item = only(read_file(path))
    assert isinstance(item, ArticleInput)
    assert item.text.strip() == text.strip()



@pytest.mark.parametrize(("text", "encoding"), [
    # Short Western texts in a legacy code page: the language identifier cannot tell cp1252 from a Czech or
    # Baltic reading, so the letters of names were changed silently ("naďve", "Săo Paulo").
    ("Critics said the naïve plan would cost €4 million – a sum they called “reckless”.", "cp1252"),
    ("The mayor’s aide, Inés Ibáñez, said the market in São Tomé reopened.", "cp1252"),
    ("Le porte-parole a dit que la grève était terminée.", "latin-1"),
    # Texts the identifier is sure of keep their own code page.
    ("Rzecznik powiedział, że ustawa będzie głosowana w przyszłym miesiącu. " * 3, "cp1250"),
    ("Представитель министерства сообщил, что соглашение будет подписано. " * 3, "cp1251"),
    ("Sözcü, anlaşmanın önümüzdeki ay imzalanacağını söyledi. " * 3, "cp1254"),
])
def test_decode_bytes_legacy_code_pages(text: str, encoding: str):
    assert decode_bytes(text.encode(encoding), source="t.txt") == text

@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("empty.txt", b"", UnsupportedInput, "empty file"),
        ("blank.txt", b"  \n\n ", UnsupportedInput, "empty file"),
        ("image.txt", PNG, UnsupportedInput, "binary file"),
        ("nul.txt", b"abc\x00\x01\x02def" * 10, UnsupportedInput, "binary file"),
        ("nav.html", b"<html><body><nav>Home</nav></body></html>", UnsupportedInput, "no extractable"),
    ],
)
def test_readers_bad_input_named(tmp_path: Path, name, content, error, reason):
    path = tmp_path / name
    path.write_bytes(content)
    item = only(read_file(path))
    assert isinstance(item, IngestFailure)
    assert isinstance(item.error, error)
    assert reason in item.message and str(path) in item.message


@pytest.mark.parametrize(
    "opening",
    ["BMW AG said on Tuesday", "BMC INDUSTRIES INC <BMC> SEES LOSS", "RIFFS IN THE COALITION",
     "ID3 Systems Inc said", "MZM Holdings said", "OggSound Ltd said", "GIF8 units were shipped"],
)
def test_readers_text_starting_like_a_signature_is_text(tmp_path: Path, opening: str):
    # A wire title can open with the letters of a binary format's signature ("BM" is a bitmap's): still an article.
    path = tmp_path / "story.txt"
    body = "The company reported a net loss of six mln dlrs for the quarter."
    path.write_text(f"{opening}\n\n{body}\n", encoding="utf-8")
    item = only(read_file(path))
    assert isinstance(item, ArticleInput), item
    assert item.text.startswith(opening)


@pytest.mark.parametrize(
    "header",
    [b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00(\x00", b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00",
     b"OggS\x00\x02\x00\x00\x00\x00", b"ID3\x03\x00\x00\x00\x00\x1fv", b"MZ\x90\x00\x03\x00\x00\x00",
     b"GIF89a\x01\x00\x01\x00\x80\x00\x00"],
)
def test_readers_letter_signatures_with_a_binary_header_are_binary(tmp_path: Path, header: bytes):
    path = tmp_path / "file.txt"
    path.write_bytes(header + b"Some readable words after the header. " * 3)
    item = only(read_file(path))
    assert isinstance(item, IngestFailure) and isinstance(item.error, UnsupportedInput)
    assert "binary file" in item.message and str(path) in item.message


def test_readers_size_limit(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    item = only(read_file(path, max_bytes=100))
    assert isinstance(item, IngestFailure) and isinstance(item.error, InputTooLarge)
    assert "over the limit of 100 bytes" in item.message


def test_readers_unreadable_path(tmp_path: Path):
    item = only(iter_paths([tmp_path / "missing.txt"]))
    assert isinstance(item, IngestFailure) and isinstance(item.error, UnreadablePath)
    assert "missing.txt" in item.message


def test_readers_html_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    item = only(read_file(path))
    assert isinstance(item, ArticleInput), item
    assert item.input_format == "html"
    assert "incursion across the border" in item.text
    assert "Home | World" not in item.text and "Subscribe" not in item.text
    assert item.title == "Ministry warns of border threat"
    assert item.author == "Jana Novak"
    assert item.published == "2026-03-04"


def test_readers_jsonl_names_bad_line(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "First article text.", "title": "One", "outlet": "Example", "id": "a1"}),
        "{not json",
        json.dumps({"html": HTML_PAGE, "url": "https://example.org/a"}),
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == [
        "ArticleInput", "IngestFailure", "ArticleInput", "IngestFailure", "IngestFailure"]
    assert items[0].title == "One" and items[0].outlet == "Example" and items[0].id == "a1"
    assert items[1].source == f"{path}:2" and "invalid JSON on line 2" in items[1].message
    assert items[2].url == "https://example.org/a" and items[2].input_format == "html"
    assert "no non-empty 'text' or 'html'" in items[3].message



def test_readers_jsonl_field_names_of_news_scrapers(tmp_path: Path):
    path = tmp_path / "scraped.jsonl"
    lines = [
        # news-please: maintext, date_publish, source_domain and a list of authors
        json.dumps({"maintext": "The council said the bridge would reopen in May.", "title": "Bridge",
                    "date_publish": "2026-03-02 10:00:00", "source_domain": "example.org",
                    "authors": ["Ann Lee", "Bo Chan"]}),
        # a dataset export: headline and body
        json.dumps({"headline": "Port", "body": "Dock workers said the strike would go on."}),
        json.dumps({"content": "Officials said prices rose.", "text": "  "}),
        # the field's own name wins over an alias
        json.dumps({"text": "Own text.", "body": "Alias text.", "title": "Own", "headline": "Alias"}),
        json.dumps({"summary": "Only a summary."}),
        # an empty list of authors, a date object and a nested "article" record are not the fields' values
        json.dumps({"maintext": "The port said ships were waiting.", "authors": [], "date": {"$date": 1},
                    "article": {"id": 3}}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == [
        "ArticleInput", "ArticleInput", "ArticleInput", "ArticleInput", "IngestFailure", "ArticleInput"]
    first, second, third, fourth = items[:4]
    assert first.text.startswith("The council said") and first.title == "Bridge"
    assert first.author == "Ann Lee, Bo Chan" and first.outlet == "example.org"
    assert first.published is not None and first.published.startswith("2026-03-02")
    assert second.title == "Port" and second.text.startswith("Dock workers")
    assert third.text == "Officials said prices rose."
    assert fourth.text == "Own text." and fourth.title == "Own"
    assert "'maintext'" in items[4].message and "'body'" in items[4].message
    last = items[5]
    assert last.text == "The port said ships were waiting." and last.author is None and last.published is None

def test_readers_gzipped_jsonl(tmp_path: Path):
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "A gzipped article."}\n'))
    item = only(read_file(path))
    assert isinstance(item, ArticleInput) and item.text == "A gzipped article."


def test_readers_directory_is_recursive(tmp_path: Path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Article A.")
    (tmp_path / "sub" / "deeper" / "b.txt").write_text("Article B.")
    (tmp_path / ".hidden").write_text("not an article")
    items = list(iter_paths([tmp_path]))
    assert sorted(i.text for i in items) == ["Article A.", "Article B."]


def test_readers_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"Headline\n\nFrom standard input."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    item = only(read_stdin())
    assert isinstance(item, ArticleInput) and item.source == "-" and "standard input" in item.text


def test_readers_stdin_jsonl(monkeypatch):
    data = b'{"text": "one"}\n{"text": "two"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert [i.text for i in read_stdin()] == ["one", "two"]


@pytest.mark.parametrize(("raw", "clean", "kinds"), [
    ("plain text", "plain text", {}),
    ("war \ud800 over", "war \ufffd over", {"lone surrogate": 1}),
    ("a\x00b\x00", "ab", {"NUL": 2}),
    ("bell\x07 esc\x1b[31m c1\x85 del\x7f", "bell esc[31m c1 del", {"control character": 4}),
    ("tab\tnewline\ncr\r", "tab\tnewline\ncr\r", {}),
])
def test_sanitize_replaces_surrogates_and_removes_controls(raw: str, clean: str, kinds: dict[str, int]):
    from spinscope.ingest.sanitize import sanitize

    value, counts = sanitize(raw)
    assert value == clean and dict(counts) == kinds
    value.encode("utf-8")  # always encodable


def test_readers_gzipped_text_within_the_limit(tmp_path: Path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Title\n\nThe ministry said the border was calm on Tuesday."))
    item = only(read_file(path, max_bytes=1000))
    assert isinstance(item, ArticleInput) and item.text.startswith("Title") and item.digest


def test_readers_stdin_jsonl_is_streamed_with_the_per_line_limit():
    lines = [json.dumps({"text": f"Article {i} about the grain deal and the port."}) for i in range(3)]
    lines.insert(1, json.dumps({"text": "x" * 5000}))
    stream = io.BytesIO("\n".join(lines).encode() + b"\n")
    items = list(read_stdin(max_bytes=1000, stream=stream))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "IngestFailure", "ArticleInput", "ArticleInput"]
    assert items[1].source == "-:2" and isinstance(items[1].error, InputTooLarge)
    assert len({i.digest for i in items}) == 4


def test_readers_digest_is_content_not_path(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("The ministry said the border was calm on Tuesday.")
    first = only(read_file(path))
    path.write_text("The ministry said the border was closed on Wednesday.")
    second = only(read_file(path))
    assert first.digest != second.digest
    path.write_text("The ministry said the border was calm on Tuesday.")
    assert only(read_file(path)).digest == first.digest
# --- boilerplate anywhere in the text (issue 16): removed, kept in `removed`, prose untouched ---------------

NEWS_WITH_FURNITURE = """The city council voted on Tuesday to close two branch libraries by the end of the year.

Most read in News
PENSIONER, 81, FOUND SAFE AFTER NIGHT IN WOODS
Council tax to rise by 5 per cent in April

Subscribe to our daily newsletter for the latest local headlines.

The local paper, which lost 3,000 subscribers last year, said it would share the cost of a legal challenge.
Share this article
Facebook Twitter WhatsApp Email
Join our Telegram channel for breaking news
Visit our online shop for exclusive offers
This vote is a disgrace to the whole city. pic.twitter.com/Xy12Ab
\u2014 Jane Q. Public (@janeqpublic) March 3, 2026
READ MORE: Library campaigners plan a march on the town hall
Shares in the contractor fell 4 percent after the vote, and campaigners urged residents to follow the debate online.
A post shared by Save Our Libraries (@saveourlibs) on Mar 3, 2026 at 4:10pm PST
Follow us on Facebook and X
The mayor said the savings would fund the bus service."""


def test_clean_removes_boilerplate_anywhere_and_keeps_it_in_order():
    cleaned, removed = strip_chrome(NEWS_WITH_FURNITURE)
    assert removed == [
        "Most read in News", "PENSIONER, 81, FOUND SAFE AFTER NIGHT IN WOODS",
        "Council tax to rise by 5 per cent in April",
        "Subscribe to our daily newsletter for the latest local headlines.", "Share this article",
        "Facebook Twitter WhatsApp Email", "Join our Telegram channel for breaking news",
        "Visit our online shop for exclusive offers",
        "This vote is a disgrace to the whole city. pic.twitter.com/Xy12Ab",
        "\u2014 Jane Q. Public (@janeqpublic) March 3, 2026",
        "READ MORE: Library campaigners plan a march on the town hall",
        "A post shared by Save Our Libraries (@saveourlibs) on Mar 3, 2026 at 4:10pm PST",
        "Follow us on Facebook and X",
    ]
    # every article sentence survives, including those that mention subscribers, sharing and following
    assert cleaned.split("\n") == [
        "The city council voted on Tuesday to close two branch libraries by the end of the year.", "",
        "The local paper, which lost 3,000 subscribers last year, said it would share the cost of a legal challenge.",
        "Shares in the contractor fell 4 percent after the vote, and campaigners urged residents to follow the debate "
        "online.",
        "The mayor said the savings would fund the bus service.",
    ]


def test_clean_removes_a_reader_poll_and_its_form_but_not_the_questions_of_the_story():
    text = ("The council denied the claim on Monday.\n"
            "take our poll - story continues below\n"
            "Should the council be dissolved? Should the council be dissolved?\n"
            "Should the council be dissolved? * Yes, it should. No, it should not.\n"
            "Email *\n"
            "Phone This field is for validation purposes and should be left unchanged. Completing this poll grants "
            "you access to Daily Bugle updates free of charge. You may opt out at anytime. You also agree to this "
            "site's Privacy Policy and Terms of Use.\n"
            "Who pays for the new hall? Nobody on the council would say.\n"
            "The vote is due in May.")
    cleaned, removed = strip_chrome(text)
    assert len(removed) == 5 and removed[0] == "take our poll - story continues below"
    assert cleaned.split("\n") == ["The council denied the claim on Monday.",
                                   "Who pays for the new hall? Nobody on the council would say.",
                                   "The vote is due in May."]


def test_clean_removes_a_reader_poll_whose_answers_stand_on_a_line_of_their_own():
    # the answers (here names) on their own line, led by the form's "*": they came out as actors of the article
    text = ("The mayor opened the bridge on Sunday.\n"
            "take our poll - story continues below\n"
            "Who should chair the harbour board?\n"
            "* Ann Lowe Ben Ortiz Carla Stein\n"
            "Email *\n"
            "The bridge cost 40 million dollars.")
    cleaned, removed = strip_chrome(text)
    assert "* Ann Lowe Ben Ortiz Carla Stein" in removed
    assert cleaned.split("\n") == ["The mayor opened the bridge on Sunday.", "The bridge cost 40 million dollars."]


@pytest.mark.parametrize(
    "line",
    [
        "The campaign e-mail ended: \u201cTake our official poll now.\u201d",
        "Take our word for it: the poll was rigged, the senator said.",
        "Subscribers to the service rose by a fifth in 2025, the company said.",
        "Share prices in Asia fell sharply on Monday.",
        "Buy now, pay later lenders will face new rules from June, the regulator said.",
        "The newsletter was founded in 1990 by two former editors of the paper.",
        "A video shared by the ministry showed soldiers crossing the river.",
        "Most read in the region were reports of the flood, the editor told staff.",
        "Related charges were dropped in 2019.",
        "Follow the money, the prosecutor told the jury.",
        "Click the link in the survey, the minister told voters, and you will see the figures.",
        "The site www.example.org published the leaked memo on Friday.",
    ],
)
def test_clean_keeps_prose_that_looks_like_boilerplate(line):
    text = f"First paragraph of the story.\n{line}\nLast paragraph of the story."
    cleaned, removed = strip_chrome(text)
    assert removed == [] and line in cleaned


def blanks_cut(text: str) -> str:
    """The text as cleaning cut it before round 35: without the spaces that blank a removal before a line break."""
    return re.sub(r" +\n", "\n", text)


def test_clean_boilerplate_through_make_document():
    doc = make_document(ArticleInput(text="Border reopens\n\nThe border reopened on Monday.\n\nMost read in World\n"
                                          "Sign up to our free newsletter\nTraffic was light, officials said."))
    # (round 35: the removed lines are blanked in place, so the text is the cut one with spaces before a line break)
    assert blanks_cut(doc.text) == \
        "Border reopens\n\nThe border reopened on Monday.\n\nTraffic was light, officials said."
    assert doc.text.index("Traffic") == doc.meta.text.index("Traffic")
    assert doc.removed == ["Most read in World", "Sign up to our free newsletter"]


@pytest.mark.parametrize("line", [
    "https://www.example.com/2023/12/some-story/",
    "Source: https://www.example.com/2023/12/some-story/",
    "www.example.org/report",
    '"United We Stand" Click Here To Create Your Personal Account Today, Be Sure To Invite Your Friends.',
    "Click here to listen to this interview.",
])
def test_clean_lone_links_and_click_here_lines_are_boilerplate(line):
    doc = make_document(ArticleInput(text=f"The council met on Monday.\n\n{line}\n\nThe vote was close."))
    assert doc.removed == [line]
    assert blanks_cut(doc.text) == "The council met on Monday.\n\nThe vote was close."
    assert doc.text.index("The vote") == doc.meta.text.index("The vote")


def test_clean_headline_repeated_as_first_paragraph_is_read_once():
    """Scraped text often repeats its headline: the copy is removed (and kept in `removed`), so its quotes and
    techniques are not counted twice; a first paragraph that only starts like the title stays."""
    title = "Summit Takes Aim at Farmers, Says Rancher"
    doc = make_document(ArticleInput(text=f"{title} \n\n  summit takes aim at  farmers, says rancher\n\nBody text."))
    assert doc.meta.title == title and doc.title_in_text
    assert blanks_cut(doc.text) == f"{title}\n\nBody text."
    assert doc.text.index("Body") == doc.meta.text.index("Body")
    assert doc.removed == ["summit takes aim at  farmers, says rancher"]
    longer = make_document(ArticleInput(text=f"{title}\n\n{title}, and more in the lead.\n\nBody text."))
    assert longer.text == f"{title}\n\n{title}, and more in the lead.\n\nBody text." and longer.removed == []
    only = make_document(ArticleInput(text=f"{title}\n\n{title}"))
    assert only.text == f"{title}\n\n{title}" and only.removed == [] and only.title_in_text


def test_clean_a_video_players_caption_and_playlist_is_boilerplate() -> None:
    # the caption line a news site's embedded player leaves in scraped text: the clip's title twice, its length
    caption = ("JUST WATCHED Minister lays out the new budget Replay More Videos ... MUST WATCH Minister lays out "
               "the new budget 02:41")
    text, removed = strip_chrome(f"The budget passed on Monday.\n\n{caption}\n\nIt takes effect in May.")
    assert removed == [caption]
    assert text == "The budget passed on Monday.\n\nIt takes effect in May."
    # a sentence about watching a video is prose
    prose = "Viewers must watch the full 12:30 broadcast to see the minister's answer, the station said."
    assert strip_chrome(prose)[0] == prose


WRAPPED = (
    "Council approves budget\n\n"
    "The city council voted on Tuesday to approve a budget that raises\n"
    "spending on schools by four percent, the mayor said in a statement\n"
    "released after the meeting. According to the city's own budget office,\n"
    "the plan will cost about 12 million dollars over two years.\n\n"
    "Critics said the plan was rushed. \"We were given two days to read a\n"
    "document of three hundred pages,\" said councillor Ann Berg, who voted\n"
    "against it.\n"
)


def test_hard_wrapped_lines_are_joined_into_their_paragraphs_at_the_same_offsets():
    from spinscope.ingest.clean import unwrap_hard_lines

    text, joined = unwrap_hard_lines(WRAPPED)
    assert joined == 5 and len(text) == len(WRAPPED)
    assert "raises spending on schools" in text and "budget office, the plan will cost" in text
    assert "Council approves budget\n\nThe city council" in text  # the title and the blank lines stay


def test_one_paragraph_a_line_is_no_hard_wrapping():
    from spinscope.ingest.clean import unwrap_hard_lines

    text = "\n".join(["A short headline"] + [f"Paragraph {i} " + "word " * (20 + 17 * i) for i in range(6)])
    assert unwrap_hard_lines(text) == (text, 0)


def test_a_hard_wrapped_article_is_analysed_whole_and_says_so():
    from spinscope import analyze

    result = analyze(WRAPPED, components=["language.v1", "segment.v1", "attributions.v1"])
    assert any(w.code == "W011" for w in result.errors)
    contents = [WRAPPED[a.content.start:a.content.end] for a in result.attributions if a.content is not None]
    assert any(c.startswith("We were given two days to read a") and c.endswith("three hundred pages")
               for c in contents), contents


def test_a_list_of_headlines_of_one_width_stays_a_list():
    from spinscope.ingest.clean import unwrap_hard_lines

    headlines = "\n".join([
        "Parliament approves the new budget after a long night of debate",
        "Storm leaves thousands without power across the northern region",
        "Central bank holds interest rates steady for the third month",
        "Protesters gather outside the ministry over delayed pension payments",
        "Football club names former captain as its new head coach today",
        "Train drivers announce a two-day strike over pay and conditions",
    ])
    assert unwrap_hard_lines(headlines) == (headlines, 0)
