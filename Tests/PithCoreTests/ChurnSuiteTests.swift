import Foundation
import PithStore
import Testing
import _PithTestSupport

@testable import PithCore

/// One folder of `Fixtures/history/`: page revisions and what a run must report for each.
struct ChurnScenario: CustomTestStringConvertible, Sendable {
    struct Revision: Decodable, Sendable {
        let page: String
        /// `new`, `changed`, or null for churn only.
        let event: String?
        /// For `changed`: the file holding the expected metadata lines and word diff.
        let diff: String?
    }

    private struct Manifest: Decodable {
        let description: String
        let revisions: [Revision]
    }

    let name: String
    let folder: URL
    let revisions: [Revision]

    var testDescription: String { name }

    static var root: URL { FixturePaths.history }

    static var all: [ChurnScenario] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = root.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: folder.appendingPathComponent("scenario.json")),
                let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
            else { return nil }
            return ChurnScenario(name: name, folder: folder, revisions: manifest.revisions)
        }
    }

    func html(_ revision: Revision) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(revision.page), encoding: .utf8)
    }

    func expectedDiff(_ revision: Revision) throws -> String {
        guard let diff = revision.diff else { return "" }
        return try String(contentsOf: folder.appendingPathComponent(diff), encoding: .utf8)
    }

    /// Rewrites a revision's expected diff (only with `PITH_RECORD=1`).
    func record(_ text: String, for revision: Revision) throws {
        guard let diff = revision.diff else { return }
        try text.write(to: folder.appendingPathComponent(diff), atomically: true, encoding: .utf8)
    }
}

/// What the changed event says, as the expected `.diff` files write it: metadata lines, then
/// the word diff.
func renderedChange(_ event: RunEvent) -> String {
    let metadata = event.metadataChanges.map { "\($0.field.rawValue): \($0.from) → \($0.to)\n" }.joined()
    return metadata + (event.textDiff.map { WordDiffFormatter.format($0) } ?? "")
}

/// Scenarios that fail today because of the extractor, not the history logic. Swift Testing
/// reports "known issue was not recorded" once the extractor is fixed: then remove the entry.
let knownExtractionFailures: [String: String] = [:]

@Suite struct ChurnSuiteTests {
    /// Zero false alarms and zero missed edits, and each edit reported as exactly its diff.
    @Test(arguments: ChurnScenario.all)
    func churnIsSilentAndEditsAreReportedExactly(scenario: ChurnScenario) async throws {
        let harness = RunHarness()
        let url = try harness.page("", named: "page.html")
        let file = try harness.jobs("jobs:\n  - name: \(scenario.name)\n    url: \(url)\n")
        var problems: [String] = []
        for (index, revision) in scenario.revisions.enumerated() {
            try harness.page(try scenario.html(revision), named: "page.html")
            let events = try await harness.run(file, hours: Double(index)).events
            let label = "\(scenario.name)/\(revision.page)"
            let kinds = events.map(\.kind.rawValue)
            guard kinds == (revision.event.map { [$0] } ?? []) else {
                let what = revision.event == nil ? "false alarm" : "missed or wrong event"
                let details = events.map { "\($0.kind.rawValue)\($0.error.map { ": \($0)" } ?? "")\n\(renderedChange($0))" }
                problems.append("\(label): \(what): expected \(revision.event ?? "nothing"), got \(kinds)\n\(details.joined())")
                continue
            }
            guard let event = events.first, event.kind == .changed else { continue }
            let actual = renderedChange(event)
            if ProcessInfo.processInfo.environment["PITH_RECORD"] == "1" { try scenario.record(actual, for: revision) }
            let expected = try scenario.expectedDiff(revision)
            if actual != expected { problems.append("\(label): diff differs\nexpected:\n\(expected)actual:\n\(actual)") }
        }
        if let reason = knownExtractionFailures[scenario.name] {
            withKnownIssue(Comment(rawValue: reason)) { #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))") }
        } else {
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test func everyScenarioHasAnEditAndChurn() {
        #expect(ChurnScenario.all.count >= 4)
        for scenario in ChurnScenario.all {
            #expect(scenario.revisions.first?.event == "new", "\(scenario.name)")
            #expect(scenario.revisions.contains { $0.event == "changed" }, "\(scenario.name)")
            #expect(scenario.revisions.contains { $0.event == nil }, "\(scenario.name)")
        }
    }
}
