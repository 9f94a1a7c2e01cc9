import Foundation
import PithStore
import Testing
import _PithTestSupport

/// `pith run` killed with SIGKILL at arbitrary moments, then run to the end.
@Suite struct CrashSafetyTests {
    static let jobCount = 40

    @Test func killedRunsLoseNothingAndLeaveTheStoreConsistent() throws {
        let workspace = try HistoryWorkspace(jobs: "")
        var jobs = "jobs:\n"
        for index in 0..<Self.jobCount {
            var paragraphs = HistoryPages.paragraphs
            paragraphs[0] = "Page \(index): " + paragraphs[0]
            let url = try workspace.page(HistoryPages.article(paragraphs), named: "pages/\(index).html")
            jobs += "  - {name: job\(index), url: \"\(url)\", on_change: 'cat >> \(workspace.folder.file("events.log")); echo >> \(workspace.folder.file("events.log"))'}\n"
        }
        try workspace.folder.write(jobs, to: "jobs.yaml")

        // Kill runs after various delays: on this machine a debug build is in start-up until
        // about 300 ms, checks jobs until about 1.4 s, then delivers events. Where a kill lands
        // does not matter to the assertions.
        for milliseconds in [5, 200, 450, 700, 900, 1300, 1600, 1900] {
            let process = Process()
            process.executableURL = PithCommand.binary
            process.arguments = ["run", "--config", workspace.jobsPath, "--store", workspace.storePath]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(milliseconds * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let final = try workspace.pith(["run"])
        #expect(final.status == 0)
        #expect(try workspace.pith(["run"]).stdout.isEmpty, "a complete run after the crashes finds nothing new")

        let store = try HistoryStore.open(at: workspace.storePath, create: false, writerVersion: "test")
        #expect(try store.integrityCheck() == ["ok"])
        for index in 0..<Self.jobCount {
            let job = try #require(try store.job(named: "job\(index)"))
            let snapshots = try store.snapshots(ofJob: job.id)
            #expect(snapshots.map(\.revision) == [1], "job\(index) has exactly its first snapshot")
            #expect(snapshots.first?.article.text.hasPrefix("Page \(index): ") == true)
        }
        #expect(try store.pendingDeliveries().isEmpty, "every event was delivered")
        let delivered = try workspace.folder.read("events.log").split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["job"] as? String
        }
        #expect(Set(delivered) == Set((0..<Self.jobCount).map { "job\($0)" }), "at least once for every job")
    }
}
