/// The storyline document: everything `storyline extract` finds in one or more articles.
///
/// This is the one document model of the package; every output format is a writer over it
/// (see `Export/`). Its JSON form is `schema: "storyline/1"` as described in SPEC.md.
/// All `start`/`end` offsets are Unicode scalar offsets into `documents[].text`, end exclusive.
public struct StorylineDocument: Codable, Hashable, Sendable {
    public var schema: String = "storyline/1"
    public var documents: [DocumentInfo]
    public var timexes: [Timex]
    public var entities: [Entity]
    public var relations: [Relation]
    public var events: [Event]

    public init(documents: [DocumentInfo] = [], timexes: [Timex] = [], entities: [Entity] = [],
                relations: [Relation] = [], events: [Event] = []) {
        self.documents = documents
        self.timexes = timexes
        self.entities = entities
        self.relations = relations
        self.events = events
    }

    /// Events in timeline order: by date (unknown dates last), then document order, then position.
    public var timeline: [Event] { TimelineOrder.sorted(events, documentOrder: documents.map(\.id)) }
}

/// Where a document's publication date came from.
public enum DateSource: String, Codable, Hashable, Sendable {
    /// Given on the command line (`--date`) or by the caller.
    case given
    /// Read from the input's metadata (front matter, JSON field, TimeML DCT, HTML meta tag).
    case metadata
    /// Inferred from the text.
    case inferred
}

/// One input article as it appears in the output.
public struct DocumentInfo: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var url: String?
    /// Publication date (document creation time): `YYYY-MM-DD` or coarser (`YYYY-MM`, `YYYY`), or nil if unknown.
    public var published: String?
    public var dateSource: DateSource?
    /// The article text all offsets refer to.
    public var text: String

    public init(id: String, title: String, url: String? = nil, published: String? = nil,
                dateSource: DateSource? = nil, text: String) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.dateSource = dateSource
        self.text = text
    }
}

/// TIMEX3 types.
public enum TimexType: String, Codable, Hashable, Sendable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A time expression with its TIMEX3 normalised value.
public struct Timex: Codable, Hashable, Sendable {
    public var id: String
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int
    public var type: TimexType
    /// TIMEX3 value: `2013-12-02`, `2013-04`, `2011`, `2013-W48`, `2013-Q3`, `PRESENT_REF`, `P3Y`, `XXXX-12-02`, ...
    public var value: String
    /// TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, `LESS_THAN`, ...
    public var mod: String?

    public init(id: String, document: String, text: String, start: Int, end: Int,
                type: TimexType, value: String, mod: String? = nil) {
        self.id = id
        self.document = document
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// Entity types of SPEC.md.
public enum EntityType: String, Codable, Hashable, Sendable, CaseIterable {
    case person = "PERSON", organization = "ORGANIZATION", location = "LOCATION"
    case product = "PRODUCT", event = "EVENT", misc = "MISC"
}

/// A span of a document's text.
public struct Mention: Codable, Hashable, Sendable {
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int

    public init(document: String, text: String, start: Int, end: Int) {
        self.document = document
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A person, organisation, place or named thing with all its mentions.
public struct Entity: Codable, Hashable, Sendable {
    public var id: String
    /// Canonical name: the longest proper form.
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var mentions: [Mention]

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// Relation types of SPEC.md.
public enum RelationType: String, Codable, Hashable, Sendable, CaseIterable {
    case worksFor = "works_for"
    case founded
    case partOf = "part_of"
    case basedIn = "based_in"
    case locatedIn = "located_in"
    case livesIn = "lives_in"
    case nationality
    case competitorOf = "competitor_of"
    case saidAbout = "said_about"
    case relatedTo = "related_to"
    case coOccurs = "co_occurs"
}

/// A place in a document that supports a relation.
public struct Evidence: Codable, Hashable, Sendable {
    public var document: String
    public var start: Int
    public var end: Int

    public init(document: String, start: Int, end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }
}

/// A typed relation the text states between two entities.
public struct Relation: Codable, Hashable, Sendable {
    public var id: String
    public var source: String
    public var target: String
    public var type: RelationType
    /// The words of the text, e.g. "founder and CEO".
    public var label: String
    public var evidence: [Evidence]
    /// For `co_occurs`: the number of sentences the two entities share.
    public var weight: Int?

    public init(id: String, source: String, target: String, type: RelationType, label: String,
                evidence: [Evidence], weight: Int? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.type = type
        self.label = label
        self.evidence = evidence
        self.weight = weight
    }
}

/// How sure the tool is of an event's date.
public enum DateCertainty: String, Codable, Hashable, Sendable {
    /// A time expression governing the event states the date.
    case stated
    /// Taken from the narrative reference time or the publication date.
    case inferred
}

/// An event's place on the timeline.
public struct EventDate: Codable, Hashable, Sendable {
    /// Id of the anchoring time expression, or nil.
    public var timex: String?
    /// TIMEX3 value, possibly coarse (`2013`, `2013-04`) or `XXXX` when unknown.
    public var value: String
    public var certainty: DateCertainty
    /// End of the interval for events that last (from a duration), if known.
    public var endValue: String?

    public init(timex: String?, value: String, certainty: DateCertainty, endValue: String? = nil) {
        self.timex = timex
        self.value = value
        self.certainty = certainty
        self.endValue = endValue
    }
}

/// The word(s) that report an event.
public struct Trigger: Codable, Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Roles of event participants.
public enum ParticipantRole: String, Codable, Hashable, Sendable, CaseIterable {
    case agent, patient, location, other
}

/// An entity taking part in an event.
public struct Participant: Codable, Hashable, Sendable {
    public var entity: String
    public var role: ParticipantRole

    public init(entity: String, role: ParticipantRole) {
        self.entity = entity
        self.role = role
    }
}

/// The sentence an event was found in.
public struct EventEvidence: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    /// Set on merged documents: the document this span belongs to.
    public var document: String?
    /// The word(s) telling the event in this span, when known (set on `otherEvidence`).
    public var trigger: Trigger?

    public init(start: Int, end: Int, text: String, document: String? = nil, trigger: Trigger? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.document = document
        self.trigger = trigger
    }
}

/// Something that happened, dated and with its participants.
public struct Event: Codable, Hashable, Sendable {
    public var id: String
    public var document: String
    /// A short readable sentence, at most ~90 characters.
    public var headline: String
    /// statement, report, meeting, launch, withdrawal, sale, announcement, ...
    public var type: String
    public var trigger: Trigger
    public var date: EventDate
    public var participants: [Participant]
    public var evidence: EventEvidence
    /// Further places that tell the same event (same document, or other documents after a merge).
    public var otherEvidence: [EventEvidence]?
    /// `past`, `present`, `future` (when known).
    public var tense: String?
    /// `negative` when the text negates the event.
    public var polarity: String?
    /// Modal or hypothetical marker (`could`, `may`, ...), when present.
    public var modality: String?
    /// After a merge: ids of the documents that report this event.
    public var sources: [String]?
    /// After a merge of two or more tellings: each article's own version of this event (with its
    /// headline, date and participants), so merged documents can be merged again exactly.
    public var members: [Event]?

    public init(id: String, document: String, headline: String, type: String, trigger: Trigger,
                date: EventDate, participants: [Participant], evidence: EventEvidence,
                otherEvidence: [EventEvidence]? = nil, tense: String? = nil, polarity: String? = nil,
                modality: String? = nil, sources: [String]? = nil, members: [Event]? = nil) {
        self.id = id
        self.document = document
        self.headline = headline
        self.type = type
        self.trigger = trigger
        self.date = date
        self.participants = participants
        self.evidence = evidence
        self.otherEvidence = otherEvidence
        self.tense = tense
        self.polarity = polarity
        self.modality = modality
        self.sources = sources
        self.members = members
    }
}
