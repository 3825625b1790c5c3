"""PageRank of a graph.graphml as a user gets it with each reader's defaults, printed as JSON:
networkx.pagerank(networkx.read_graphml(path)) (weight="weight", alpha 0.85, tol 1e-6), the same converged
further (tol 1e-14), and igraph's Graph.Read_GraphML(path).pagerank(weights="weight") (directed, damping 0.85).

usage: graphml_pagerank.py GRAPH_GRAPHML
"""
import json
import sys

import igraph
import networkx as nx


def main(argv):
    path = argv[1]
    g = nx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(path)
    ranks = ig.pagerank(weights="weight")
    json.dump({
        "networkx": nx.pagerank(g),
        "networkx_converged": nx.pagerank(g, tol=1e-14, max_iter=100000),
        "igraph": {v["id"]: ranks[v.index] for v in ig.vs},
    }, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
