import Foundation
import PithExtract
import Testing

@testable import PithStore

/// Length of a longest common subsequence by dynamic programming: the reference for Myers.
private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
    var row = [Int](repeating: 0, count: b.count + 1)
    for x in a {
        var diagonal = 0
        for (j, y) in b.enumerated() {
            let above = row[j + 1]
            row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
            diagonal = above
        }
    }
    return row[b.count]
}

/// A small deterministic generator, so failures reproduce.
private struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

@Suite struct MyersTests {
    @Test func findsALongestCommonSubsequenceOnRandomInputs() {
        var random = SplitMix(state: 42)
        for _ in 0..<400 {
            let a = (0..<random.next(40)).map { _ in random.next(5) }
            var b = a
            for _ in 0..<random.next(8) {
                switch random.next(3) {
                case 0 where !b.isEmpty: b.remove(at: random.next(b.count))
                case 1: b.insert(random.next(5), at: random.next(b.count + 1))
                default: if !b.isEmpty { b[random.next(b.count)] = random.next(5) }
                }
            }
            let matches = Myers.matches(a, b)
            #expect(matches.count == lcsLength(a, b), "a=\(a) b=\(b)")
            #expect(matches.allSatisfy { a[$0.old] == b[$0.new] })
            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.old < $1.old && $0.new < $1.new })
        }
    }

    @Test func handlesEmptyAndDisjointInputs() {
        #expect(Myers.matches([], []).isEmpty)
        #expect(Myers.matches([1, 2], []).isEmpty)
        #expect(Myers.matches([1, 2, 3], [4, 5]).isEmpty)
        #expect(Myers.matches([1, 2, 3], [1, 2, 3]).map(\.old) == [0, 1, 2])
    }

    @Test func runsAlternateAndCoverBothSides() {
        let runs = EditScript.runs(Array("the cat sat"), Array("the dog sat"))
        #expect(runs.map(\.isEqual) == [true, false, true])
        #expect(runs[1].old == 4..<7 && runs[1].new == 4..<7)
    }
}

private let oldText = """
    City council votes on budget

    The council met on Tuesday evening to debate the budget.

    Members approved the plan by seven votes to two.

    The mayor thanked the staff.

    A final vote is planned for March.
    """

private let newText = """
    City council votes on budget

    The council met on Tuesday evening to debate the budget.

    Members rejected the plan by seven votes to two.

    The mayor thanked the staff.

    A final vote is planned for March.

    Residents may comment until Friday.
    """

@Suite struct DiffFormatTests {
    let diff = LineDiff(old: oldText, new: newText)

    @Test func unifiedDiffHasHeadersHunksAndContext() {
        let text = UnifiedDiffFormatter.format(diff.hunks(context: 1), from: "budget rev 1", to: "budget rev 2")
        #expect(text == """
            --- budget rev 1
            +++ budget rev 2
            @@ -4,3 +4,3 @@
             
            -Members approved the plan by seven votes to two.
            +Members rejected the plan by seven votes to two.
             
            @@ -9 +9,3 @@
             A final vote is planned for March.
            +
            +Residents may comment until Friday.

            """)
    }

    @Test func closeChangesShareAHunk() {
        let hunks = diff.hunks(context: 3)
        #expect(hunks.count == 1)
        #expect(hunks[0].header == "@@ -2,8 +2,10 @@")
        #expect(diff.hunks(context: 0).map(\.header) == ["@@ -5 +5 @@", "@@ -9,0 +10,2 @@"])
    }

    @Test func wordDiffMarksOnlyTheChangedWords() {
        #expect(WordDiffFormatter.format(diff) == """
            Members [-approved-]{+rejected+} the plan by seven votes to two.
            …
            {+Residents may comment until Friday.+}

            """)
        #expect(WordDiffFormatter.format(diff, context: 1) == """
            The council met on Tuesday evening to debate the budget.
            Members [-approved-]{+rejected+} the plan by seven votes to two.
            The mayor thanked the staff.
            A final vote is planned for March.
            {+Residents may comment until Friday.+}

            """)
    }

    @Test func wordDiffShowsRemovedParagraphsAndOneSideOnRequest() {
        let removal = LineDiff(old: "One.\n\nTwo is gone.\n\nThree.", new: "One.\n\nThree, changed.")
        #expect(WordDiffFormatter.format(removal) == "[-Two is gone.-]\n[-Three.-]{+Three, changed.+}\n")
        #expect(WordDiffFormatter.format(removal, style: DiffStyle(sides: .addedOnly)) == "{+Three, changed.+}\n")
        #expect(WordDiffFormatter.format(removal, style: DiffStyle(sides: .removedOnly)) == "[-Two is gone.-]\n[-Three.-]\n")
        let merged = LineDiff(old: "One.\n\nTwo.", new: "One. Two.")
        #expect(WordDiffFormatter.format(merged) == "One. [-¶-] Two.\n")
    }

    @Test func colourWrapsTheMarkers() {
        let text = WordDiffFormatter.format(LineDiff(old: "a b", new: "a c"), style: DiffStyle(color: true))
        #expect(text == "a \u{1B}[31m[-b-]\u{1B}[0m\u{1B}[32m{+c+}\u{1B}[0m\n")
    }

    @Test func sideFiltersApplyToUnifiedDiffs() {
        let added = UnifiedDiffFormatter.format(diff.hunks(context: 0), from: "a", to: "b", style: DiffStyle(sides: .addedOnly))
        #expect(!added.contains("-Members") && added.contains("+Members rejected") && added.contains("+Residents"))
        let removed = UnifiedDiffFormatter.format(diff.hunks(context: 0), from: "a", to: "b", style: DiffStyle(sides: .removedOnly))
        #expect(removed.contains("-Members approved") && !removed.contains("Residents"))
        #expect(UnifiedDiffFormatter.format([], from: "a", to: "b").isEmpty)
    }

    @Test func hunksEncodeAsJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(diff.hunks(context: 0)[0]), as: UTF8.self)
        #expect(json == #"{"from_count":1,"from_start":5,"lines":[{"op":"-","text":"Members approved the plan by seven votes to two."},{"op":"+","text":"Members rejected the plan by seven votes to two."}],"to_count":1,"to_start":5}"#)
    }

    @Test func metadataChangesAreListedApart() {
        let old = StoredArticle(text: "Same.", markdown: "", metadata: ArticleMetadata(title: "Old", authors: ["A"], published: "2026-01-01"))
        let new = StoredArticle(text: "Same.", markdown: "", metadata: ArticleMetadata(title: "New", authors: ["A", "B"], published: "2026-01-01"))
        let articleDiff = ArticleDiff(from: old, to: new)
        #expect(articleDiff.text.isEmpty && !articleDiff.isEmpty)
        #expect(articleDiff.metadataLines() == [#"title: "Old" → "New""#, "authors: A → A, B"])
    }

    @Test func identicalTextsHaveNoDiff() {
        let same = LineDiff(old: oldText, new: oldText)
        #expect(same.isEmpty && same.hunks(context: 3).isEmpty && WordDiffFormatter.format(same).isEmpty)
    }
}
