// Internal results passed between pipeline stages. Ranges are token indices or UTF-8 byte
// offsets into `AnalyzedText`; the assembler turns them into the public document.

/// A time expression found by the time stage.
struct TimexMention: Hashable, Sendable {
    var tokens: Range<Int>
    var bytes: Range<Int>
    var type: TimexType
    var value: String
    var mod: String?
    /// The second year of a range of years ("2007-08", "1999-2003"): the range may still be
    /// running, so only its first year bounds the publication date or dates an event.
    var endsRange = false
}

/// Where an entity is mentioned.
struct EntityMentionRef: Hashable, Sendable {
    var tokens: Range<Int>
    var bytes: Range<Int>
}

/// One entity of a document with all its mentions (sorted by position).
struct EntityRecord: Hashable, Sendable {
    var name: String
    var type: EntityType
    var aliases: [String]
    var mentions: [EntityMentionRef]
}

/// A relation between two entities (indices into the entity records).
struct RelationRecord: Hashable, Sendable {
    var source: Int
    var target: Int
    var type: RelationType
    var label: String
    /// Byte ranges of the supporting text.
    var evidence: [Range<Int>]
    var weight: Int?
}

/// An event found by the event stage.
struct EventRecord: Hashable, Sendable {
    var trigger: Range<Int>          // token range
    var type: String
    var headline: String
    var timex: Int?                  // index into the timex mentions
    var dateValue: String
    var certainty: DateCertainty
    var endValue: String?
    var participants: [EventParticipantRef]
    var sentence: Int                // index into AnalyzedText.sentences
    var otherSentences: [Int] = []
    /// The trigger (token range) of the telling in each of `otherSentences`, in the same order.
    var otherTriggers: [Range<Int>] = []
    var tense: String?
    var polarity: String?
    var modality: String?
}

struct EventParticipantRef: Hashable, Sendable {
    var entity: Int
    var role: ParticipantRole
}
