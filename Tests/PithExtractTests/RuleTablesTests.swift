import Testing
@testable import PithExtract

/// The rule tables as data: every rule well-formed, and the lookups the phases use finding
/// what they should in each language.
@Suite struct RuleTablesTests {
    let rules = BoilerplateRules.default

    @Test func everyRuleHasAUniqueIDACategoryPrefixAndAReason() {
        var seen = Set<String>()
        for rule in rules.rules {
            #expect(!seen.contains(rule.id), "duplicate id \(rule.id)")
            seen.insert(rule.id)
            #expect(rule.id.hasPrefix(rule.category.rawValue + "."), "\(rule.id) is not under \(rule.category)")
            #expect(!rule.reason.isEmpty && !rule.reason.contains("\n"), "\(rule.id) needs a one-line reason")
        }
    }

    @Test(arguments: [
        ("Поддержите независимую журналистику", "donation"),
        ("если вам важно, поддержите нас — даже 100 рублей помогают", "donation"),
        ("Підтримайте редакцію «Вісника»", "donation"),
        ("Jetzt spenden und unabhängigen Journalismus unterstützen", "donation"),
        ("Soutenez-nous : faites un don", "donation"),
        ("Apoya el periodismo local", "donation"),
        ("Sign up for our weekly newsletter", "newsletter"),
        ("Abonnez-vous à notre newsletter", "newsletter"),
        ("Melden Sie sich für unseren Newsletter an", "newsletter"),
        ("We use cookies to improve your experience", "consent"),
        ("Wählen Sie Ihren Zugang und lesen Sie weiter", "paywall"),
    ])
    func phrasesAreFoundInEachLanguage(_ text: String, _ category: String) throws {
        let rule = try #require(rules.phraseRule(in: Words(text)))
        #expect(rules.rules[Int(rule)].category.rawValue == category)
    }

    @Test(arguments: [
        "The town council approved the budget on Monday.",
        "Donations to the flood fund reached £40,000, the organisers said.",
        "Die Spendenaktion brachte 40.000 Euro ein.",
    ])
    func plainReportingHasNoCallToAction(_ text: String) {
        #expect(rules.phraseRule(in: Words(text)) == nil)
    }

    @Test func wordsLowercaseLatinGreekAndCyrillic() {
        #expect(Words("ПОДДЕРЖИТЕ Нас").hashes == Words("поддержите нас").hashes)
        #expect(Words("ÉCOLE Straße ŁÓDŹ").hashes == Words("école straße łódź").hashes)
        #expect(Words("l’information, c’est").count == 4)
    }

    @Test func classTokensMatchAcrossSpellings() throws {
        for spelling in ["related-posts", "relatedPosts", "related_posts", "RelatedPostsList", "post relatedposts"] {
            var hit = false
            ClassTokens.forEachKey(in: ArraySlice(Array(spelling.utf8))) { key, _ in
                if let rule = rules.classTokenRules[key], rules.rules[Int(rule)].category == .related { hit = true }
                return true
            }
            #expect(hit, "\(spelling)")
        }
        var header = false
        ClassTokens.forEachKey(in: ArraySlice(Array("header load".utf8))) { key, _ in
            if let rule = rules.classTokenRules[key], rules.rules[Int(rule)].category == .ads { header = true }
            return true
        }
        #expect(!header, "the ads token 'ad' must not match inside 'header' or 'load'")
    }

    @Test func linkTargetsMatchAtPathBoundaries() {
        #expect(rules.linkTargetRule(for: ArraySlice(Array("https://x.example/donate?ref=1".utf8))) != nil)
        #expect(rules.linkTargetRule(for: ArraySlice(Array("https://x.example/don".utf8))) != nil)
        #expect(rules.linkTargetRule(for: ArraySlice(Array("https://x.example/donald-trump".utf8))) == nil)
        #expect(rules.linkTargetRule(for: ArraySlice(Array("https://x.example/giveaway".utf8))) == nil)
    }
}

@Suite struct ReadableInputTests {
    @Test func utf16WithoutABOMIsTextNotBinary() throws {
        let page = "<html><body><article><p>" + String(repeating: "Sixteen bits per character, every one of them. ", count: 12) + "</p></article></body></html>"
        var bytes: [UInt8] = []
        for unit in page.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        let article = try ArticleExtractor().extract(ExtractionInput(bytes: bytes))
        #expect(article.text.hasPrefix("Sixteen bits per character"))
    }

    @Test func imagesAndArchivesAreBinary() {
        #expect(throws: ExtractionError.binary) {
            try ArticleExtractor().extract(ExtractionInput(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)))
        }
        #expect(throws: ExtractionError.binary) {
            try ArticleExtractor().extract(ExtractionInput(bytes: Array("%PDF-1.7\n".utf8) + Array(repeating: 0x01, count: 64)))
        }
    }

    @Test func emptyAndWhitespaceOnlyInputIsEmpty() {
        #expect(throws: ExtractionError.empty) { try ArticleExtractor().extract(ExtractionInput(bytes: [])) }
        #expect(throws: ExtractionError.empty) { try ArticleExtractor().extract(ExtractionInput(bytes: Array(" \n\t ".utf8))) }
    }
}
