"""Reads graph.graphml with networkx.read_graphml and igraph.Graph.Read_GraphML and compares node and edge
counts and every attribute value with graph.json (the graph the GraphML export selected). A symmetric relation is
two GraphML edges, the second reversed and marked mirrored; weight is the sentence count and tone the type's
signed weight (graph.json's weight). Prints a JSON report; mismatches are listed, not raised.

usage: graphml_check.py GRAPH_JSON GRAPH_GRAPHML
"""
import json
import math
import re
import sys

import igraph
import networkx as nx

# characters XML 1.0 does not allow; the writer drops them, so the expected values drop them too
INVALID_XML = re.compile("[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")

NODE_STRINGS = ["kind", "name_en", "name_ar", "code", "office", "office_from", "office_to", "title", "date", "url", "source"]
NODE_NUMBERS = ["degree", "pagerank", "betweenness", "community"]


def clean(text):
    return INVALID_XML.sub("", text)


def expected_nodes(data):
    for n in data["nodes"]:
        values = {k: clean(n[k]) for k in NODE_STRINGS if k in n}
        values.update({k: n[k] for k in NODE_NUMBERS if k in n})
        values["label"] = clean(n["name_en"])
        yield clean(n["id"]), values


def written_edges(data):
    for e in data["edges"]:
        yield e["source"], e["target"], e, False
        if e["symmetric"] and e["source"] != e["target"]:
            yield e["target"], e["source"], e, True


def expected_edges(data):
    parallel = {}
    for s, t, _, _ in written_edges(data):
        parallel[(s, t)] = parallel.get((s, t), 0) + 1
    for s, t, e, mirrored in written_edges(data):
        values = {
            "type": e["type"], "label": e["type"], "count": e["count"], "weight": float(e["count"]),
            "tone": float(e["weight"]), "symmetric": e["symmetric"], "mirrored": mirrored,
            "doc_count": e["doc_count"], "docs": clean("|".join(e["docs"])),
            "evidence": clean(" || ".join(x["text"] for x in e["evidence"])),
            "parallel": parallel[(s, t)] > 1,
        }
        for k in ("first_date", "last_date"):
            if k in e:
                values[k] = clean(e[k])
        yield clean(s), clean(t), values


def same(expected, actual):
    if expected == "":
        return actual is None or actual == ""  # an empty string has no data element; readers give None or ""
    if isinstance(expected, float) or isinstance(actual, float):
        return actual is not None and not (isinstance(actual, float) and math.isnan(actual)) and float(expected) == float(actual)
    return expected == actual


def check_networkx(data, path):
    g = nx.read_graphml(path)
    problems = []
    for node, values in expected_nodes(data):
        if node not in g.nodes:
            problems.append(f"node {node} missing")
            continue
        actual = g.nodes[node]
        for k, v in values.items():
            if not same(v, actual.get(k)):
                problems.append(f"node {node} {k}: {v!r} != {actual.get(k)!r}")
        for k in set(actual) - set(values):
            problems.append(f"node {node} has unexpected {k}={actual[k]!r}")
    multi = g.is_multigraph()
    for i, (s, t, values) in enumerate(expected_edges(data)):
        key = f"e{i}"
        try:
            actual = g.edges[s, t, key] if multi else g.edges[s, t]
        except KeyError:
            problems.append(f"edge {key} {s}->{t} missing")
            continue
        for k, v in values.items():
            if not same(v, actual.get(k)):
                problems.append(f"edge {key} {k}: {v!r} != {actual.get(k)!r}")
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
            "multigraph": multi, "problems": problems[:50]}


def missing(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def check_igraph(data, path):
    g = igraph.Graph.Read_GraphML(path)
    problems = []
    index = {v["id"]: v for v in g.vs}
    node_attrs = set(g.vs.attributes())
    for node, values in expected_nodes(data):
        if node not in index:
            problems.append(f"node {node} missing")
            continue
        v = index[node]
        for k in NODE_STRINGS + NODE_NUMBERS + ["label"]:
            if k in values:
                if k not in node_attrs or not same(values[k], v[k]):
                    problems.append(f"node {node} {k}: {values[k]!r} != {v[k] if k in node_attrs else 'no attribute'!r}")
            elif k in node_attrs and not missing(v[k]):
                problems.append(f"node {node} {k}: absent in graph.json but {v[k]!r}")
    edge_attrs = set(g.es.attributes())
    for i, (s, t, values) in enumerate(expected_edges(data)):
        if i >= g.ecount():
            problems.append(f"edge {i} missing")
            continue
        e = g.es[i]
        ends = (g.vs[e.source]["id"], g.vs[e.target]["id"])
        if ends != (s, t):
            problems.append(f"edge {i}: {ends} != {(s, t)}")
        for k, v in values.items():
            if k not in edge_attrs or not same(v, e[k]):
                problems.append(f"edge {i} {k}: {v!r} != {e[k] if k in edge_attrs else 'no attribute'!r}")
    return {"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(), "problems": problems[:50]}


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)
    report = {
        "json": {"nodes": len(data["nodes"]), "edges": sum(1 for _ in written_edges(data))},
        "networkx": check_networkx(data, argv[2]),
        "igraph": check_igraph(data, argv[2]),
    }
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
