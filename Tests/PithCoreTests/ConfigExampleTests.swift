import Foundation
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
        #expect(file.jobs[0].schedule == .every(seconds: 6 * 3600))
        #expect(file.jobs[1].schedule.summary == "schedule 30 7 * * 1-5")
        #expect(file.jobs[2].selectors?.strip.count == 2)
        #expect(file.jobs[2].deliveryTargets.map(\.channel) == [.webhook])
        #expect(!file.jobs[3].enabled)
    }

    @Test func editingTheExampleKeepsItsComments() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        var editor = try JobsFileEditor(path: Self.example, text: text)
        try editor.add(JobEntry(url: "https://example.org/new", name: "new", every: "1h"))
        try editor.remove("new")
        #expect(editor.text == text)
    }
}
