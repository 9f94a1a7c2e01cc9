import Foundation
import Testing
import _PithTestSupport

/// `pith scrape` as a user runs it: the real binary against loopback servers playing two hosts.
@Suite(.serialized) struct ScrapeCommandTests {
    static let harbour = HistoryPages.article()
    static let budget = HistoryPages.article(
        ["The council approved next year's budget on Tuesday after a four-hour debate about library opening hours and bus fares.",
         "Councillors voted by seven to two to keep the libraries open on Sundays, paid for by a small rise in parking charges."],
        title: "Council approves the budget")
    static let navigationOnly = "<html><body><nav><a href='/'>Home</a></nav></body></html>"

    /// Two hosts: 127.0.0.2 with news pages, 127.0.0.3 with a story behind a query string.
    final class Hosts {
        let news: LoopbackServer
        let stories: LoopbackServer

        init() throws {
            news = try LoopbackServer(host: "127.0.0.2", routes: [
                "/news/harbour": .html(ScrapeCommandTests.harbour),
                "/news/": .html(ScrapeCommandTests.budget),
                "/menu": .html(ScrapeCommandTests.navigationOnly),
                "/data.json": LoopbackResponse(headers: [("Content-Type", "application/json")], body: Array("{\"a\":1}".utf8)),
            ])
            stories = try LoopbackServer(host: "127.0.0.3", routes: ["/story?id=7": .html(ScrapeCommandTests.harbour)])
        }

        /// The host folder of a server's files: `HOST_PORT`.
        func folder(_ server: LoopbackServer) -> String { "\(server.host)_\(server.port)" }
    }

    static func scrape(_ urls: [String], _ options: [String], into output: TemporaryFolder, extra: String = "") throws -> PithRun {
        let input = TemporaryFolder("pith-list")
        let list = try input.write("# pages to keep\n\n" + urls.joined(separator: "\n") + "\n" + extra, to: "urls.txt")
        return try PithCommand.run(["scrape", "--output-dir", output.path, "--delay", "0", list] + options)
    }

    /// index.jsonl's lines, by URL.
    static func index(_ output: TemporaryFolder) throws -> [String: [String: Any]] {
        var lines: [String: [String: Any]] = [:]
        for line in try output.read("index.jsonl").split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            lines[try #require(object["url"] as? String)] = object
        }
        return lines
    }

    @Test func jsonFilesAndAnIndexLinePerURLWithErrorsForTheRest() throws {
        let hosts = try Hosts()
        let output = TemporaryFolder("pith-scrape")
        let good = [hosts.news.url("/news/harbour"), hosts.news.url("/news/"), hosts.stories.url("/story?id=7")]
        let bad = [hosts.news.url("/missing"), hosts.news.url("/data.json"), hosts.news.url("/menu")]
        let run = try Self.scrape(good + bad + [good[0]], [], into: output, extra: "not a url\n")

        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(hosts.news.requests(to: "/news/harbour").count == 1, "a duplicate is fetched once")
        let harbourPath = "\(hosts.folder(hosts.news))/news/harbour.json"
        let article = try #require(try JSONSerialization.jsonObject(with: Data(output.read(harbourPath).utf8)) as? [String: Any])
        #expect(article["url"] as? String == good[0])
        #expect((article["text"] as? String)?.contains("by five votes to two") == true)
        #expect(FileManager.default.fileExists(atPath: output.file("\(hosts.folder(hosts.news))/news/index.json")))
        let storyFiles = try FileManager.default.contentsOfDirectory(atPath: output.file(hosts.folder(hosts.stories)))
        #expect(storyFiles.count == 1 && storyFiles[0].wholeMatch(of: /story__[0-9a-f]{12}\.json/) != nil)

        let index = try Self.index(output)
        #expect(index.count == 6)
        let harbour = try #require(index[good[0]])
        #expect(harbour["status"] as? Int == 200)
        #expect(harbour["final_url"] as? String == good[0])
        #expect(harbour["file"] as? String == harbourPath)
        #expect(harbour["error"] is NSNull && harbour["error_kind"] is NSNull)
        #expect(harbour["content_hash"] as? String == sha256Hex(article["text"] as? String ?? ""))
        #expect((harbour["fetched_at"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(index[bad[0]]?["status"] as? Int == 404)
        #expect(index[bad[0]]?["error_kind"] as? String == "http")
        #expect(index[bad[1]]?["error_kind"] as? String == "content_type")
        #expect(index[bad[2]]?["error_kind"] as? String == "no_article")
        for url in bad { #expect(index[url]?["file"] is NSNull) }

        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.hasPrefix("pith: ") && $0.contains("urls.txt:") && $0.contains("not a url") })
        #expect(errors.contains { $0.hasPrefix("pith: \(bad[0]): ") && $0.contains("404") })
        #expect(errors.contains { $0.hasPrefix("pith: \(bad[2]): ") && $0.contains("no article") })
        #expect(errors.last?.contains("6 URLs: 3 articles, 3 errors in ") == true)
        #expect(!FileManager.default.fileExists(atPath: output.file(".index.jsonl.partial")))
    }

    @Test func theFileIsWhatPithExtractWritesForTheSameURL() throws {
        let hosts = try Hosts()
        let output = TemporaryFolder("pith-scrape")
        let url = hosts.news.url("/news/harbour")
        #expect(try Self.scrape([url], ["--format", "markdown"], into: output).status == 0)
        let extract = try PithCommand.run(["extract", "--format", "markdown", url])
        #expect(extract.status == 0)
        #expect(try output.read("\(hosts.folder(hosts.news))/news/harbour.md") == extract.stdout)
    }

    @Test func rawKeepsTheBodyOfAnyContentType() throws {
        let hosts = try Hosts()
        let output = TemporaryFolder("pith-scrape")
        let urls = [hosts.news.url("/news/harbour"), hosts.news.url("/data.json"), hosts.news.url("/menu")]
        let run = try Self.scrape(urls, ["--format", "raw"], into: output)
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "only the summary line: \(run.stderr)")
        let folder = hosts.folder(hosts.news)
        #expect(try output.read("\(folder)/news/harbour.html") == Self.harbour)
        #expect(try output.read("\(folder)/data.json.html") == "{\"a\":1}")
        let index = try Self.index(output)
        #expect(index[urls[0]]?["content_hash"] as? String == sha256Hex(Self.harbour))
        #expect(index[urls[2]]?["file"] as? String == "\(folder)/menu.html")
    }

    @Test func resumeSkipsWhatIsDoneAndKeepsItsIndexLines() throws {
        let hosts = try Hosts()
        let output = TemporaryFolder("pith-scrape")
        let first = [hosts.news.url("/news/harbour"), hosts.news.url("/news/")]
        #expect(try Self.scrape(first, ["--format", "text"], into: output).status == 0)
        let before = try Self.index(output)

        let all = first + [hosts.stories.url("/story?id=7")]
        let run = try Self.scrape(all, ["--format", "text", "--resume"], into: output)
        #expect(run.status == 0)
        #expect(hosts.news.requests(to: "/news/harbour").count == 1)
        #expect(hosts.news.requests(to: "/news/").count == 1)
        #expect(hosts.stories.requests(to: "/story?id=7").count == 1)
        let after = try Self.index(output)
        #expect(after.count == 3)
        #expect(after[first[0]]?["fetched_at"] as? String == before[first[0]]?["fetched_at"] as? String)
        #expect(after[all[2]]?["file"] is String)
        #expect(run.stderr.contains("3 URLs: 1 article, 0 errors, 2 skipped"))
    }

    @Test func aSymbolicLinkInTheFolderIsNotFollowed() throws {
        let hosts = try Hosts()
        let output = TemporaryFolder("pith-scrape")
        let elsewhere = TemporaryFolder("pith-elsewhere")
        try FileManager.default.createSymbolicLink(atPath: output.file(hosts.folder(hosts.news)), withDestinationPath: elsewhere.path)
        let url = hosts.news.url("/news/harbour")
        let run = try Self.scrape([url], [], into: output)
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        #expect(try Self.index(output)[url]?["error_kind"] as? String == "output")
        #expect(run.stderr.contains("symbolic link"))
    }

    @Test func badUsageExits64() throws {
        let output = TemporaryFolder("pith-scrape")
        let list = try output.write("https://example.com/\n", to: "urls.txt")
        #expect(try PithCommand.run(["scrape", list]).status == 64)
        #expect(try PithCommand.run(["scrape", "--output-dir", output.path, "/nonexistent/urls.txt"]).status == 64)
        for flags in [["--jobs", "0"], ["--delay", "-1"], ["--format", "pdf"], ["--max-size", "0"], ["--retries", "-1"]] {
            let run = try PithCommand.run(["scrape", "--output-dir", output.path, list] + flags)
            #expect(run.status == 64, "\(flags)")
        }
    }

    @Test func noRobotsIsAnnouncedAndStandardInputWorks() throws {
        let hosts = try Hosts()
        hosts.news.setHandler { request in
            switch request.path {
            case "/robots.txt": .text("User-agent: *\nDisallow: /\n")
            default: .html(ScrapeCommandTests.harbour)
            }
        }
        let output = TemporaryFolder("pith-scrape")
        let url = hosts.news.url("/news/harbour")
        let polite = try PithCommand.run(["scrape", "--output-dir", output.path, "--delay", "0"], stdin: Data((url + "\n").utf8))
        #expect(polite.status == 1)
        #expect(try Self.index(output)[url]?["error_kind"] as? String == "robots")
        let rude = try PithCommand.run(["scrape", "--output-dir", output.path, "--delay", "0", "--no-robots", "-"], stdin: Data((url + "\n").utf8))
        #expect(rude.status == 0)
        #expect(rude.stderr.contains("warning") && rude.stderr.contains("robots.txt"))
        #expect(try Self.index(output)[url]?["error"] is NSNull)
    }

    @Test func sigtermStopsCleanlyWithACompleteIndex() throws {
        let slow = try LoopbackServer(host: "127.0.0.2") { request in
            switch request.path {
            case "/fast": .html(ScrapeCommandTests.harbour)
            case "/robots.txt": .status(404)
            default: LoopbackResponse(body: Array("late".utf8), delayBeforeHeaders: 20)
            }
        }
        let output = TemporaryFolder("pith-scrape")
        let list = try output.write([slow.url("/fast"), slow.url("/slow1"), slow.url("/slow2")].joined(separator: "\n"), to: "urls.txt")
        let process = Process()
        process.executableURL = PithCommand.binary
        process.arguments = ["scrape", "--output-dir", output.file("out"), "--delay", "0", "--per-host", "4", list]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the slow requests are in flight, then stop the run.
        let deadline = Date().addingTimeInterval(10)
        while slow.requests(to: "/slow2").isEmpty && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        let index = try String(contentsOfFile: output.file("out/index.jsonl"), encoding: .utf8)
        let lines = index.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.filter { $0.contains("\"error_kind\":\"cancelled\"") }.count == 2)
    }
}
