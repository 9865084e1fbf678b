// Placeholder until the Graphviz binding lands (owned by the graph/rendering work).
