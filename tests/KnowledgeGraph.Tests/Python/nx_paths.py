"""Reference paths, components and flows of a graph.json computed with networkx, printed as JSON.

The relation view of the C# analysis (actor nodes, relation edges; an edge of a symmetric type counts in both
directions) maps onto networkx graphs as the C# side reads it:
- strong components and the condensation: a DiGraph of the relation edges;
- Dijkstra: a DiGraph whose edge u->v costs the least 1/count over the relation edges u->v (the compact
  multigraph keeps parallel edges, and a shortest path takes the cheapest);
- alternative paths (Yen): the undirected simple graph in which a hop u-v costs 1 + 1e-6 / (1 + S), S the sum of
  the counts of every relation edge joining u and v in either direction (the C# Paths.HopCost);
- maximum flow: a DiGraph whose edge u->v has capacity the sum of the counts of the relation edges u->v.

usage: nx_paths.py GRAPH_JSON QUERY_JSON, the query being {"sources": [id, ...], "pairs": [[a, b], ...], "k": K}
"""
import json
import sys

import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = [n["id"] for n in data["nodes"] if n["kind"] != "Article"]
    relations = [e for e in data["edges"] if e["type"] != "MENTIONS"]
    return nodes, relations


def directed_arcs(relations):
    for e in relations:
        yield e["source"], e["target"], float(e["count"])
        if e["symmetric"] and e["source"] != e["target"]:
            yield e["target"], e["source"], float(e["count"])


def main(argv):
    nodes, relations = load(argv[1])
    with open(argv[2], encoding="utf-8") as f:
        query = json.load(f)
    sources, pairs, k = query["sources"], query["pairs"], int(query["k"])

    digraph = nx.DiGraph()
    digraph.add_nodes_from(nodes)
    cheapest = nx.DiGraph()
    cheapest.add_nodes_from(nodes)
    capacity = nx.DiGraph()
    capacity.add_nodes_from(nodes)
    for s, t, count in directed_arcs(relations):
        digraph.add_edge(s, t)
        cost = 1.0 / count
        if not cheapest.has_edge(s, t) or cheapest[s][t]["cost"] > cost:
            cheapest.add_edge(s, t, cost=cost)
        if capacity.has_edge(s, t):
            capacity[s][t]["capacity"] += count
        else:
            capacity.add_edge(s, t, capacity=count)

    sentences = {}
    for e in relations:
        s, t = e["source"], e["target"]
        if s == t:
            continue
        key = (min(s, t), max(s, t))
        sentences[key] = sentences.get(key, 0.0) + float(e["count"])
    hops = nx.Graph()
    hops.add_nodes_from(nodes)
    for (s, t), total in sentences.items():
        hops.add_edge(s, t, cost=1.0 + 1e-6 / (1.0 + total))

    strong = [sorted(c) for c in nx.strongly_connected_components(digraph)]
    condensed = nx.condensation(digraph, scc=[set(c) for c in strong])
    members = {c: sorted(condensed.nodes[c]["members"]) for c in condensed.nodes}
    out = {
        "strong": sorted(strong),
        "condensation_links": sorted([members[a], members[b]] for a, b in condensed.edges),
        "is_dag": nx.is_directed_acyclic_graph(condensed),
        "dijkstra": {s: nx.single_source_dijkstra_path_length(cheapest, s, weight="cost") for s in sources},
        "paths": {},
        "maxflow": {},
    }
    for a, b in pairs:
        key = a + " " + b
        found = []
        if nx.has_path(hops, a, b):
            for path in nx.shortest_simple_paths(hops, a, b, weight="cost"):
                found.append({"nodes": path, "cost": nx.path_weight(hops, path, weight="cost")})
                if len(found) == k:
                    break
        out["paths"][key] = found
        out["maxflow"][key] = nx.maximum_flow_value(capacity, a, b, capacity="capacity")
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
