import Foundation
import Synchronization
import Testing

@testable import PithCore

/// What `pith scrape` prints on standard error, on a terminal and off one.
@Suite struct ScrapeProgressTests {
    final class Sink: Sendable {
        let text = Mutex("")
        func write(_ piece: String) { text.withLock { $0 += piece } }
        var value: String { text.withLock { $0 } }
    }

    static let ok = ScrapeRecord(url: "https://example.com/a", status: 200, file: "example.com/a.json")
    static let failed = ScrapeRecord(url: "https://example.com/b", status: 404, error: "HTTP 404 from https://example.com/b", errorKind: "http")
    static let cancelled = ScrapeRecord(url: "https://example.com/c", error: "cancelled: https://example.com/c", errorKind: "cancelled")

    @Test func offATerminalOnlyErrorLinesAndTheSummary() {
        let sink = Sink()
        let progress = ScrapeProgress(total: 3, terminal: false) { sink.write($0) }
        for record in [Self.ok, Self.failed, Self.cancelled] { progress.record(record) }
        progress.finish(ScrapeSummary(total: 3, written: 1, failed: 1, notFetched: 1, skipped: 0, cancelled: true, seconds: 2.04))
        #expect(sink.value == """
            pith: https://example.com/b: HTTP 404 from https://example.com/b
            pith: 3 URLs: 1 article, 1 error in 2.0 s (stopped: 1 not fetched)

            """)
    }

    @Test func onATerminalABarRedrawnAtMostTenTimesASecond() {
        let sink = Sink()
        let progress = ScrapeProgress(total: 1000, terminal: true) { sink.write($0) }
        for _ in 0..<1000 { progress.record(Self.ok) }
        let draws = sink.value.components(separatedBy: "\r\u{1B}[K[").count - 1
        #expect(draws >= 1 && draws <= 3, "1000 records in well under a second: \(draws) draws")
        #expect(sink.value.contains("] 1/1000  "))
        progress.record(Self.failed)
        #expect(sink.value.contains("\r\u{1B}[Kpith: https://example.com/b: HTTP 404"))
        #expect(sink.value.hasSuffix(" 1 error"), "the bar is drawn again under the error line, counting it")
        progress.finish(ScrapeSummary(total: 1000, written: 1000, failed: 1, notFetched: 0, skipped: 0, cancelled: false, seconds: 0.5))
        #expect(sink.value.hasSuffix("\r\u{1B}[Kpith: 1000 URLs: 1000 articles, 1 error in 0.5 s\n"))
    }
}
