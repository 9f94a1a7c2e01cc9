import PithHTML

/// Phase 1, prepare: remove what is never article text.
///
/// Contract: after it, no script, style, template, embedded object, form control or hidden node
/// (`hidden`, `aria-hidden="true"`, inline `display:none`/`visibility:hidden`/`filter:blur`,
/// hidden-class names such as `sr-only`) remains; `<noscript>` is read only in modes that ask for it.
/// Nothing that a reader could see is touched.
extension ExtractionAttempt {
    mutating func prepare() {
        let document = self.document
        var node = 1
        while node < document.nodeCount {
            let tag = document.tag(node)
            guard tag != .text else {
                node += 1
                continue
            }
            if TagClasses.nonContent.contains(tag) && !(tag == .noscript && mode.readNoscript) {
                remove(node, reason: .nonContent)
                node = document.subtreeEnd(node)
            } else if isHidden(node) {
                remove(node, reason: .hidden)
                node = document.subtreeEnd(node)
            } else {
                node += 1
            }
        }
    }

    private func isHidden(_ node: Int) -> Bool {
        if document.hasAttribute(.hidden, of: node) || facts.hiddenByClass[node] { return true }
        if let ariaHidden = document.attributeRange(.ariaHidden, of: node),
           document.bytes[ariaHidden].elementsEqual("true".utf8) {
            return true
        }
        guard let style = document.attributeRange(.style, of: node) else { return false }
        return Self.styleHides(document.bytes[style])
    }

    /// Whether `word` (lowercase ASCII) occurs in `bytes`, ignoring ASCII case.
    private static func hasWord(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return word.withUTF8Buffer { pattern in
            var start = bytes.startIndex
            let last = bytes.endIndex - count
            while start <= last {
                var offset = 0
                while offset < count && (bytes[start + offset] | 0x20) == pattern[offset] { offset += 1 }
                if offset == count { return true }
                start += 1
            }
            return false
        }
    }

    /// Whether an inline style says `display:none` or `visibility:hidden` (any case, any spacing).
    static func styleHides(_ style: ArraySlice<UInt8>) -> Bool {
        // Every hiding declaration ends in "none", "hidden" or "blur(": most styles have none.
        guard hasWord(style, "none") || hasWord(style, "hidden") || hasWord(style, "blur") else { return false }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
        }
        // A blurred block is a paywall's scrambled placeholder: shown, but not to be read.
        return contains(compact, "display:none") || contains(compact, "visibility:hidden") || contains(compact, "filter:blur(")
    }

    /// Whether `pattern` occurs in `bytes`: a plain byte search, where Foundation's generic
    /// `firstRange(of:)` and an array per pattern cost more than the search itself.
    private static func contains(_ bytes: [UInt8], _ pattern: StaticString) -> Bool {
        pattern.withUTF8Buffer { needle in
            guard needle.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { haystack in
                var start = 0
                while start + needle.count <= haystack.count {
                    var offset = 0
                    while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                    start += 1
                }
                return false
            }
        }
    }
}
