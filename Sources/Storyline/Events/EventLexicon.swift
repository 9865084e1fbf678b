// Readable tables of the event stage: trigger words, their event types, and the small
// function-word classes the clause analysis needs. Compiled once into hash tables keyed by
// `Token.lower`.

/// The grammatical form of a verbal trigger as written.
enum VerbForm: UInt8, Sendable {
    case base, thirdPerson, past, participle, gerund
}

/// What a token can trigger.
struct TriggerEntry: Sendable {
    var lemma: String
    var type: String
    var form: VerbForm
}

enum EventLexicon {
    /// Verbal triggers: "base 3rd-person past participle gerund" → event type. A form written
    /// with a leading `!` names the lemma but is not looked up ("found" is mostly the past of "find").
    static let verbTable: [(forms: String, type: String)] = [
        // statement (reported speech)
        ("say says said said saying", "statement"),
        ("tell tells told told telling", "statement"),
        ("add adds added added adding", "statement"),
        ("state states stated stated stating", "statement"),
        ("claim claims claimed claimed claiming", "statement"),
        ("comment comments commented commented commenting", "statement"),
        ("explain explains explained explained explaining", "statement"),
        ("insist insists insisted insisted insisting", "statement"),
        ("reiterate reiterates reiterated reiterated reiterating", "statement"),
        ("talk talks talked talked talking", "statement"),
        ("admit admits admitted admitted admitting", "statement"),
        ("confirm confirms confirmed confirmed confirming", "statement"),
        ("praise praises praised praised praising", "statement"),
        ("criticize criticizes criticized criticized criticizing", "statement"),
        ("criticise criticises criticised criticised criticising", "statement"),
        ("call calls called called calling", "statement"),
        ("describe describes described described describing", "statement"),
        ("predict predicts predicted predicted predicting", "statement"),
        ("argue argues argued argued arguing", "statement"),
        // report
        ("report reports reported reported reporting", "report"),
        ("reveal reveals revealed revealed revealing", "report"),
        ("publish publishes published published publishing", "report"),
        ("disclose discloses disclosed disclosed disclosing", "report"),
        // announcement
        ("announce announces announced announced announcing", "announcement"),
        ("unveil unveils unveiled unveiled unveiling", "announcement"),
        ("present presents presented presented presenting", "announcement"),
        ("demonstrate demonstrates demonstrated demonstrated demonstrating", "announcement"),
        ("showcase showcases showcased showcased showcasing", "announcement"),
        ("preview previews previewed previewed previewing", "announcement"),
        // warning / denial
        ("warn warns warned warned warning", "warning"),
        ("caution cautions cautioned cautioned cautioning", "warning"),
        ("threaten threatens threatened threatened threatening", "warning"),
        ("deny denies denied denied denying", "denial"),
        ("reject rejects rejected rejected rejecting", "denial"),
        // launch / release
        ("launch launches launched launched launching", "launch"),
        ("introduce introduces introduced introduced introducing", "launch"),
        ("release releases released released releasing", "launch"),
        ("debut debuts debuted debuted debuting", "launch"),
        ("ship ships shipped shipped shipping", "launch"),
        ("start starts started started starting", "launch"),
        ("begin begins began begun beginning", "launch"),
        ("create creates created created creating", "launch"),
        ("build builds built built building", "launch"),
        ("develop develops developed developed developing", "launch"),
        ("update updates updated updated updating", "launch"),
        ("upgrade upgrades upgraded upgraded upgrading", "launch"),
        ("replace replaces replaced replaced replacing", "launch"),
        ("rename renames renamed renamed renaming", "launch"),
        // opening
        ("open opens opened opened opening", "opening"),
        ("establish establishes established established establishing", "opening"),
        ("!found founds founded founded founding", "opening"),
        ("enter enters entered entered entering", "opening"),
        ("expand expands expanded expanded expanding", "opening"),
        // withdrawal
        ("withdraw withdraws withdrew withdrawn withdrawing", "withdrawal"),
        ("exit exits exited exited exiting", "withdrawal"),
        ("leave leaves left left leaving", "withdrawal"),
        ("quit quits quit quit quitting", "withdrawal"),
        ("drop drops dropped dropped dropping", "withdrawal"),
        ("abandon abandons abandoned abandoned abandoning", "withdrawal"),
        ("close closes closed closed closing", "withdrawal"),
        ("cancel cancels cancelled cancelled cancelling", "withdrawal"),
        ("discontinue discontinues discontinued discontinued discontinuing", "withdrawal"),
        ("retire retires retired retired retiring", "withdrawal"),
        ("resign resigns resigned resigned resigning", "withdrawal"),
        ("recall recalls recalled recalled recalling", "withdrawal"),
        // sale / acquisition / finance
        ("sell sells sold sold selling", "sale"),
        ("buy buys bought bought buying", "acquisition"),
        ("acquire acquires acquired acquired acquiring", "acquisition"),
        ("purchase purchases purchased purchased purchasing", "acquisition"),
        ("merge merges merged merged merging", "acquisition"),
        ("invest invests invested invested investing", "acquisition"),
        ("earn earns earned earned earning", "financial"),
        ("rise rises rose risen rising", "financial"),
        ("fall falls fell fallen falling", "financial"),
        ("double doubles doubled doubled doubling", "financial"),
        ("lower lowers lowered lowered lowering", "financial"),
        ("cut cuts cut cut cutting", "financial"),
        ("raise raises raised raised raising", "financial"),
        ("reduce reduces reduced reduced reducing", "financial"),
        ("increase increases increased increased increasing", "financial"),
        ("grow grows grew grown growing", "financial"),
        ("lose loses lost lost losing", "financial"),
        ("win wins won won winning", "award"),
        // legal
        ("sue sues sued sued suing", "legal"),
        ("file files filed filed filing", "legal"),
        ("settle settles settled settled settling", "legal"),
        ("rule rules ruled ruled ruling", "legal"),
        ("fine fines fined fined fining", "legal"),
        ("charge charges charged charged charging", "legal"),
        ("arrest arrests arrested arrested arresting", "legal"),
        ("ban bans banned banned banning", "legal"),
        ("force forces forced forced forcing", "legal"),
        ("resolve resolves resolved resolved resolving", "legal"),
        ("accuse accuses accused accused accusing", "legal"),
        ("investigate investigates investigated investigated investigating", "legal"),
        // agreement
        ("agree agrees agreed agreed agreeing", "agreement"),
        ("sign signs signed signed signing", "agreement"),
        ("approve approves approved approved approving", "agreement"),
        ("partner partners partnered partnered partnering", "agreement"),
        // personnel / election
        ("elect elects elected elected electing", "election"),
        ("vote votes voted voted voting", "election"),
        ("appoint appoints appointed appointed appointing", "personnel"),
        ("hire hires hired hired hiring", "personnel"),
        ("fire fires fired fired firing", "personnel"),
        ("name names named named naming", "personnel"),
        ("succeed succeeds succeeded succeeded succeeding", "personnel"),
        ("join joins joined joined joining", "personnel"),
        ("return returns returned returned returning", "personnel"),
        ("reassume reassumes reassumed reassumed reassuming", "personnel"),
        // meeting / travel
        ("meet meets met met meeting", "meeting"),
        ("visit visits visited visited visiting", "meeting"),
        ("attend attends attended attended attending", "meeting"),
        ("host hosts hosted hosted hosting", "meeting"),
        // attack / death / health (a killing and the death it causes are one event: one type)
        ("kill kills killed killed killing", "death"),
        ("murder murders murdered murdered murdering", "death"),
        ("slay slays slew slain slaying", "death"),
        ("die dies died died dying", "death"),
        ("attack attacks attacked attacked attacking", "attack"),
        ("shoot shoots shot shot shooting", "attack"),
        ("stab stabs stabbed stabbed stabbing", "attack"),
        ("crash crashes crashed crashed crashing", "accident"),
        ("collide collides collided collided colliding", "accident"),
        ("explode explodes exploded exploded exploding", "accident"),
        ("protest protests protested protested protesting", "unrest"),
        ("riot riots rioted rioted rioting", "unrest"),
        ("bear bears bore born bearing", "birth"),
        ("fight fights fought fought fighting", "health"),
        ("undergo undergoes underwent undergone undergoing", "health"),
        // decision
        ("decide decides decided decided deciding", "decision"),
    ]

    /// Nominal triggers: "singular plural" → event type.
    static let nounTable: [(forms: String, type: String)] = [
        ("interview interviews", "meeting"),
        ("conference conferences", "meeting"),
        ("meeting meetings", "meeting"),
        ("summit summits", "meeting"),
        ("visit visits", "meeting"),
        ("keynote keynotes", "meeting"),
        ("show shows", "meeting"),
        ("expo expos", "meeting"),
        ("event events", "meeting"),
        ("report reports", "report"),
        ("statement statements", "statement"),
        ("speech speeches", "statement"),
        ("announcement announcements", "announcement"),
        ("launch launches", "launch"),
        ("release releases", "launch"),
        ("introduction introductions", "launch"),
        ("debut debuts", "launch"),
        ("acquisition acquisitions", "acquisition"),
        ("purchase purchases", "acquisition"),
        ("merger mergers", "acquisition"),
        ("sale sales", "sale"),
        ("deal deals", "agreement"),
        ("agreement agreements", "agreement"),
        ("lawsuit lawsuits", "legal"),
        ("suit suits", "legal"),
        ("trial trials", "legal"),
        ("arraignment arraignments", "legal"),
        ("verdict verdicts", "legal"),
        ("ruling rulings", "legal"),
        ("settlement settlements", "legal"),
        ("vote votes", "election"),
        ("election elections", "election"),
        ("attack attacks", "attack"),
        ("shooting shootings", "attack"),
        ("stabbing stabbings", "attack"),
        ("bombing bombings", "attack"),
        ("gunfire", "attack"),
        ("crossfire", "attack"),
        ("shootout shootouts", "attack"),
        ("firebombing firebombings", "attack"),
        ("murder murders", "death"),
        ("killing killings", "death"),
        ("slaying slayings", "death"),
        ("homicide homicides", "death"),
        ("death deaths", "death"),
        ("dead", "death"),
        ("arrest arrests", "legal"),
        ("crash crashes", "accident"),
        ("collision collisions", "accident"),
        ("explosion explosions", "accident"),
        ("earthquake earthquakes", "disaster"),
        ("quake quakes", "disaster"),
        ("protest protests", "unrest"),
        ("riot riots rioting", "unrest"),
        ("demonstration demonstrations", "unrest"),
        ("rally rallies", "unrest"),
        ("clash clashes", "unrest"),
        ("withdrawal withdrawals", "withdrawal"),
        ("exit exits", "withdrawal"),
        ("resignation resignations", "withdrawal"),
        ("decision decisions", "decision"),
        // Offences a person is arrested or charged for ("arrested on suspicion of DUI"); "drunk
        // driving" is read by `offenceHeads`.
        ("dui", "offence"),
        ("dwi", "offence"),
        ("speeding", "offence"),
        ("robbery robberies", "offence"),
        ("burglary burglaries", "offence"),
        ("theft thefts", "offence"),
        ("fraud", "offence"),
        ("manslaughter", "offence"),
        ("arson", "offence"),
        ("kidnapping kidnappings", "offence"),
        ("shoplifting", "offence"),
        ("embezzlement", "offence"),
        ("bribery", "offence"),
        // A leave of absence, never a departure ("on medical leave").
        ("leave", "absence"),
        ("sabbatical sabbaticals", "absence"),
    ]

    /// Further verbs that TimeML-style annotation counts as events (states, aspectual and
    /// support verbs); used only for event mentions (`EventExtractor.Options.annotation`).
    static let annotationVerbTable: [(forms: String, type: String)] = [
        ("have has had had having", "state"),
        ("use uses used used using", "state"),
        ("own owns owned owned owning", "state"),
        ("come comes came come coming", "state"),
        ("provide provides provided provided providing", "state"),
        ("proceed proceeds proceeded proceeded proceeding", "state"),
        ("hold holds held held holding", "meeting"),
        ("make makes made made making", "production"),
        ("produce produces produced produced producing", "production"),
        ("market markets marketed marketed marketing", "sale"),
        ("work works worked worked working", "state"),
        ("show shows showed shown showing", "announcement"),
        ("demo demos demoed demoed demoing", "announcement"),
        ("note notes noted noted noting", "statement"),
        ("acknowledge acknowledges acknowledged acknowledged acknowledging", "statement"),
        ("dismiss dismisses dismissed dismissed dismissing", "statement"),
        ("welcome welcomes welcomed welcomed welcoming", "statement"),
        ("hint hints hinted hinted hinting", "statement"),
        ("promote promotes promoted promoted promoting", "announcement"),
        ("pass passes passed passed passing", "state"),
        ("access accesses accessed accessed accessing", "state"),
        ("slate slates slated slated slating", "announcement"),
        ("offer offers offered offered offering", "sale"),
        ("include includes included included including", "state"),
        ("feature features featured featured featuring", "state"),
        ("allow allows allowed allowed allowing", "state"),
        ("support supports supported supported supporting", "state"),
        ("become becomes became become becoming", "state"),
        ("remain remains remained remained remaining", "state"),
        ("receive receives received received receiving", "state"),
        ("see sees saw seen seeing", "state"),
        ("reach reaches reached reached reaching", "financial"),
        ("serve serves served served serving", "personnel"),
        ("steer steers steered steered steering", "personnel"),
        ("know knows knew known knowing", "state"),
        ("involve involves involved involved involving", "state"),
        ("lead leads led led leading", "personnel"),
        ("run runs ran run running", "personnel"),
        ("take takes took taken taking", "state"),
        ("give gives gave given giving", "state"),
        ("keep keeps kept kept keeping", "state"),
        ("continue continues continued continued continuing", "state"),
        ("brand brands branded branded branding", "state"),
        ("account accounts accounted accounted accounting", "state"),
        ("download downloads downloaded downloaded downloading", "sale"),
        ("order orders ordered ordered ordering", "sale"),
        ("sue sues sued sued suing", "legal"),
        ("breach breaches breached breached breaching", "legal"),
        ("appeal appeals appealed appealed appealing", "legal"),
        ("step steps stepped stepped stepping", "withdrawal"),
        ("recommend recommends recommended recommended recommending", "statement"),
        ("ask asks asked asked asking", "statement"),
        ("grant grants granted granted granting", "agreement"),
        ("request requests requested requested requesting", "statement"),
        ("attribute attributes attributed attributed attributing", "statement"),
        ("address addresses addressed addressed addressing", "statement"),
        ("round rounds rounded rounded rounding", "state"),
    ]

    /// Further nouns that annotation counts as events.
    static let annotationNounTable: [(forms: String, type: String)] = [
        ("dispute disputes", "legal"),
        ("case cases", "legal"),
        ("breach breaches", "legal"),
        ("demand demands", "financial"),
        ("reduction reductions", "financial"),
        ("development developments", "launch"),
        ("invitation invitations", "meeting"),
        ("pre-orders orders order", "sale"),
        ("issue issues", "state"),
        ("problem problems", "state"),
        ("use", "state"),
        ("access", "state"),
        ("success", "state"),
        ("growth", "financial"),
        ("price prices", "financial"),
        ("cut cuts", "financial"),
        ("appearance appearances", "meeting"),
        ("presentation presentations", "announcement"),
        ("talk talks", "statement"),
        ("comments comment", "statement"),
        ("illness", "health"),
        ("surgery", "health"),
        ("transplant", "health"),
        ("leave", "absence"),
        ("departure", "withdrawal"),
        ("return", "personnel"),
        ("farewell farewells", "withdrawal"),
        ("absence absences", "absence"),
        ("request requests", "statement"),
        ("address", "statement"),
    ]

    /// Types ranked for choosing the main trigger when several verbs tell one event
    /// ("reiterated those concerns and cautioned US telecoms" → the warning).
    static let typePriority: [String: Int] = [
        "statement": 1, "report": 2, "announcement": 3, "decision": 3, "meeting": 3, "financial": 4,
    ]
    static func priority(_ type: String) -> Int { typePriority[type] ?? 5 }

    /// Event types whose mentions are too common to retell one event ("the statement", "said he had").
    static let retellingExcludedTypes: WordSet = ["statement", "report", "announcement", "meeting", "financial", "state", "decision"]
    /// Incidents news names by a noun alone ("Leeds double murder", "the crash"): the first such
    /// mention of an incident no verb tells is its event; the later ones retell it.
    static let incidentTypes: WordSet = ["death", "attack", "accident", "disaster", "unrest", "offence"]
    /// Nouns that name an offence after one of their modifiers ("drunk driving", "drink-driving")
    /// or before "under the influence".
    static let offenceHeads: WordMap<WordSet> = [
        "driving": ["drunk", "drunken", "drink", "impaired", "reckless", "dangerous", "careless"],
    ]
    /// Prepositions before a bare gerund that names an incident ("charged with murdering").
    static let gerundPrepositions: WordSet = ["with", "of", "for", "after", "before", "in"]
    /// Types of nouns that say their event holds after "on" ("X is on medical leave", "went on
    /// sabbatical"), though the noun alone names none ("the leave was short").
    static let onStateTypes: WordSet = ["absence"]
    /// Verbs other than "be" that put someone "on" such a state ("went on leave", "remains on leave").
    static let onStateVerbs: WordSet = ["go", "goes", "went", "gone", "going", "remain", "remains", "remained",
                                        "stay", "stays", "stayed", "placed", "put", "sent"]
    /// Court proceedings news names by a noun alone, like incidents ("the trial of two men"): the
    /// first such mention no verb tells is its event.
    static let proceedings: WordSet = ["trial", "arraignment", "verdict"]
    /// Words before "trial" that make it a test, not a court case ("a free trial", "clinical trials").
    static let testModifiers: WordSet = ["free", "clinical", "beta", "drug", "field", "time", "trial"]
    /// Plurals that name one incident ("during Greek riots", "as protests spread"), unlike counted
    /// ones ("deaths from cancer").
    static let collectiveIncidents: WordSet = ["riots", "protests", "demonstrations", "rallies", "clashes"]
    /// Adjectives that retell an incident ("found dead", "shot dead") but never name one ("a dead end").
    static let incidentAdjectives: WordSet = ["dead"]
    /// Forms of "leave", which with "dead" after its object tell a death ("left three people dead").
    static let leaveForms: WordSet = ["leave", "leaves", "left", "leaving"]

    /// Lemmas whose object is a reported clause (what was said).
    static let speechLemmas: WordSet = [
        "say", "tell", "add", "state", "claim", "comment", "explain", "insist", "reiterate",
        "admit", "confirm", "argue", "predict", "report", "reveal", "disclose", "announce",
        "warn", "deny", "talk", "describe",
    ]

    /// Speech verbs whose direct object is the addressee ("told Reuters", "warned investors").
    static let addresseeLemmas: WordSet = ["tell", "warn", "caution", "ask", "inform", "remind"]

    /// Verbs governing an infinitive trigger whose event then took place ("decided to exit").
    static let factualGovernors: WordSet = [
        "decide", "decided", "decides", "agree", "agreed", "agrees", "begin", "began", "begins", "begun",
        "start", "started", "starts", "continue", "continued", "continues", "vote", "voted", "votes",
        "move", "moved", "moves", "manage", "managed", "manages", "choose", "chose", "chosen", "chooses",
        "go", "went", "goes",
    ]

    /// Verbs and nouns of intention or attempt: what they govern has not (yet) happened.
    static let intentionGovernors: WordSet = [
        "try", "tries", "tried", "trying", "want", "wants", "wanted", "plan", "plans", "planned", "planning",
        "hope", "hopes", "hoped", "seek", "seeks", "sought", "expect", "expects", "expected", "intend", "intends",
        "intended", "aim", "aims", "aimed", "attempt", "attempts", "attempted", "need", "needs", "needed", "wish",
        "wishes", "threaten", "threatens", "threatened", "refuse", "refuses", "refused", "fail", "fails", "failed",
        "effort", "efforts", "plan", "bid", "able", "unable", "likely", "unlikely", "set", "due", "ready", "would",
        "could", "should", "might", "may", "must", "order", "ask", "asked", "urge", "urged", "allow", "allowed",
    ]

    /// Modal auxiliaries that make an event hypothetical (excluded from the timeline).
    static let hypotheticalModals: WordSet = [
        "could", "may", "might", "would", "should", "must", "can", "shall", "ought",
        "couldn't", "mightn't", "wouldn't", "shouldn't", "mustn't", "can't", "cannot",
    ]
    /// Auxiliaries marking the future.
    static let futureAuxiliaries: WordSet = ["will", "'ll", "won't", "shall"]
    static let beForms: WordMap<String> = [
        "is": "present", "are": "present", "am": "present", "'s": "present", "'re": "present",
        "was": "past", "were": "past", "be": "", "been": "", "being": "",
        "isn't": "present", "aren't": "present", "wasn't": "past", "weren't": "past",
    ]
    static let haveForms: WordMap<String> = [
        "has": "past", "have": "past", "had": "past", "'ve": "past", "having": "past",
        "hasn't": "past", "haven't": "past", "hadn't": "past",
    ]
    static let doForms: WordMap<String> = [
        "do": "present", "does": "present", "did": "past",
        "don't": "present", "doesn't": "present", "didn't": "past",
    ]
    static let negators: WordSet = ["not", "never", "n't", "neither", "nor"]
    /// Adverbs allowed inside a verb group ("reportedly said", "has already launched").
    static let verbGroupAdverbs: WordSet = [
        "also", "already", "still", "just", "reportedly", "recently", "officially", "finally",
        "now", "then", "later", "again", "formally", "quietly", "publicly", "previously", "first",
        "allegedly", "apparently", "eventually", "soon", "only", "even", "once", "subsequently",
        "twice", "thrice", "long", "since", "ever", "almost", "nearly", "always", "often", "repeatedly",
    ]
    /// Verb particles kept with the trigger ("pulled out", "set up").
    static let particles: WordSet = ["out", "up", "off", "down", "back", "over", "away"]

    /// Words before a noun/verb-ambiguous form that make it a noun.
    static let nounContext: WordSet = [
        "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
        "those", "'s", "new", "first", "last", "latest", "annual", "recent", "of", "in", "at", "on",
        "for", "with", "during", "after", "before", "since", "by", "from", "any", "no", "another",
        "each", "every", "such", "official", "public", "formal",
    ]
    /// Determiners and possessives: a date right after one modifies a noun ("the 2011 version").
    static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"]
    /// Words that start a new clause inside a sentence.
    static let clauseWords: WordSet = [
        "that", "which", "who", "whom", "where", "when", "while", "because", "although", "though",
        "but", "whereas", "if", "unless", "so",
    ]
    /// Prepositions that mark an entity's role after the trigger.
    static let locationPrepositions: WordSet = ["in", "at", "near", "from", "to", "into", "across"]
    static let agentPrepositions: WordSet = ["by"]
    static let otherPrepositions: WordSet = ["with", "against", "for", "about", "of", "on", "over", "between"]
    /// Pronouns and definite descriptions that refer back to an organisation or a person.
    static let organisationAnaphors: WordSet = ["they", "we", "company", "firm", "group", "vendor", "maker", "giant"]
    static let personAnaphors: WordSet = ["he", "she", "i"]
    /// Pronouns among `organisationAnaphors`, which refer to the organisation named last, not the topic.
    static let pluralPronouns: WordSet = ["they", "we"]
    /// Plural nouns for groups of people: a "they" after one in its own sentence ("lawmakers voicing
    /// concerns about what they said") is that group, not an organisation named elsewhere.
    static let peopleGroups: WordSet = [
        "lawmakers", "legislators", "senators", "congressmen", "politicians", "officials", "ministers", "diplomats",
        "regulators", "authorities", "prosecutors", "lawyers", "attorneys", "judges", "jurors", "police", "officers",
        "analysts", "critics", "experts", "economists", "observers", "researchers", "scientists", "engineers",
        "investors", "shareholders", "traders", "bankers", "executives", "employees", "workers", "staff", "staffers",
        "customers", "consumers", "users", "residents", "citizens", "voters", "protesters", "protestors", "activists",
        "witnesses", "victims", "families", "people", "journalists", "reporters", "sources", "insiders",
        "soldiers", "troops", "rebels", "militants", "doctors", "students", "parents", "farmers", "fans",
    ]
    /// Definite descriptions of a product or service ("the store", "the device").
    static let thingAnaphors: WordSet = ["store", "service", "device", "phone", "product", "site", "software", "player", "program", "handset", "gadget", "system"]
    /// Function words that must not end a headline.
    static let danglingWords: WordSet = [
        "a", "an", "the", "of", "in", "at", "on", "for", "with", "to", "and", "or", "but", "by",
        "from", "its", "his", "her", "their", "our", "that", "which", "about", "as", "into",
    ]
    /// Sentence-opening connectives left out of a headline's subject.
    static let connectives: WordSet = [
        "however", "but", "and", "so", "also", "meanwhile", "still", "yet", "then", "now", "thus",
        "moreover", "furthermore", "additionally", "instead", "later", "earlier",
    ]

    /// Every trigger word form, compiled once.
    static let verbs = verbTriggers(verbTable)

    static func verbTriggers(_ rows: [(forms: String, type: String)]) -> WordMap<TriggerEntry> {
        var table = WordMap<TriggerEntry>()
        let order: [VerbForm] = [.base, .thirdPerson, .past, .participle, .gerund]
        for (forms, type) in rows {
            let words = forms.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let lemma = first.hasPrefix("!") ? String(first.dropFirst()) : first
            // An earlier form wins when two are spelled alike ("said" is past, then participle).
            for (i, w) in words.enumerated() where i < order.count && !w.hasPrefix("!") {
                if table[w] == nil { table[w] = TriggerEntry(lemma: lemma, type: type, form: order[i]) }
            }
        }
        return table
    }

    static let nouns = nounTriggers(nounTable)
    static let annotationVerbs = verbTriggers(annotationVerbTable)
    static let annotationNouns = nounTriggers(annotationNounTable)

    static func nounTriggers(_ rows: [(forms: String, type: String)]) -> WordMap<TriggerEntry> {
        var table = WordMap<TriggerEntry>()
        for (forms, type) in rows {
            let words = forms.split(separator: " ").map(String.init)
            guard let lemma = words.first else { continue }
            for w in words where table[w] == nil { table[w] = TriggerEntry(lemma: lemma, type: type, form: .base) }
        }
        return table
    }
}
