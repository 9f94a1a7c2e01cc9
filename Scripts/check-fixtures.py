#!/usr/bin/env python3
"""Lint the extraction fixtures and, optionally, score an extractor against them.

Usage:
    python3 Fixtures/check_fixtures.py                 # lint every fixture
    python3 Fixtures/check_fixtures.py --run PITH      # also run `PITH extract` on each page
    python3 Fixtures/check_fixtures.py --run PITH slug # only the named fixtures

Lint (no extractor needed), per `Fixtures/pages/<slug>/`:
  - fixture.json has description, url, with, without; expected.txt exists unless
    "expect_no_article" is true; expected.txt ends with one newline, has no trailing spaces,
    no runs of blank lines, no leading blank line;
  - every `with` snippet is in expected.txt and in the page's visible text (whitespace-normalised);
  - every `without` snippet is in the page's visible text, in an alt/title/value/placeholder
    attribute, or in the text glued across block boundaries (a wrong rendering of a minified
    page); otherwise it tests nothing. It must not be in expected.txt;
  - every line of expected.txt (list markers and ` | ` cell separators aside) occurs in the
    page's visible text, so the expected output cannot drift from the page.

With --run: prints, per fixture, the `with` snippets missing from the extractor's text output,
the `without` snippets it kept, whether the output equals expected.txt, a 4-gram shingle F1, and
metadata keys (title, authors, published, ...) whose JSON output differs from fixture.json.
Standard library only.
"""
import html.parser
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "Fixtures" / "pages"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


class Visible(html.parser.HTMLParser):
    """All text of the page except script/style/template; block tags separate words."""

    SKIP = {"script", "style", "template"}
    BLOCK = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "aside", "header", "footer", "nav", "pre", "blockquote",
             "figcaption", "figure", "ul", "ol", "dd", "dt", "option", "form", "main", "noscript",
             "table", "button", "label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.attrs, self.glued = [], 0, [], []
        self.linked_data, self.in_linked_data = [], False

    def handle_starttag(self, tag, attrs):
        self.attrs.extend(v for k, v in attrs if k in ("alt", "title", "value", "placeholder") and v)
        if tag == "script" and dict(attrs).get("type", "").lower() == "application/ld+json":
            self.in_linked_data = True
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_linked_data = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_linked_data:
            self.linked_data.append(data)
        if not self.skip:
            self.parts.append(data)
            self.glued.append(data)


def page_text(path: Path, charset: str, attributes: bool = False, glued: bool = False) -> str:
    """The page's text; with `attributes`, its alt/title/value/placeholder texts instead; with
    `glued`, its text nodes joined with no separator at block boundaries (what a careless
    extractor of a minified page produces)."""
    raw = path.read_bytes()
    v = Visible()
    v.feed(raw.decode(charset, errors="replace"))
    if attributes:
        return "\n".join(v.attrs)
    return "".join(v.glued if glued else v.parts) + "\n" + "\n".join(article_bodies(v.linked_data))


def article_bodies(scripts: list) -> list:
    """JSON-LD `articleBody` values: text the extractor may use when the page shows a teaser."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "articleBody" and isinstance(value, str):
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for script in scripts:
        try:
            walk(json.loads(script))
        except ValueError:
            pass
    return found


def page_charset(fx: dict, path: Path) -> str:
    if fx.get("charset"):
        return fx["charset"]
    data = path.read_bytes()
    head = data[:2048].decode("ascii", errors="replace")
    m = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    if m:
        label = m.group(1).lower()
    else:
        try:
            data.decode("utf-8")
            label = "utf-8"
        except UnicodeDecodeError:
            label = "cp1252"  # what browsers fall back to
    # Labels as browsers map them (WHATWG), in Python codec names.
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
            "gb2312": "gbk", "shift_jis": "cp932", "euc-kr": "cp949",
            "ks_c_5601-1987": "cp949"}.get(label, label)


def shingles(text: str, n: int = 4) -> Counter:
    toks = re.findall(r"\w+", text.lower())
    return Counter(tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1)))


def f1(out: str, gold: str) -> float:
    a, b = shingles(out), shingles(gold)
    if not a and not b:
        return 1.0
    tp = sum((a & b).values())
    p = tp / max(1, sum(a.values()))
    r = tp / max(1, sum(b.values()))
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def rendered_in(snippet: str, vis: str) -> bool:
    """Whether a snippet of rendered text comes from the page: list markers and ` | ` cell
    separators are renderer output, so each line is stripped of them and each cell looked up."""
    for line in snippet.split("\n"):
        line = re.sub(r"^\s*(- |\d+\. )", "", line)
        for cell in line.split(" | "):
            c = norm(cell)
            if c and c not in vis:
                return False
    return True


def lint(d: Path) -> list:
    problems = []
    try:
        fx = json.loads((d / "fixture.json").read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"fixture.json: {e}"]
    for key in ("description", "url", "with", "without"):
        if key not in fx:
            problems.append(f"fixture.json lacks {key}")
    page = d / "page.html"
    if not page.exists():
        return problems + ["no page.html"]
    vis = norm(page_text(page, page_charset(fx, page)))
    attr_text = norm(page_text(page, page_charset(fx, page), attributes=True))
    glued_text = norm(page_text(page, page_charset(fx, page), glued=True))
    no_article = fx.get("expect_no_article", False)
    exp_path = d / "expected.txt"
    expected = ""
    if no_article:
        if exp_path.exists():
            problems.append("expect_no_article but expected.txt exists")
    elif not exp_path.exists():
        problems.append("no expected.txt")
    else:
        expected = exp_path.read_text(encoding="utf-8")
        if not expected.endswith("\n") or expected.endswith("\n\n"):
            problems.append("expected.txt must end with exactly one newline")
        if expected.startswith("\n"):
            problems.append("expected.txt starts with a blank line")
        if "\n\n\n" in expected:
            problems.append("expected.txt has a run of blank lines")
        for i, line in enumerate(expected.split("\n"), 1):
            if line != line.rstrip():
                problems.append(f"expected.txt:{i} trailing whitespace")
        in_code = False
        for i, line in enumerate(expected.split("\n"), 1):
            s = line.strip()
            if not s:
                continue
            s = re.sub(r"^(- |\d+\. )", "", s)
            for cell in s.split(" | "):
                c = norm(cell)
                if c and c not in vis:
                    problems.append(f"expected.txt:{i} not in page text: {c[:70]!r}")
    nexp = norm(expected)
    for s in fx.get("with", []):
        if not no_article and norm(s) not in nexp:
            problems.append(f"with-snippet not in expected.txt: {s!r}")
        if not rendered_in(s, vis):
            problems.append(f"with-snippet not in page text: {s!r}")
    for s in fx.get("without", []):
        if norm(s) in nexp:
            problems.append(f"without-snippet is in expected.txt: {s!r}")
        if norm(s) not in vis and norm(s) not in attr_text and norm(s) not in glued_text:
            problems.append(f"without-snippet not in page text or attributes (tests nothing): {s!r}")
    return problems


def run(d: Path, pith: str) -> str:
    fx = json.loads((d / "fixture.json").read_text(encoding="utf-8"))
    cmd = [pith, "extract", "--url", fx["url"], str(d / "page.html")]
    res = subprocess.run(cmd, capture_output=True, text=True)
    out = res.stdout
    nout = norm(out)
    missing = [s for s in fx.get("with", []) if norm(s) not in nout]
    kept = [s for s in fx.get("without", []) if norm(s) in nout]
    lines = []
    if fx.get("expect_no_article"):
        verdict = "PASS" if not out.strip() else f"FAIL (gave {len(out)} chars, exit {res.returncode})"
        lines.append(f"{d.name}: {verdict}")
    else:
        expected = (d / "expected.txt").read_text(encoding="utf-8")
        exact = out == expected
        ok = not missing and not kept
        lines.append(f"{d.name}: {'PASS' if ok else 'FAIL'} snippets, "
                     f"{'exact' if exact else 'differs'}, F1 {f1(out, expected):.3f}")
    meta_cmd = [pith, "extract", "--format", "json", "--url", fx["url"], str(d / "page.html")]
    try:
        meta = json.loads(subprocess.run(meta_cmd, capture_output=True, text=True).stdout or "{}")
    except json.JSONDecodeError:
        meta = {}
    for key in ("title", "authors", "published", "modified", "site_name", "language"):
        if key in fx and meta.get(key) != fx[key]:
            lines.append(f"    {key}: got {meta.get(key)!r}, want {fx[key]!r}")
    for s in missing:
        lines.append(f"    with missing: {s!r}")
    for s in kept:
        lines.append(f"    without kept: {s!r}")
    return "\n".join(lines)


def main(argv):
    pith = None
    if len(argv) >= 2 and argv[0] == "--run":
        pith, argv = argv[1], argv[2:]
    dirs = sorted(p for p in ROOT.iterdir() if p.is_dir())
    if argv:
        dirs = [d for d in dirs if d.name in argv]
    bad = 0
    for d in dirs:
        problems = lint(d)
        if problems:
            bad += 1
            print(f"{d.name}: LINT")
            for p in problems:
                print(f"    {p}")
        if pith:
            print(run(d, pith))
    print(f"{len(dirs)} fixtures, {bad} with lint problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
