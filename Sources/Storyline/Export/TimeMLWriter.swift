/// TimeML with TIMEX3 tags. (First version: to be filled by the time work.)
public enum TimeMLWriter {
    public static func write(_ document: StorylineDocument) -> String { "" }
}
