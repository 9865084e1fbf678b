/// Finds people, organisations, places and named things. (First version: to be filled by the entity stage.)
final class EntityRecognizer: Sendable {
    static let shared = EntityRecognizer()
    func recognize(_ text: AnalyzedText) -> [EntityRecord] { [] }
}
