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
                    Self.appendCollapsed(UnsafeBufferPointer(rebasing: bytes[keptTextRange(node)]), to: &utf8, pendingSpace: &pendingSpace)
                } else if !inline.contains(tag) || tag == .br {
                    pendingSpace = true
                    openBlockEnds.append(document.subtreeEnd(node))
                }
                node += 1
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends `text` with each run of whitespace made one space (none at the start of `utf8`);
    /// `pendingSpace` carries whitespace over from one text node to the next.
    private static func appendCollapsed(_ text: UnsafeBufferPointer<UInt8>, to utf8: inout [UInt8], pendingSpace: inout Bool) {
        // The node's room is made at once and written through a pointer, then cut to what was
        // written: words are short, and appending them (or bytes) one by one cost a call and a
        // capacity check each.
        let start = utf8.count
        utf8.append(contentsOf: repeatElement(0, count: text.count + 1))
        let end = utf8.withUnsafeMutableBufferPointer { out in
            var end = start
            for byte in text {
                if byte <= 0x20 {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if end > 0 {
                        out[end] = 0x20
                        end += 1
                    }
                    pendingSpace = false
                }
                out[end] = byte
                end += 1
            }
            return end
        }
        utf8.removeLast(utf8.count - end)
    }
}
