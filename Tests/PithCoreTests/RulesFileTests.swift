import Foundation
import PithCore
import PithExtract
import PithHTML
import Testing

/// The user rules file: its schema, its errors (file, line, what), and where it is looked for.
@Suite struct RulesFileTests {
    static let builtIn: Set<String> = ["newsletter.link", "ads.class", "toolbar.label"]

    static func parse(_ yaml: String) throws(RulesFileError) -> RuleOverrides {
        try RulesFile.parse(yaml, file: "rules.yaml", builtInRuleIDs: builtIn)
    }

    @Test func readsEveryPartOfTheSchema() throws {
        let overrides = try Self.parse("""
            disable: [newsletter.link, ads.class]
            add:
              - id: my.box
                category: Newsletter
                class: [promo-signup]
                phrases: ["Get our weekly briefing"]
                reason: "Inline box"
              - id: my.label
                category: ads
                labels: Sponsored
            sites:
              Example.org:
                content: "//div[@id='story']"
                strip: ["//div[contains(@class,'promo')]", "//aside"]
              news.example.com:
                strip: "//nav"
            """)
        #expect(overrides.disabled == ["newsletter.link", "ads.class"])
        #expect(overrides.added == [
            BoilerplateRule(id: "my.box", category: .newsletter, matcher: .classTokens(["promo-signup"]), reason: "Inline box"),
            BoilerplateRule(id: "my.box", category: .newsletter, matcher: .phrases(["Get our weekly briefing"]), reason: "Inline box"),
            BoilerplateRule(id: "my.label", category: .ads, matcher: .labels(["Sponsored"]), reason: "Added in rules.yaml"),
        ])
        #expect(overrides.sites.byHost.keys.sorted() == ["example.org", "news.example.com"])
        let site = try #require(overrides.sites.rule(forHost: "www.example.org"))
        #expect(site.content?.source == "//div[@id='story']")
        #expect(site.strip.map(\.source) == ["//div[contains(@class,'promo')]", "//aside"])
        #expect(overrides.sites.rule(forHost: "news.example.com")?.strip.map(\.source) == ["//nav"])
        #expect(overrides.source == "rules.yaml")
    }

    @Test(arguments: ["", "# only a comment\n", "disable:\nadd:\nsites:\n", "---\n"])
    func anEmptyFileChangesNothing(_ yaml: String) throws {
        let overrides = try Self.parse(yaml)
        #expect(overrides.isEmpty)
        #expect(overrides.source == "rules.yaml")
    }

    @Test func theExampleFileLoadsAgainstTheBuiltInRules() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/rules.example.yaml").path
        let overrides = try RulesFile.load(path: example)
        #expect(overrides.disabled == ["newsletter.link", "toolbar.label"])
        #expect(Set(overrides.added.map(\.id)) == ["my.newsletter-box", "my.podcast-ask"])
        #expect(overrides.sites.byHost.keys.sorted() == ["blog.example.net", "example.org", "news.example.com"])
        #expect(overrides.sites.rule(forHost: "www.example.org")?.content?.source == "//div[@id='story']")
    }

    static let ruleKeys = ["id", "category", "reason", "class", "roles", "tags", "phrases", "labels", "section-starts", "link-targets", "prefixes"]

    static let schemaErrors: [(String, Int, RulesFileError.Problem)] = [
        ("rules:\n  - x", 1, .unknownKey("rules", in: "the rules file", allowed: ["disable", "add", "sites"])),
        ("disable: [nope]", 1, .unknownRuleID("nope")),
        ("disable:\n  - ads.class\n  - bad id", 3, .invalidID("bad id")),
        ("disable: {a: b}", 1, .wrongType("disable", expected: "a list of text", found: "a mapping")),
        ("add:\n  id: x", 2, .wrongType("add", expected: "a list of rules", found: "a mapping")),
        ("add:\n  - id: x\n    category: ads\n    clas: [a]", 4, .unknownKey("clas", in: "an added rule", allowed: ruleKeys)),
        ("add:\n  - id: x\n    category: adverts\n    class: a", 3, .unknownCategory("adverts")),
        ("add:\n  - id: x\n    category: ads\n    class: a\n  - id: x\n    category: ads\n    phrases: b", 5,
         .duplicateID("x", firstLine: 2)),
        ("add:\n  - id: ads.class\n    category: ads\n    class: a", 2, .builtInID("ads.class")),
        ("add:\n  - category: ads\n    class: a", 2, .missingKey("id", in: "an added rule")),
        ("add:\n  - id: x\n    class: a", 2, .missingKey("category", in: "rule 'x'")),
        ("add:\n  - id: x\n    category: ads\n    reason: r", 2, .noPatterns(id: "x")),
        ("add:\n  - id: x\n    category: ads\n    class: []", 2, .noPatterns(id: "x")),
        ("add:\n  - id: [x]\n    category: ads\n    class: a", 2, .wrongType("id", expected: "text", found: "a list")),
        ("add:\n  - id: x\n    category: ads\n    class: {a: b}", 4, .wrongType("class", expected: "a list of text", found: "a mapping")),
        ("add:\n  - id: x\n    category: ads\n    phrases:\n      - ok\n      - [nested]", 6,
         .wrongType("an item of 'phrases'", expected: "text", found: "a list")),
        ("add:\n  - id: x\n    category: ads\n    phrases: ['y', '  ']", 4, .empty("'an item of 'phrases''")),
        ("add:\n  - id: x\n    category: ads\n    class: [a-b-c-d]", 4, .unusablePattern(
            kind: "class", pattern: "a-b-c-d",
            reason: "a class token is one to three words of a class or id name (e.g. promo-signup), without spaces")),
        ("add:\n  - id: x\n    category: ads\n    tags: [blinky]", 4,
         .unusablePattern(kind: "tags", pattern: "blinky", reason: "it is not an HTML element name Pith knows")),
        ("add:\n  - id: x\n    category: ads\n    phrases: ['!!!']", 4,
         .unusablePattern(kind: "phrases", pattern: "!!!", reason: "it has no words")),
        ("sites:\n  example.org:\n    content: \"//div[@id='x'\"", 3, .selector(host: "example.org", .invalidXPath(
            field: "content", XPathError(expression: "//div[@id='x'", column: 14, problem: .unclosed("]", openedAt: 6))))),
        ("sites:\n  example.org:\n    strip:\n      - //aside\n      - count(//p)", 5, .selector(
            host: "example.org", .notANodeSet(field: "strip[2]", source: "count(//p)", type: .number))),
        ("sites:\n  example.org:\n    strip: //img/@srcset", 3, .selector(
            host: "example.org", .selectsAttributes(field: "strip[1]", source: "//img/@srcset"))),
        ("sites:\n  https://example.org/:\n    strip: //aside", 2, .invalidHost("https://example.org/")),
        ("sites:\n  example.org:\n    strip: //aside\n  Example.ORG:\n    strip: //nav", 4, .duplicateHost("example.org", firstLine: 2)),
        ("sites:\n  example.org:\n    contents: //div", 3, .unknownKey("contents", in: "site 'example.org'", allowed: ["content", "strip"])),
        ("sites:\n  example.org: {}", 2, .emptySite("example.org")),
        ("sites:\n  example.org:\n    content:\n", 2, .emptySite("example.org")),
        ("sites: [example.org]", 1, .wrongType("sites", expected: "a mapping of keys to values", found: "a list")),
        ("- a\n- b", 1, .wrongType("the rules file", expected: "a mapping of keys to values", found: "a list")),
    ]

    @Test(arguments: schemaErrors)
    func namesTheLineAndTheMistake(_ yaml: String, _ line: Int, _ problem: RulesFileError.Problem) {
        #expect(throws: RulesFileError.invalid(file: "rules.yaml", line: line, problem)) {
            try Self.parse(yaml)
        }
    }

    @Test func messagesReadAsFileLineAndProblem() {
        #expect(RulesFileError.invalid(file: "rules.yaml", line: 3, .unknownCategory("adverts")).description
            == "rules.yaml:3: unknown category 'adverts' (categories: donation, newsletter, paywall, consent, social, "
            + "related, references, comments, navigation, ads, byline, toolbar, footer, header, copyright, tags, hidden)")
        let xpath = XPathError(expression: "//div[", column: 7, problem: .unexpectedEnd(expected: "an expression"))
        #expect(RulesFileError.invalid(file: "r.yaml", line: 9, .selector(host: "example.org", .invalidXPath(field: "strip[2]", xpath))).description
            == #"r.yaml:9: site 'example.org', strip[2]: XPath error at column 7 of "//div[": expected an expression, but the expression ended"#)
        #expect(RulesFileError.notFound(path: "/x/rules.yaml").description == "/x/rules.yaml: rules file not found")
        #expect(throws: RulesFileError.invalidYAML(
            file: "rules.yaml", line: 1, column: 1, message: "key 'disable' appears twice (first here)")) {
            try Self.parse("disable: []\ndisable: []")
        }
    }

    @Test(arguments: [("add: [a", 2), ("disable: []\ndisable: []", 1), ("sites:\n  a.org:\n    strip: [\"//a\"\n", 4), ("a: 'x\n", 2)])
    func invalidYAMLNamesItsLine(_ yaml: String, _ line: Int) {
        // libyaml reports an unclosed bracket where the text ends, and Yams a repeated key
        // where it first appears.
        #expect {
            try Self.parse(yaml)
        } throws: { error in
            guard case .invalidYAML(let file, let reported, _, let message) = error as? RulesFileError else { return false }
            return file == "rules.yaml" && reported == line && !message.isEmpty
        }
    }
}

/// Where the rules file is looked for.
@Suite struct RulesFileLocationTests {
    /// A fresh folder, removed when `body` returns.
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pith-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func anExplicitFileMustExist() throws {
        try Self.withFolder { folder in
            let missing = folder + "/missing.yaml"
            #expect(throws: RulesFileError.notFound(path: missing)) {
                try RulesFile.load(explicitPath: missing, environment: ["HOME": folder])
            }
            #expect(throws: RulesFileError.unreadable(path: folder, reason: "it is a folder")) {
                try RulesFile.load(explicitPath: folder, environment: [:])
            }
        }
    }

    @Test func anExplicitFileWinsOverTheDefaults() throws {
        try Self.withFolder { folder in
            try Self.write("disable: [ads.class]", to: folder + "/mine.yaml")
            try Self.write("disable: [newsletter.link]", to: folder + "/home/.config/pith/rules.yaml")
            let overrides = try RulesFile.load(explicitPath: folder + "/mine.yaml", environment: ["HOME": folder + "/home"])
            #expect(overrides.disabled == ["ads.class"])
            #expect(overrides.source == folder + "/mine.yaml")
        }
    }

    @Test func xdgConfigHomeComesBeforeTheHomeFolder() throws {
        try Self.withFolder { folder in
            let environment = ["XDG_CONFIG_HOME": folder + "/xdg", "HOME": folder + "/home"]
            #expect(RulesFile.defaultPaths(environment: environment) == [
                folder + "/xdg/pith/rules.yaml", folder + "/home/.config/pith/rules.yaml",
            ])
            #expect(try RulesFile.load(explicitPath: nil, environment: environment) == .none)

            try Self.write("disable: [newsletter.link]", to: folder + "/home/.config/pith/rules.yaml")
            #expect(try RulesFile.load(explicitPath: nil, environment: environment).disabled == ["newsletter.link"])

            try Self.write("disable: [ads.class]", to: folder + "/xdg/pith/rules.yaml")
            #expect(try RulesFile.load(explicitPath: nil, environment: environment).disabled == ["ads.class"])
        }
    }

    @Test func aRelativeXDGConfigHomeIsIgnoredAsTheSpecSays() {
        #expect(RulesFile.defaultPaths(environment: ["XDG_CONFIG_HOME": "config", "HOME": "/home/u"]) == ["/home/u/.config/pith/rules.yaml"])
        #expect(RulesFile.defaultPaths(environment: [:]).isEmpty)
    }

    @Test func aBrokenDefaultFileIsStillAnError() throws {
        try Self.withFolder { folder in
            try Self.write("disable: [no.such.rule]", to: folder + "/.config/pith/rules.yaml")
            #expect(throws: RulesFileError.invalid(file: folder + "/.config/pith/rules.yaml", line: 1, .unknownRuleID("no.such.rule"))) {
                try RulesFile.load(explicitPath: nil, environment: ["HOME": folder])
            }
        }
    }
}
