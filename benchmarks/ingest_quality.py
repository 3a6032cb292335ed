"""Body precision, recall and F1 of newsread's HTML ingest beside plain trafilatura, on the
hand-written pages of ``tests/data/pages/`` (each ``NAME.html`` with its gold body ``NAME.txt``;
the conventions are in that folder's README.md).

Scoring follows the public article-extraction benchmarks: each text is a bag of lowercase
``\\w+`` tokens; the overlap of two bags counts each token min(extracted, gold) times. Scores
are printed per page, then overall twice: micro-averaged (token counts summed over all pages)
and the mean of the per-page scores. Last come the pages where newsread scores below
trafilatura and, per system, the gold paragraphs it loses (a paragraph is lost when its
token sequence, without an ordered list's number, is not a run of the extracted text's
tokens). newsread's text is ``article_from_html(html).text`` with
the headline block removed (its first paragraph, when it equals the title); trafilatura's is
``trafilatura.extract(html)`` with default settings (no headline in it).

    .venv/bin/python benchmarks/ingest_quality.py [--pages DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from tui.errors import NewsreadError
from tui.ingest.html import article_from_html

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"^\d+\. ")


@dataclass
class Overlap:
    """Token counts of one comparison: extracted, gold, and shared (multiset intersection)."""

    extracted: int = 0
    gold: int = 0
    shared: int = 0

    def __iadd__(self, other: Overlap) -> Overlap:
        self.extracted += other.extracted
        self.gold += other.gold
        self.shared += other.shared
        return self

    @property
    def precision(self) -> float:
        return self.shared / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.shared / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(extracted: str, gold: str) -> Overlap:
    """The bag-of-tokens overlap of ``extracted`` with ``gold`` (lowercase ``\\w+`` tokens)."""
    mine, ref = Counter(_WORD.findall(extracted.lower())), Counter(_WORD.findall(gold.lower()))
    return Overlap(sum(mine.values()), sum(ref.values()), sum((mine & ref).values()))


def lost_paragraphs(extracted: str, gold: str) -> list[str]:
    """The paragraphs of ``gold`` whose token sequence (without a leading list number
    "1. ") is not a run of ``extracted``'s."""
    text = " " + " ".join(_WORD.findall(extracted.lower())) + " "
    return [para for para in gold.split("\n\n") if para.strip() and " " + " ".join(
        _WORD.findall(_NUMBER.sub("", para.lower()))) + " " not in text]


def newsread_body(html: str) -> str:
    """newsread's reading text without its headline block; "" when it finds no article."""
    try:
        article = article_from_html(html)
    except NewsreadError:
        return ""
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    if paragraphs and article.title and paragraphs[0].strip() == article.title.strip():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def trafilatura_body(html: str) -> str:
    """Plain ``trafilatura.extract`` with its default settings; "" when it finds nothing."""
    return trafilatura.extract(html) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    args = parser.parse_args()
    systems: dict[str, Callable[[str], str]] = {
        "newsread": newsread_body, "trafilatura": trafilatura_body}
    pages = sorted(args.pages.glob("*.html"))
    totals = {name: Overlap() for name in systems}
    means = {name: [0.0, 0.0, 0.0] for name in systems}
    worse: list[str] = []
    lost: dict[str, list[str]] = {name: [] for name in systems}
    print(f"{'page':34} {'newsread P/R/F1':>20} {'trafilatura P/R/F1':>20}")
    for page in pages:
        html = page.read_text(encoding="utf-8")
        gold = page.with_suffix(".txt").read_text(encoding="utf-8")
        row = {}
        for name, extract in systems.items():
            extracted = extract(html)
            score = overlap(extracted, gold)
            lost[name] += [f"{page.stem}: {para[:50]}" for para in lost_paragraphs(extracted, gold)]
            row[name] = score
            totals[name] += score
            for i, value in enumerate((score.precision, score.recall, score.f1)):
                means[name][i] += value / len(pages)
        cells = [f"{s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}" for s in row.values()]
        print(f"{page.stem:34} {cells[0]:>20} {cells[1]:>20}")
        if row["newsread"].f1 < row["trafilatura"].f1:
            worse.append(f"{page.stem} ({row['newsread'].f1:.3f} < {row['trafilatura'].f1:.3f})")
    print(f"\n{len(pages)} pages")
    for name in systems:
        t, (p, r, f) = totals[name], means[name]
        print(f"{name:12} micro P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}"
              f" | mean per page P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("newsread worse than trafilatura on: " + (", ".join(worse) or "none"))
    for name, paragraphs in lost.items():
        print(f"{name} loses {len(paragraphs)} gold paragraphs" + "".join(
            f"\n  {para}" for para in paragraphs))


if __name__ == "__main__":
    main()
