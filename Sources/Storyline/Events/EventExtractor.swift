/// Finds reportable events, dates them and names their participants. (First version: to be filled by the event stage.)
final class EventExtractor: Sendable {
    static let shared = EventExtractor()
    func extract(_ text: AnalyzedText, timexes: [TimexMention], entities: [EntityRecord], dct: String?) -> [EventRecord] { [] }
}
