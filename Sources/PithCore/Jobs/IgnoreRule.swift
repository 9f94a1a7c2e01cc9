import Foundation

/// A pattern removed from each line of the normalized text before comparing: a job's
/// `ignore` entry, either a regular expression or a named preset.
///
/// Only the matched part of a line is removed, so an edit elsewhere on the same line is still
/// seen; a line left empty disappears. Matching is case-insensitive.
public struct IgnoreRule: Sendable, Equatable {
    /// What the user wrote: a preset name or the pattern.
    public let source: String
    let patterns: [String]

    /// A preset by name, or nil when `name` is not one.
    public static func preset(_ name: String) -> IgnoreRule? {
        presets[name].map { IgnoreRule(source: name, patterns: $0) }
    }

    /// A regular expression; throws the regex engine's complaint when it does not compile.
    public static func pattern(_ pattern: String) throws -> IgnoreRule {
        _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        return IgnoreRule(source: pattern, patterns: [pattern])
    }

    /// The rules applied when a job sets no `ignore`: the churn that ticks on every fetch.
    public static let defaults: [IgnoreRule] = ["relative-times", "counters"].compactMap(preset)

    /// Names of the built-in presets.
    public static var presetNames: [String] { presets.keys.sorted() }

    private static let presets: [String: [String]] = [
        "relative-times": [
            // "updated 12 minutes ago", "3 hrs ago", "an hour ago", "just now"
            #"\b(?:(?:updated|posted|published|edited)\s+)?(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\s+ago\b"#,
            #"\b(?:just now|moments? ago|a few (?:seconds|minutes) ago)\b"#,
            // German, French, Spanish, Italian, Portuguese, Dutch
            #"\bvor\s+(?:\d+|einer?|einem)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?)\b"#,
            #"\bil y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois)\b"#,
            #"\bhace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes)\b"#,
            #"\b(?:\d+|una?)\s+(?:secondi|minuti|ore|giorni|settimane|mesi|ora|giorno|minuto)\s+fa\b"#,
            #"\b(?:h[aá]\s+)?(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses)\s+atr[aá]s\b"#,
            #"\b(?:\d+|een)\s+(?:seconden?|minuten|minuut|uur|dagen|dag|weken|week)\s+geleden\b"#,
        ],
        "counters": [
            // "215 comments", "1.2k shares", "3,401 views", "Comments (215)"
            #"\b\d[\d.,]*\s*[kKmM]?\+?\s+(?:comments?|replies|reply|responses?|shares?|views?|reads?|likes?|reactions?|votes?|retweets?|reposts?|Kommentare?|commentaires?|comentarios?|commenti|coment[aá]rios?|reacties|reactie)\b"#,
            #"\b(?:comments?|replies|shares?|views?|likes?|Kommentare|commentaires|comentarios|commenti)\s*[:(\[]\s*\d[\d.,]*\s*[kKmM]?\s*[)\]]?"#,
        ],
        "dates": [
            // 2026-11-29, 29/11/2026, 11.29.26
            #"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"#,
            #"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"#,
            // 29 November 2026, Nov 29, 2026, Saturday, 29 Nov
            #"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?\b"#,
            #"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"#,
            // 5:20 PM, 17:20, 17:20:05
            #"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{2,4}T))?"#,
        ],
    ]
}

/// Applies a job's ignore rules to text, line by line.
public struct IgnoreFilter: Sendable {
    private let expressions: [NSRegularExpressionBox]
    private static let spaceBeforePunctuation = try! NSRegularExpression(pattern: #"\s+([.,;:!?)])"#)
    private static let repeatedPunctuation = try! NSRegularExpression(pattern: #"([.,;:!?])(?:\s*[.,;:!?])+"#)

    public init(_ rules: [IgnoreRule]) {
        expressions = rules.flatMap(\.patterns).compactMap {
            (try? NSRegularExpression(pattern: $0, options: [.caseInsensitive])).map(NSRegularExpressionBox.init)
        }
    }

    /// `text` with every match removed from each line, whitespace tidied, and emptied lines
    /// (with the blank separator that followed them) dropped.
    public func apply(_ text: String) -> String {
        guard !expressions.isEmpty else { return text }
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let original = String(line)
            var filtered = original
            for box in expressions {
                let range = NSRange(filtered.startIndex..., in: filtered)
                filtered = box.expression.stringByReplacingMatches(in: filtered, range: range, withTemplate: "")
            }
            if filtered != original {
                filtered = Self.tidy(filtered)
                if filtered.allSatisfy({ $0.isPunctuation || $0.isSymbol || $0.isWhitespace }) { continue }
            }
            if filtered.isEmpty, output.last?.isEmpty ?? true { continue }
            output.append(filtered)
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }
}

extension IgnoreFilter {
    /// Whitespace collapsed, and the punctuation a removed phrase leaves behind folded.
    static func tidy(_ line: String) -> String {
        var text = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (expression, template) in [(spaceBeforePunctuation, "$1"), (repeatedPunctuation, "$1")] {
            text = expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }
}

/// `NSRegularExpression` is immutable and thread-safe but not marked `Sendable` on Linux.
private struct NSRegularExpressionBox: @unchecked Sendable {
    let expression: NSRegularExpression
}
