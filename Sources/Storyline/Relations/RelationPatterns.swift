/// The sentence patterns of the relation stage, with their word tables.
enum RelationPatterns {
    // MARK: - Word tables

    /// Words of a job title (role words of the entity lexicon plus title words).
    static func isRoleWord(_ w: String) -> Bool {
        EntityLexicon.roleWords.contains(w) || (EntityLexicon.personTitles.contains(w) && !honorifics.contains(w))
    }
    /// `isRoleWord` of token `k` of `text`.
    static func isRoleWord(token k: Int, in text: AnalyzedText) -> Bool {
        EntityLexicon.roleWords.contains(token: k, in: text)
            || (EntityLexicon.personTitles.contains(token: k, in: text) && !honorifics.contains(token: k, in: text))
    }
    static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sister", "brother"]
    /// Roles that are no longer held.
    static let pastRoleWords: WordSet = ["former", "ex", "ex-", "late", "retired", "onetime", "one-time"]
    /// Determiners allowed before a role in an appositive.
    static let roleDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "new", "current", "acting", "interim"]
    /// Prepositions linking a role to its organisation.
    static let rolePrepositions: WordSet = ["of", "at", "for", "with", "in"]
    static let sayVerbs: WordSet = ["said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "explained", "noted", "claimed", "argued", "insisted", "warned", "announced", "wrote", "writes", "reported", "admitted", "denied", "confirmed", "believes", "believed"]
    static let foundVerbs: WordSet = ["founded", "co-founded", "cofounded", "started", "established", "created", "launched", "formed"]
    static let joinVerbs: WordSet = ["joined", "joins", "rejoined"]
    /// Present-tense verbs of leading an organisation: "Tim Cook, who heads Apple".
    static let leadVerbs: WordSet = ["heads", "leads", "runs", "chairs", "manages", "directs", "oversees"]
    /// Verbs of taking someone on: "Oracle hired Mark Hurd as co-president", "X was named chief executive of Y".
    static let hireVerbs: WordSet = ["hired", "hires", "appointed", "appoints", "named", "names", "tapped", "taps", "promoted", "promotes", "elected", "recruited", "recruits"]
    /// Of those, the ones that say it without a role after them ("named" needs one: "named after").
    static let hireVerbsAlone: WordSet = ["hired", "hires", "appointed", "appoints", "recruited", "recruits"]
    /// Verbs by which one named party acts on another, kept as `related_to` with the verb as label:
    /// "Samsung sued Apple", "Amazon agreed to buy Whole Foods", "Microsoft acquired Nokia's
    /// handset business". Each form with the preposition it takes before its object, if any.
    static let actionVerbs: WordMap<String> = {
        var table = WordMap<String>()
        let forms: [(String, String)] = [
            ("sued sues sue suing", ""), ("acquired acquires acquire acquiring", ""), ("bought buys buy buying", ""),
            ("purchased purchases purchase", ""), ("beat beats defeated defeats", ""), ("accused accuses", ""),
            ("criticized criticised criticizes criticises", ""), ("fined fines", ""), ("charged charges", ""),
            ("backed backs endorsed endorses", ""), ("hacked hacks", ""), ("blocked blocks", ""), ("banned bans", ""),
            ("merged merges merge", "with"), ("partnered partners partner", "with"), ("invested invests invest", "in"),
            ("met meets meet", "with"), ("settled settles settle", "with"), ("teamed", "with"),
        ]
        for (words, preposition) in forms {
            for w in words.split(separator: " ") { table[String(w)] = preposition }
        }
        return table
    }()
    /// Words between a party and its verb that keep the statement a fact or a plan: "has sued",
    /// "agreed to buy", "plans to acquire", "will buy".
    static let actionLeads: WordSet = ["has", "have", "had", "will", "would", "also", "recently", "formally", "agreed", "agrees",
                                       "plans", "planned", "wants", "wanted", "offered", "offers", "to", "is", "was", "been", "set", "moved"]
    /// Lead words that stay out of the label ("has sued" is labelled "sued"; "agreed to buy" keeps "agreed to").
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "also", "recently", "formally", "is", "was", "been"]
    /// Words that make it no statement of fact: "did not sue", "could buy".
    static let actionBlockers: WordSet = ["not", "never", "no", "n't", "could", "might", "may", "if", "whether", "refused", "declined", "denied"]
    static let rivalWords: WordSet = ["rival", "rivals", "competitor", "competitors", "archrival", "arch-rival"]
    static let unitWords: WordSet = ["unit", "subsidiary", "division", "arm", "affiliate", "branch", "part", "member", "offshoot", "spin-off", "spinoff"]
    static let residentWords: WordSet = ["native", "resident", "residents", "natives", "citizen"]
    static let liveVerbs: WordSet = ["lives", "lived", "living", "resides", "resided", "reside", "live"]
    static let basedWords: WordSet = ["based", "headquartered"]
    /// Offices held in a place by someone who lives there (governor of Texas, mayor of Denver).
    static let politicalRoles: WordSet = ["president", "governor", "gov", "mayor", "senator", "sen", "rep", "representative",
                                              "congressman", "congresswoman", "premier", "prime", "king", "queen", "sheriff", "councilman", "councilwoman"]

    // MARK: - Patterns

    static func apply(_ c: inout RelationContext, sentence: Sentence, mentions ms: ArraySlice<MentionSpan>, previousOrganization: Int?) {
        let end = sentence.tokens.upperBound
        let sentStart = sentence.tokens.lowerBound
        for k in ms.indices {
            let m = ms[k]
            let a = m.tokens.lowerBound, b = m.tokens.upperBound   // mention [a, b)
            let next = ms.endIndex > k + 1 ? ms[k + 1] : nil
            // --- its ROLE PER → works_for the organisation last named as a subject ("its chief executive Jane Smith")
            if c.isPerson(m), let org = previousOrganization, m.entity != org {
                let rs = c.roleStart(endingBefore: a, floor: sentStart)
                if rs < a, rs > sentStart, c.text.isLower(rs - 1, "its"), !rolePrepositions.contains(token: b, in: c.text) { c.employment(m, organization: org, role: rs..<a, evidence: (rs - 1)..<b) }
            }
            // --- X , ... appositive
            if c.text.isLower(b, ",") {
                var i = b + 1
                let hasDet = RelationPatterns.roleDeterminers.contains(token: i, in: c.text)
                if hasDet { i += 1 }
                // PER , [the] ROLE of|at|for ORG
                if c.isPerson(m) {
                    let re = c.roleEnd(from: i, limit: end)
                    if re > i, rolePrepositions.contains(token: re, in: c.text) {
                        var j = re + 1
                        if c.text.isLower(j, "the") { j += 1 }
                        if let org = c.mention(startingAt: j), c.isOrg(org) {
                            c.employment(m, org, role: i..<re, evidence: a..<org.tokens.upperBound)
                        }
                    }
                    // PER , its ROLE [,] → works_for the organisation last named as a subject
                    // ("Jane Smith, its chief executive, said"); "its ROLE of ORG" is the rule above.
                    if c.text.isLower(b + 1, "its"), let org = previousOrganization, re > i,
                       !rolePrepositions.contains(token: re, in: c.text), m.entity != org {
                        c.employment(m, organization: org, role: i..<re, evidence: a..<re)
                    }
                    // PER , [the] governor of LOC → lives_in
                    if re > i, c.text.isLower(re, "of"), let loc = c.mention(startingAt: re + 1), c.isPlace(loc),
                       (i..<re).contains(where: { politicalRoles.contains(token: $0, in: c.text) }) {
                        c.add(m.entity, loc.entity, .livesIn, label: c.label(i..<re), evidence: a..<loc.tokens.upperBound)
                    }
                    // PER , a native | resident of LOC
                    if residentWords.contains(token: i, in: c.text), c.text.isLower(i + 1, "of"), let loc = c.mention(startingAt: i + 2), c.isPlace(loc) {
                        c.add(m.entity, loc.entity, .livesIn, label: c.label(i..<(i + 2)), evidence: a..<loc.tokens.upperBound)
                    }
                    // PER , ORG ['s] ROLE
                    if let org = c.mention(startingAt: i), c.isOrg(org) {
                        let rs = c.afterPossessive(org.tokens.upperBound)
                        let re2 = c.roleEnd(from: rs, limit: end)
                        if re2 > rs { c.employment(m, org, role: rs..<re2, evidence: a..<re2) }
                    }
                    // PER , a LOC native | resident
                    if let loc = c.mention(startingAt: i), c.isPlace(loc), residentWords.contains(token: loc.tokens.upperBound, in: c.text) {
                        c.add(m.entity, loc.entity, .livesIn, label: c.label(loc.tokens.upperBound..<(loc.tokens.upperBound + 1)), evidence: a..<(loc.tokens.upperBound + 1))
                    }
                    // PER , who lives in LOC
                    var w = b + 1
                    if c.text.isLower(w, "who") { w += 1 }
                    if liveVerbs.contains(token: w, in: c.text), c.text.isLower(w + 1, "in"), let loc = c.mention(startingAt: w + 2), c.isPlace(loc) {
                        c.add(m.entity, loc.entity, .livesIn, label: c.label(w..<(w + 2)), evidence: a..<loc.tokens.upperBound)
                    }
                    // PER , who heads | leads | runs ORG
                    if c.text.isLower(b + 1, "who"), leadVerbs.contains(token: b + 2, in: c.text) {
                        var o = b + 3
                        if c.text.isLower(o, "the") { o += 1 }
                        if let org = c.mention(startingAt: o), c.isOrg(org) {
                            c.add(m.entity, org.entity, .worksFor, label: c.label((b + 2)..<(b + 3)), evidence: a..<org.tokens.upperBound)
                        }
                    }
                    // PER , 45 , of LOC
                    if c.text.tokens.indices.contains(b + 1), c.text.tokens[b + 1].kind == .number, c.text.isLower(b + 2, ","), c.text.isLower(b + 3, "of"),
                       let loc = c.mention(startingAt: b + 4), c.isPlace(loc) {
                        c.add(m.entity, loc.entity, .livesIn, label: "of", evidence: a..<loc.tokens.upperBound)
                    }
                }
                if c.isOrg(m) {
                    // ORG , [a] unit|subsidiary of ORG2
                    if let u = c.word(in: unitWords, at: i), c.text.isLower(u, "of") {
                        var j = u + 1
                        if c.text.isLower(j, "the") { j += 1 }
                        if let parent = c.mention(startingAt: j), c.isOrg(parent) {
                            c.add(m.entity, parent.entity, .partOf, label: c.label(i..<(u + 1)), evidence: a..<parent.tokens.upperBound)
                        }
                    }
                    // ORG , [a] rival of ORG2
                    if let r = c.word(in: rivalWords, at: i), c.text.isLower(r, "of") || c.text.isLower(r, "to"), let o = c.mention(startingAt: r + 1), c.isOrg(o) {
                        c.add(m.entity, o.entity, .competitorOf, label: c.label(i..<r), evidence: a..<o.tokens.upperBound)
                    }
                    // ORG , [which is] based|headquartered in LOC
                    var j = b + 1
                    if c.text.isLower(j, "which") || c.text.isLower(j, "that") { j += 1 }
                    if c.text.isLower(j, "is") || c.text.isLower(j, "was") { j += 1 }
                    if basedWords.contains(token: j, in: c.text), c.text.isLower(j + 1, "in"), let loc = c.mention(startingAt: j + 2), c.isPlace(loc) {
                        c.add(m.entity, loc.entity, .basedIn, label: c.label(j..<(j + 2)), evidence: a..<loc.tokens.upperBound)
                    }
                }
                // LOC , STATE/COUNTRY
                if c.isPlace(m), !c.isCountry(m), let loc = c.mention(startingAt: b + 1), c.isContainer(loc), loc.entity != m.entity {
                    c.add(m.entity, loc.entity, .locatedIn, label: ",", evidence: a..<loc.tokens.upperBound)
                }
            }
            // --- ORG is based in LOC (no comma)
            if c.isOrg(m) {
                var j = b
                if c.text.isLower(j, "is") || c.text.isLower(j, "was") || c.text.isLower(j, "are") { j += 1 }
                if basedWords.contains(token: j, in: c.text), c.text.isLower(j + 1, "in"), let loc = c.mention(startingAt: j + 2), c.isPlace(loc) {
                    c.add(m.entity, loc.entity, .basedIn, label: c.label(j..<(j + 2)), evidence: a..<loc.tokens.upperBound)
                }
            }
            // --- ORG ['s] ROLE PER  ("Huawei founder and CEO Ren Zhengfei")
            if c.isOrg(m) {
                let rs = c.afterPossessive(b)
                let re = c.roleEnd(from: rs, limit: end)
                if re > rs, let p = c.mention(startingAt: re), c.isPerson(p) {
                    c.employment(p, m, role: rs..<re, evidence: a..<p.tokens.upperBound)
                }
                // ORG 's PER ("Apple's Steve Jobs")
                if rs > b, let p = c.mention(startingAt: rs), c.isPerson(p) {
                    c.add(p.entity, m.entity, .worksFor, label: "", evidence: a..<p.tokens.upperBound)
                }
                // ORG ['s] rival ORG2
                if let r = c.word(in: rivalWords, at: rs), let o = c.mention(startingAt: r), c.isOrg(o) {
                    c.add(m.entity, o.entity, .competitorOf, label: c.label(rs..<r), evidence: a..<o.tokens.upperBound)
                }
                // ORG ... its rival ORG2
                if let o = nextRivalTarget(c, from: b, limit: end), o.1.entity != m.entity {
                    c.add(m.entity, o.1.entity, .competitorOf, label: c.label(o.0), evidence: a..<o.1.tokens.upperBound)
                }
                // ORG and [its] rival ORG2
                if c.text.isLower(b, "and") {
                    var j = b + 1
                    if c.text.isLower(j, "its") || c.text.isLower(j, "their") { j += 1 }
                    if let r = c.word(in: rivalWords, at: j), let o = c.mention(startingAt: r), c.isOrg(o) {
                        c.add(m.entity, o.entity, .competitorOf, label: c.label(j..<r), evidence: a..<o.tokens.upperBound)
                    }
                }
                // ORG2 ['s] unit ORG
                if let u = c.word(in: unitWords, at: rs), !c.text.isLower(rs, "part"), let o = c.mention(startingAt: u), c.isOrg(o) {
                    c.add(o.entity, m.entity, .partOf, label: c.label(rs..<u), evidence: a..<o.tokens.upperBound)
                }
                // "officials at ORG in LOC", "researchers from ORG in LOC"
                var before = a - 1
                if c.text.isLower(before, "the") { before -= 1 }
                if ["at", "from", "of", "with", "for"].contains(c.lower(before)), c.text.isLower(b, "in"),
                   let loc = c.mention(startingAt: b + 1), c.isPlace(loc), !c.isCountry(loc) {
                    c.add(m.entity, loc.entity, .basedIn, label: "in", evidence: a..<loc.tokens.upperBound)
                }
                // ORG hired | appointed PER [as [its] ROLE]; ORG named PER [as] [its] ROLE
                if hireVerbs.contains(token: b, in: c.text), let p = c.mention(startingAt: b + 1), c.isPerson(p) {
                    var i = p.tokens.upperBound
                    if c.text.isLower(i, "as") || c.text.isLower(i, "to") { i += 1 }
                    if roleDeterminers.contains(token: i, in: c.text) { i += 1 }
                    let re = c.roleEnd(from: i, limit: end)
                    if re > i {
                        c.employment(p, m, role: i..<re, evidence: a..<re)
                    } else if hireVerbsAlone.contains(token: b, in: c.text) {
                        c.add(p.entity, m.entity, .worksFor, label: c.label(b..<(b + 1)), evidence: a..<p.tokens.upperBound)
                    }
                }
                // ORG of LOC ("Acme Corp. of Denver")
                if c.text.isLower(b, "of"), let loc = c.mention(startingAt: b + 1), c.isPlace(loc) {
                    c.add(m.entity, loc.entity, .basedIn, label: "of", evidence: a..<loc.tokens.upperBound)
                }
            }
            // --- ROLE PER of|at ORG ("CEO Tim Cook of Apple") and ROLE of ORG , PER
            if c.isPerson(m) {
                let rs = c.roleStart(endingBefore: a, floor: sentStart)
                if rs < a, rolePrepositions.contains(token: b, in: c.text), !c.text.isLower(b, "in") {
                    var j = b + 1
                    if c.text.isLower(j, "the") { j += 1 }
                    if let org = c.mention(startingAt: j), c.isOrg(org) {
                        c.employment(m, org, role: rs..<a, evidence: rs..<org.tokens.upperBound)
                    }
                }
                // PER of LOC → lives_in; PER of ORG → works_for
                if c.text.isLower(b, "of") {
                    var j = b + 1
                    if c.text.isLower(j, "the") { j += 1 }
                    if let o = c.mention(startingAt: j) {
                        if c.isPlace(o) { c.add(m.entity, o.entity, .livesIn, label: "of", evidence: a..<o.tokens.upperBound) }
                        else if c.isOrg(o), rs == a { c.add(m.entity, o.entity, .worksFor, label: "of", evidence: a..<o.tokens.upperBound) }
                    }
                }
                // PER ( D - LOC )
                if c.text.isLower(b, "("), c.text.isLower(b + 2, "-"), let loc = c.mention(startingAt: b + 3), c.isPlace(loc) {
                    c.add(m.entity, loc.entity, .livesIn, label: c.label(b..<loc.tokens.upperBound), evidence: a..<loc.tokens.upperBound)
                }
                // PER lives in LOC
                var j = b
                if c.text.isLower(j, "who") { j += 1 }
                if liveVerbs.contains(token: j, in: c.text), c.text.isLower(j + 1, "in"), let loc = c.mention(startingAt: j + 2), c.isPlace(loc) {
                    c.add(m.entity, loc.entity, .livesIn, label: c.label(j..<(j + 2)), evidence: a..<loc.tokens.upperBound)
                }
                // PER founded ORG / PER joined ORG / PER works for ORG
                if let v = c.word(in: foundVerbs, at: b), let o = c.mention(startingAt: v), c.isOrg(o) {
                    c.add(m.entity, o.entity, .founded, label: c.label(b..<v), evidence: a..<o.tokens.upperBound)
                }
                if joinVerbs.contains(token: b, in: c.text), let o = c.mention(startingAt: b + 1), c.isOrg(o) {
                    c.add(m.entity, o.entity, .worksFor, label: c.label(b..<(b + 1)), evidence: a..<o.tokens.upperBound)
                }
                // PER heads | leads ORG
                if leadVerbs.contains(token: b, in: c.text) {
                    var o = b + 1
                    if c.text.isLower(o, "the") { o += 1 }
                    if let org = c.mention(startingAt: o), c.isOrg(org) {
                        c.add(m.entity, org.entity, .worksFor, label: c.label(b..<(b + 1)), evidence: a..<org.tokens.upperBound)
                    }
                }
                // PER was | has been named [as | to] [the] ROLE of | at | for ORG; PER was hired by ORG
                do {
                    var v = b
                    if c.text.isLower(v, "was") || c.text.isLower(v, "is") || c.text.isLower(v, "has") && c.text.isLower(v + 1, "been") {
                        v += c.text.isLower(v, "has") ? 2 : 1
                        if hireVerbs.contains(token: v, in: c.text) {
                            var i = v + 1
                            if c.text.isLower(i, "as") || c.text.isLower(i, "to") { i += 1 }
                            if roleDeterminers.contains(token: i, in: c.text) { i += 1 }
                            let re = c.roleEnd(from: i, limit: end)
                            if re > i, rolePrepositions.contains(token: re, in: c.text), !c.text.isLower(re, "in") {
                                var j = re + 1
                                if c.text.isLower(j, "the") { j += 1 }
                                if let org = c.mention(startingAt: j), c.isOrg(org) {
                                    c.employment(m, org, role: i..<re, evidence: a..<org.tokens.upperBound)
                                }
                            }
                            if hireVerbsAlone.contains(token: v, in: c.text), c.text.isLower(v + 1, "by"), let org = c.mention(startingAt: v + 2), c.isOrg(org) {
                                c.add(m.entity, org.entity, .worksFor, label: c.label(v..<(v + 1)), evidence: a..<org.tokens.upperBound)
                            }
                        }
                    }
                }
                if c.text.isLower(b, "works") || c.text.isLower(b, "worked") || c.text.isLower(b, "working"), c.text.isLower(b + 1, "for") || c.text.isLower(b + 1, "at"),
                   let o = c.mention(startingAt: b + 2), c.isOrg(o) {
                    c.add(m.entity, o.entity, .worksFor, label: c.label(b..<(b + 2)), evidence: a..<o.tokens.upperBound)
                }
            }
            // --- ROLE of | for | at ORG , PER  ("the chief executive of Apple, Tim Cook", "a spokesman for Boeing, Gordon Johndroe")
            if c.isOrg(m), c.text.isLower(b, ","), let p = c.mention(startingAt: b + 1), c.isPerson(p) {
                var j = a - 1
                if c.text.isLower(j, "the") { j -= 1 }
                if c.text.isLower(j, "of") || c.text.isLower(j, "for") || c.text.isLower(j, "at") {
                    let rs = c.roleStart(endingBefore: j, floor: sentStart)
                    if rs < j { c.employment(p, m, role: rs..<j, evidence: rs..<p.tokens.upperBound) }
                }
            }
            // --- ORG was founded by PER / ORG , founded by PER
            if c.isOrg(m) {
                var j = b
                if c.text.isLower(j, ",") { j += 1 }
                if c.text.isLower(j, "was") || c.text.isLower(j, "is") { j += 1 }
                if let v = c.word(in: foundVerbs, at: j), c.text.isLower(v, "by"), let p = c.mention(startingAt: v + 1), c.isPerson(p) {
                    c.add(p.entity, m.entity, .founded, label: c.label(j..<(v + 1)), evidence: a..<p.tokens.upperBound)
                }
            }
            // --- LOC in STATE/COUNTRY, FACILITY in LOC
            if c.isPlace(m), !c.isCountry(m), c.text.isLower(b, "in"), let loc = c.mention(startingAt: b + 1), c.isPlace(loc), loc.entity != m.entity,
               c.isContainer(loc) || (EntityLexicon.facilityHeads.contains(token: b - 1, in: c.text) && !c.isContainer(m)) {
                c.add(m.entity, loc.entity, .locatedIn, label: "in", evidence: a..<loc.tokens.upperBound)
            }
            // --- LOC 's X: "Japan's Sony" (based_in), "California's Silicon Valley" (located_in)
            if c.isPlace(m), c.afterPossessive(b) > b, let o = c.mention(startingAt: b + 1) {
                if c.isOrg(o) { c.add(o.entity, m.entity, .basedIn, label: c.label(b..<(b + 1)), evidence: a..<o.tokens.upperBound) }
                else if c.isPlace(o), c.isContainer(m), !c.isCountry(o) { c.add(o.entity, m.entity, .locatedIn, label: c.label(b..<(b + 1)), evidence: a..<o.tokens.upperBound) }
            }
            // --- LOC-based ORG / the LOC-based company
            if c.isPlace(m), c.text.isLower(b, "-"), basedWords.contains(token: b + 1, in: c.text) {
                var j = b + 2
                var steps = 0
                var target: MentionSpan? = nil
                while j < end, steps < 4 {
                    if let o = c.mention(startingAt: j) { if c.isOrg(o) { target = o }; break }
                    let w = c.lower(j)
                    if EntityLexicon.organizationNouns.contains(w) {
                        // "the Dallas-based company, Texas Instruments Inc."
                        if c.text.isLower(j + 1, ","), let o = c.mention(startingAt: j + 2), c.isOrg(o) { target = o }
                        break
                    }
                    if w == "," || w == "." { break }
                    j += 1; steps += 1
                }
                if let t = target {
                    c.add(t.entity, m.entity, .basedIn, label: c.label(b..<(b + 2)), evidence: a..<t.tokens.upperBound)
                } else if let org = describedOrganization(c, before: a, sentence: sentence, ms: ms, previous: previousOrganization) {
                    c.add(org, m.entity, .basedIn, label: c.label(b..<(b + 2)), evidence: a..<(b + 2))
                }
            }
            // --- LOC ['s] governor PER ("Colombian President ..." is nationality; "Texas Gov. Ann Richards")
            if c.isPlace(m) {
                let rs = c.afterPossessive(b)
                let re = c.roleEnd(from: rs, limit: end)
                if re > rs, (rs..<re).contains(where: { politicalRoles.contains(token: $0, in: c.text) }), let p = c.mention(startingAt: re), c.isPerson(p) {
                    c.add(p.entity, m.entity, .livesIn, label: c.label(rs..<re), evidence: a..<p.tokens.upperBound)
                }
            }
            // --- LOC native PER
            if c.isPlace(m), residentWords.contains(token: b, in: c.text), let p = c.mention(startingAt: b + 1), c.isPerson(p) {
                c.add(p.entity, m.entity, .livesIn, label: c.label(b..<(b + 1)), evidence: a..<p.tokens.upperBound)
            }
            _ = next
        }
        nationality(&c, sentence: sentence, mentions: ms, previous: previousOrganization)
        saidAbout(&c, sentence: sentence, mentions: ms)
        actions(&c, sentence: sentence, mentions: ms)
    }

    /// PER|ORG [has | agreed to | plans to ...] VERB [with | in] [the | its] PER|ORG ['s ...] →
    /// `related_to`, the verb phrase as label ("sued", "agreed to buy"); and the passive
    /// "ORG was acquired by ORG2" (ORG2 → ORG, "acquired").
    static func actions(_ c: inout RelationContext, sentence: Sentence, mentions ms: ArraySlice<MentionSpan>) {
        guard ms.count >= 2 else { return }
        let hi = sentence.tokens.upperBound
        for m in ms where c.isPerson(m) || c.isOrg(m) {
            var j = m.tokens.upperBound
            let leadStart = j
            var blocked = false
            while j < hi, j < leadStart + 4, !actionVerbs.contains(token: j, in: c.text) {
                if actionBlockers.contains(token: j, in: c.text) { blocked = true; break }
                guard actionLeads.contains(token: j, in: c.text) else { break }
                j += 1
            }
            guard !blocked, j < hi, let preposition = actionVerbs[token: j, in: c.text] else { continue }
            // "was cleared by the FDIC to acquire Starpointe": an infinitive right after the name
            // has another subject.
            if j > leadStart, c.text.isLower(leadStart, "to") { continue }
            let passive = j > leadStart && (c.text.isLower(j - 1, "was") || c.text.isLower(j - 1, "is") || c.text.isLower(j - 1, "been"))
            var o = j + 1
            if passive {
                guard c.text.isLower(o, "by") else { continue }
                o += 1
            } else if !preposition.isEmpty {
                guard c.lower(o) == preposition else { continue }
                o += 1
            }
            if c.text.isLower(o, "the") || c.text.isLower(o, "its") || c.text.isLower(o, "rival") { o += 1 }
            guard let other = c.mention(startingAt: o), c.isPerson(other) || c.isOrg(other), other.entity != m.entity else { continue }
            let evidence = m.tokens.lowerBound..<other.tokens.upperBound
            if passive {
                c.add(other.entity, m.entity, .relatedTo, label: c.label(j..<(j + 1)), evidence: evidence)
            } else {
                // The label runs from the first lead word that is part of the verb phrase ("agreed to
                // buy") through the verb and its preposition.
                var from = j
                while from > leadStart, !auxiliaries.contains(token: from - 1, in: c.text) { from -= 1 }
                c.add(m.entity, other.entity, .relatedTo, label: c.label(from..<(preposition.isEmpty ? j + 1 : j + 2)), evidence: evidence)
            }
        }
    }

    /// "its rival ORG" after an organisation, within the clause: (the tokens of "rival", the rival).
    static func nextRivalTarget(_ c: RelationContext, from b: Int, limit: Int) -> (Range<Int>, MentionSpan)? {
        var j = b
        while j < limit, j < b + 8 {
            let t = c.text
            if t.isLower(j, ",") || t.isLower(j, ";") || t.isLower(j, ".") || c.mention(startingAt: j) != nil { return nil }
            if (t.isLower(j, "its") || t.isLower(j, "their")), let r = c.word(in: rivalWords, at: j + 1), let o = c.mention(startingAt: r), c.isOrg(o) {
                return ((j + 1)..<r, o)
            }
            j += 1
        }
        return nil
    }

    /// The organisation a "the ... company" description at `a` refers to: the subject of this
    /// sentence when it follows, else the most recent organisation in subject position.
    static func describedOrganization(_ c: RelationContext, before a: Int, sentence: Sentence, ms: ArraySlice<MentionSpan>, previous: Int?) -> Int? {
        // Description opening the sentence: "The Chinese technology company, which ..."
        var i = a - 1
        while i >= sentence.tokens.lowerBound, c.text.tokens[i].kind == .word, !(c.mention(endingAt: i) != nil) { i -= 1 }
        if i < sentence.tokens.lowerBound || c.text.tokens[i].kind == .punctuation {
            // Appositive after an org: "Huawei, the Shenzhen-based company"
            if i >= sentence.tokens.lowerBound, c.text.isLower(i, ","), let o = c.mention(endingAt: i - 1), c.isOrg(o) { return o.entity }
            if i < sentence.tokens.lowerBound { return previous }
        }
        return nil
    }

    /// nationality: "Chinese company Huawei", "the Chinese technology company" (→ the
    /// organisation described), "Huawei and ZTE, another Chinese tech company".
    static func nationality(_ c: inout RelationContext, sentence: Sentence, mentions ms: ArraySlice<MentionSpan>, previous: Int?) {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        for d in lo..<hi {
            guard c.text.tokens[d].isCapitalized, let country = EntityLexicon.demonyms[token: d, in: c.text], let target = c.countryEntity[country] else { continue }
            guard c.mention(startingAt: d) == nil, c.startAt.indices.contains(d) else { continue }
            // DEMONYM [up to 3 lower-case words or titles] NAME
            var j = d + 1
            var steps = 0
            while j < hi, steps < 3, c.mention(startingAt: j) == nil, c.text.tokens[j].kind == .word,
                  !c.text.tokens[j].isCapitalized || EntityLexicon.personTitles.contains(token: j, in: c.text) || c.text.tokens[j].isAllCaps,
                  !EntityLexicon.organizationNouns.contains(token: j, in: c.text) || steps < 2 {
                if EntityLexicon.organizationNouns.contains(token: j, in: c.text), let o = c.mention(startingAt: j + 1), c.isOrg(o) || c.isPerson(o) {
                    j += 1; break
                }
                if EntityLexicon.organizationNouns.contains(token: j, in: c.text) { break }
                j += 1; steps += 1
            }
            // The word before the name must say what it is: "Chinese company Huawei", "French President
            // Macron", "Russian opposition leader Navalny" (not "American lawmakers criticized Huawei").
            let head = c.lower(j - 1)
            let describes = j == d + 1 || EntityLexicon.organizationNouns.contains(head) || RelationPatterns.isRoleWord(head)
                || EntityLexicon.personNouns.contains(head) || EntityLexicon.organizationHeads.contains(head)
            if describes, let o = c.mention(startingAt: j), (c.isOrg(o) || c.isPerson(o)), j - d <= 4 {
                c.add(o.entity, target, .nationality, label: c.label(d..<(d + 1)), evidence: d..<o.tokens.upperBound)
                continue
            }
            // DEMONYM [words] ORGNOUN as a description: which organisation?
            var k = d + 1
            var nounAt = -1
            while k < hi, k <= d + 4, c.text.tokens[k].kind == .word, c.mention(startingAt: k) == nil {
                if EntityLexicon.organizationNouns.contains(token: k, in: c.text) { nounAt = k; break }
                k += 1
            }
            guard nounAt > 0 else { continue }
            let det = c.lower(d - 1)
            // "X and Y, another Chinese tech company" / "X, a Chinese company"
            if (det == "another" || det == "a" || det == "an" || det == "the"), c.text.isLower(d - 2, ",") {
                var subjects: [MentionSpan] = []
                if let o = c.mention(endingAt: d - 3), c.isOrg(o) {
                    subjects.append(o)
                    if c.text.isLower(o.tokens.lowerBound - 1, "and"), let o2 = c.mention(endingAt: o.tokens.lowerBound - 2), c.isOrg(o2) {
                        subjects.insert(o2, at: 0)
                    }
                }
                for s in subjects {
                    c.add(s.entity, target, .nationality, label: c.label(d..<(d + 1)), evidence: s.tokens.lowerBound..<(nounAt + 1))
                }
                if det == "another", subjects.count == 2 {
                    c.add(subjects[0].entity, subjects[1].entity, .competitorOf, label: c.label((d - 1)..<(nounAt + 1)), evidence: subjects[0].tokens.lowerBound..<(nounAt + 1))
                }
                continue
            }
            // "The Chinese technology company" opening a sentence → the organisation last in subject position
            if det == "the", d - 1 == lo || (d - 2 >= lo && c.text.tokens[d - 2].kind == .punctuation && d - 2 == lo), let org = previous {
                c.add(org, target, .nationality, label: c.label(d..<(d + 1)), evidence: (d - 1)..<(nounAt + 1))
            }
        }
    }

    /// said_about: "X said ...", "..., X said", "according to X" → every other entity of the sentence.
    static func saidAbout(_ c: inout RelationContext, sentence: Sentence, mentions ms: ArraySlice<MentionSpan>) {
        guard ms.count >= 2 else { return }
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        var speaker: MentionSpan? = nil
        var verb = -1
        for m in ms where c.isPerson(m) || c.isOrg(m) {
            let b = m.tokens.upperBound
            // X said / X , ROLE of Y , said
            var j = b
            if c.text.isLower(j, ",") {
                var k = j + 1
                while k < hi, k < j + 12, !c.text.isLower(k, ",") { k += 1 }
                if c.text.isLower(k, ","), sayVerbs.contains(token: k + 1, in: c.text) { j = k + 1 }
            }
            if c.text.isLower(j, "reportedly") || c.text.isLower(j, "also") || c.text.isLower(j, "has") || c.text.isLower(j, "had") { j += 1 }
            if sayVerbs.contains(token: j, in: c.text) { speaker = m; verb = j; break }
            // said X
            if sayVerbs.contains(token: m.tokens.lowerBound - 1, in: c.text), m.tokens.lowerBound - 1 > lo { speaker = m; verb = m.tokens.lowerBound - 1; break }
            if c.text.isLower(m.tokens.lowerBound - 1, "to"), c.text.isLower(m.tokens.lowerBound - 2, "according") { speaker = m; verb = m.tokens.lowerBound - 2; break }
        }
        guard let s = speaker, verb >= 0 else { return }
        var appositive = min(s.tokens.upperBound, verb)..<max(s.tokens.upperBound, verb)
        // "according to X, ROLE of Y, ...": the appositive after the speaker is no topic.
        if verb < s.tokens.lowerBound, c.text.isLower(s.tokens.upperBound, ",") {
            var k = s.tokens.upperBound + 1
            while k < hi, !c.text.isLower(k, ",") { k += 1 }
            appositive = s.tokens.upperBound..<k
        }
        let verbLabel = c.label(verb..<(c.text.isLower(verb, "according") ? verb + 2 : verb + 1))
        for m in ms where m.entity != s.entity && !appositive.contains(m.tokens.lowerBound) {
            c.add(s.entity, m.entity, .saidAbout, label: verbLabel, evidence: lo..<hi)
        }
    }
}
