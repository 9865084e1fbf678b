import Testing
@testable import Storyline

@Suite struct TextTests {
    @Test func tokenizesPossessivesAcronymsAndYears() {
        let t = AnalyzedText("Huawei’s U.S. unit at SC ’13 sold 1,000 units on 12/02/2013.")
        let words = t.tokens.map { t.text($0.range) }
        #expect(words == ["Huawei", "’s", "U.S.", "unit", "at", "SC", "’13", "sold", "1,000", "units", "on", "12/02/2013", "."])
        #expect(t.tokens[1].kind == .possessive)
        #expect(t.tokens[2].kind == .acronym)
        #expect(t.tokens[6].kind == .apostropheYear)
        #expect(t.tokens[0].lower == "huawei")
    }

    @Test func sentencesSurviveAbbreviations() {
        let t = AnalyzedText("Mr. Ren met Dr. Li on Dec. 2 at Acme Inc. in the U.S. The deal, No. 5, closed. It was done!")
        let sentences = t.sentences.map { t.text($0.start..<$0.end) }
        #expect(sentences == ["Mr. Ren met Dr. Li on Dec. 2 at Acme Inc. in the U.S.", "The deal, No. 5, closed.", "It was done!"])
    }

    @Test func headlinesAndParagraphsAreSentences() {
        let t = AnalyzedText("Huawei Admits Defeat\n\nPolitical Problems\n\nIn a 2 December interview, he spoke\nto reporters.")
        let sentences = t.sentences.map { t.text($0.start..<$0.end) }
        #expect(sentences == ["Huawei Admits Defeat", "Political Problems", "In a 2 December interview, he spoke\nto reporters."])
    }

    @Test func scalarOffsetsCountUnicodeScalars() {
        let t = AnalyzedText("é “Ren” 😀 x")
        let x = t.tokens.last!
        #expect(t.scalarOffset(ofByte: Int(x.start)) == 10)
        #expect(t.scalarCount == 11)
    }

    /// The one-pass reading of plain ASCII words gives exactly the tokens, flags, lower-cased texts
    /// and hashes of the general loop: on edge cases (15 and 16 bytes, acronyms, numbers with
    /// joiners, apostrophes, non-ASCII after a word) and on random byte soup.
    @Test func asciiFastPathMatchesTheGeneralLoop() {
        func same(_ text: String) {
            let bytes = Array(text.utf8)
            var fastHashes: [UInt32] = [], slowHashes: [UInt32] = []
            let fast = Tokenizer.tokenize(bytes, hashes: &fastHashes)
            let slow = Tokenizer.tokenize(bytes, hashes: &slowHashes, asciiFastPath: false)
            #expect(fast.count == slow.count, "\(text)")
            #expect(fastHashes == slowHashes, "\(text)")
            for (a, b) in zip(fast, slow) {
                #expect(a.start == b.start && a.end == b.end && a.kind == b.kind && a.flags == b.flags && a.lower == b.lower, "\(text)")
                #expect(a.lower.hashValue == b.lower.hashValue && Array(a.lower.utf8) == Array(b.lower.utf8))
            }
        }
        #expect(SmallASCII.layoutHolds)
        same("ABCDEFGHIJKLMNO abcdefghijklmnop 123456789012345 1234567890123456 iPhone4 3M McDONALD CEO U.S. A.B e.g. p.m. X.")
        same("1,000 3.5 9:30 2/3 12/02/2013 1989. 2013, A1. rock'n'roll don't Huawei's Huawei’s '13 ’13 café naïve Zürich élan")
        same("a\tb\nc\r\nd  e\u{00A0}f\u{2028}g \"quoted\" (paren) [x] end.")
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 .,:/'’é-\n\"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            same(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// A small string built from its bytes is the string `String(decoding:)` builds.
    @Test func smallASCIIStringsAreOrdinaryStrings() {
        for word in ["", "a", "the", "company", "12345678", "abcdefghijklmno"] {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { for (k, c) in word.utf8.enumerated() { $0[k] = c } }
            let made = SmallASCII.string(words, count: word.utf8.count)
            #expect(made == word && made.utf8.count == word.utf8.count && Set([made, word]).count == 1)
            #expect((made + "!") == word + "!")
        }
    }
}
