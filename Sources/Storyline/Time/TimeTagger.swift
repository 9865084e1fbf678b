/// Finds time expressions and normalises them to TIMEX3 values. (First version: to be filled by the time stage.)
final class TimeTagger: Sendable {
    static let shared = TimeTagger()
    func tag(_ text: AnalyzedText, dct: String?) -> [TimexMention] { [] }
}

/// Infers a publication date from the text when no date is given.
enum DocumentDater {
    static func infer(_ text: AnalyzedText) -> String? { nil }
}
