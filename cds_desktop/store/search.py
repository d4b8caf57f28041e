"""Full-text search over sentences, blind to case, diacritics and `Đ`/`Ð`/`đ`.

The query is folded the same way the indexed column was (`search_fold`), cut
into words, and every word is quoted before it reaches FTS5, so no user input
is ever read as FTS5 syntax: `"`, `AND`, `*`, `(` and `16,5%` are just text.
A piece holding several words (`16,5%`, `e-cabinet`) must match as a phrase.
Because folding keeps the length, positions found in the folded sentence are
positions in the shown text.
"""

from __future__ import annotations

import re
import sqlite3

from cds_desktop.extract.text import search_fold
from cds_desktop.store.rows import SearchHit

_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 240
MAX_PHRASES = 32
MAX_PIECES = 256
# Only the newest this many matching sentences are ranked (BM25). A rare term
# has fewer and is ranked whole; a term in every article (50,000 sentences at
# 10,000 articles) would cost about a second to rank whole, for a list the
# user reads the top of. Reading matches in rowid order costs nothing.
RANKED = 500


def fts_query(query: str) -> tuple[str, list[list[str]]]:
    """The FTS5 expression for a user's query and its phrases (lists of folded words).

    Repeated phrases count once, and only the first MAX_PHRASES (read from the
    first MAX_PIECES pieces) are used: a pasted page must not make one
    keystroke cost seconds.
    """
    phrases: list[list[str]] = []
    for piece in query.split()[:MAX_PIECES]:
        words = _WORD.findall(search_fold(piece))
        if words and words not in phrases:
            phrases.append(words[:MAX_PHRASES])
        if len(phrases) == MAX_PHRASES:
            break
    expression = " ".join('"' + " ".join(words) + '"' for words in phrases)
    return expression, phrases


def _spans(folded: str, phrases: list[list[str]]) -> list[tuple[int, int]]:
    spans = []
    for words in phrases:
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, folded)]
    return sorted(spans)


def search(conn: sqlite3.Connection, query: str, limit: int = 100) -> list[SearchHit]:
    expression, phrases = fts_query(query)
    if not phrases:
        return []
    rows = conn.execute(
        "SELECT s.article_id, a.title, s.start, s.end, s.text, s.folded"
        " FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ?"
        "       ORDER BY rowid DESC LIMIT ?) f"
        " JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id"
        " ORDER BY f.rank, s.article_id, s.start LIMIT ?",
        (expression, RANKED, limit),
    ).fetchall()
    hits = []
    for article_id, title, start, _end, text, folded in rows:
        spans = _spans(folded, phrases)
        cut = _snippet_start(text, spans)
        snippet = text[cut : cut + SNIPPET_CHARS]
        hits.append(
            SearchHit(
                article_id=article_id,
                article_title=title,
                sentence_start=start,
                sentence_end=start + len(text),
                snippet=snippet,
                snippet_highlights=tuple(
                    (s - cut, e - cut) for s, e in spans if s >= cut and e <= cut + len(snippet)
                ),
                hits=tuple((start + s, start + e) for s, e in spans),
            )
        )
    return hits


def _snippet_start(text: str, spans: list[tuple[int, int]]) -> int:
    """Where to cut a long sentence so its first hit shows with some lead-in."""
    if len(text) <= SNIPPET_CHARS or not spans:
        return 0
    first = spans[0][0]
    cut = max(0, min(first - SNIPPET_CHARS // 4, len(text) - SNIPPET_CHARS))
    space = text.rfind(" ", 0, cut + 1)
    return space + 1 if space > 0 and cut - space < 20 else cut
