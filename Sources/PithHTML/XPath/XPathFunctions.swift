// The XPath 1.0 core function library (section 4 of the recommendation). Strings are
// searched as UTF-8 bytes, which finds the same matches as searching by character, because a
// valid UTF-8 needle can only match at a character boundary.

extension XPathEvaluator {
    func call(_ function: XPathFunction, _ arguments: [XPathExpression], _ context: XPathContext) -> XPathObject {
        switch function.resultType {
        case .nodeSet: .nodes(identified(by: evaluate(arguments[0], context)))
        case .string: .string(callString(function, arguments, context))
        case .number: .number(callNumber(function, arguments, context))
        case .boolean: .boolean(callBoolean(function, arguments, context))
        }
    }

    /// The argument as a string, or the context node's string-value when it is omitted.
    private func stringArgument(_ arguments: [XPathExpression], _ index: Int, _ context: XPathContext) -> String {
        index < arguments.count ? string(arguments[index], context) : stringValue(context.item)
    }

    private func callString(_ function: XPathFunction, _ arguments: [XPathExpression], _ context: XPathContext) -> String {
        switch function {
        case .string:
            return stringArgument(arguments, 0, context)
        case .concat:
            var joined = ""
            for argument in arguments { joined += string(argument, context) }
            return joined
        case .normalizeSpace:
            return Self.normalizedSpace(stringArgument(arguments, 0, context))
        case .substringBefore, .substringAfter:
            let text = string(arguments[0], context)
            let needle = string(arguments[1], context)
            guard let found = Self.range(of: needle, in: text) else { return "" }
            let utf8 = text.utf8
            let bytes = function == .substringBefore
                ? utf8[utf8.startIndex..<utf8.index(utf8.startIndex, offsetBy: found.lowerBound)]
                : utf8[utf8.index(utf8.startIndex, offsetBy: found.upperBound)...]
            return String(Substring(bytes))
        case .substring:
            let text = string(arguments[0], context)
            let start = number(arguments[1], context)
            let length = arguments.count > 2 ? number(arguments[2], context) : nil
            return Self.substring(text, start: start, length: length)
        case .translate:
            return Self.translate(
                string(arguments[0], context), from: string(arguments[1], context), to: string(arguments[2], context))
        case .localName, .name:
            guard let item = nodeArgument(arguments, context) else { return "" }
            if item.isAttribute { return document.attributeName(document.attributeNames[Int(item.attribute)]) }
            let tag = document.tags[Int(item.node)]
            return tag == .text || tag == .document ? "" : document.tagName(tag)
        default:  // namespace-uri: HTML elements here have none.
            return ""
        }
    }

    /// The first node of the argument in document order, or the context node when omitted.
    private func nodeArgument(_ arguments: [XPathExpression], _ context: XPathContext) -> XPathItem? {
        arguments.isEmpty ? context.item : nodes(arguments[0], context).first
    }

    private func callNumber(_ function: XPathFunction, _ arguments: [XPathExpression], _ context: XPathContext) -> Double {
        switch function {
        case .last: return Double(context.size)
        case .position: return Double(context.position)
        case .count: return Double(nodes(arguments[0], context).count)
        case .stringLength: return Double(stringArgument(arguments, 0, context).unicodeScalars.count)
        case .number: return arguments.isEmpty ? XPathConversions.number(from: stringValue(context.item)) : number(arguments[0], context)
        case .sum:
            return nodes(arguments[0], context).reduce(0) { $0 + XPathConversions.number(from: stringValue($1)) }
        case .floor: return number(arguments[0], context).rounded(.down)
        case .ceiling: return number(arguments[0], context).rounded(.up)
        default: return Self.round(number(arguments[0], context))
        }
    }

    private func callBoolean(_ function: XPathFunction, _ arguments: [XPathExpression], _ context: XPathContext) -> Bool {
        switch function {
        case .true: return true
        case .false: return false
        case .boolean: return boolean(arguments[0], context)
        case .not: return !boolean(arguments[0], context)
        case .contains:
            var needle = string(arguments[1], context)
            return needle.withUTF8 { pattern in
                withUTF8(of: arguments[0], context) { Self.firstRange(of: pattern, in: $0) != nil }
            }
        case .startsWith:
            var prefix = string(arguments[1], context)
            return prefix.withUTF8 { pattern in
                withUTF8(of: arguments[0], context) { $0.starts(with: pattern) }
            }
        default:
            return isInLanguage(string(arguments[0], context), context.item)
        }
    }

    // MARK: Helpers

    /// `id()`: for each whitespace-separated token of the argument (of each node's
    /// string-value, for a node-set), the first element with that `id`.
    private func identified(by object: XPathObject) -> [XPathItem] {
        var tokens: Set<String> = []
        let texts: [String]
        if case .nodes(let items) = object { texts = items.map(stringValue) } else { texts = [string(of: object)] }
        for text in texts {
            for token in text.utf8.split(whereSeparator: XPathConversions.isWhitespace) {
                tokens.insert(String(Substring(token)))
            }
        }
        var found: [XPathItem] = []
        for node in 0..<document.nodeCount where !tokens.isEmpty {
            // An id names one element: like getElementById, the first one when a page repeats it.
            if let id = document.attribute(.id, of: node), tokens.remove(id) != nil { found.append(XPathItem(node: node)) }
        }
        return found
    }

    /// `lang()`: the nearest `lang` or `xml:lang` on the node or its ancestors equals the
    /// argument, or starts with it followed by `-`, ignoring case.
    private func isInLanguage(_ wanted: String, _ item: XPathItem) -> Bool {
        var node: Int? = Int(item.node)
        while let current = node {
            if let value = document.attribute(.lang, of: current) ?? document.attribute(named: "xml:lang", of: current) {
                let language = value.lowercased()
                let prefix = wanted.lowercased()
                return language == prefix || language.hasPrefix(prefix + "-")
            }
            node = document.parent(current)
        }
        return false
    }

    /// Calls `body` with the UTF-8 of an expression's string value. An attribute (`@class`)
    /// or a text node (`.` in `//text()[contains(., 'x')]`) is read in place, without making a
    /// string, because rules test them on thousands of nodes.
    private func withUTF8<Result>(
        of expression: XPathExpression, _ context: XPathContext, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var inPlace: Range<Int>?
        switch expression {
        case .contextAttribute(let name):
            guard let index = attributeIndex(name, of: context.item) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            inPlace = attributeValueRange(at: index)
        case .path(let path) where path.steps.isEmpty:
            if case .context = path.start {
                if context.item.isAttribute {
                    inPlace = attributeValueRange(at: Int(context.item.attribute))
                } else if document.isText(Int(context.item.node)) {
                    inPlace = document.textRange(Int(context.item.node))
                }
            }
        default:
            break
        }
        if let range = inPlace {
            return document.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        var text = string(expression, context)
        return text.withUTF8(body)
    }

    /// The UTF-8 offsets of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) -> Range<Int>? {
        var needle = needle
        var text = text
        return needle.withUTF8 { pattern in
            text.withUTF8 { haystack in firstRange(of: pattern, in: haystack) }
        }
    }

    static func firstRange(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = pattern.first else { return 0..<0 }
        guard pattern.count <= haystack.count else { return nil }
        var start = 0
        while start <= haystack.count - pattern.count {
            if haystack[start] == first {
                var matched = 1
                while matched < pattern.count, haystack[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return start..<(start + pattern.count) }
            }
            start += 1
        }
        return nil
    }

    static func normalizedSpace(_ text: String) -> String {
        if isNormalized(text) { return text }
        return text.utf8.split(whereSeparator: XPathConversions.isWhitespace).map { String(Substring($0)) }.joined(separator: " ")
    }

    /// Whether a string has no XPath whitespace but single spaces between words, so that
    /// `normalize-space()` would return it unchanged (the usual `class` value).
    private static func isNormalized(_ text: String) -> Bool {
        var previousIsSpace = true
        for byte in text.utf8 {
            if XPathConversions.isWhitespace(byte) {
                if byte != 0x20 || previousIsSpace { return false }
                previousIsSpace = true
            } else {
                previousIsSpace = false
            }
        }
        return !previousIsSpace || text.isEmpty
    }

    /// `substring()`: the characters at positions p (from 1) with
    /// `round(start) <= p < round(start) + round(length)`; NaN bounds select nothing.
    static func substring(_ text: String, start: Double, length: Double?) -> String {
        let first = round(start)
        let end = length.map { first + round($0) } ?? .infinity
        var result = String.UnicodeScalarView()
        var position = 1.0
        for scalar in text.unicodeScalars {
            if position >= first && position < end { result.append(scalar) }
            position += 1
        }
        return String(result)
    }

    /// `translate()`: replaces each character found in `from` by the one at the same place in
    /// `to`, or removes it when `to` is shorter; the first occurrence in `from` counts.
    static func translate(_ text: String, from: String, to: String) -> String {
        let replacements = Array(to.unicodeScalars)
        var mapping: [Unicode.Scalar: Unicode.Scalar?] = [:]
        for (offset, scalar) in from.unicodeScalars.enumerated() where mapping[scalar] == nil {
            mapping[scalar] = .some(offset < replacements.count ? replacements[offset] : nil)
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = mapping[scalar] {
                if let replacement { result.append(replacement) }
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `round()`: the nearest integer, halves towards positive infinity; keeps NaN, the
    /// infinities and negative zero (for -0.5 ..< 0) as XPath requires.
    static func round(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let rounded = (value + 0.5).rounded(.down)
        return rounded == 0 && value < 0 ? -0.0 : rounded
    }
}
