"""Reference metrics of a graph.json computed with networkx, printed as JSON.

Mapping (the one the C# analysis uses): actor nodes (kind != Article; with --articles also article nodes)
and relation edges (type != MENTIONS; with --articles also MENTIONS) become a networkx DiGraph in which the
parallel edges between an ordered pair are one edge whose weight is the sum of their counts (self-loops kept);
an edge of a symmetric type (stored source < target) counts in both directions.
networkx.pagerank sums parallel weights anyway, and betweenness with weight=None walks G[v], which lists a
neighbour once, so a DiGraph with summed weights gives the same numbers as a MultiDiGraph. The undirected
graph sums the weights of u->v and v->u.

usage: nx_metrics.py GRAPH_JSON [--articles] [--seed N] [--partition PARTITION_JSON]
"""
import json
import sys

import networkx as nx


def load(path, articles):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = [n["id"] for n in data["nodes"] if articles or n["kind"] != "Article"]
    keep = set(nodes)
    directed = nx.DiGraph()
    undirected = nx.Graph()
    directed.add_nodes_from(nodes)
    undirected.add_nodes_from(nodes)
    for e in data["edges"]:
        if e["type"] == "MENTIONS" and not articles:
            continue
        s, t, w = e["source"], e["target"], float(e["count"])
        assert s in keep and t in keep, (s, t)
        add(directed, s, t, w)
        if e["symmetric"] and s != t:
            add(directed, t, s, w)
        add(undirected, s, t, w)
    return directed, undirected


def add(g, s, t, w):
    if g.has_edge(s, t):
        g[s][t]["weight"] += w
    else:
        g.add_edge(s, t, weight=w)


def main(argv):
    path = argv[1]
    articles = "--articles" in argv
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
    directed, undirected = load(path, articles)
    out = {
        "nodes": directed.number_of_nodes(),
        "edges": directed.number_of_edges(),
        "pagerank": nx.pagerank(directed, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000),
        "pagerank_undirected": nx.pagerank(undirected, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000),
        "betweenness": nx.betweenness_centrality(directed, normalized=True, weight=None),
        "betweenness_undirected": nx.betweenness_centrality(undirected, normalized=True, weight=None),
        "weak": sorted(sorted(c) for c in nx.weakly_connected_components(directed)),
        "strong": sorted(sorted(c) for c in nx.strongly_connected_components(directed)),
    }
    if undirected.number_of_edges() > 0:
        communities = nx.community.louvain_communities(undirected, weight="weight", seed=seed)
        out["louvain_modularity"] = nx.community.modularity(undirected, communities, weight="weight")
        out["louvain_count"] = len(communities)
        if "--partition" in argv:
            with open(argv[argv.index("--partition") + 1], encoding="utf-8") as f:
                membership = json.load(f)
            parts = {}
            for node, c in membership.items():
                parts.setdefault(c, set()).add(node)
            out["modularity_of_partition"] = nx.community.modularity(undirected, list(parts.values()), weight="weight")
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
