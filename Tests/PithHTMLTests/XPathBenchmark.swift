import Foundation
import Testing
import PithHTML

/// Times typical site rules on a large page, in CPU time of the calling thread (the machine is
/// shared, wall time is noise). Off unless `PITH_BENCH` is set; run it from a release build:
/// `PITH_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter XPathBenchmark`.
/// With `PITH_BENCH_DIR=folder` it also times the rules over every `.html` page of that folder.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PITH_BENCH"] != nil))
struct XPathBenchmark {
    static let rules = [
        "//div[@id='article']",
        "//article//p",
        "//div[contains(@class,'promo')]",
        "//*[contains(concat(' ',normalize-space(@class),' '),' social ')]",
        "(//div[@class='c'])[1]",
        "//aside | //nav",
        "//p[2]",
        "//div[starts-with(@id,'ad-')]",
        "//*[@role='navigation' or @aria-hidden='true']",
        "//li[last()]",
        "//a[contains(@href,'utm_')]/..",
        "//div[not(.//p)]",
        "//p[ancestor::div[@class='comments']]",
        "//h2/following-sibling::p[1]",
        "//text()[contains(.,'Subscribe')]/..",
        "//p[. = //h1]",
    ]

    @Test func typicalRulesOnALargePage() throws {
        let html = Self.largePage(sections: 900)
        let document = HTMLParser.parse(utf8: Array(html.utf8))
        print("page: \(html.utf8.count / 1024) KiB, \(document.nodeCount) nodes")
        var total = 0.0
        for rule in Self.rules {
            let compileStart = Self.cpuMilliseconds()
            let xpath = try XPath.compile(rule)
            let compileTime = Self.milliseconds(since: compileStart)
            var selected = 0
            let time = Self.median(runs: 9) { selected = xpath.nodes(in: document).count }
            total += time
            print(String(format: "%8.3f ms  (compile %.3f ms)  %6d nodes  %@", time, compileTime, selected, rule))
        }
        print(String(format: "%8.3f ms  all %d rules", total, Self.rules.count))
    }

    @Test func typicalRulesOnAFolderOfPages() throws {
        guard let folder = ProcessInfo.processInfo.environment["PITH_BENCH_DIR"] else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }
        let documents = try files.map { HTMLParser.parse(utf8: Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)")))) }
        let compiled = try Self.rules.map { try XPath.compile($0) }
        let nodes = documents.reduce(0) { $0 + $1.nodeCount }
        let start = Self.cpuMilliseconds()
        for document in documents {
            for xpath in compiled { _ = xpath.nodes(in: document) }
        }
        let time = Self.milliseconds(since: start)
        print(String(format: "%d pages, %d nodes: all %d rules in %.1f ms (%.3f ms per page)",
                     documents.count, nodes, compiled.count, time, time / Double(documents.count)))
    }

    // MARK: Helpers

    static func cpuMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    static func milliseconds(since start: Double) -> Double {
        cpuMilliseconds() - start
    }

    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = Self.cpuMilliseconds()
            body()
            times.append(milliseconds(since: start))
        }
        return times.sorted()[runs / 2]
    }

    /// A synthetic news page: header and navigation, an article of many sections with
    /// paragraphs, lists, promos and share bars, comments and a footer.
    static func largePage(sections: Int) -> String {
        var html = "<html><head><title>Big</title></head><body>"
        html += "<header><nav role='navigation'><ul>"
        for item in 0..<40 { html += "<li><a href='/s/\(item)?utm_source=x'>Section \(item)</a></li>" }
        html += "</ul></nav></header><div id='article' class='c'><article><h1>Headline</h1>"
        for section in 0..<sections {
            html += "<section><h2>Part \(section)</h2>"
            for paragraph in 0..<4 {
                html += "<p>Paragraph \(paragraph) of part \(section) with <a href='/x/\(section)'>a link</a> and <b>bold</b> words.</p>"
            }
            if section % 5 == 0 {
                html += "<div class='promo box' id='ad-\(section)'><span>Subscribe now</span></div>"
            }
            if section % 7 == 0 {
                html += "<div class='social share-bar' aria-hidden='true'><ul><li>Share</li><li>Tweet</li></ul></div>"
            }
            html += "</section>"
        }
        html += "</article></div><div class='comments'>"
        for comment in 0..<200 { html += "<div class='comment'><p>Comment \(comment)</p></div>" }
        html += "</div><aside><p>Related</p></aside><footer><p>© Example</p></footer></body></html>"
        return html
    }
}
