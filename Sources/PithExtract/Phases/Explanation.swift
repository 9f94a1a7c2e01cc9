import PithHTML

/// What an attempt removed, for `--explain`: one entry per removed subtree that held text, and
/// one per region outside the selection.
struct Explanation {
    let dropped: [DroppedBlock]

    init(attempt: ExtractionAttempt) {
        var dropped: [DroppedBlock] = []
        let document = attempt.document
        var node = 1
        while node < document.nodeCount {
            let code = attempt.removed[node]
            if code >= 0 {
                let phase = ExtractionAttempt.Phase(rawValue: attempt.removedInPhase[node])?.name ?? "clean"
                Self.add(&dropped, attempt: attempt, node: node, id: attempt.reasonID(code), phase: phase)
                node = document.subtreeEnd(node)
                continue
            }
            if document.tag(node) != .text && attempt.selection.contains(where: { document.isInside($0, node) }) {
                node += 1  // An ancestor of the selection: look inside.
                continue
            }
            if attempt.selection.contains(node) {
                node = document.subtreeEnd(node)
                continue
            }
            Self.add(&dropped, attempt: attempt, node: node, id: StructuralReason.outsideArticle.id, phase: "select")
            node = document.subtreeEnd(node)
        }
        self.dropped = dropped
    }

    private static func add(_ dropped: inout [DroppedBlock], attempt: ExtractionAttempt, node: Int, id: String, phase: String) {
        guard attempt.facts.textChars[node] > 0 || attempt.document.tag(node) != .text else { return }
        let excerpt = firstWords(of: attempt.document.textContent(node))
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
