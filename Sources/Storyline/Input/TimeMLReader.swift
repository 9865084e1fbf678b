/// A TimeML document read from XML: the article (text inside `<TEXT>`, date from `<DCT>`) and the
/// gold TIMEX3 annotations it carries (offsets into that text; the DCT is not among them).
public struct TimeMLDocument: Sendable {
    public var article: Article
    public var goldTimexes: [Timex]
}

/// Reads TimeML. (First version: to be filled by the time work.)
public enum TimeMLReader {
    public struct ReadError: Error, CustomStringConvertible { public var description: String }
    /// Reads a TimeML document; `id` is used when it has no `<DOCID>`.
    public static func read(_ xml: String, id: String) throws -> TimeMLDocument {
        throw ReadError(description: "TimeML reading is not built yet")
    }
}
