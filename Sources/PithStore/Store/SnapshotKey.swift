import Foundation
import PithExtract

/// The key that says whether two extractions are the same article to a reader.
///
/// It hashes the text and the title, authors and dates, after canonicalizing what a reader
/// cannot see: Unicode composition, runs of whitespace, blank lines. Everything else counts,
/// so every real edit changes the key. Callers apply the job's `ignore` filters to the text
/// first. The `v1` prefix lets a future Pith change the recipe without colliding with old keys.
public enum SnapshotKey {
    /// The lowercase hex SHA-256 key of an article.
    public static func make(text: String, metadata: ArticleMetadata) -> String {
        let fields = [
            "pith-snapshot-v1",
            canonical(metadata.title ?? ""),
            metadata.authors.map(canonical).joined(separator: "\u{1F}"),
            metadata.published ?? "",
            metadata.modified ?? "",
            canonical(text),
        ]
        return SHA256.hex(fields.joined(separator: "\u{0}").utf8)
    }

    /// NFC, whitespace runs as one space, lines trimmed, blank lines dropped.
    static func canonical(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
