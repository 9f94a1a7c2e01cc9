import PithHTML

/// What an attempt removed, for `--explain`: one entry per removed subtree that held text, and
/// one per region outside the selection.
struct Explanation {
    let dropped: [DroppedBlock]

    init(attempt: ExtractionAttempt) {
        var dropped: [DroppedBlock] = []
        let document = attempt.document
        var node = 1
        var selectionEnd = 0
        while node < document.nodeCount {
            let code = attempt.removed[node]
            if code >= 0 {
                let phase = ExtractionAttempt.Phase(rawValue: attempt.removedInPhase[node])?.name ?? "clean"
                Self.add(&dropped, attempt: attempt, node: node, id: attempt.reasonID(code), phase: phase)
                node = document.subtreeEnd(node)
                continue
            }
            if attempt.selection.contains(node) {
                selectionEnd = document.subtreeEnd(node)
            }
            let insideSelection = node < selectionEnd
            let aboveSelection = document.tag(node) != .text && attempt.selection.contains { document.isInside($0, node) }
            if insideSelection || aboveSelection {
                node += 1
                continue
            }
            Self.add(&dropped, attempt: attempt, node: node, id: Self.outsideRuleID(attempt, node), phase: "select")
            node = document.subtreeEnd(node)
        }
        self.dropped = dropped
    }

    /// A region outside the selection was not chosen; when a rule also names it boilerplate
    /// (a donation banner above the article), that rule is the more useful explanation.
    private static func outsideRuleID(_ attempt: ExtractionAttempt, _ node: Int) -> String {
        let rules = attempt.rules
        if attempt.document.tag(node) != .text {
            if attempt.facts.classRule[node] >= 0 { return rules.rules[Int(attempt.facts.classRule[node])].id }
            if let rule = rules.tagRule(for: attempt.document.tag(node)) { return rules.rules[Int(rule)].id }
            let text = attempt.keptText(of: node, limit: 1200)
            if text.utf8.count <= 1200 {
                let words = Words(text)
                if words.count <= 80, let rule = rules.phraseRule(in: words) ?? rules.labelRule(for: words) {
                    return rules.rules[Int(rule)].id
                }
            }
        }
        return StructuralReason.outsideArticle.id
    }

    private static func add(_ dropped: inout [DroppedBlock], attempt: ExtractionAttempt, node: Int, id: String, phase: String) {
        guard attempt.facts.textChars[node] > 0 || attempt.document.tag(node) != .text else { return }
        let excerpt = firstWords(of: attempt.keptText(of: node, limit: 400))
        guard !excerpt.isEmpty, !id.hasPrefix("prepare.non-content") else { return }
        dropped.append(DroppedBlock(ruleID: id, phase: phase, excerpt: excerpt))
    }

    /// The first words of a text, whitespace collapsed, at most about 60 characters.
    static func firstWords(of text: String) -> String {
        var words: [Substring] = []
        var length = 0
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if length + word.count > 60 && !words.isEmpty { break }
            words.append(word)
            length += word.count + 1
            if words.count >= 12 { break }
        }
        return words.joined(separator: " ")
    }
}
