import Foundation
import Testing
import _PithTestSupport

/// `pith scrape` reads the jobs file's `settings:` (and only them); its own flags win.
extension ScrapeCommandTests {
    /// A jobs file with `settings` and a job scrape must not fetch.
    static func config(_ settings: String, in folder: TemporaryFolder, name: String = "jobs.yaml") throws -> String {
        try folder.write("settings:\n\(settings)\njobs:\n  - http://127.0.0.1:9/never-fetched\n", to: name)
    }

    /// The User-Agent of the latest request to `path`.
    static func userAgent(_ server: LoopbackServer, _ path: String) -> String? {
        server.requests(to: path).last?.headers["User-Agent"]
    }

    @Test func theConfigsContactReachesTheUserAgentAndContactOverridesIt() throws {
        let hosts = try Hosts()
        let folder = TemporaryFolder("pith-config")
        let config = try Self.config("  contact: config@example.org", in: folder)
        let url = hosts.news.url("/news/harbour")

        let fromFile = try Self.scrape([url], ["--config", config], into: TemporaryFolder("pith-scrape"))
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let agent = try #require(Self.userAgent(hosts.news, "/news/harbour"))
        #expect(agent.wholeMatch(of: /pith\/[0-9.]+ \(\+https:\/\/github\.com\/pith-scraper\/pith; config@example\.org\)/) != nil, "\(agent)")

        let fromFlag = try Self.scrape([url], ["--config", config, "--contact", "flag@example.org"], into: TemporaryFolder("pith-scrape"))
        #expect(fromFlag.status == 0, "\(fromFlag.stderr)")
        let overridden = try #require(Self.userAgent(hosts.news, "/news/harbour"))
        #expect(overridden.hasSuffix("; flag@example.org)") && !overridden.contains("config@"), "\(overridden)")
        #expect(hosts.news.requests(to: "/news/harbour").count == 2)
    }

    @Test func theDefaultConfigIsFoundAsPithRunFindsIt() throws {
        let hosts = try Hosts()
        let xdg = TemporaryFolder("pith-xdg")
        _ = try Self.config("  contact: xdg@example.org", in: xdg, name: "pith/jobs.yaml")
        let list = try xdg.write(hosts.news.url("/news/harbour") + "\n", to: "urls.txt")
        let output = TemporaryFolder("pith-scrape")
        let run = try PithCommand.run(
            ["scrape", "--output-dir", output.path, "--delay", "0", list], environment: ["XDG_CONFIG_HOME": xdg.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.userAgent(hosts.news, "/news/harbour")?.hasSuffix("; xdg@example.org)") == true)
    }

    @Test func aMissingOrInvalidConfigExits64WithTheLoadersMessage() throws {
        let folder = TemporaryFolder("pith-config")
        let list = try folder.write("https://example.com/\n", to: "urls.txt")
        let missing = folder.file("missing.yaml")
        let absent = try PithCommand.run(["scrape", "--output-dir", folder.file("out"), "--config", missing, list])
        #expect(absent.status == 64)
        #expect(absent.stderr.hasPrefix("pith: no jobs file: looked for \(missing)"), "\(absent.stderr)")

        let invalid = try Self.config("  contact: ana@example.org\n  timeout: soon", in: folder)
        let bad = try PithCommand.run(["scrape", "--output-dir", folder.file("out"), "--config", invalid, list])
        #expect(bad.status == 64)
        #expect(bad.stderr == "pith: \(invalid):3: timeout must be a number of seconds or a duration such as 2s\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")), "nothing is fetched")
    }

    @Test func theConfigsLimitsApplyAndTheirFlagsOverrideThem() throws {
        let hosts = try Hosts()
        let folder = TemporaryFolder("pith-config")
        let config = try Self.config("  max_size: 0.0005", in: folder)  // 524 bytes: less than the page
        let url = hosts.news.url("/news/harbour")

        let capped = TemporaryFolder("pith-scrape")
        #expect(try Self.scrape([url], ["--config", config], into: capped).status == 1)
        #expect(try Self.index(capped)[url]?["error_kind"] as? String == "too_large")

        let flagged = TemporaryFolder("pith-scrape")
        #expect(try Self.scrape([url], ["--config", config, "--max-size", "1"], into: flagged).status == 0)
        #expect(try Self.index(flagged)[url]?["error"] is NSNull)
    }

    @Test func aHostsDelayFromTheConfigSpacesRequestsToThatHost() throws {
        let pages = ["/1", "/2", "/3"]
        let server = try LoopbackServer(host: "127.0.0.4", routes: Dictionary(uniqueKeysWithValues: pages.map { ($0, .html(Self.harbour)) }))
        let folder = TemporaryFolder("pith-config")
        // No global gap, and --delay 0 on the command line: only the host's own policy spaces them.
        let config = try Self.config("  per_host_delay: 0\n  hosts:\n    \"127.0.0.4\": {delay: 1}", in: folder)
        let run = try Self.scrape(pages.map { server.url($0) }, ["--config", config, "--per-host", "4"], into: TemporaryFolder("pith-scrape"))
        #expect(run.status == 0, "\(run.stderr)")

        let arrivals = server.requests.filter { pages.contains($0.path) }.map(\.arrival).sorted()
        #expect(arrivals.count == 3)
        let gaps = zip(arrivals.dropFirst(), arrivals).map { $0 - $1 }
        // The server stamps a request when its thread reads it, possibly a little late.
        #expect(gaps.allSatisfy { $0 >= .milliseconds(950) }, "gaps: \(gaps)")
    }
}
