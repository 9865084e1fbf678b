/// Runs the pipeline stages one at a time over a set of articles, for `storyline-bench`.
///
/// `init` prepares every stage's input once (tokens, time expressions, entities); each method
/// then runs only its stage over all articles and returns a count of what it found, so the
/// work cannot be optimised away and the caller can time it.
public final class StageBenchmark: @unchecked Sendable {
    /// Bytes of article text (UTF-8) one pass covers.
    public let textBytes: Int
    private let articles: [Article]
    private let texts: [AnalyzedText]
    private let timexes: [[TimexMention]]
    private let entities: [[EntityRecord]]
    private let relations: [[RelationRecord]]
    private let eventRecords: [[EventRecord]]
    private let documents: [StorylineDocument]

    public init(_ articles: [Article]) {
        self.articles = articles
        textBytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        texts = articles.map { AnalyzedText($0.text) }
        timexes = zip(texts, articles).map { TimeTagger.shared.tag($0, dct: $1.published) }
        entities = texts.map { EntityRecognizer.shared.recognize($0) }
        relations = zip(texts, entities).map { RelationExtractor.shared.extract($0, entities: $1) }
        let (texts, timexes, entities) = (texts, timexes, entities)
        eventRecords = articles.indices.map {
            EventExtractor.shared.extract(texts[$0], timexes: timexes[$0], entities: entities[$0], dct: articles[$0].published)
        }
        documents = Batch.groups(byteCounts: articles.map { $0.text.utf8.count })
            .flatMap { Pipeline().extract(Array(articles[$0])) }
    }

    /// Tokenizing and sentence splitting; returns the number of tokens.
    public func tokenize() -> Int {
        articles.reduce(0) { $0 + AnalyzedText($1.text).tokens.count }
    }

    /// The time stage (recognition and normalisation); returns the number of time expressions.
    public func time() -> Int {
        zip(texts, articles).reduce(0) { $0 + TimeTagger.shared.tag($1.0, dct: $1.1.published).count }
    }

    /// Entities and then relations; returns the number of entities plus relations.
    public func entitiesAndRelations() -> Int {
        texts.reduce(0) { sum, text in
            let found = EntityRecognizer.shared.recognize(text)
            return sum + found.count + RelationExtractor.shared.extract(text, entities: found).count
        }
    }

    /// The event stage; returns the number of events.
    public func events() -> Int {
        var count = 0
        for i in texts.indices {
            count += EventExtractor.shared.extract(texts[i], timexes: timexes[i], entities: entities[i],
                                                   dct: articles[i].published).count
        }
        return count
    }

    /// Assembling the document (merging, anchoring, ordering, headlines); returns the number of
    /// events.
    public func assemble() -> Int {
        texts.indices.reduce(0) { sum, i in
            sum + DocumentAssembler.assemble(articles[i], text: texts[i], timexes: timexes[i], entities: entities[i],
                                             relations: relations[i], events: eventRecords[i]).events.count
        }
    }

    /// Writing the documents as storyline JSON; returns the number of bytes written.
    public func writeJSON() -> Int {
        documents.reduce(0) { $0 + ((try? JSONWriter.data($1).count) ?? 0) }
    }
}
