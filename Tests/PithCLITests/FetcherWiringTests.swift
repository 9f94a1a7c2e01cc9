import Foundation
import Synchronization
import Testing
import _PithTestSupport

/// The real fetcher behind `pith extract`, `pith run` and webhooks, against loopback servers.
@Suite(.serialized) struct FetcherWiringTests {
    @Test func runFetchesOverHTTPAndPostsTheEventToTheWebhook() throws {
        let site = try LoopbackServer(host: "127.0.0.2", routes: ["/harbour": .html(HistoryPages.article())])
        let hooks = try LoopbackServer(host: "127.0.0.3") { _ in .status(204) }
        let url = site.url("/harbour")
        let workspace = try HistoryWorkspace(jobs: """
            settings:
              contact: tests@example.org
              per_host_delay: 0
            jobs:
              - {name: harbour, url: "\(url)", webhook: "\(hooks.url("/hook"))"}

            """)
        let run = try workspace.pith(["run"])
        #expect(run.status == 0)
        #expect(run.stdout == "new: Sea wall to be rebuilt in concrete (harbour) <\(url)>\n")
        #expect(run.stderr.isEmpty)

        let page = try #require(site.requests(to: "/harbour").first)
        #expect(page.headers["User-Agent"]?.contains("tests@example.org") == true)
        let posts = hooks.requests(to: "/hook")
        #expect(posts.count == 1)
        let post = try #require(posts.first)
        #expect(post.method == "POST")
        #expect(post.headers["Content-Type"] == "application/json")
        let event = try #require(try JSONSerialization.jsonObject(with: Data(post.body)) as? [String: Any])
        #expect(event["event"] as? String == "new")
        #expect(event["job"] as? String == "harbour")
        #expect(event["url"] as? String == url)
    }

    @Test func runsReplayValidatorsAndReportOnlyARealEditOverHTTP() throws {
        // The page carries an ETag; the server answers 304 when the run sends it back.
        let current = Mutex((etag: "\"v1\"", page: HistoryPages.article()))
        let site = try LoopbackServer(host: "127.0.0.2") { request in
            let (etag, page) = current.withLock { ($0.etag, $0.page) }
            if request.headers["If-None-Match"] == etag { return .status(304) }
            return .html(page, headers: [(name: "ETag", value: etag)])
        }
        let url = site.url("/harbour")
        let workspace = try HistoryWorkspace(jobs: """
            settings: {per_host_delay: 0}
            jobs:
              - {name: harbour, url: "\(url)"}

            """)
        let first = try workspace.pith(["run", "--all"])
        #expect(first.stdout == "new: Sea wall to be rebuilt in concrete (harbour) <\(url)>\n")

        let unchanged = try workspace.pith(["run", "--all"])
        #expect(unchanged.status == 0)
        #expect(unchanged.stdout.isEmpty, "a 304 is no change: \(unchanged.stdout)")
        #expect(site.requests(to: "/harbour").last?.headers["If-None-Match"] == "\"v1\"")

        var edited = HistoryPages.paragraphs
        edited[2] = edited[2].replacingOccurrences(of: "five votes to two", with: "four votes to three")
        current.withLock { $0 = (etag: "\"v2\"", page: HistoryPages.article(edited)) }
        let changed = try workspace.pith(["run", "--all", "--report", "json"])
        let event = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any])
        #expect(event["event"] as? String == "changed")
        #expect((event["from_rev"] as? Int, event["to_rev"] as? Int) == (1, 2))
        let word = try workspace.pith(["diff", "harbour", "--format", "word"])
        #expect(word.stdout.contains("by [-five-]{+four+} votes to [-two,-]{+three,+}"))
        let history = try workspace.pith(["history", "harbour", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        #expect((object["snapshots"] as? [Any])?.count == 2, "the 304 stored no snapshot")
        #expect((object["checks"] as? [Any])?.count == 3)
    }

    @Test func aWebhookThatFailsIsPostedAgainByTheNextRun() throws {
        let site = try LoopbackServer(host: "127.0.0.2", routes: ["/harbour": .html(HistoryPages.article())])
        let hooks = try LoopbackServer(host: "127.0.0.3") { _ in .status(400) }
        let workspace = try HistoryWorkspace(jobs: """
            settings: {per_host_delay: 0}
            jobs:
              - {name: harbour, url: "\(site.url("/harbour"))", webhook: "\(hooks.url("/hook"))"}

            """)
        _ = try workspace.pith(["run"])
        #expect(hooks.requests(to: "/hook").count == 1)
        hooks.setHandler { _ in .status(200) }
        _ = try workspace.pith(["run"])
        #expect(hooks.requests(to: "/hook").count == 2, "a 4xx is not a delivery")
        _ = try workspace.pith(["run"])
        #expect(hooks.requests(to: "/hook").count == 2, "a 2xx is")
    }

    @Test func extractFetchesAURLAndNamesItWhenTheFetchFails() throws {
        let site = try LoopbackServer(host: "127.0.0.2", routes: ["/harbour": .html(HistoryPages.article())])
        let good = try PithCommand.run(["extract", site.url("/harbour")])
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix(HistoryPages.paragraphs[0]))
        let missing = site.url("/missing")
        let bad = try PithCommand.run(["extract", missing])
        #expect(bad.status == 1)
        #expect(bad.stderr == "pith: \(missing): HTTP 404 from \(missing)\n")
    }
}
