/// Self-contained HTML report. (First version: to be filled by the graph work.)
public enum HTMLReportWriter {
    public static func write(_ document: StorylineDocument, options: ExportOptions = ExportOptions()) -> String { "" }
}
