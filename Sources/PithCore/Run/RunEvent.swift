import Foundation
import PithStore

/// Something a run reports: a new job, a changed article, a failure, a recovery.
///
/// Its JSON form (one line, keys sorted) is what `--report json` prints, what `on_change`
/// reads on stdin, what a webhook receives and what the store keeps for the Atom feed.
public struct RunEvent: Sendable, Equatable {
    /// The four kinds of event.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case new, changed, error, recovered
    }

    /// Bumped when a field changes meaning or disappears (adding fields does not bump it).
    public static let schemaVersion = 1

    public var kind: Kind
    public var job: String
    public var url: String
    public var finalURL: String?
    public var title: String?
    public var checkedAt: Date
    public var fromRevision: Int?
    public var toRevision: Int?
    public var metadataChanges: [MetadataChange]
    /// The text diff, as `pith diff --format json` gives it (context 3).
    public var hunks: [DiffHunk]
    public var error: String?
    public var errorKind: String?
    /// Consecutive failures, for `error` events.
    public var tries: Int?
    /// The text diff, for the text report's word diff (the JSON carries ``hunks``).
    public var textDiff: LineDiff?

    public init(
        kind: Kind, job: String, url: String, finalURL: String? = nil, title: String? = nil, checkedAt: Date,
        fromRevision: Int? = nil, toRevision: Int? = nil, metadataChanges: [MetadataChange] = [], hunks: [DiffHunk] = [],
        error: String? = nil, errorKind: String? = nil, tries: Int? = nil, textDiff: LineDiff? = nil
    ) {
        self.kind = kind
        self.job = job
        self.url = url
        self.finalURL = finalURL
        self.title = title
        self.checkedAt = checkedAt
        self.fromRevision = fromRevision
        self.toRevision = toRevision
        self.metadataChanges = metadataChanges
        self.hunks = hunks
        self.error = error
        self.errorKind = errorKind
        self.tries = tries
        self.textDiff = textDiff
    }

    /// The event as one line of JSON, keys sorted, absent values as `null`.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

extension RunEvent: Encodable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", kind = "event", job, url, finalURL = "final_url", title
        case checkedAt = "checked_at", fromRevision = "from_rev", toRevision = "to_rev"
        case metadataChanges = "metadata_changes", hunks, error, errorKind = "error_kind", tries
    }

    /// `{from, to}` of one metadata field.
    private struct Change: Encodable {
        let from: MetadataChange.Value
        let to: MetadataChange.Value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(job, forKey: .job)
        try container.encode(url, forKey: .url)
        try container.encode(finalURL, forKey: .finalURL)
        try container.encode(title, forKey: .title)
        try container.encode(Timestamp.format(checkedAt), forKey: .checkedAt)
        try container.encode(fromRevision, forKey: .fromRevision)
        try container.encode(toRevision, forKey: .toRevision)
        let changes = Dictionary(uniqueKeysWithValues: metadataChanges.map { ($0.field.rawValue, Change(from: $0.from, to: $0.to)) })
        try container.encode(changes, forKey: .metadataChanges)
        try container.encode(hunks, forKey: .hunks)
        try container.encode(error, forKey: .error)
        try container.encode(errorKind, forKey: .errorKind)
        try container.encode(tries, forKey: .tries)
    }
}
