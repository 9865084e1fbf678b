/// Finds the relations the text states between entities. (First version: to be filled by the relation stage.)
final class RelationExtractor: Sendable {
    static let shared = RelationExtractor()
    func extract(_ text: AnalyzedText, entities: [EntityRecord]) -> [RelationRecord] { [] }
}
