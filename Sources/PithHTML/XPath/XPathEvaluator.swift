/// A node in an XPath node-set: a tree node, or one attribute of an element.
///
/// Pith's tree stores attributes beside elements, not as nodes, so an attribute is named by
/// its owner and its index in the document's attribute arrays. Ordering by `(node, attribute)`
/// with -1 for the node itself is document order: an element, then its attributes in source
/// order, then its children.
struct XPathItem: Comparable, Hashable, Sendable {
    var node: Int32
    /// The attribute's index in the document's attribute arrays, or -1 for the node itself.
    var attribute: Int32

    init(node: Int, attribute: Int = -1) {
        self.node = Int32(truncatingIfNeeded: node)
        self.attribute = Int32(truncatingIfNeeded: attribute)
    }

    var isAttribute: Bool { attribute >= 0 }

    static func < (lhs: XPathItem, rhs: XPathItem) -> Bool {
        lhs.node != rhs.node ? lhs.node < rhs.node : lhs.attribute < rhs.attribute
    }
}

/// A value during evaluation; node-sets are sorted in document order without duplicates.
enum XPathObject {
    case nodes([XPathItem])
    case string(String)
    case number(Double)
    case boolean(Bool)
}

/// The context an expression is evaluated in: a node, its position and the size of its set.
struct XPathContext {
    var item: XPathItem
    var position: Int
    var size: Int
}

/// Evaluates a compiled expression against one document.
///
/// Built once per evaluation: it resolves the expression's names to the document's tag and
/// attribute ids, so node tests compare small integers. A class, because axis walks capture
/// it in closures and copying a struct of a dozen arrays would retain each of them. Tree walks are loops over the
/// pre-order numbering, never recursion; recursion follows only the expression, whose height
/// the parser capped.
final class XPathEvaluator {
    let document: HTMLDocument
    /// The document's tag for each element name of the expression; nil when no element has it.
    let tags: [HTMLTag?]
    /// The document's attribute id for each attribute name of the expression.
    let attributeNames: [AttributeName?]
    /// Values of `XPathExpression.shared` sub-expressions, once computed.
    private var shared: [[XPathItem]?]

    init(document: HTMLDocument, elementNames: [String], attributeNames: [String], sharedCount: Int) {
        self.document = document
        self.tags = elementNames.map { document.tag(named: $0) }
        self.attributeNames = attributeNames.map { document.attributeName(named: $0) }
        self.shared = Array(repeating: nil, count: sharedCount)
    }

    // MARK: Evaluation

    func evaluate(_ expression: XPathExpression, _ context: XPathContext) -> XPathObject {
        switch expression {
        case .literal(let text):
            return .string(text)
        case .number(let value):
            return .number(value)
        case .contextAttribute, .path, .filter, .union, .shared:
            return .nodes(nodes(expression, context))
        case .negate(let operand):
            return .number(-number(operand, context))
        case .binary(let op, let left, let right):
            guard op.isArithmetic else { return .boolean(boolean(expression, context)) }
            return .number(arithmetic(op, number(left, context), number(right, context)))
        case .call(let function, let arguments):
            return call(function, arguments, context)
        case .attributeHasToken:
            return .boolean(boolean(expression, context))
        }
    }

    /// The node-set an expression of node-set type selects.
    func nodes(_ expression: XPathExpression, _ context: XPathContext) -> [XPathItem] {
        switch expression {
        case .contextAttribute(let name):
            guard let index = attributeIndex(name, of: context.item) else { return [] }
            return [XPathItem(node: Int(context.item.node), attribute: index)]
        case .path(let path):
            return evaluatePath(path, context)
        case .filter(let primary, let predicates):
            var selected = nodes(primary, context)
            for predicate in predicates where !selected.isEmpty {
                apply(predicate, to: &selected)
            }
            return selected
        case .union(let left, let right):
            return Self.union(nodes(left, context), nodes(right, context))
        case .shared(let slot, let inner):
            if let known = shared[slot] { return known }
            let computed = nodes(inner, context)
            shared[slot] = computed
            return computed
        default:
            if case .nodes(let selected) = evaluate(expression, context) { return selected }
            return []
        }
    }

    func string(_ expression: XPathExpression, _ context: XPathContext) -> String {
        switch expression {
        case .literal(let text):
            return text
        case .contextAttribute(let name):
            guard let index = attributeIndex(name, of: context.item) else { return "" }
            return attributeValue(at: index)
        case .path(let path) where path.steps.isEmpty:
            // `.`, as in `contains(., 'x')`: the context node itself.
            guard case .context = path.start else { return string(of: evaluate(expression, context)) }
            return stringValue(context.item)
        default:
            return string(of: evaluate(expression, context))
        }
    }

    func number(_ expression: XPathExpression, _ context: XPathContext) -> Double {
        if case .number(let value) = expression { return value }
        return number(of: evaluate(expression, context))
    }

    func boolean(_ expression: XPathExpression, _ context: XPathContext) -> Bool {
        switch expression {
        case .contextAttribute(let name):
            return attributeIndex(name, of: context.item) != nil
        case .path(let path):
            return pathSelectsAnything(path, context)
        case .attributeHasToken(let name, let token):
            guard let index = attributeIndex(name, of: context.item) else { return false }
            return attributeHasToken(index, token)
        case .binary(.or, let left, let right):
            return boolean(left, context) || boolean(right, context)
        case .binary(.and, let left, let right):
            return boolean(left, context) && boolean(right, context)
        case .binary(let op, .contextAttribute(let name), .literal(let text)) where op == .equal || op == .notEqual:
            // `@id='x'`: compare the attribute's bytes in place.
            guard let index = attributeIndex(name, of: context.item) else { return false }
            return attributeBytesEqual(index, text) == (op == .equal)
        case .binary(let op, let left, let right) where op.isComparison:
            return compare(op, evaluate(left, context), evaluate(right, context))
        default:
            return boolean(of: evaluate(expression, context))
        }
    }

    // MARK: Conversions

    func string(of object: XPathObject) -> String {
        switch object {
        case .nodes(let items): items.first.map(stringValue) ?? ""
        case .string(let text): text
        case .number(let value): XPathConversions.string(from: value)
        case .boolean(let value): XPathConversions.string(from: value)
        }
    }

    func number(of object: XPathObject) -> Double {
        switch object {
        case .nodes: XPathConversions.number(from: string(of: object))
        case .string(let text): XPathConversions.number(from: text)
        case .number(let value): value
        case .boolean(let value): value ? 1 : 0
        }
    }

    func boolean(of object: XPathObject) -> Bool {
        switch object {
        case .nodes(let items): !items.isEmpty
        case .string(let text): !text.isEmpty
        case .number(let value): XPathConversions.boolean(from: value)
        case .boolean(let value): value
        }
    }

    // MARK: Node values

    /// The string-value of a node: an attribute's value, a text node's text, or all the text
    /// inside an element or the root.
    func stringValue(_ item: XPathItem) -> String {
        if item.isAttribute { return attributeValue(at: Int(item.attribute)) }
        let node = Int(item.node)
        return document.isText(node) ? document.text(node) : document.textContent(node)
    }

    /// The index of the context element's attribute with the expression's `name`-th attribute name.
    func attributeIndex(_ name: Int, of item: XPathItem) -> Int? {
        guard !item.isAttribute, let attribute = attributeNames[name] else { return nil }
        let node = Int(item.node)
        guard document.tags[node] != .text else { return nil }
        let first = Int(document.dataStarts[node])
        for index in first..<(first + Int(document.dataCounts[node])) where document.attributeNames[index] == attribute {
            return index
        }
        return nil
    }

    func attributeValueRange(at index: Int) -> Range<Int> {
        let start = Int(document.attributeValueStarts[index])
        return start..<(start + Int(document.attributeValueLengths[index]))
    }

    func attributeValue(at index: Int) -> String {
        let range = attributeValueRange(at: index)
        return document.bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
    }

    /// Whether `token` is one of the whitespace-separated words of an attribute's value.
    private func attributeHasToken(_ index: Int, _ token: [UInt8]) -> Bool {
        let range = attributeValueRange(at: index)
        return document.bytes.withUnsafeBufferPointer { bytes in
            var start = range.lowerBound
            while start < range.upperBound {
                while start < range.upperBound, XPathConversions.isWhitespace(bytes[start]) { start += 1 }
                var end = start
                while end < range.upperBound, !XPathConversions.isWhitespace(bytes[end]) { end += 1 }
                if end - start == token.count, bytes[start..<end].elementsEqual(token) { return true }
                start = end
            }
            return false
        }
    }

    private func attributeBytesEqual(_ index: Int, _ text: String) -> Bool {
        let start = Int(document.attributeValueStarts[index])
        let count = Int(document.attributeValueLengths[index])
        guard count == text.utf8.count else { return false }
        return document.bytes[start..<(start + count)].elementsEqual(text.utf8)
    }

    // MARK: Operators

    private func arithmetic(_ op: XPathOperator, _ left: Double, _ right: Double) -> Double {
        switch op {
        case .plus: left + right
        case .minus: left - right
        case .multiply: left * right
        case .divide: left / right
        default: left.truncatingRemainder(dividingBy: right)
        }
    }

    /// Merges two node-sets in document order, dropping duplicates.
    static func union(_ left: [XPathItem], _ right: [XPathItem]) -> [XPathItem] {
        if left.isEmpty { return right }
        if right.isEmpty { return left }
        var merged: [XPathItem] = []
        merged.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            if left[i] < right[j] {
                merged.append(left[i]); i += 1
            } else if right[j] < left[i] {
                merged.append(right[j]); j += 1
            } else {
                merged.append(left[i]); i += 1; j += 1
            }
        }
        merged.append(contentsOf: left[i...])
        merged.append(contentsOf: right[j...])
        return merged
    }
}
