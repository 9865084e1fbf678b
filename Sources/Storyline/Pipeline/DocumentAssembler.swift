/// Builds the public `StorylineDocument` from the stage results: ids, texts and scalar offsets.
///
/// Ids are unique within a document: timexes `t1…`, entities a slug of their name
/// (`ren-zhengfei`, `huawei`, numbered on collision), relations `r1…`, events `ev1…`.
enum DocumentAssembler {
    static func assemble(_ info: DocumentInfo, text: AnalyzedText, timexes: [TimexMention],
                         entities: [EntityRecord], relations: [RelationRecord],
                         events: [EventRecord]) -> StorylineDocument {
        let doc = info.id
        func span(_ r: Range<Int>) -> (String, Int, Int) {
            let s = text.scalarRange(r)
            return (text.text(r), s.lowerBound, s.upperBound)
        }
        var outTimexes: [Timex] = []
        outTimexes.reserveCapacity(timexes.count)
        for (i, t) in timexes.enumerated() {
            let (str, s, e) = span(t.bytes)
            outTimexes.append(Timex(id: "t\(i + 1)", document: doc, text: str, start: s, end: e,
                                    type: t.type, value: t.value, mod: t.mod))
        }
        var entityIDs: [String] = []
        var used = WordSet()  // entity ids given so far (a WordSet: no SipHash per id)
        used.reserveCapacity(entities.count)
        var outEntities: [Entity] = []
        for e in entities {
            let base = slug(e.name)
            var id = base
            var k = 2
            while used.contains(id) { id = "\(base)-\(k)"; k += 1 }
            used.insert(id)
            entityIDs.append(id)
            let mentions = e.mentions.map { m -> Mention in
                let (str, s, en) = span(m.bytes)
                return Mention(document: doc, text: str, start: s, end: en)
            }
            outEntities.append(Entity(id: id, name: e.name, type: e.type, aliases: e.aliases, mentions: mentions))
        }
        var outRelations: [Relation] = []
        for (i, r) in relations.enumerated() where r.source < entityIDs.count && r.target < entityIDs.count {
            let ev = r.evidence.map { b -> Evidence in
                let s = text.scalarRange(b)
                return Evidence(document: doc, start: s.lowerBound, end: s.upperBound)
            }
            outRelations.append(Relation(id: "r\(i + 1)", source: entityIDs[r.source], target: entityIDs[r.target],
                                         type: r.type, label: r.label, evidence: ev, weight: r.weight))
        }
        var outEvents: [Event] = []
        // Several events often share a sentence: its evidence (text and offsets) is built once;
        // a repeated telling adds the word that triggered it.
        var evidenceBySentence: [Int: EventEvidence] = [:]
        func sentenceEvidence(_ k: Int, trigger: Range<Int>? = nil) -> EventEvidence {
            var evidence: EventEvidence
            if let known = evidenceBySentence[k] {
                evidence = known
            } else {
                let sent = text.sentences[k]
                let (str, s, en) = span(sent.start..<sent.end)
                evidence = EventEvidence(start: s, end: en, text: str)
                evidenceBySentence[k] = evidence
            }
            if let r = trigger {
                let (ts, a, b) = span(text.byteRange(tokens: r))
                evidence.trigger = Trigger(text: ts, start: a, end: b)
            }
            return evidence
        }
        for (i, e) in events.enumerated() {
            let trig = span(text.byteRange(tokens: e.trigger))
            let participants = e.participants.filter { $0.entity < entityIDs.count }
                .map { Participant(entity: entityIDs[$0.entity], role: $0.role) }
            let timexID = e.timex.flatMap { $0 < outTimexes.count ? outTimexes[$0].id : nil }
            outEvents.append(Event(
                id: "ev\(i + 1)", document: doc, headline: e.headline, type: e.type,
                trigger: Trigger(text: trig.0, start: trig.1, end: trig.2),
                date: EventDate(timex: timexID, value: e.dateValue, certainty: e.certainty, endValue: e.endValue),
                participants: participants, evidence: sentenceEvidence(e.sentence),
                otherEvidence: e.otherSentences.isEmpty ? nil : e.otherSentences.indices.map { k in
                    sentenceEvidence(e.otherSentences[k], trigger: k < e.otherTriggers.count ? e.otherTriggers[k] : nil)
                },
                tense: e.tense, polarity: e.polarity, modality: e.modality))
        }
        return StorylineDocument(documents: [info], timexes: outTimexes, entities: outEntities,
                                 relations: outRelations, events: outEvents)
    }

    /// Lower-case ASCII letters and digits joined by `-`; other letters kept lower-cased.
    static func slug(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(name) }
        var out = ""
        var pendingDash = false
        for s in name.lowercased().unicodeScalars {
            if s.properties.isAlphabetic || (s.value >= 48 && s.value <= 57) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(s)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "entity" : out
    }

    /// `slug` of an ASCII name, on bytes: the same letters and digits, lower-cased, joined by dashes.
    private static func asciiSlug(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for var b in name.utf8 {
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingDash && !out.isEmpty { out.append(0x2D) }
                pendingDash = false
                out.append(b)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
    }
}
