import Testing

@testable import ActorModel

@Suite("Element slugs (HTML/SVG ids from any text)")
struct ElementSlugTests {
    @Test func keepsLettersDigitsAndHyphensEncodesTheRest() {
        #expect(ElementSlug.of("police-2") == "police-2")
        #expect(ElementSlug.of("a b") == "a_20_b")
        #expect(ElementSlug.of("a_b") == "a_5f_b")
        #expect(ElementSlug.of("ثقة") == "_62b__642__629_")
        #expect(ElementSlug.of("<script>") == "_3c_script_3e_")
    }

    @Test func differentTextsNeverShareASlug() {
        let texts = ["a b", "a_b", "a_20_b", "a-b", "ab", "a__b", "A b", "", "_", "__", "é", "e\u{301}"]
        let slugs = texts.map(ElementSlug.of)
        #expect(Set(slugs).count == texts.count)
        for s in slugs {
            #expect(
                s.unicodeScalars.allSatisfy {
                    $0.isASCII
                        && ($0 == "-" || $0 == "_" || $0.properties.isAlphabetic
                            || ("0" ... "9").contains($0))
                })
        }
    }
}
