import Foundation
import Testing
import _PithTestSupport

/// A jobs file and a store in a temporary folder, and `pith` run against them.
final class HistoryWorkspace {
    let folder = TemporaryFolder("pith-cli")
    var jobsPath: String { folder.file("jobs.yaml") }
    var storePath: String { folder.file("store/pith.sqlite") }

    init(jobs: String) throws {
        try folder.write(jobs, to: "jobs.yaml")
    }

    /// `pith ARGUMENTS --config JOBS --store STORE` with `PITH_NOW` set when given.
    func pith(_ arguments: [String], now: String? = nil, environment: [String: String] = [:]) throws -> PithRun {
        var variables = environment
        if let now { variables["PITH_NOW"] = now }
        variables["NO_COLOR"] = "1"
        return try PithCommand.run(arguments + ["--config", jobsPath, "--store", storePath], environment: variables)
    }

    @discardableResult
    func page(_ html: String, named name: String = "page.html") throws -> String {
        "file://" + (try folder.write(html, to: name))
    }
}

@Suite struct RunCommandTests {
    @Test func reportsNewThenStaysSilentThenReportsTheChange() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write("# my jobs\njobs:\n  - name: harbour\n    url: \(url)\n", to: "jobs.yaml")

        let first = try workspace.pith(["run"], now: "2026-03-01T08:00:00Z")
        #expect(first.status == 0)
        #expect(first.stdout == "new: Sea wall to be rebuilt in concrete (harbour) <\(url)>\n")
        #expect(first.stderr.isEmpty)

        let quiet = try workspace.pith(["run"], now: "2026-03-01T09:00:00Z")
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)

        try workspace.page(HistoryPages.edited)
        let changed = try workspace.pith(["run", "--report", "json"], now: "2026-03-01T10:00:00Z")
        #expect(changed.status == 0)
        let lines = changed.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let event = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(event?["event"] as? String == "changed")
        #expect(event?["checked_at"] as? String == "2026-03-01T10:00:00Z")
        #expect((event?["from_rev"] as? Int, event?["to_rev"] as? Int) == (1, 2))

        let word = try workspace.pith(["diff", "harbour", "--format", "word"])
        #expect(word.stdout.contains("by [-five-]{+four+} votes to [-two,-]{+three,+} saying"))
        let history = try workspace.pith(["history", "harbour", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
        #expect((object?["snapshots"] as? [Any])?.count == 2)
        #expect((object?["checks"] as? [Any])?.count == 3)
        let show = try workspace.pith(["show", "harbour", "--rev", "1"])
        #expect(show.stdout.contains("by five votes to two"))
        // A negative REV counts back from the latest, written as a user types it.
        let previous = try workspace.pith(["show", "harbour", "--rev", "-1"])
        #expect(previous.status == 0 && previous.stdout == show.stdout)
        let backwards = try workspace.pith(["diff", "harbour", "--from", "-1"])
        #expect(backwards.status == 0)
    }

    @Test func diffWithOneSnapshotSaysSoAndSucceeds() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write("jobs:\n  - {name: harbour, url: \"\(url)\"}\n", to: "jobs.yaml")
        _ = try workspace.pith(["run"])
        let diff = try workspace.pith(["diff", "harbour"])
        #expect(diff.status == 0)
        #expect(diff.stdout == "harbour has only one snapshot so far: nothing to compare yet\n")
        let unknown = try workspace.pith(["diff", "nobody"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no history for \"nobody\""))
        let badRevision = try workspace.pith(["show", "harbour", "--rev", "yesterday"])
        #expect(badRevision.status == 64)
    }

    @Test func anInvalidConfigNamesItsLineAndNothingRuns() throws {
        let workspace = try HistoryWorkspace(jobs: "jobs:\n  - url: https://example.org/a\n    every: 1h\n    schedule: '0 9 * * *'\n  - url: https://example.org/b\n    evry: 2h\n")
        let run = try workspace.pith(["run"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("jobs.yaml:2: a job can have every or schedule, not both"))
        #expect(!FileManager.default.fileExists(atPath: workspace.storePath))
    }

    @Test func aSecondRunExitsAtOnceWhileTheStoreIsLocked() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write("jobs:\n  - {name: harbour, url: \"\(url)\"}\n", to: "jobs.yaml")
        try FileManager.default.createDirectory(atPath: workspace.folder.file("store"), withIntermediateDirectories: true)
        let descriptor = open(workspace.storePath + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        let blocked = try workspace.pith(["run"])
        #expect(blocked.status == 0 && blocked.stdout.isEmpty && blocked.stderr.isEmpty)
        let verbose = try workspace.pith(["run", "--verbose"])
        #expect(verbose.status == 0 && verbose.stderr.contains("another pith run is using"))
        close(descriptor)
        let free = try workspace.pith(["run"])
        #expect(free.stdout.hasPrefix("new: "))
    }

    @Test func pithNowDecidesWhichJobsAreDue() throws {
        let workspace = try HistoryWorkspace(jobs: """
            jobs:
              - {name: often, url: "file:///nonexistent/pith/often.html", every: 1m}
              - {name: weekly, url: "file:///nonexistent/pith/weekly.html", schedule: "0 6 * * mon"}
            """)
        _ = try workspace.pith(["run"], now: "2026-03-02T07:00:00Z", environment: ["TZ": "UTC"])
        let tuesday = try workspace.pith(["run", "--dry-run"], now: "2026-03-03T07:00:00Z", environment: ["TZ": "UTC"])
        #expect(tuesday.stdout == "would check: often <file:///nonexistent/pith/often.html> (every 1m)\n")
        let nextMonday = try workspace.pith(["run", "--dry-run"], now: "2026-03-09T07:00:00Z", environment: ["TZ": "UTC"])
        #expect(nextMonday.stdout.contains("would check: weekly"))
        let bad = try workspace.pith(["run"], now: "tomorrow")
        #expect(bad.status == 64 && bad.stderr.contains("PITH_NOW=tomorrow"))
        let badList = try workspace.pith(["jobs", "list"], now: "tomorrow")
        #expect(badList.status == 64 && badList.stderr.contains("PITH_NOW=tomorrow"))
    }

    @Test func aFailureIsReportedOnceWithExitStatusOne() throws {
        let workspace = try HistoryWorkspace(jobs: "jobs:\n  - {name: gone, url: \"file:///nonexistent/pith/gone.html\", max_tries: 2}\n")
        let statuses = try (0..<3).map { hour in try workspace.pith(["run"], now: "2026-03-02T0\(hour):00:00Z") }
        #expect(statuses.map(\.status) == [0, 1, 0])
        #expect(statuses[1].stdout.hasPrefix("error: gone <file:///nonexistent/pith/gone.html>\n"))
        #expect(statuses[1].stdout.contains("(failed 2 times in a row); the last good version is kept"))
        #expect(statuses[0].stdout.isEmpty && statuses[2].stdout.isEmpty)
    }
}

@Suite struct JobsCommandTests {
    @Test func addAndRemoveKeepTheUsersComments() throws {
        let original = "# Newsroom watch list\nsettings:\n  contact: ana@example.org  # for site owners\n\njobs:\n  # council pages\n  - name: council\n    url: https://example.org/council\n"
        let workspace = try HistoryWorkspace(jobs: original)
        let add = try workspace.pith(["jobs", "add", "https://example.org/parks", "--name", "parks", "--every", "6h", "--tag", "local"])
        #expect(add.status == 0 && add.stdout.isEmpty)
        let added = try workspace.folder.read("jobs.yaml")
        #expect(added == original + "  - name: parks\n    url: https://example.org/parks\n    every: 6h\n    tags: [local]\n")
        let list = try workspace.pith(["jobs", "list"], now: "2026-03-02T07:00:00Z")
        #expect(list.stdout.contains("parks    every 6h   now       https://example.org/parks"))
        #expect(try workspace.pith(["jobs", "disable", "parks"]).status == 0)
        #expect(try workspace.folder.read("jobs.yaml").contains("    enabled: false\n"))
        #expect(try workspace.pith(["jobs", "remove", "parks"]).status == 0)
        #expect(try workspace.folder.read("jobs.yaml") == original)
        let missing = try workspace.pith(["jobs", "remove", "parks"])
        #expect(missing.status == 64 && missing.stderr.contains("no job named \"parks\""))
    }

    @Test func addCreatesTheJobsFileWhereRunLooksForIt() throws {
        let folder = TemporaryFolder("pith-xdg")
        let environment = ["XDG_CONFIG_HOME": folder.file("config"), "XDG_DATA_HOME": folder.file("data"), "HOME": folder.path]
        let add = try PithCommand.run(["jobs", "add", "file:///nonexistent/pith/a.html"], environment: environment)
        #expect(add.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("config/pith/jobs.yaml")))
        let run = try PithCommand.run(["run"], environment: environment)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("data/pith/pith.sqlite")))
    }
}

@Suite struct HistoryOutputTests {
    @Test func settingsWriteChangedArticlesAndAnAtomFeed() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write(
            "settings:\n  output_dir: articles\n  output_format: markdown\n  atom_feed: feed/changes.xml\njobs:\n  - {name: harbour, url: \"\(url)\"}\n",
            to: "jobs.yaml")
        _ = try workspace.pith(["run"])
        try workspace.page(HistoryPages.edited)
        _ = try workspace.pith(["run"])
        // Named like `pith scrape` names a URL's file: a file:// URL goes under `_file/` by its path.
        let name = "_file" + (URLComponents(string: url)?.path ?? "") + ".md"
        let articles = FileManager.default.enumerator(atPath: workspace.folder.file("articles"))?.allObjects as? [String] ?? []
        #expect(articles.filter { $0.hasSuffix(".md") } == [name])
        let markdown = try workspace.folder.read("articles/" + name)
        #expect(markdown.hasPrefix("---\ntitle: \"Sea wall to be rebuilt in concrete\""))
        #expect(markdown.contains("by four votes to three"))
        let feed = try workspace.folder.read("feed/changes.xml")
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("<link href=\"\(url)\"/>"))
    }

    @Test func checkShowsTheArticleAndTheVerdictAndStoresNothing() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write("jobs:\n  - {name: harbour, url: \"\(url)\"}\n", to: "jobs.yaml")
        let fresh = try workspace.pith(["check", "harbour"])
        #expect(fresh.status == 0)
        #expect(fresh.stdout.contains("no baseline: a run would report this job as new"))
        #expect(fresh.stdout.contains(HistoryPages.paragraphs[1]))
        #expect(!FileManager.default.fileExists(atPath: workspace.storePath))

        _ = try workspace.pith(["run"])
        try workspace.page(HistoryPages.edited)
        let changed = try workspace.pith(["check", url])
        #expect(changed.stdout.contains("compared with rev 1"))
        #expect(changed.stdout.contains("a run would report a change"))
        #expect(changed.stdout.contains("[-five-]{+four+}"))
        let history = try workspace.pith(["history", "harbour", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
        #expect((object?["checks"] as? [Any])?.count == 1, "pith check records nothing")

        let broken = try workspace.pith(["check", "file:///nonexistent/pith/x.html"])
        #expect(broken.status == 1 && broken.stdout.contains("error: "))
    }

    @Test func gcKeepsTheNewestSnapshots() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        let url = try workspace.page(HistoryPages.article())
        try workspace.folder.write("jobs:\n  - {name: harbour, url: \"\(url)\"}\n", to: "jobs.yaml")
        for round in 0..<4 {
            var paragraphs = HistoryPages.paragraphs
            paragraphs[3] += " Round \(round)."
            try workspace.page(HistoryPages.article(paragraphs))
            _ = try workspace.pith(["run"])
        }
        let gc = try workspace.pith(["gc", "--keep", "2"])
        #expect(gc.status == 0 && gc.stdout.hasPrefix("removed 2 snapshots"))
        let history = try workspace.pith(["history", "harbour", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
        #expect((object?["snapshots"] as? [[String: Any]])?.map { $0["rev"] as? Int } == [3, 4])
        #expect(try workspace.pith(["diff", "harbour", "--from", "1"]).status == 1)
        #expect(try workspace.pith(["gc", "--keep", "0"]).status == 64)
    }
}
