import Foundation

/// Writes and reads the storyline JSON document (`--format json`): pretty-printed, keys sorted,
/// so the same document always gives the same bytes.
public enum JSONWriter {
    /// The document as JSON bytes, ending with a newline.
    public static func data(_ document: StorylineDocument, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// Reads a storyline JSON document.
    public static func read(_ data: Data) throws -> StorylineDocument {
        try JSONDecoder().decode(StorylineDocument.self, from: data)
    }
}
