import PithExtract
import PithStore

/// Decides whether an extraction may become the baseline: a blocked, empty or suspiciously
/// short article is a failed check, never a change.
enum PageAcceptance {
    /// Why an extraction was refused.
    struct Rejection: Equatable {
        let kind: String
        let message: String
    }

    /// A baseline this long is protected from extractions shorter than ``shrinkRatio`` of it.
    static let protectedWords = 40
    static let shrinkRatio = 0.4

    static func rejection(of text: String, title: String?, baselineText: String?) -> Rejection? {
        let words = wordCount(text)
        if words == 0 { return Rejection(kind: "empty", message: "the page gave an empty article") }
        if let reason = BlockedPage.reason(text: text, title: title, words: words) {
            return Rejection(kind: "blocked", message: "the page looks like \(reason), not the article")
        }
        if let baselineText {
            let baselineWords = wordCount(baselineText)
            if baselineWords >= protectedWords, Double(words) < Double(baselineWords) * shrinkRatio {
                return Rejection(
                    kind: "shrunk",
                    message: "the article is far shorter than the baseline (\(words) words instead of \(baselineWords)); kept the baseline")
            }
        }
        return nil
    }

    /// Counted like an article's `word_count`, so the figures in messages, `pith history` and
    /// JSON output agree.
    static func wordCount(_ text: String) -> Int { Article.countWords(in: text) }
}

/// Recognizes bot challenges, consent walls and access-denied pages served with status 200.
enum BlockedPage {
    /// Pages longer than this are articles, whatever phrases they contain.
    static let maximumWords = 150

    static func reason(text: String, title: String?, words: Int) -> String? {
        guard words <= maximumWords else { return nil }
        let haystack = ((title ?? "") + "\n" + text).lowercased()
        for (reason, phrases) in signatures where phrases.contains(where: haystack.contains) {
            return reason
        }
        return nil
    }

    private static let signatures: [(String, [String])] = [
        (
            "a bot challenge",
            [
                "just a moment...", "checking your browser", "verify you are human", "are you a robot", "attention required!",
                "enable javascript and cookies to continue", "complete the security check", "ddos protection by",
                "please turn javascript on and reload", "unusual traffic from your computer",
            ]
        ),
        (
            "a consent wall",
            [
                "before you continue to", "we value your privacy", "consent to the use of cookies", "accept all cookies",
                "your privacy choices", "bevor sie fortfahren", "nous respectons votre vie privée", "antes de continuar",
            ]
        ),
        ("an access-denied page", ["access denied", "403 forbidden", "you don't have permission to access", "request blocked"]),
        ("a paywall or login page", ["subscribe to continue reading", "log in to continue", "sign in to continue reading"]),
    ]
}
