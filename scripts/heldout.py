#!/usr/bin/env python3
"""Score actorgraph on the project's held-out annotations.

Usage: scripts/heldout.py [--set heldout|heldout2|heldout3|heldout4|heldout5|dev|dev2|webdev|webheld] [--shared ../shared] [--bin bin/actorgraph] [--keep DIR]

The annotations (extract/testdata/heldout, see the README there) name, for
each of 29 articles of ../shared/data (14 BBC, 15 Reuters-21578), every
person, state and organisation the article names, with its type and the
forms that name it (actors.tsv), and the positions the article reports, with
speaker, polarity, targets and the span of an evidence snippet
(statements.tsv). The articles themselves are not in the repository: this
script writes them from ../shared/data into a temporary folder (title, blank
line, body; one .txt file per article), runs `actorgraph extract --json`,
`build` and `actors --json` on them, turns the annotations into a gold file
of the reference scorer's schema (each evidence snippet read from the
article at its span), and runs ../shared/eval/score_extract.py on it: once
on all articles, then on each collection. --set dev scores the development
set (extract/testdata/dev, same format) and --set dev2 the second one
(extract/testdata/dev2), the ones to look at while changing the extractor; the held-out sets are for measuring: --set heldout2
(extract/testdata/heldout2) is one no rule was written from; --set heldout3 (extract/testdata/heldout3) was read in the stop that
made the fourth set, and --set heldout4 (extract/testdata/heldout4, made in the stop after the third set's; its lists printed once at
the end of that stop) in the nineteenth session (its README says so); --set heldout5 (extract/testdata/heldout5, made in the stop after
heldout4's) was drawn and annotated while rules were being written from the development sets, and only its figures were printed.
--set webdev and --set webheld score the news pages of 2019 in ../shared/data/html (political
and business news of twelve outlets and a CNN weather story): the article is the page's headline (its
og:title, else its <title>, without a " | site" suffix), a blank line and the page's hand-extracted
body (NN-name.expected.txt); webdev (6 pages) is read while changing the extractor, webheld (7 pages)
is for figures only (extract/testdata/webdev/README.md says how they were made).
"""

import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import OrderedDict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TESTDATA = os.path.join(REPO, "extract", "testdata")


def read_annotations(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            if len(fields) != len(header):
                sys.exit(f"{path}:{n}: {len(fields)} fields, want {len(header)}")
            rows.append(dict(zip(header, fields)))
    return rows


def article_id(doc):
    # "politics-012" -> "politics/012", "reuters-2001" -> "reuters/2001",
    # "html-04-bbc-assange-sweden" -> "html/04-bbc-assange-sweden"
    coll, _, num = doc.partition("-")
    return f"{coll}/{num}"


class _Title(HTMLParser):
    """The og:title of a page, else the text of its first <title>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.og, self.title, self._in, self._buf = None, None, False, ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property") == "og:title" and self.og is None:
            self.og = a.get("content")
        if tag == "title" and self.title is None:
            self._in = True

    def handle_endtag(self, tag):
        if tag == "title" and self._in:
            self._in, self.title = False, self._buf

    def handle_data(self, data):
        if self._in:
            self._buf += data


def load_page(shared, name):
    """A news page of ../shared/data/html as an article: its headline and
    its hand-extracted body."""
    base = os.path.join(shared, "data", "html", name)
    p = _Title()
    with open(base + ".html", encoding="utf-8") as f:
        p.feed(f.read())
    title = re.split(r"\s+\|\s+", html.unescape((p.og or p.title or "").strip()))[0].strip()
    with open(base + ".expected.txt", encoding="utf-8") as f:
        return {"id": "html/" + name, "title": title, "text": f.read()}


def load_articles(shared, ids):
    out = {}
    for i in ids:
        if i.startswith("html/"):
            out[i] = load_page(shared, i[len("html/"):])
    for rel in ("data/bbc/bbc.jsonl", "data/reuters21578/reuters.jsonl"):
        with open(os.path.join(shared, rel), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in ids:
                    out[d["id"]] = d
    missing = sorted(set(ids) - set(out))
    if missing:
        sys.exit(f"articles not found in {shared}/data: {missing}")
    return out


def add_statements(gold, rows, arts, continuations):
    """Adds the annotated statements rows to the documents of gold; the
    evidence is the article's text at the row's span (code points). Rows of
    kind "c" (a sentence that only goes on with a quotation or a position
    an earlier row of the same speaker introduced) count only with
    continuations set."""
    docs = {d["file"][:-4]: d for d in gold["documents"]}
    for r in rows:
        if r["kind"] == "c" and not continuations:
            continue
        d = docs.get(r["doc"])
        if d is None:
            sys.exit(f"statement of {r['doc']}, which has no annotated actors")
        a = arts[article_id(r["doc"])]
        text = a["title"] + "\n\n" + a["text"]
        targets = [] if r["targets"] == "-" else r["targets"].split("|")
        d["statements"].append({"speaker": r["speaker"], "polarity": int(r["polarity"]), "targets": targets,
                                "evidence": text[int(r["start"]):int(r["end"])]})


def gold_of(rows):
    registry = OrderedDict()
    docs = OrderedDict()
    for r in rows:
        name, typ = r["name"], r["type"]
        forms = [x for x in r["forms"].split("|") if x]
        a = registry.setdefault(name, {"type": typ, "forms": []})
        if a["type"] != typ:
            print(f"note: {name} is typed {a['type']} and {typ}; the first is kept", file=sys.stderr)
        for x in forms:
            if x not in a["forms"]:
                a["forms"].append(x)
        d = docs.setdefault(r["doc"], {"file": r["doc"] + ".txt", "actors": [], "statements": []})
        d["actors"].append({"name": name, "required": r["required"] == "y"})
    return {"schema": "actorgraph-gold/1", "about": "held-out actor annotations", "actors": registry,
            "not_actors": [], "documents": list(docs.values())}


def main(argv):
    opts = {"--shared": os.path.join(REPO, "..", "shared"), "--bin": os.path.join(REPO, "bin", "actorgraph"),
            "--keep": None, "--set": "heldout"}
    i = 0
    while i < len(argv):
        if argv[i] in opts and i + 1 < len(argv):
            opts[argv[i]] = argv[i + 1]
            i += 2
        else:
            sys.exit(__doc__)
    shared, binp, keep = opts["--shared"], opts["--bin"], opts["--keep"]
    if opts["--set"] not in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "dev", "dev2", "webdev", "webheld"):
        sys.exit(__doc__)
    folder = os.path.join(TESTDATA, opts["--set"])
    gold = gold_of(read_annotations(os.path.join(folder, "actors.tsv")))
    ids = [article_id(d["file"][:-4]) for d in gold["documents"]]
    arts = load_articles(shared, ids)
    statements = read_annotations(os.path.join(folder, "statements.tsv"))
    work = keep or tempfile.mkdtemp(prefix="heldout-")
    texts = os.path.join(work, "articles")
    os.makedirs(texts, exist_ok=True)
    for d in gold["documents"]:
        a = arts[article_id(d["file"][:-4])]
        with open(os.path.join(texts, d["file"]), "w", encoding="utf-8") as f:
            f.write(a["title"] + "\n\n" + a["text"])
    pred, graph, actors = (os.path.join(work, x) for x in ("pred.jsonl", "graph.json", "actors.json"))
    with open(pred, "w") as f:
        subprocess.run([binp, "extract", "--json", texts], stdout=f, check=True)
    subprocess.run([binp, "build", texts, "-o", graph, "-q"], check=True)
    with open(actors, "w") as f:
        subprocess.run([binp, "actors", "-g", graph, "--json"], stdout=f, check=True)
    score = os.path.join(shared, "eval", "score_extract.py")
    whole = json.loads(json.dumps(gold))
    add_statements(gold, statements, arts, False)
    add_statements(whole, statements, arts, True)
    subsets = [("all", gold["documents"])]
    colls = {"reuters" if d["file"].startswith("reuters-") else "html" if d["file"].startswith("html-") else "bbc"
             for d in gold["documents"]}
    if len(colls) > 1:
        for coll in ("bbc", "reuters"):
            subsets.append((coll, [d for d in gold["documents"] if d["file"].startswith("reuters-") == (coll == "reuters")]))
    # The reference gold (../shared/eval) gives a quotation that runs over
    # several sentences one statement; the annotations also mark each
    # further sentence (kind "c"). The first three runs leave those out,
    # the last one counts them.
    subsets.append(("all, every sentence of a quotation a statement", whole["documents"]))
    for label, docs in subsets:
        names = {a["name"] for d in docs for a in d["actors"]}
        g = dict(gold, documents=docs, actors=OrderedDict((n, v) for n, v in gold["actors"].items() if n in names))
        path = os.path.join(work, f"gold-{label.split(',')[0]}{'-every' if ',' in label else ''}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        print(f"== {label}: {len(docs)} articles, {sum(len(d['actors']) for d in docs)} annotated actors, "
              f"{sum(len(d['statements']) for d in docs)} statements")
        out = subprocess.run([sys.executable, score, path, pred, "--graph", actors], capture_output=True, text=True)
        print(out.stdout, end="")
    if keep is None:
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main(sys.argv[1:])
