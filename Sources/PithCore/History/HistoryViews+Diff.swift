import Foundation
import PithStore

/// What `pith diff` was asked for.
public struct DiffRequest: Sendable, Equatable {
    /// `pith diff --format`.
    public enum Format: String, Sendable, CaseIterable {
        case unified, word, json
    }

    public var job: String
    public var from: String?
    public var to: String?
    public var format: Format
    /// Lines of context; nil: 3 for unified and JSON, 0 (changed paragraphs only) for word.
    public var context: Int?
    public var style: DiffStyle

    public init(job: String, from: String? = nil, to: String? = nil, format: Format = .unified, context: Int? = nil, style: DiffStyle = DiffStyle()) {
        self.job = job
        self.from = from
        self.to = to
        self.format = format
        self.context = context
        self.style = style
    }
}

extension HistoryViews {
    /// The diff between two snapshots (by default the last two), ready to print. With fewer
    /// than two snapshots, a sentence saying so.
    public func diff(_ request: DiffRequest) throws -> String {
        let (job, snapshots) = try history(of: request.job)
        guard snapshots.count >= 2 || (request.from != nil && request.to != nil) else {
            let count = snapshots.count == 1 ? "only one snapshot" : "no snapshots"
            return "\(job.name) has \(count) so far: nothing to compare yet\n"
        }
        let to = try request.to.map { try select($0, in: snapshots, job: job.name) } ?? snapshots[snapshots.count - 1]
        let from = try request.from.map { try select($0, in: snapshots, job: job.name) }
            ?? snapshots.last { $0.revision < to.revision } ?? snapshots[0]
        let filter = filter(for: job)
        let filtered = { (snapshot: Snapshot) in
            StoredArticle(text: filter.apply(snapshot.article.text), markdown: "", metadata: snapshot.article.metadata)
        }
        let diff = ArticleDiff(from: filtered(from), to: filtered(to))
        switch request.format {
        case .json:
            return Self.json(DiffDocument(job: job, from: from, to: to, diff: diff, context: request.context ?? 3, sides: request.style.sides))
        case .unified:
            let body = UnifiedDiffFormatter.format(
                diff.text.hunks(context: request.context ?? 3), from: Self.label(job, from), to: Self.label(job, to), style: request.style)
            return metadata(diff, request.style) + body
        case .word:
            let heading = request.style.bold("\(Self.label(job, from)) → rev \(to.revision) (\(Timestamp.format(to.capturedAt)))") + "\n"
            return heading + metadata(diff, request.style) + WordDiffFormatter.format(diff.text, context: request.context ?? 0, style: request.style)
        }
    }

    private func metadata(_ diff: ArticleDiff, _ style: DiffStyle) -> String {
        let lines = diff.metadataLines(style: style)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n"
    }
}

/// `pith diff --format json`.
private struct DiffDocument: Encodable {
    let job: StoredJob
    let from: Snapshot
    let to: Snapshot
    let diff: ArticleDiff
    let context: Int
    let sides: DiffStyle.Sides

    private struct Change: Encodable {
        let from: MetadataChange.Value
        let to: MetadataChange.Value
    }

    enum CodingKeys: String, CodingKey {
        case job, url, fromRevision = "from_rev", toRevision = "to_rev", fromCapturedAt = "from_captured_at"
        case toCapturedAt = "to_captured_at", metadataChanges = "metadata_changes", hunks
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(job.name, forKey: .job)
        try container.encode(job.url, forKey: .url)
        try container.encode(from.revision, forKey: .fromRevision)
        try container.encode(to.revision, forKey: .toRevision)
        try container.encode(Timestamp.format(from.capturedAt), forKey: .fromCapturedAt)
        try container.encode(Timestamp.format(to.capturedAt), forKey: .toCapturedAt)
        let changes = Dictionary(uniqueKeysWithValues: diff.metadataChanges.map { ($0.field.rawValue, Change(from: $0.from, to: $0.to)) })
        try container.encode(changes, forKey: .metadataChanges)
        let hunks = diff.text.hunks(context: context).compactMap { hunk -> DiffHunk? in
            var hunk = hunk
            hunk.lines.removeAll { ($0.kind == .removed && sides == .addedOnly) || ($0.kind == .added && sides == .removedOnly) }
            return hunk.lines.contains { $0.kind != .context } ? hunk : nil
        }
        try container.encode(hunks, forKey: .hunks)
    }
}
