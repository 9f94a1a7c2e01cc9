import Foundation
import PithStore

/// `pith history --format` and `pith show --format`.
public enum HistoryFormat: String, Sendable, CaseIterable {
    case text, json
}

extension HistoryViews {
    /// Checks shown by `pith history` in text form (JSON lists them all).
    public static let recentChecks = 20

    /// The job's snapshots and checks.
    public func history(_ name: String, format: HistoryFormat) throws -> String {
        let (job, snapshots) = try history(of: name)
        let checks = try store.checks(ofJob: job.id)
        switch format {
        case .json:
            return Self.json(HistoryDocument(job: job, snapshots: snapshots, checks: checks))
        case .text:
            var lines = ["\(job.name) <\(job.url)>", "", "snapshots:"]
            lines += Self.table(
                ["rev", "captured", "words", "title"],
                snapshots.reversed().map { snapshot in
                    [
                        "\(snapshot.revision)", Timestamp.format(snapshot.capturedAt),
                        "\(PageAcceptance.wordCount(snapshot.article.text))",
                        (snapshot.article.metadata.title ?? "") + (snapshot.origin == .reextracted ? " (re-extracted)" : ""),
                    ]
                })
            let shown = checks.prefix(Self.recentChecks)
            lines += ["", checks.count > shown.count ? "checks (latest \(shown.count) of \(checks.count)):" : "checks:"]
            lines += Self.table(
                ["checked", "outcome", "status", "time", "detail"],
                shown.map { check in
                    [
                        Timestamp.format(check.checkedAt), check.outcome.rawValue, check.status.map(String.init) ?? "-",
                        "\(check.durationMilliseconds) ms", check.error ?? check.revision.map { "rev \($0)" } ?? "",
                    ]
                })
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Rows padded into columns, two spaces apart, indented.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        guard !rows.isEmpty else { return ["  (none)"] }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return ("  " + cells.joined(separator: "  ")).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}

private struct HistoryDocument: Encodable {
    let job: StoredJob
    let snapshots: [Snapshot]
    let checks: [Check]

    private struct SnapshotRow: Encodable {
        let rev: Int
        let captured_at: String
        let snapshot_key: String
        let final_url: String?
        let title: String?
        let words: Int
        let extractor_version: String
        let rules_version: String
        let origin: String
    }

    private struct CheckRow: Encodable {
        let checked_at: String
        let outcome: String
        let status: Int?
        let final_url: String?
        let etag: String?
        let last_modified: String?
        let error: String?
        let error_kind: String?
        let duration_ms: Int
        let rev: Int?

        enum CodingKeys: String, CodingKey {
            case checked_at, outcome, status, final_url, etag, last_modified, error, error_kind, duration_ms, rev
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(checked_at, forKey: .checked_at)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(status, forKey: .status)
            try container.encode(final_url, forKey: .final_url)
            try container.encode(etag, forKey: .etag)
            try container.encode(last_modified, forKey: .last_modified)
            try container.encode(error, forKey: .error)
            try container.encode(error_kind, forKey: .error_kind)
            try container.encode(duration_ms, forKey: .duration_ms)
            try container.encode(rev, forKey: .rev)
        }
    }

    enum CodingKeys: String, CodingKey { case job, url, snapshots, checks }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(job.name, forKey: .job)
        try container.encode(job.url, forKey: .url)
        try container.encode(
            snapshots.map {
                SnapshotRow(
                    rev: $0.revision, captured_at: Timestamp.format($0.capturedAt), snapshot_key: $0.key, final_url: $0.finalURL,
                    title: $0.article.metadata.title, words: PageAcceptance.wordCount($0.article.text),
                    extractor_version: $0.extractorVersion, rules_version: $0.rulesVersion, origin: $0.origin.rawValue)
            }, forKey: .snapshots)
        try container.encode(
            checks.map {
                CheckRow(
                    checked_at: Timestamp.format($0.checkedAt), outcome: $0.outcome.rawValue, status: $0.status, final_url: $0.finalURL,
                    etag: $0.etag, last_modified: $0.lastModified, error: $0.error, error_kind: $0.errorKind,
                    duration_ms: $0.durationMilliseconds, rev: $0.revision)
            }, forKey: .checks)
    }
}
