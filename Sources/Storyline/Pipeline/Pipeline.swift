/// The extraction pipeline: text → time → entities → relations → events → timeline.
///
/// ```swift
/// let doc = Pipeline().extract(Article(id: "a", title: "…", published: "2013-12-04",
///                                       dateSource: .given, text: text))
/// print(doc.timeline.map(\.headline))
/// ```
public struct Pipeline: Sendable {
    public init() {}

    /// Analyses one article and returns its storyline document.
    public func extract(_ article: Article) -> StorylineDocument {
        let text = AnalyzedText(article.text)
        var published = article.published
        var dateSource = article.dateSource
        if published == nil {
            if let inferred = DocumentDater.infer(text) {
                published = inferred
                dateSource = .inferred
            } else {
                dateSource = nil
            }
        } else if dateSource == nil {
            dateSource = .given
        }
        let timexes = TimeTagger.shared.tag(text, dct: published)
        let entities = EntityRecognizer.shared.recognize(text)
        let relations = RelationExtractor.shared.extract(text, entities: entities)
        let events = EventExtractor.shared.extract(text, timexes: timexes, entities: entities, dct: published)
        var info = article
        info.published = published
        info.dateSource = dateSource
        if info.title.isEmpty { info.title = article.id }
        return DocumentAssembler.assemble(info, text: text, timexes: timexes, entities: entities,
                                          relations: relations, events: events)
    }
}
