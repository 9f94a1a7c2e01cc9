import Foundation
import Synchronization

/// What `pith scrape` says on standard error while it runs.
///
/// On a terminal: a progress bar (done/total, rate, errors) redrawn at most ten times a
/// second, with each failed URL's line printed above it. Elsewhere (cron, a pipe): only the
/// failed URLs, one line each (`pith: URL: message`). Either way a summary line ends the run.
/// Cancelled URLs get no line of their own and are not errors: the summary counts them.
public final class ScrapeProgress: Sendable {
    private struct State {
        var done = 0
        var errors = 0
        var lastDraw: ContinuousClock.Instant?
    }

    private let total: Int
    private let terminal: Bool
    private let write: @Sendable (String) -> Void
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    /// Erases the current terminal line.
    private static let clearLine = "\r\u{1B}[K"
    private static let redrawInterval = Duration.milliseconds(100)

    /// `write` receives text for standard error exactly as it should appear.
    public init(total: Int, terminal: Bool, write: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.terminal = terminal
        self.write = write
    }

    /// Counts one finished URL; prints its error line if it failed.
    public func record(_ record: ScrapeRecord) {
        state.withLock { state in
            state.done += 1
            var output = ""
            if let error = record.error, !record.wasCancelled {
                state.errors += 1
                output += (terminal ? Self.clearLine : "") + "pith: \(record.url): \(error)\n"
            }
            let now = ContinuousClock.now
            if terminal, output.isEmpty == false || state.lastDraw.map({ now - $0 >= Self.redrawInterval }) ?? true {
                output += bar(state, now: now)
                state.lastDraw = now
            }
            if !output.isEmpty { write(output) }
        }
    }

    /// Clears the bar and prints the summary line.
    public func finish(_ summary: ScrapeSummary) {
        var line = "\(summary.total) \(summary.total == 1 ? "URL" : "URLs"): \(summary.written) \(summary.written == 1 ? "article" : "articles"), "
            + "\(summary.failed) \(summary.failed == 1 ? "error" : "errors")"
        if summary.skipped > 0 { line += ", \(summary.skipped) skipped (already done)" }
        line += " in \(String(format: "%.1f", summary.seconds)) s"
        if summary.cancelled { line += " (stopped: \(summary.notFetched) not fetched)" }
        write((terminal ? Self.clearLine : "") + "pith: " + line + "\n")
    }

    /// `[########............] 120/1000  12.3/s  3 errors`
    private func bar(_ state: State, now: ContinuousClock.Instant) -> String {
        let width = 24
        let filled = total == 0 ? width : min(width, state.done * width / max(total, 1))
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(state.done) / seconds : 0
        return Self.clearLine + "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(state.done)/\(total)  \(String(format: "%.1f", rate))/s  \(state.errors) \(state.errors == 1 ? "error" : "errors")"
    }
}
