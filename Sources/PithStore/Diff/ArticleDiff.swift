/// What changed between two versions of an article: the text, line by line, and the
/// metadata fields listed separately.
public struct ArticleDiff: Sendable {
    public let metadataChanges: [MetadataChange]
    public let text: LineDiff

    /// Compares two versions. Pass texts after the job's `ignore` filters, so the diff shows
    /// exactly what the snapshot key saw.
    public init(from old: StoredArticle, to new: StoredArticle) {
        metadataChanges = MetadataChange.changes(from: old.metadata, to: new.metadata)
        text = LineDiff(old: old.text, new: new.text)
    }

    /// Whether neither the text nor the compared metadata changed.
    public var isEmpty: Bool { metadataChanges.isEmpty && text.isEmpty }

    /// `title: "Old" → "New"`, one line per changed field.
    public func metadataLines(style: DiffStyle = DiffStyle()) -> [String] {
        metadataChanges.map { change in
            "\(change.field.rawValue): \(style.removed(change.from.description)) → \(style.added(change.to.description))"
        }
    }
}
