import Testing

@testable import PithCore
@testable import PithExtract

/// The word figures a run reports (history views, "shrunk" messages) are the article's own
/// `word_count`, not a second way of counting.
@Suite struct PageAcceptanceTests {
    @Test func wordsAreCountedLikeTheArticlesWordCount() {
        // Split on spaces this would be 10 "words": the dash and the lone "&" are no words.
        let text = "Harbour works — phase 2 & 3 start in May."
        #expect(PageAcceptance.wordCount(text) == 8)
        #expect(PageAcceptance.wordCount(text) == Article.countWords(in: text))
    }

    @Test func aShrunkArticleIsMeasuredInThoseWords() throws {
        let baseline = Array(repeating: "word", count: 50).joined(separator: " ")
        let shorter = Array(repeating: "word —", count: 10).joined(separator: " ")
        let rejection = try #require(PageAcceptance.rejection(of: shorter, title: nil, baselineText: baseline))
        #expect(rejection.kind == "shrunk")
        #expect(rejection.message.contains("10 words instead of 50"))
    }
}
