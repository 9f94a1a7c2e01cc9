import Foundation
import Testing
import _PithTestSupport

/// A user's rules file, as `pith extract --rules` and `pith rules` apply it.
@Suite struct RulesCommandTests {
    static func fixture(_ name: String, _ file: String) -> String {
        FixturePaths.root.appendingPathComponent("rules/\(name)/\(file)").path
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOfFile: fixture(name, "expected.txt"), encoding: .utf8)
    }

    @Test func aSiteRuleChoosesTheContentAndStripsInsideIt() throws {
        let url = "https://www.eastbrook.example/news/bins"
        let page = Self.fixture("site-rule", "page.html")
        let without = try PithCommand.run(["extract", "--url", url, page])
        #expect(without.stdout.contains("readers' poll"), "without the rule the poll box wins; the fixture must show that")
        let with = try PithCommand.run(["extract", "--explain", "--rules", Self.fixture("site-rule", "rules.yaml"), "--url", url, page])
        #expect(with.status == 0)
        #expect(with.stdout == (try Self.expected("site-rule")))
        #expect(with.stderr.contains("site.strip\tprepare\tListen: this story"))
    }

    @Test func aSiteRuleAppliesOnlyToItsHost() throws {
        let run = try PithCommand.run(["extract", "--rules", Self.fixture("site-rule", "rules.yaml"),
                                       "--url", "https://other.example/news/bins", Self.fixture("site-rule", "page.html")])
        #expect(run.stdout.contains("readers' poll"))
    }

    @Test func disablingABuiltInRuleAndAddingOneChangeTheExtraction() throws {
        let page = Self.fixture("override", "page.html")
        let without = try PithCommand.run(["extract", page])
        #expect(!without.stdout.contains("Members voted on a paper ballot"))
        let with = try PithCommand.run(["extract", "--explain", "--rules", Self.fixture("override", "rules.yaml"), page])
        #expect(with.status == 0)
        #expect(with.stdout == (try Self.expected("override")))
        #expect(with.stderr.contains("millbrook.listen-box\t"))
    }

    @Test func rulesListsTheEffectiveSet() throws {
        let builtIn = try PithCommand.run(["rules"])
        #expect(builtIn.status == 0)
        #expect(builtIn.stdout.contains("\ndonation.phrase.de\tdonation\tphrases: "))
        #expect(builtIn.stdout.contains("\nsocial.class\t"))
        let overridden = try PithCommand.run(["rules", "--rules", Self.fixture("override", "rules.yaml")])
        #expect(!overridden.stdout.contains("\nsocial.class\t"))
        #expect(overridden.stdout.contains("\nmillbrook.listen-box\trelated\tphrases: Hear the choir\t"))
        let json = try PithCommand.run(["rules", "--format", "json", "--rules", Self.fixture("site-rule", "rules.yaml")])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let sites = object?["sites"] as? [[String: Any]]
        #expect(sites?.first?["host"] as? String == "eastbrook.example")
    }

    @Test func theExampleRulesFileInConfigLoads() throws {
        let run = try PithCommand.run(["rules", "--rules", FixturePaths.root.deletingLastPathComponent().appendingPathComponent("Config/rules.example.yaml").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aBrokenRulesFileIsAUsageErrorNamingItsLine() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("rules.yaml").path
        try "disable: [social.class]\nsites:\n  example.org:\n    content: \"//div[\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try PithCommand.run(["extract", "--rules", path, Self.fixture("override", "page.html")])
        #expect(run.status == 64)
        #expect(run.stderr.contains("rules.yaml:4:"))
        let missing = try PithCommand.run(["rules", "--rules", folder.url.appendingPathComponent("none.yaml").path])
        #expect(missing.status == 64)
    }

    @Test func theDefaultRulesFileIsReadFromXDGConfigHome() throws {
        let config = TemporaryFolder()
        try FileManager.default.createDirectory(at: config.url.appendingPathComponent("pith"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture("override", "rules.yaml"),
                                         toPath: config.url.appendingPathComponent("pith/rules.yaml").path)
        let run = try PithCommand.run(["extract", Self.fixture("override", "page.html")], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.stdout == (try Self.expected("override")))
    }
}
