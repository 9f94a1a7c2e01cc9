import Foundation
import PithStore
import Testing
import _PithTestSupport

@testable import PithCore

/// The run loop with real pages, the real extractor and a real SQLite store.
@Suite struct RunPipelineTests {
    let harness = RunHarness()

    func oneJob(_ extra: String = "") throws -> JobsFile {
        let url = try harness.page(HistoryPages.article())
        return try harness.jobs("jobs:\n  - name: harbour\n    url: \(url)\n\(extra)")
    }

    @Test func firstRunReportsNewThenAnUnchangedRunStoresNothing() async throws {
        let file = try oneJob()
        let first = try await harness.run(file, hours: 0)
        #expect(first.events.map(\.kind) == [.new])
        #expect(first.events.first?.toRevision == 1)
        #expect(first.events.first?.title == "Sea wall to be rebuilt in concrete")
        #expect(first.exitCode == 0)

        let second = try await harness.run(file, hours: 1)
        #expect(second.events.isEmpty)
        #expect(second.checked == ["harbour"])
        let store = try harness.store()
        let job = try #require(try store.job(named: "harbour"))
        #expect(try store.snapshots(ofJob: job.id).count == 1)
        #expect(try store.checks(ofJob: job.id).map(\.outcome) == [.unchanged, .new])
    }

    @Test func aChangedParagraphGivesExactlyThatDiff() async throws {
        let file = try oneJob()
        _ = try await harness.run(file, hours: 0)
        try harness.page(HistoryPages.edited)
        let result = try await harness.run(file, hours: 1)
        let event = try #require(result.events.first)
        #expect(result.events.map(\.kind) == [.changed])
        #expect((event.fromRevision, event.toRevision) == (1, 2))
        let sentence = "After two hours of debate the commission chose the concrete wall by [-five-]{+four+} votes to [-two,-]{+three,+} saying the town could not afford to repair the wall again within a generation.\n"
        #expect(renderedChange(event) == sentence)
        #expect(event.hunks.flatMap(\.lines).filter { $0.kind != .context }.map(\.kind) == [.removed, .added])

        let views = HistoryViews(store: try harness.store(), jobs: file)
        #expect(try views.diff(DiffRequest(job: "harbour", format: .word)).hasSuffix(sentence))
        let unified = try views.diff(DiffRequest(job: "harbour", context: 0))
        #expect(unified.contains("\n-After two hours of debate the commission chose the concrete wall by five votes to two,"))
        #expect(unified.contains("\n+After two hours of debate the commission chose the concrete wall by four votes to three,"))
        let json = try views.diff(DiffRequest(job: "harbour", format: .json, context: 0))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let lines = (object?["hunks"] as? [[String: Any]])?.first?["lines"] as? [[String: String]]
        #expect(lines?.map { $0["op"]! } == ["-", "+"])
        #expect(lines?.last?["text"]?.contains("four votes to three") == true)
    }

    @Test func aFailingURLKeepsItsBaselineAndIsReportedOnceThenOnRecovery() async throws {
        let file = try oneJob("    max_tries: 3\n")
        _ = try await harness.run(file, hours: 0)
        try FileManager.default.removeItem(atPath: harness.folder.file("page.html"))
        var kinds: [[RunEvent.Kind]] = []
        for hour in 1...5 { kinds.append(try await harness.run(file, hours: Double(hour)).events.map(\.kind)) }
        #expect(kinds == [[], [], [.error], [], []])
        let store = try harness.store()
        let job = try #require(try store.job(named: "harbour"))
        #expect(try store.snapshots(ofJob: job.id).map(\.revision) == [1])
        #expect(try store.checks(ofJob: job.id, limit: 5).allSatisfy { $0.outcome == .failed && $0.error != nil })

        try harness.page(HistoryPages.article())
        let recovered = try await harness.run(file, hours: 6)
        #expect(recovered.events.map(\.kind) == [.recovered])
        #expect(try await harness.run(file, hours: 7).events.isEmpty)
    }

    @Test func theErrorEventSaysWhatFailedAndHowOften() async throws {
        let file = try oneJob("    max_tries: 1\n")
        _ = try await harness.run(file, hours: 0)
        try FileManager.default.removeItem(atPath: harness.folder.file("page.html"))
        let result = try await harness.run(file, hours: 1)
        let event = try #require(result.events.first)
        #expect(event.kind == .error && event.tries == 1 && event.errorKind != nil)
        #expect(result.exitCode == 1)
        let json = try JSONSerialization.jsonObject(with: Data(event.json.utf8)) as? [String: Any]
        #expect(json?["event"] as? String == "error")
        #expect(json?["schema_version"] as? Int == 1)
        #expect(json?["from_rev"] as? Int == 1)
        #expect(json?.keys.contains("hunks") == true && json?["to_rev"] is NSNull)
    }

    @Test func blockedAndShrunkenPagesNeverReplaceTheBaseline() async throws {
        let file = try oneJob("    max_tries: 2\n")
        _ = try await harness.run(file, hours: 0)
        try harness.page(HistoryPages.challenge)
        #expect(try await harness.run(file, hours: 1).events.isEmpty)
        try harness.page(HistoryPages.article([HistoryPages.paragraphs[0]]))
        let second = try await harness.run(file, hours: 2)
        #expect(second.events.map(\.kind) == [.error])
        #expect(second.events.first?.errorKind == "shrunk")
        let store = try harness.store()
        let job = try #require(try store.job(named: "harbour"))
        #expect(try store.checks(ofJob: job.id, limit: 2).map(\.errorKind) == ["shrunk", "blocked"])
        #expect(try store.snapshots(ofJob: job.id).count == 1)
        try harness.page(HistoryPages.article())
        #expect(try await harness.run(file, hours: 3).events.map(\.kind) == [.recovered])
    }

    @Test func anExtractorUpgradeRaisesNoFalseAlarm() async throws {
        let file = try oneJob()
        _ = try await harness.run(file, hours: 0)
        harness.extractor = RenamedExtractor(extractorVersion: "99.0")
        #expect(try await harness.run(file, hours: 1).events.isEmpty)
        let store = try harness.store()
        let job = try #require(try store.job(named: "harbour"))
        let baseline = try #require(try store.latestSnapshot(ofJob: job.id))
        #expect(baseline.extractorVersion == "99.0")
        #expect(try store.snapshots(ofJob: job.id).count == 1)

        try harness.page(HistoryPages.edited)
        harness.extractor = RenamedExtractor(extractorVersion: "100.0")
        let changed = try await harness.run(file, hours: 2)
        #expect(changed.events.map(\.kind) == [.changed])
        #expect(changed.events.first.map(renderedChange)?.contains("[-five-]{+four+}") == true)
    }

    @Test func editingAJobsIgnoreRulesRaisesNoFalseAlarm() async throws {
        let file = try oneJob()
        _ = try await harness.run(file, hours: 0)
        let url = "file://" + harness.folder.file("page.html")
        let stricter = try harness.jobs("jobs:\n  - name: harbour\n    url: \(url)\n    ignore: ['^Work is due.*$']\n")
        #expect(try await harness.run(stricter, hours: 1).events.isEmpty)
        let store = try harness.store()
        let job = try #require(try store.job(named: "harbour"))
        let snapshots = try store.snapshots(ofJob: job.id)
        #expect(snapshots.map(\.origin) == [.fetched, .reextracted])
        #expect(snapshots[1].rulesVersion != snapshots[0].rulesVersion)
    }

    @Test func onChangeGetsTheEventOnStdinWithItsEnvironment() async throws {
        let log = harness.folder.file("events.log")
        let file = try oneJob("    on_change: 'cat >> \(log); echo \"$PITH_JOB $PITH_URL $PITH_EVENT\" >> \(log)'\n")
        let result = try await harness.run(file, hours: 0)
        let lines = try harness.folder.read("events.log").split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == result.events[0].json)
        #expect(lines[1] == "harbour \(file.jobs[0].url) new")
        let store = try harness.store()
        #expect(try store.pendingDeliveries().isEmpty)
    }

    @Test func aFailingOnChangeIsRetriedNextRunUntilItWorks() async throws {
        let marker = harness.folder.file("ready")
        let log = harness.folder.file("events.log")
        let file = try oneJob("    on_change: 'test -e \(marker) && cat >> \(log)'\n")
        let first = try await harness.run(file, hours: 0)
        #expect(first.events.map(\.kind) == [.new])
        #expect(!FileManager.default.fileExists(atPath: log))
        #expect(try harness.store().pendingDeliveries().first?.attempts == 1)
        #expect(FileManager.default.createFile(atPath: marker, contents: nil))
        let second = try await harness.run(file, hours: 1)
        #expect(second.events.isEmpty)
        #expect(try harness.folder.read("events.log") == first.events[0].json + "\n")
        #expect(try harness.store().pendingDeliveries().isEmpty)
    }

    /// Fixed URLs, so the per-URL offsets are the same on every run of the test; the pages
    /// need not exist (a failed check is still a check).
    @Test func schedulesPickTheDueJobs() async throws {
        let file = try harness.jobs("""
            jobs:
              - {name: hourly, url: "file:///nonexistent/pith/hourly.html", every: 1h}
              - {name: morning, url: "file:///nonexistent/pith/morning.html", schedule: "0 9 * * *"}
              - {name: off, url: "file:///nonexistent/pith/off.html", enabled: false}
            """)
        let utc = RunClock(now: harness.start, timeZone: TimeZone(identifier: "UTC")!).calendar
        let hourly = file.jobs[0].schedule
        let morning = file.jobs[1].schedule
        // harness.start is 2027-01-15T08:00:00Z.
        let first = try await harness.run(file, hours: 0, options: RunOptions())
        #expect(Set(first.checked) == ["hourly", "morning"])

        let hourlyNext = try #require(hourly.nextDue(after: harness.start, url: file.jobs[0].url, calendar: utc))
        let morningNext = try #require(morning.nextDue(after: harness.start, url: file.jobs[1].url, calendar: utc))
        #expect(hourlyNext > harness.start && hourlyNext <= harness.start.addingTimeInterval(3600))
        let nineOClock = harness.start.addingTimeInterval(3600)
        #expect(morningNext >= nineOClock && morningNext < nineOClock.addingTimeInterval(300))

        let hoursTo = { (date: Date) in date.timeIntervalSince(harness.start) / 3600 }
        let justBefore = try await harness.run(file, hours: hoursTo(min(hourlyNext, morningNext)) - 1 / 3600, options: RunOptions())
        #expect(justBefore.checked.isEmpty)
        let atHourly = try await harness.run(file, hours: hoursTo(hourlyNext), options: RunOptions())
        #expect(atHourly.checked.contains("hourly"))
        #expect(atHourly.checked.contains("morning") == (morningNext <= hourlyNext))
        let afterNine = try await harness.run(file, hours: hoursTo(nineOClock) + 0.1, options: RunOptions())
        #expect(afterNine.checked.contains("morning") == (morningNext > hourlyNext))
        let nextMorning = try await harness.run(file, hours: 25.2, options: RunOptions(dryRun: true))
        #expect(Set(nextMorning.wouldCheck.map(\.name)) == ["hourly", "morning"])

        let forced = try await harness.run(file, hours: 25.3, options: RunOptions(jobName: "off"))
        #expect(forced.checked == ["off"])
    }

    @Test func anUnknownJobIsAUsageError() async throws {
        let file = try oneJob()
        await #expect(throws: RunUsageError.unknownJob("nope", file: file.path)) {
            _ = try await harness.run(file, hours: 0, options: RunOptions(jobName: "nope"))
        }
    }

    @Test func theAtomFeedListsNewAndChangedArticles() async throws {
        let file = try oneJob()
        _ = try await harness.run(file, hours: 0)
        try harness.page(HistoryPages.edited)
        _ = try await harness.run(file, hours: 1)
        let store = try harness.store()
        let feed = AtomFeedWriter.render(try store.recentEvents(kinds: ["new", "changed"], limit: 50), updated: harness.start)
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("<title>Changed: Sea wall to be rebuilt in concrete</title>"))
        #expect(feed.contains("+After two hours of debate the commission chose the concrete wall by four votes to three,"))
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(AtomFeedWriter.escape("Tom & \"Jerry\" <b>\u{7}") == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;")
    }
}

@Suite struct RunReportTests {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func textReportsKeepOneLineEventsTogether() {
        let diff = LineDiff(old: "The plan passed.", new: "The plan failed.")
        let events = [
            RunEvent(kind: .new, job: "a", url: "https://example.org/a", title: "A", checkedAt: Self.date),
            RunEvent(kind: .recovered, job: "b", url: "https://example.org/b", checkedAt: Self.date),
            RunEvent(kind: .changed, job: "c", url: "https://example.org/c", title: "C", checkedAt: Self.date, textDiff: diff),
            RunEvent(kind: .error, job: "d", url: "https://example.org/d", checkedAt: Self.date, error: "HTTP 503", tries: 3),
        ]
        #expect(RunReportFormatter.format(events, as: .text) == """
            new: A (a) <https://example.org/a>
            recovered: b <https://example.org/b>

            changed: C (c) <https://example.org/c>
              The plan [-passed.-]{+failed.+}

            error: d <https://example.org/d>
              HTTP 503 (failed 3 times in a row); the last good version is kept

            """)
        #expect(RunReportFormatter.format([], as: .text).isEmpty && RunReportFormatter.format([], as: .json).isEmpty)
        #expect(RunReportFormatter.format(Array(events.prefix(2)), as: .json).split(separator: "\n").count == 2)
    }
}

@Suite struct RunSelectorsTests {
    @Test func aJobsSelectorsChooseWhatIsCompared() async throws {
        let harness = RunHarness()
        let page = HistoryPages.article().replacingOccurrences(
            of: "<footer>",
            with: "<div id=\"hours\"><p>The harbour office is open from nine to five on weekdays, and closed on public holidays and during storms.</p></div><footer>")
        let url = try harness.page(page)
        let file = try harness.jobs("""
            jobs:
              - name: hours
                url: \(url)
                selectors: {content: "//div[@id='hours']"}
            """)
        _ = try await harness.run(file, hours: 0)
        let store = try harness.store()
        let job = try #require(try store.job(named: "hours"))
        let text = try #require(try store.latestSnapshot(ofJob: job.id)).article.text
        #expect(text == "The harbour office is open from nine to five on weekdays, and closed on public holidays and during storms.")
    }
}
