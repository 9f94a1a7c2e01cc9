import Foundation

/// The fallback after the ladder: the article text a page declares in its JSON-LD
/// (`articleBody`), used when the visible page shows only part of it.
///
/// Pages that render their text with script, or cut it for a paywall, often still ship the
/// whole text in structured data for search engines. It is plain text, so it is trusted only
/// when it is substantial and clearly longer than what the page shows.
struct StructuredBodyFallback {
    /// The `strategy` an article made this way reports.
    static let strategy = "structured-data"
    /// Shorter declared bodies are summaries, not articles.
    static let minimumLength = 500
    /// The declared text must be at least this many times what the visible page gave.
    static let dominance = 2

    let blocks: [Block]
    let length: Int

    /// The body the page declares to `metadata` as blocks, when it is substantial and
    /// dominates the `extractedLength` characters the ladder found; nil otherwise.
    init?(declaredTo metadata: MetadataExtractor, replacing extractedLength: Int) {
        let required = max(Self.minimumLength, Self.dominance * extractedLength)
        // Every character takes at least one UTF-8 byte, and making paragraphs only removes
        // text: a body with fewer bytes than the characters it needs is refused before the
        // split, which costs more than the rest of the fallback (most bodies lose).
        guard let body = metadata.structuredArticleBody(minimumBytes: required), body.count >= Self.minimumLength else { return nil }
        let paragraphs = Self.paragraphs(of: body)
        blocks = TextNormalizer.normalize(paragraphs.map { Block(kind: .paragraph, inlines: [Inline($0)]) })
        length = blocks.reduce(0) { $0 + $1.plainText.characterCount }
        guard length >= required else { return nil }
    }

    /// Lines become paragraphs; markup some publishers leave in the field is dropped, its
    /// block elements breaking lines.
    static func paragraphs(of body: String) -> [String] {
        var text = body
        if text.contains("<") { text = BodyMarkup.stripped(text) ?? strippedByExpressions(text) }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }

    /// The markup removal ``BodyMarkup`` reproduces, for the bodies it leaves.
    static func strippedByExpressions(_ body: String) -> String {
        let text = body.replacingOccurrences(of: "<(/?(p|div|br|h[1-6]|li|blockquote)\\b[^>]*)>", with: "\n", options: [.regularExpression, .caseInsensitive])
        return text.replacingOccurrences(of: "<[^>]{1,200}>", with: "", options: .regularExpression)
    }
}
