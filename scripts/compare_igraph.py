#!/usr/bin/python3
"""Compare actorgraph's Louvain modularity with igraph's (issue 5).

Usage (igraph is installed for the system Python, so run it with that one):

    /usr/bin/python3 scripts/compare_igraph.py EDGELIST [--actorgraph COMM.json]
        [--seeds 1,2,3] [--resolution 1]

EDGELIST is the file given to `actorgraph import --format edgelist`; it is read
the way graph.ReadEdgeList reads it: fields split on blanks, tabs or commas,
'#' comments, double-quoted fields, an optional "source target [weight]"
header, NetworkX "{'weight': w}" dictionaries, a missing weight is 1, weights
rounded up to integers, self-loops dropped and repeated pairs (either
direction) summed. The result is an undirected weighted igraph Graph.

For each seed it seeds Python's random module, makes igraph use it
(igraph.set_random_number_generator(random)), runs
community_multilevel(weights="weight") and prints Q and CPU seconds, then the
median, min and max of Q.

COMM.json is the output of `actorgraph communities -g G.json --json` (with no
--top, so that every community is listed). Its "modularity" is printed as
actorgraph reported it, and the partition it lists is scored again with
igraph's Graph.modularity on the same weighted graph, so both Q values come
from one formula. The differences to igraph's median Q are printed.
"""

import argparse
import json
import math
import random
import re
import statistics
import sys
import time

import igraph

DICT_WEIGHT = re.compile(r"""['"]weight['"]\s*:\s*([^,}\s]+)""")
SEPS = " \t,\r\n"


def split_line(s):
    """Fields of one edge-list line and the rest after a '{' dictionary."""
    fields = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in SEPS:
            i += 1
        elif c == "#":
            return fields, ""
        elif c == "{" and len(fields) >= 2:
            return fields, s[i:]
        elif c == '"':
            j, f, closed = i + 1, [], False
            while j < n:
                if s[j] == '"':
                    if j + 1 < n and s[j + 1] == '"':
                        f.append('"')
                        j += 2
                        continue
                    closed = True
                    j += 1
                    break
                f.append(s[j])
                j += 1
            if not closed:
                raise ValueError("unterminated quote in column %d" % (i + 1))
            fields.append("".join(f))
            i = j
        else:
            j = i
            while j < n and s[j] not in SEPS and s[j] != "#":
                j += 1
            fields.append(s[i:j])
            i = j
    return fields, ""


def read_edgelist(path):
    """Returns (names, edges, weights) with edges summed as actorgraph does."""
    index = {}
    names = []
    acc = {}

    def node(name):
        v = index.get(name)
        if v is None:
            v = index[name] = len(names)
            names.append(name)
        return v

    weight_col = 2
    first = True
    with open(path, encoding="utf-8") as fh:
        for lineno, text in enumerate(fh, 1):
            if lineno == 1:
                text = text.lstrip("\ufeff")
            fields, rest = split_line(text)
            if not fields:
                continue
            if first:
                first = False
                if len(fields) >= 2 and fields[0].lower() == "source" and fields[1].lower() == "target":
                    weight_col = -1
                    for i, f in enumerate(fields):
                        if f.lower() == "weight":
                            weight_col = i
                    continue
            if len(fields) < 2:
                raise ValueError("%s:%d: one field" % (path, lineno))
            w = 1.0
            if weight_col == 2 and len(fields) > 3:
                raise ValueError("%s:%d: %d fields" % (path, lineno, len(fields)))
            if rest:
                m = DICT_WEIGHT.search(rest)
                if m:
                    w = float(m.group(1))
            elif 0 <= weight_col < len(fields):
                w = float(fields[weight_col])
            if not (w > 0) or math.isinf(w):
                raise ValueError("%s:%d: weight %r must be positive" % (path, lineno, w))
            iw = int(math.ceil(w))  # the graph stores integer weights, rounded up
            u, v = node(fields[0]), node(fields[1])  # nodes of self-loops exist too
            if u == v:
                continue  # self-loops are dropped
            key = (u, v) if u < v else (v, u)
            acc[key] = acc.get(key, 0) + iw
    edges = list(acc.keys())
    weights = [acc[e] for e in edges]
    return names, edges, weights


def membership_from_actorgraph(path, g):
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    index = {name: i for i, name in enumerate(g.vs["name"])}
    member = [-1] * g.vcount()
    for c in doc["communities"]:
        for name in c["members"]:
            member[index[name]] = c["id"]
    missing = sum(1 for m in member if m < 0)
    if missing:
        # actorgraph lists every actor; a missing one means --top was used
        # or the graphs differ.
        raise SystemExit("%s: %d of %d nodes in no community (run without --top)" % (path, missing, len(member)))
    # Communities ids are 1-based in actorgraph's output; igraph wants 0..k-1.
    ids = {c: i for i, c in enumerate(sorted(set(member)))}
    return doc, [ids[m] for m in member], doc.get("count", len(doc["communities"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("edgelist")
    ap.add_argument("--actorgraph", metavar="COMM.json", help="output of `actorgraph communities --json`")
    ap.add_argument("--seeds", default="1,2,3,4,5", help="comma-separated seeds for igraph (default 1,2,3,4,5)")
    ap.add_argument("--resolution", type=float, default=1.0)
    args = ap.parse_args()

    t0 = time.process_time()
    names, edges, weights = read_edgelist(args.edgelist)
    g = igraph.Graph(n=len(names), edges=edges, directed=False)
    g.vs["name"] = names
    g.es["weight"] = weights
    print("%s: %d nodes, %d edges, total weight %d (read in %.1f s CPU)"
          % (args.edgelist, g.vcount(), g.ecount(), sum(weights), time.process_time() - t0))

    qs, secs, counts = [], [], []
    for s in [int(x) for x in args.seeds.split(",") if x]:
        random.seed(s)
        igraph.set_random_number_generator(random)
        t = time.process_time()
        cl = g.community_multilevel(weights="weight", resolution=args.resolution)
        dt = time.process_time() - t
        q = g.modularity(cl.membership, weights="weight", resolution=args.resolution)
        qs.append(q)
        secs.append(dt)
        counts.append(len(cl))
        print("igraph seed %d: Q = %.6f, %d communities, %.2f s CPU" % (s, q, len(cl), dt))
    qmed = statistics.median(qs)
    print("igraph Q median %.6f, min %.6f, max %.6f over %d seeds; CPU s median %.2f"
          % (qmed, min(qs), max(qs), len(qs), statistics.median(secs)))

    if args.actorgraph:
        doc, member, count = membership_from_actorgraph(args.actorgraph, g)
        q_ag = doc["modularity"]
        q_re = g.modularity(member, weights="weight", resolution=args.resolution)
        print("actorgraph: Q = %.6f as printed, %.6f recomputed by igraph, %d communities (resolution %g, seed %s)"
              % (q_ag, q_re, count, doc.get("resolution"), doc.get("seed")))
        print("actorgraph - igraph median: %+.6f (printed), %+.6f (recomputed); printed - recomputed %+.2e"
              % (q_ag - qmed, q_re - qmed, q_ag - q_re))
        if q_re < qmed - 0.005:
            print("FAIL: actorgraph's Q is more than 0.005 below igraph's")
        elif q_re > qmed + 0.005:
            print("note: actorgraph's Q is more than 0.005 above igraph's")
        else:
            print("ok: within 0.005")
    return 0


if __name__ == "__main__":
    sys.exit(main())
