#if PITH_DEBUG
import Foundation
import PithHTML

/// Phase decisions printed to standard error, for tuning. Compiled in only with
/// `swift build -Xswiftc -DPITH_DEBUG`; normal builds carry none of it.
extension ExtractionAttempt {
    func traceCandidates() {
        let ranked = (0..<document.nodeCount).filter { isCandidate[$0] && removed[$0] < 0 }
            .sorted { scores[$0] > scores[$1] }.prefix(8)
        FileHandle.standardError.write(Data("[\(mode.name)] candidates:\n".utf8))
        for node in ranked {
            let line = "  \(describe(node)) score \(scores[node]) chars \(aggregates.chars[node]) ld \(aggregates.linkDensity(node))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        FileHandle.standardError.write(Data("  selection: \(selection.map(describe))\n".utf8))
    }

    func traceRemovals() {
        for drop in Explanation(attempt: self).dropped where drop.ruleID != "select.outside-article" {
            FileHandle.standardError.write(Data("  - \(drop.ruleID) \(drop.phase): \(drop.excerpt)\n".utf8))
        }
        // Regions outside the selection, whole.
        var outside = 1
        while outside < document.nodeCount {
            if selection.contains(outside) || removed[outside] >= 0 {
                outside = document.subtreeEnd(outside)
            } else if document.tag(outside) != .text && selection.contains(where: { document.isInside($0, outside) }) {
                outside += 1
            } else {
                let text = keptText(of: outside, limit: 20000).replacingOccurrences(of: "\t", with: " ")
                FileHandle.standardError.write(Data("OUTSIDE\t\(mode.name)\t\(describe(outside))\t\(text)\n".utf8))
                outside = document.subtreeEnd(outside)
            }
        }
        // Full texts of removed subtrees, for attributing lost snippets to rules.
        var node = 1
        while node < document.nodeCount {
            if removed[node] >= 0 {
                let text = keptText(of: node, limit: 20000).replacingOccurrences(of: "\t", with: " ")
                FileHandle.standardError.write(Data("REMOVED\t\(mode.name)\t\(reasonID(removed[node]))\t\(text)\n".utf8))
                FileHandle.standardError.write(Data("    removed \(describe(node)) by \(reasonID(removed[node]))\n".utf8))
                node = document.subtreeEnd(node)
            } else {
                node += 1
            }
        }
    }

    func describe(_ node: Int) -> String {
        var text = "#\(node) <\(document.tagName(document.tag(node)))"
        if let id = document.attribute(.id, of: node) { text += " id=\(id.prefix(40))" }
        if let cls = document.attribute(.class, of: node) { text += " class=\(cls.prefix(60))" }
        return text + ">"
    }
}
#endif
