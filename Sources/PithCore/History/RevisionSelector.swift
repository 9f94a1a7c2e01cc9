import Foundation
import PithStore

/// How `--from`, `--to` and `--rev` name a snapshot: its revision number, `-N` (N before the
/// latest), or a date or time (the last snapshot captured by then).
public enum RevisionSelector: Sendable, Equatable {
    case revision(Int)
    case beforeLatest(Int)
    /// The last snapshot captured at or before this instant.
    case asOf(Date)

    /// Parses `3`, `-1`, `2026-11-20` (the end of that local day) or an RFC 3339 time.
    public static func parse(_ text: String, calendar: Calendar) -> RevisionSelector? {
        if let number = Int(text) {
            if text.hasPrefix("-") { return .beforeLatest(-number) }
            return number > 0 ? .revision(number) : nil
        }
        if let time = Timestamp.parse(text) { return .asOf(time) }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10,
            let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let end = calendar.date(byAdding: .day, value: 1, to: start)
        else { return nil }
        return .asOf(end.addingTimeInterval(-1))
    }

    /// The matching snapshot among `snapshots` (oldest first).
    func resolve(in snapshots: [Snapshot]) -> Snapshot? {
        switch self {
        case let .revision(number): snapshots.first { $0.revision == number }
        case let .beforeLatest(count): count < snapshots.count ? snapshots[snapshots.count - 1 - count] : nil
        case let .asOf(date): snapshots.last { $0.capturedAt <= date }
        }
    }
}
