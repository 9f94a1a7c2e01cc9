import Foundation
import PithExtract
import Testing
import _PithTestSupport

@testable import PithStore

private let day1 = Date(timeIntervalSince1970: 1_800_000_000)
private let day2 = day1.addingTimeInterval(86_400)

private func article(_ text: String, title: String = "Budget vote") -> StoredArticle {
    StoredArticle(text: text, markdown: "# \(title)\n\n\(text)", metadata: ArticleMetadata(title: title, authors: ["Ana Ruiz"]))
}

private func snapshot(_ text: String, at date: Date = day1, html: String = "<p>page</p>", extractor: String = "1") -> NewSnapshot {
    let stored = article(text)
    return NewSnapshot(
        capturedAt: date, key: SnapshotKey.make(text: stored.text, metadata: stored.metadata), finalURL: "https://example.org/a",
        article: stored, rawHTML: Array(html.utf8), charset: "utf-8", extractorVersion: extractor, rulesVersion: "r1")
}

private func check(_ outcome: CheckOutcome, at date: Date = day1, status: Int? = 200) -> NewCheck {
    NewCheck(checkedAt: date, outcome: outcome, status: status, finalURL: "https://example.org/a", etag: "\"v1\"", durationMilliseconds: 12)
}

@Suite struct HistoryStoreTests {
    let folder = TemporaryFolder("pith-store")

    func open() throws -> HistoryStore {
        try HistoryStore.open(at: folder.file("data/pith.sqlite"), writerVersion: "0.1.0")
    }

    @Test func createsAWALStoreWithTheLatestSchema() throws {
        let store = try open()
        #expect(FileManager.default.fileExists(atPath: folder.file("data/pith.sqlite")))
        #expect(try store.schemaVersion() == Schema.latestVersion)
        #expect(try store.connection.queryFirst("PRAGMA journal_mode") { $0.text(0) } == "wal")
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func recordsACheckWithItsSnapshotAndReadsThemBack() throws {
        let store = try open()
        let job = try store.ensureJob(name: "budget", url: "https://example.org/a", at: day1)
        let html = "<html><body><p>The council approved the budget.</p></body></html>"
        let recorded = try store.record(
            check: check(.new), snapshots: [snapshot("The council approved the budget.", html: html)],
            state: JobState(etag: "\"v1\"", lastCheckedAt: day1), forJob: job.id)
        #expect(recorded.revisions == [1])

        let latest = try #require(try store.latestSnapshot(ofJob: job.id))
        #expect(latest.revision == 1)
        #expect(latest.article == article("The council approved the budget."))
        #expect(latest.capturedAt == day1)
        #expect(try store.rawHTML(of: latest) == Array(html.utf8))
        let checks = try store.checks(ofJob: job.id)
        #expect(checks.map(\.outcome) == [.new])
        #expect(checks.first?.revision == 1)
        #expect(checks.first?.status == 200)
        let reopened = try #require(try store.job(named: "https://example.org/a"))
        #expect(reopened.state.etag == "\"v1\"")
        #expect(reopened.state.lastCheckedAt == day1)
    }

    @Test func revisionsCountUpPerJob() throws {
        let store = try open()
        let first = try store.ensureJob(name: "one", url: "https://example.org/1", at: day1)
        let second = try store.ensureJob(name: "two", url: "https://example.org/2", at: day1)
        try store.record(check: check(.new), snapshots: [snapshot("a")], state: JobState(), forJob: first.id)
        try store.record(check: check(.new), snapshots: [snapshot("b")], state: JobState(), forJob: second.id)
        let again = try store.record(
            check: check(.changed, at: day2), snapshots: [snapshot("c", at: day2)], state: JobState(), forJob: first.id)
        #expect(again.revisions == [2])
        #expect(try store.snapshots(ofJob: first.id).map(\.article.text) == ["a", "c"])
        #expect(try store.snapshots(ofJob: second.id).map(\.revision) == [1])
    }

    @Test func aFailingEventBuilderLeavesNothingBehind() throws {
        struct Boom: Error {}
        let store = try open()
        let job = try store.ensureJob(name: "budget", url: "https://example.org/a", at: day1)
        #expect(throws: Boom.self) {
            try store.record(check: check(.new), snapshots: [snapshot("a")], state: JobState(lastCheckedAt: day1), forJob: job.id) { _ in
                throw Boom()
            }
        }
        #expect(try store.snapshots(ofJob: job.id).isEmpty)
        #expect(try store.checks(ofJob: job.id).isEmpty)
        #expect(try store.job(named: "budget")?.state.lastCheckedAt == nil)
    }

    @Test func eventsWaitInTheOutboxUntilDelivered() throws {
        let store = try open()
        let job = try store.ensureJob(name: "budget", url: "https://example.org/a", at: day1)
        let hook = DeliveryTarget(channel: .webhook, target: "http://127.0.0.1:9/hook")
        let command = DeliveryTarget(channel: .onChange, target: "cat >> events.log")
        let recorded = try store.record(check: check(.new), snapshots: [snapshot("a")], state: JobState(), forJob: job.id) { revisions in
            [NewEvent(kind: "new", payload: "{\"to_rev\":\(revisions[0])}", deliveries: [hook, command])]
        }
        var pending = try store.pendingDeliveries()
        #expect(pending.map(\.destination) == [hook, command])
        #expect(pending.allSatisfy { $0.payload == "{\"to_rev\":1}" && $0.jobName == "budget" })

        try store.markFailed(pending[0].id, error: "connection refused", at: day1)
        try store.markDelivered(pending[1].id, at: day1)
        pending = try store.pendingDeliveries()
        #expect(pending.map(\.destination) == [hook])
        #expect(pending.first?.attempts == 1)
        try store.markFailed(pending[0].id, error: "connection refused", at: day1)
        #expect(try store.pendingDeliveries().first?.attempts == 2)
        try store.markFailed(pending[0].id, error: "connection refused", giveUp: true, at: day1)
        #expect(try store.pendingDeliveries().isEmpty)
        #expect(try store.recentEvents(kinds: ["new", "changed"], limit: 10).map(\.id) == recorded.eventIDs)
    }

    @Test func garbageCollectionKeepsTheNewestSnapshotsAndTheBaseline() throws {
        let store = try open()
        let job = try store.ensureJob(name: "budget", url: "https://example.org/a", at: day1)
        for index in 0..<5 {
            let date = day1.addingTimeInterval(Double(index) * 3600)
            try store.record(
                check: check(index == 0 ? .new : .changed, at: date), snapshots: [snapshot("version \(index)", at: date)],
                state: JobState(), forJob: job.id)
        }
        let summary = try store.collectGarbage(keep: 2)
        #expect(summary.snapshotsRemoved == 3)
        #expect(summary.checksRemoved == 3)
        #expect(try store.snapshots(ofJob: job.id).map(\.revision) == [4, 5])
        #expect(try store.collectGarbage(keep: 0).snapshotsRemoved == 1)
        #expect(try store.snapshots(ofJob: job.id).map(\.article.text) == ["version 4"])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func refusesAStoreFromANewerPith() throws {
        let path: String
        do {
            let store = try open()
            path = store.path
            try store.connection.execute("PRAGMA user_version = 99")
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Schema.latestVersion, writtenBy: "0.1.0")) {
            _ = try open()
        }
        let message = "\(StoreError.newerSchema(path: path, found: 99, supported: 1, writtenBy: "0.9.0"))"
        #expect(message.contains("written by pith 0.9.0") && message.contains("upgrade pith"))
    }

    @Test func refusesFilesThatAreNotPithStores() throws {
        let text = try folder.write(String(repeating: "not a database\n", count: 200), to: "notes.txt")
        #expect {
            _ = try HistoryStore.open(at: text, writerVersion: "0.1.0")
        } throws: { error in
            guard case StoreError.notAPithStore(path: text, _) = error else { return false }
            return true
        }
        let other = folder.file("other.sqlite")
        do {
            let connection = try SQLiteConnection(path: other, create: true)
            try connection.execute("CREATE TABLE songs (title TEXT)")
        }
        #expect(throws: StoreError.notAPithStore(path: other, reason: "it is a SQLite database of another program")) {
            _ = try HistoryStore.open(at: other, writerVersion: "0.1.0")
        }
    }

    @Test func readersDoNotCreateStores() throws {
        let missing = folder.file("missing.sqlite")
        #expect(throws: StoreError.cannotOpen(path: missing, reason: "no such file")) {
            _ = try HistoryStore.open(at: missing, create: false, writerVersion: "0.1.0")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
