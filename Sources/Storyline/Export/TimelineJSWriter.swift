import Foundation
/// TimelineJS3 JSON. (First version: to be filled by the timeline work.)
public enum TimelineJSWriter {
    public static func data(_ document: StorylineDocument) throws -> Data { Data("{}\n".utf8) }
}
