#!/usr/bin/env python3
"""Builds the extraction dev corpus (one .tar.gz per set) from git clones of the public repositories it comes from.

Usage: python3 bench/corpus/build.py <clones> [<out>]
  <clones>  a folder holding a clone (or bare git directory) of each repository below, named like the repository
            (dragnet_data, html-cleaning-dataset-merged, newspaper, slasherrb, goose3, gofeed); files are read at the pinned
            commits, so the archives come out the same whatever the clones' checked-out state.
  <out>     where the archives go (default: this folder).

Every page set's archive holds, per page, <id>.html (the page's bytes as published in the set) and <id>.json with
what the set's own annotations say the article is, in one shape for all page sets:
  url      the page's address when the set gives it, else null
  text     the expected article body (token-level scoring), or null
  must     text segments that must appear in the extracted body
  mustNot  text segments that must not appear in it
A feed set (named feeds-*) holds <id>.feed and <id>.json with items (how many the reference reader reads) and titles.
How each set's annotations become these fields is written next to the set below and in README.md.
Standard library only; nothing is fetched from the network.
"""
import html
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tarfile

SETS = {}


def git_dir(clones, name):
    path = os.path.join(clones, name)
    dot_git = os.path.join(path, ".git")
    return dot_git if os.path.exists(dot_git) else path


def show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def listing(repo, commit, folder):
    out = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", f"{commit}:{folder}"], check=True, capture_output=True).stdout
    return sorted(out.decode().split())


def text_of(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def words(text):
    return " ".join(re.findall(r"\w+", text.lower()))


def page_set(name):
    def register(build):
        SETS[name] = build
        return build
    return register


class L3sBlocks(html.parser.HTMLParser):
    """Text blocks of an L3S-GN1 annotated page with their label: the innermost x-nc-selN span around the text, or
    None when no annotator selected it. Text in x-nc-invisible elements, scripts, styles and the head is skipped."""

    SKIP = {"script", "style", "noscript", "head", "title", "textarea"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, label or None, hidden)
        self.blocks = []  # [label, text]

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        label = next((c[len("x-nc-sel"):] for c in classes if c.startswith("x-nc-sel")), None)
        hidden = "x-nc-invisible" in classes or tag in self.SKIP
        self.stack.append((tag, label, hidden))
        if tag != "a" and tag != "span":
            self.blocks.append([None, ""])

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag != "a" and tag != "span":
            self.blocks.append([None, ""])

    def handle_data(self, data):
        if any(hidden for _, _, hidden in self.stack):
            return
        label = next((lab for _, lab, _ in reversed(self.stack) if lab is not None), "none")
        last = self.blocks[-1] if self.blocks else None
        if last is None or (last[0] is not None and last[0] != label):
            self.blocks.append([label, data])
        else:
            last[0] = label
            last[1] += data


@page_set("l3s-gn1")
def l3s_gn1(clones):
    """L3S-GN1 (Kohlschuetter et al., WSDM 2010): 621 English news pages from Google News, 2008, each text block
    labelled by assessors. text = the blocks labelled full text (x-nc-sel2); must = those of five words or more;
    mustNot = blocks of five words or more labelled not content, related content or comments (sel0, sel4, sel5) or
    left unselected, unless their words also occur in the full text. Headline (sel1) and supplemental text such as
    captions (sel3) are neither."""
    repo, commit = git_dir(clones, "html-cleaning-dataset-merged"), "46e01a04b47051838a228bf23631430b2c9de375"
    for name in listing(repo, commit, "page-signal-master/input"):
        if not name.endswith(".html"):
            continue
        page_id = name[:-len(".html")]
        parser = L3sBlocks()
        parser.feed(text_of(show(repo, commit, f"page-signal-master/GoldStandard/{page_id}.txt")))
        blocks = [(label, " ".join(text.split())) for label, text in parser.blocks if label is not None and text.strip()]
        full = [text for label, text in blocks if label == "2"]
        if not full:
            continue
        full_words = words(" ".join(full))
        must = [t for t in full if len(words(t).split()) >= 5]
        must_not = [t for label, t in blocks if label in ("0", "4", "5", "none") and len(words(t).split()) >= 5 and words(t) not in full_words]
        yield page_id, show(repo, commit, f"page-signal-master/input/{name}"), {"url": None, "text": "\n".join(full), "must": must, "mustNot": sorted(set(must_not), key=must_not.index)}


@page_set("dragnet")
def dragnet(clones):
    """Dragnet data (Moz, 2012): blog and news pages with hand-corrected article text. Every second page of the
    set's own test split (test.txt), for size. text = the corrected text before the set's comments marker. The HTML
    comes from a mirror of the set (its HTML archive in seomoz/dragnet_data is the same pages), the text from
    seomoz/dragnet_data itself."""
    texts_repo, texts_commit = git_dir(clones, "dragnet_data"), "95559bee8812387d8e2cca2e8090004319ab9602"
    pages_repo, pages_commit = git_dir(clones, "html-cleaning-dataset-merged"), "46e01a04b47051838a228bf23631430b2c9de375"
    with tarfile.open(fileobj=io.BytesIO(show(texts_repo, texts_commit, "dragnet_Corrected.tar.gz"))) as corrected:
        texts = {os.path.basename(m.name)[:-len(".html.corrected.txt")]: corrected.extractfile(m).read()
                 for m in corrected.getmembers() if m.isfile() and m.name.endswith(".html.corrected.txt")}
    available = set(n[:-len(".html")] for n in listing(pages_repo, pages_commit, "dragnet_data/input"))
    split = [line.strip() for line in text_of(show(texts_repo, texts_commit, "test.txt")).splitlines() if line.strip()]
    for page_id in [p for p in split if p in available and p in texts][::2]:
        article = text_of(texts[page_id]).split("!@#$%^&*()  COMMENTS")[0].strip()
        if len(article) < 200:
            continue
        yield page_id, show(pages_repo, pages_commit, f"dragnet_data/input/{page_id}.html"), {"url": None, "text": article, "must": [], "mustNot": []}


@page_set("newspaper")
def newspaper(clones):
    """newspaper's full-text fixtures (codelucas/newspaper tests/data): article pages of many English news and
    magazine sites, 2014-2018, with the full text the project's authors accepted; pages are named after the URL list
    (fulltext_url_list.txt) as its own test names them. Texts that are a note of what went wrong ("MISSED LAST
    PARAGRAPH", "EXTRACTED NOTHING") or shorter than 200 characters are left out."""
    repo, commit = git_dir(clones, "newspaper"), "1618b547f31c2d1fd19ae3b6afd8f7542dd02074"
    urls = [u.strip() for u in text_of(show(repo, commit, "tests/data/fulltext_url_list.txt")).splitlines() if u.strip()]
    counters = {}
    for url in urls:
        host = re.match(r"https?://([^/:?#]+)", url).group(1)
        # The fixtures are named as the set's own test names them: the last two labels of the host (three for
        # co.uk, com.au, au.com) and a running number per name.
        tail = ".".join(host.split(".")[-2:])
        domain = ".".join(host.split(".")[-3:]) if tail in ("co.uk", "com.au", "au.com") else tail
        counters[domain] = counters.get(domain, 0) + 1
        page_id = f"{domain}{counters[domain]}"
        try:
            page, text = show(repo, commit, f"tests/data/html/{page_id}.html"), text_of(show(repo, commit, f"tests/data/text/{page_id}.txt")).strip()
        except subprocess.CalledProcessError:
            continue
        first = text.splitlines()[0] if text else ""
        if len(text) < 200 or re.search(r"\b(MISS|MISSED|MISSES|EXTRACTED|EXTRACTS|FAILED)\b", first):
            continue
        yield page_id, page, {"url": url, "text": text, "must": [], "mustNot": []}


@page_set("cleanportaleval")
def cleanportaleval(clones):
    """CleanPortalEval (Endrédy and Novák, GoldMiner, Polibits 2013): 71 English news and blog pages, 2012-2013, of
    four portals (BBC News, WSJ Brussels blog, MSNBC TV, Washington Post blogs), several pages per site, with the
    article text marked by hand in CleanEval's format. text = the gold text without its URL line and its <h> <p> <l>
    markers, one paragraph per line; the first block is left out when it is a heading, since it is the article's
    title, which the extractor gives apart from the body."""
    repo, commit = git_dir(clones, "html-cleaning-dataset-merged"), "46e01a04b47051838a228bf23631430b2c9de375"
    for name in listing(repo, commit, "CleanPortalEval-master/input"):
        if not name.endswith(".html"):
            continue
        page_id = name[:-len(".html")]
        gold = text_of(show(repo, commit, f"CleanPortalEval-master/GoldStandard/{page_id}.txt"))
        url = re.search(r"^\s*URL:\s*(\S+)", gold)
        blocks = re.split(r"^\s*<([hpl])>", re.sub(r"^\s*URL:.*$", "", gold, count=1, flags=re.M), flags=re.M)
        paragraphs = [(blocks[i], " ".join(html.unescape(blocks[i + 1]).split())) for i in range(1, len(blocks) - 1, 2)]
        if paragraphs and paragraphs[0][0] == "h":
            paragraphs = paragraphs[1:]
        text = "\n".join(p for _, p in paragraphs if p)
        if len(text) < 200:
            continue
        yield page_id, show(repo, commit, f"CleanPortalEval-master/input/{name}"), {"url": url.group(1) if url else None, "text": text, "must": [], "mustNot": []}


@page_set("indonesian-slasher")
def indonesian_slasher(clones):
    """Indonesian news pages (Liputan6, Kompas, Detik, The Jakarta Post, Jakarta Globe, Merdeka, Okezone, Suara,
    Tribunnews, Viva), 2015, from the test cases of hafizbadrie/slasherrb, a Ruby extractor; text = each case's
    expectation file, the article body as its author wanted it."""
    repo, commit = git_dir(clones, "slasherrb"), "9f36a9713d1fe07755f1ea64eb481194b53d1d2c"
    for name in listing(repo, commit, "spec/cases"):
        if name.endswith(".html"):
            page_id = name[:-len(".html")]
            text = text_of(show(repo, commit, f"spec/cases/{page_id}_expectation.txt")).strip()
            yield page_id, show(repo, commit, f"spec/cases/{name}"), {"url": None, "text": text, "must": [], "mustNot": []}


@page_set("goose3-openings")
def goose3_openings(clones):
    """goose3's content fixtures (tests/data/content): pages of news sites in several languages, each with the text
    goose3's own tests expect the article to start with (cleaned_text: a few words on some pages, the whole text on
    others). must = its first twelve words, the article's opening; the set scores whether the article's start was
    found, not the whole body, since for most pages there is no whole body."""
    repo, commit = git_dir(clones, "goose3"), "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7"
    for name in listing(repo, commit, "tests/data/content"):
        if not name.endswith(".json"):
            continue
        page_id = name[:-len(".json")]
        if page_id == "test_pattern_config":
            continue  # its expected text depends on a content pattern configured in goose3's test, not on the page
        expected = json.loads(show(repo, commit, f"tests/data/content/{name}"))
        cleaned = (expected.get("expected") or {}).get("cleaned_text") or ""
        opening_words = list(re.finditer(r"\w+", cleaned))[:12]
        if len(opening_words) < 5:
            continue
        opening = cleaned[:opening_words[-1].end()]
        try:
            page = show(repo, commit, f"tests/data/content/{page_id}.html")
        except subprocess.CalledProcessError:
            continue
        yield page_id, page, {"url": expected.get("url"), "text": None, "must": [opening], "mustNot": []}


@page_set("feeds-gofeed")
def feeds_gofeed(clones):
    """gofeed's parser and translator test feeds (mmcdole/gofeed testdata): RSS 0.9x-2.0, RDF, Atom 0.3/1.0 and JSON
    Feed 1.0/1.1 cases, each with the JSON gofeed's own tests expect from it, so every one is a feed gofeed reads.
    Feeds are stored as <id>.feed (for this set the page field holds the feed); expected: items = the number of
    items or entries gofeed reads, titles = their titles."""
    repo, commit = git_dir(clones, "gofeed"), "e010ca02e0eb28daf544c0447fdd64e4e99d5c5e"
    for folder in ("parser/atom", "parser/rss", "parser/json", "translator/atom", "translator/rss", "translator/json"):
        names = listing(repo, commit, f"testdata/{folder}")
        for name in names:
            stem, ext = os.path.splitext(name)
            if ext not in (".xml", ".json") or stem.endswith("_expected") or (ext == ".xml") != (f"{stem}.json" in names):
                continue
            if ext == ".json" and f"{stem}_expected.json" not in names:
                continue
            expected = json.loads(show(repo, commit, f"testdata/{folder}/{stem}{'.json' if ext == '.xml' else '_expected.json'}"))
            items = expected.get("items") or expected.get("entries") or []
            titles = [item.get("title") for item in items]
            yield f"{folder.replace('/', '-')}-{stem}", show(repo, commit, f"testdata/{folder}/{name}"), {"url": None, "items": len(items), "titles": titles}


def write(out, name, pages):
    path = os.path.join(out, f"{name}.tar.gz")
    count = 0
    with tarfile.open(path, "w:gz", compresslevel=9, format=tarfile.PAX_FORMAT) as archive:
        for page_id, page, expected in pages:
            for suffix, data in ((".feed" if name.startswith("feeds-") else ".html", page), (".json", json.dumps(expected, ensure_ascii=False, indent=1).encode())):
                info = tarfile.TarInfo(f"{page_id}{suffix}")
                info.size, info.mtime, info.mode = len(data), 0, 0o644
                archive.addfile(info, io.BytesIO(data))
            count += 1
    print(f"{name}: {count} cases, {os.path.getsize(path) / 1e6:.1f} MB -> {path}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, build in SETS.items():
        write(out, name, build(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
