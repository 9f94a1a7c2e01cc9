import PithHTML

extension ExtractionAttempt {
    /// The visible text of a subtree, skipping removed nodes, with one space wherever a block
    /// boundary or line break separates two runs and whitespace collapsed.
    func keptText(of root: Int, limit: Int = .max) -> String {
        var utf8: [UInt8] = []
        var pendingSpace = false
        var node = root
        let end = document.subtreeEnd(root)
        var openBlockEnds: [Int] = []
        // Read once: a static table costs a `swift_once` check on every access.
        let inline = TagClasses.inline
        document.bytes.withUnsafeBufferPointer { bytes in
            while node < end && utf8.count < limit {
                while let blockEnd = openBlockEnds.last, node >= blockEnd {
                    openBlockEnds.removeLast()
                    pendingSpace = true
                }
                if removed[node] >= 0 && node != root {
                    node = document.subtreeEnd(node)
                    pendingSpace = true
                    continue
                }
                let tag = document.tag(node)
                if tag == .text {
                    // Whole runs between whitespace are appended at once, not byte by byte.
                    let range = keptTextRange(node)
                    var index = range.lowerBound
                    while index < range.upperBound {
                        if bytes[index] <= 0x20 {
                            pendingSpace = true
                            index += 1
                            continue
                        }
                        var runEnd = index + 1
                        while runEnd < range.upperBound && bytes[runEnd] > 0x20 { runEnd += 1 }
                        if pendingSpace && !utf8.isEmpty { utf8.append(0x20) }
                        pendingSpace = false
                        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                        index = runEnd
                    }
                } else if !inline.contains(tag) || tag == .br {
                    pendingSpace = true
                    openBlockEnds.append(document.subtreeEnd(node))
                }
                node += 1
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
