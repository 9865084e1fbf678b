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
}
