/// One article to analyse: its text and what its input said about it.
public struct Article: Hashable, Sendable {
    /// Identifier used in the output (file name stem, JSON `id`, TimeML DOCID, ...).
    public var id: String
    public var title: String
    public var url: String?
    /// Publication date (`YYYY-MM-DD` or coarser) if known before analysis.
    public var published: String?
    /// Where `published` came from; nil when it is not known (the pipeline then infers it).
    public var dateSource: DateSource?
    /// The article text. All output offsets refer to it.
    public var text: String

    public init(id: String, title: String, url: String? = nil, published: String? = nil,
                dateSource: DateSource? = nil, text: String) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.dateSource = dateSource
        self.text = text
    }
}
