import Foundation
import PithFetch
import Testing
import _PithTestSupport

@testable import PithCore

/// The commented example in `Config/` is documentation users copy: it must stay valid.
@Suite struct ConfigExampleTests {
    static let example = FixturePaths.root.deletingLastPathComponent().appendingPathComponent("Config/jobs.example.yaml").path

    @Test func theExampleJobsFileIsValid() throws {
        let file = try JobsFileLoader.load(path: Self.example, home: "/home/ana")
        #expect(file.format == .pith)
        #expect(file.jobs.map(\.name) == [
            "https://example.org/news/council-budget", "library-hours", "parks-plan", "old-notice",
        ])
        #expect(file.settings.atomFeed == "/home/ana/pith/changes.xml")
        #expect(file.settings.fetch.hosts == ["example.org": HostSettings(delay: 2)])
        #expect(file.settings.fetch.limits == FetchLimitSettings(), "the limits are there as comments")
        #expect(file.jobs[0].schedule == .every(seconds: 6 * 3600))
        #expect(file.jobs[1].schedule.summary == "schedule 30 7 * * 1-5")
        #expect(file.jobs[2].selectors?.strip.count == 2)
        #expect(file.jobs[2].deliveryTargets.map(\.channel) == [.webhook])
        #expect(!file.jobs[3].enabled)
    }

    @Test func theCommentedLimitsAreTheDefaults() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let keys = FetchLimitSettings.keys.map { "  # \($0): " }
        var found = 0
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard keys.contains(where: { line.hasPrefix($0) }) else { return String(line) }
            found += 1
            return "  " + line.dropFirst(4)
        }
        #expect(found == keys.count, "every limit key is in the example")
        let file = try JobsFileLoader.parse(uncommented.joined(separator: "\n"), path: Self.example, home: "/home/ana")
        #expect(FetchSettings(limits: file.settings.fetch.limits).applied(to: FetchConfiguration()) == FetchConfiguration())
    }

    @Test func editingTheExampleKeepsItsComments() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        var editor = try JobsFileEditor(path: Self.example, text: text)
        try editor.add(JobEntry(url: "https://example.org/new", name: "new", every: "1h"))
        try editor.remove("new")
        #expect(editor.text == text)
    }
}
