import Foundation
import Testing
import _PithTestSupport

@testable import PithCore

private let commented = """
    # Pith jobs for the newsroom.
    settings:
      contact: ana@example.org   # who site owners can write to

    jobs:
      # The council's budget page changes weekly.
      - name: council
        url: https://example.org/council/budget
        every: 6h   # not more often

      # Library opening hours.
      - name: library
        url: https://example.org/library/hours
        headers:
          Accept-Language: en

    # End of jobs.
    """

@Suite struct JobsFileEditorTests {
    @Test func addAppendsAfterTheLastJobKeepingComments() throws {
        var editor = try JobsFileEditor(path: "jobs.yaml", text: commented)
        try editor.add(JobEntry(url: "https://example.org/parks?id=3#top", name: "parks: north", every: "1d", tags: ["local"]))
        #expect(editor.text == commented.replacingOccurrences(of: "      Accept-Language: en\n", with: """
                  Accept-Language: en
              - name: "parks: north"
                url: https://example.org/parks?id=3#top
                every: 1d
                tags: [local]

            """) + "\n")
        #expect(editor.jobsFile.jobs.map(\.name) == ["council", "library", "parks: north"])
        #expect(editor.jobsFile.jobs[2].url == "https://example.org/parks?id=3#top")
        #expect(throws: JobsConfigError.self) { try editor.add(JobEntry(url: "https://example.org/x", name: "council")) }
    }

    @Test func removeTakesOnlyTheJobsLines() throws {
        var editor = try JobsFileEditor(path: "jobs.yaml", text: commented)
        try editor.remove("https://example.org/library/hours")
        #expect(editor.text == commented.replacingOccurrences(of: """

              # Library opening hours.
              - name: library
                url: https://example.org/library/hours
                headers:
                  Accept-Language: en

            """, with: "") + "\n")
        try editor.remove("council")
        #expect(editor.jobsFile.jobs.isEmpty)
        #expect(!editor.text.contains("# The council's budget page changes weekly."))
        #expect(editor.text.contains("contact: ana@example.org   # who site owners can write to"))
        #expect(editor.text.contains("# End of jobs."))
        #expect(throws: JobsConfigError.self) { try editor.remove("council") }
    }

    @Test func disableAndEnableEditOneLine() throws {
        var editor = try JobsFileEditor(path: "jobs.yaml", text: commented)
        #expect(try editor.setEnabled("library", false))
        #expect(editor.text.contains("      Accept-Language: en\n    enabled: false\n"))
        #expect(editor.jobsFile.jobs.first { $0.name == "library" }?.enabled == false)
        #expect(try editor.setEnabled("library", true))
        #expect(editor.text.contains("    enabled: true\n"))
        #expect(!(try editor.setEnabled("library", true)))
        #expect(try editor.setEnabled("council", false))
        #expect(editor.text.contains("    every: 6h   # not more often\n    enabled: false\n"))
    }

    @Test func editsURLShorthandsUrlwatchStreamsAndURLLists() throws {
        var shorthand = try JobsFileEditor(path: "jobs.yaml", text: "jobs:\n  - https://example.org/a\n")
        try shorthand.setEnabled("https://example.org/a", false)
        #expect(shorthand.text == "jobs:\n  - url: https://example.org/a\n    enabled: false\n")

        var stream = try JobsFileEditor(path: "urls.yaml", text: "# mine\nurl: https://example.org/a\n---\nurl: https://example.org/b\n")
        try stream.add(JobEntry(url: "https://example.org/c"))
        try stream.remove("https://example.org/b")
        try stream.setEnabled("https://example.org/a", false)
        #expect(stream.text == "# mine\nurl: https://example.org/a\nenabled: false\n---\nurl: https://example.org/c\n")

        var list = try JobsFileEditor(path: "urls.txt", text: "# feeds\nhttps://example.org/a\nhttps://example.org/b\n")
        try list.setEnabled("https://example.org/a", false)
        try list.add(JobEntry(url: "https://example.org/c"))
        try list.remove("https://example.org/b")
        #expect(list.text == "# feeds\n# https://example.org/a\nhttps://example.org/c\n")
        try list.setEnabled("https://example.org/a", true)
        #expect(list.text == "# feeds\nhttps://example.org/a\nhttps://example.org/c\n")
        #expect(throws: JobsConfigError.self) { try list.add(JobEntry(url: "https://example.org/d", every: "1h")) }
    }

    @Test func startsANewFileAndSavesAtomically() throws {
        let folder = TemporaryFolder()
        let path = folder.file("config/pith/jobs.yaml")
        var editor = try JobsFileEditor(path: path)
        try editor.add(JobEntry(url: "https://example.org/a", schedule: "0 9 * * *"))
        try editor.save()
        let saved = try JobsFileLoader.load(path: path)
        #expect(saved.jobs.map(\.url) == ["https://example.org/a"])
        #expect(saved.jobs[0].schedule.summary == "schedule 0 9 * * *")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Pith jobs"))
    }
}
