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

    func describe(_ node: Int) -> String {
        var text = "#\(node) <\(document.tagName(document.tag(node)))"
        if let id = document.attribute(.id, of: node) { text += " id=\(id.prefix(40))" }
        if let cls = document.attribute(.class, of: node) { text += " class=\(cls.prefix(60))" }
        return text + ">"
    }
}
#endif
