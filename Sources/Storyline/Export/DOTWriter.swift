/// Graphviz DOT of the entity graph. (First version: to be filled by the graph work.)
public enum DOTWriter {
    public static func graph(_ document: StorylineDocument, options: ExportOptions = ExportOptions()) -> String { "digraph {}\n" }
}
